#include "ui/dashboard/dashboardwidget.h"

#include "core/logging.h"
#include "core/secrets/secretkeys.h"
#include "core/secrets/secretsentences.h"
#include "core/secrets/secretstore.h"
#include "core/store/accountrepository.h"
#include "core/store/eventrepository.h"
#include "core/store/integrationregistry.h"
#include "core/sync/enginecontrol.h"
#include "ui/dashboard/activitymodel.h"
#include "ui/dashboard/billingpage.h"
#include "ui/dashboard/customerdelegate.h"
#include "ui/dashboard/customerlistmodel.h"
#include "ui/dashboard/integrationboard.h"
#include "ui/dashboard/integrationdetail.h"
#include "ui/dashboard/integrationpanel.h"
#include "ui/dashboard/integrationtablemodel.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/healthlegend.h"
#include "ui/widgets/messagebox.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace wharf {

namespace {
enum RootPage { NoAccountPage, TabsPage };
enum CustomerPage { NoCustomerSelectedPage, CustomerSelectedPage };
enum IntegrationPage { NoIntegrationsPage, IntegrationsListPage };
} // namespace

DashboardWidget::DashboardWidget(const Database &database, IntegrationRegistry &registry, EngineControl &engine,
                                 QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_registry(registry)
    , m_engine(engine)
    , m_board(new IntegrationBoard(database, engine, &registry, this))
    , m_customers(new CustomerListModel(database, *m_board, this))
    , m_customerFilter(new QSortFilterProxyModel(this))
    , m_integrations(new IntegrationTableModel(*m_board, this))
{
    setObjectName(QStringLiteral("dashboard"));
    m_customerFilter->setSourceModel(m_customers);
    m_customerFilter->setFilterRole(CustomerListModel::NameRole);
    m_customerFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_rootStack = new QStackedWidget(this);
    m_noAccount = new EmptyState(m_rootStack);
    m_noAccount->setObjectName(QStringLiteral("noAccount"));
    m_noAccount->setTitle(tr("Connect your CartonCloud account"));
    m_noAccount->setText(tr("Wharf works through your warehouse's CartonCloud API client. Connect it first; "
                            "your customers then appear here, and you can set up a WooCommerce integration "
                            "for each of them."));
    m_noAccount->setAction(tr("Connect Account…"));
    connect(m_noAccount, &EmptyState::actionTriggered, this, &DashboardWidget::accountRequested);

    m_tabs = new QTabWidget(m_rootStack);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createIntegrationsTab(), tr("Integrations"));
    m_billing = new BillingPage(database, *m_board, m_tabs);
    m_tabs->addTab(m_billing, tr("Billing"));
    m_rootStack->insertWidget(NoAccountPage, m_noAccount);
    m_rootStack->insertWidget(TabsPage, m_tabs);

    // Outcomes of actions on an integration that is not the one shown: said for a while, then gone.
    m_transient = new QLabel(this);
    m_transient->setObjectName(QStringLiteral("transientMessage"));
    m_transient->setWordWrap(true);
    m_transient->setMargin(4);
    m_transient->setVisible(false);
    m_transientTimer = new QTimer(this);
    m_transientTimer->setSingleShot(true);
    m_transientTimer->setInterval(8000);
    connect(m_transientTimer, &QTimer::timeout, m_transient, &QLabel::hide);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rootStack, 1);
    layout->addWidget(m_transient);

    connect(m_customers, &QAbstractItemModel::modelReset, this, [this] {
        m_customerListStack->setCurrentIndex(m_customers->rowCount() > 0 ? 1 : 0);
        // Keep the selection across a reload, or pick the only customer a customer user has.
        if (!m_customer.id.isEmpty() && m_customers->rowOf(m_customer.id) >= 0)
            selectCustomer(m_customer.id);
        else if (m_customers->rowCount() == 1)
            selectCustomer(m_customers->customerAt(0).id);
        else
            onCustomerSelected();
    });
    connect(m_customers, &QAbstractItemModel::dataChanged, this, [this] { updateCustomerHeader(); });

    const QList<WmsAccount> accounts = AccountRepository(database).all();
    setAccount(accounts.isEmpty() ? WmsAccount {} : accounts.constFirst());
}

DashboardWidget::~DashboardWidget() = default;

QWidget *DashboardWidget::createIntegrationsTab()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    splitter->setChildrenCollapsible(false);

    // Left: the customers.
    auto *left = new QWidget(splitter);
    auto *customersLabel = new QLabel(tr("Customers"), left);
    QFont bold = customersLabel->font();
    bold.setBold(true);
    customersLabel->setFont(bold);
    m_customerSearch = new QLineEdit(left);
    m_customerSearch->setObjectName(QStringLiteral("customerSearch"));
    m_customerSearch->setPlaceholderText(tr("Filter customers by name…"));
    m_customerSearch->setClearButtonEnabled(true);
    m_customerListStack = new QStackedWidget(left);
    m_noCustomers = new EmptyState(m_customerListStack);
    m_noCustomers->setObjectName(QStringLiteral("noCustomers"));
    m_noCustomers->setTitle(tr("No customers yet"));
    m_noCustomers->setText(tr("Customers are read from CartonCloud when the account is connected. If your API "
                              "client may see only some customers, ask the account owner to grant it access."));
    m_customerView = new QListView(m_customerListStack);
    m_customerView->setObjectName(QStringLiteral("customerView"));
    m_customerView->setModel(m_customerFilter);
    m_customerView->setItemDelegate(new CustomerDelegate(m_customerView));
    m_customerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_customerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Customers with problems get a third line, so rows differ in height.
    m_customerView->setUniformItemSizes(false);
    m_customerListStack->addWidget(m_noCustomers);
    m_customerListStack->addWidget(m_customerView);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(customersLabel);
    leftLayout->addWidget(m_customerSearch);
    leftLayout->addWidget(m_customerListStack, 1);
    leftLayout->addWidget(new HealthLegend(left));

    // Right: the selected customer.
    m_customerStack = new QStackedWidget(splitter);
    m_noCustomerSelected = new EmptyState(m_customerStack);
    m_noCustomerSelected->setObjectName(QStringLiteral("noCustomerSelected"));
    m_noCustomerSelected->setTitle(tr("Select a customer"));
    m_noCustomerSelected->setText(tr("Choose a customer on the left to see its WooCommerce integrations, the "
                                     "orders that need attention and what has happened lately."));
    m_customerStack->insertWidget(NoCustomerSelectedPage, m_noCustomerSelected);
    m_customerStack->insertWidget(CustomerSelectedPage, createCustomerPage());

    splitter->addWidget(left);
    splitter->addWidget(m_customerStack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 1000});

    connect(m_customerSearch, &QLineEdit::textChanged, m_customerFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_customerView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DashboardWidget::onCustomerSelected);
    return splitter;
}

QWidget *DashboardWidget::createCustomerPage()
{
    auto *page = new QWidget(m_customerStack);
    m_customerTitle = new QLabel(page);
    m_customerTitle->setObjectName(QStringLiteral("customerTitle"));
    QFont titleFont = m_customerTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_customerTitle->setFont(titleFont);
    m_configure = new QPushButton(tr("Configure WooCommerce Integration…"), page);
    m_configure->setObjectName(QStringLiteral("configureIntegration"));
    m_configure->setToolTip(tr("Connect one of this customer's WooCommerce stores to CartonCloud. Each "
                               "integration costs $10 per week, billed weekly."));
    m_configureReason = new QLabel(page);
    m_configureReason->setObjectName(QStringLiteral("configureReason"));
    m_configureReason->setWordWrap(true);
    // A banner, not a footnote: it answers "why can't I add a store?".
    m_configureReason->setFrameShape(QFrame::StyledPanel);
    m_configureReason->setMargin(8);
    m_configureReason->setAutoFillBackground(true);
    QPalette banner = m_configureReason->palette();
    banner.setColor(QPalette::Window, QColor(0xfd, 0xf3, 0xd8));
    banner.setColor(QPalette::WindowText, QColor(0x4a, 0x3b, 0x10));
    m_configureReason->setPalette(banner);
    m_permission = new QCheckBox(tr("Allow this customer's users to create their own integrations"), page);
    m_permission->setObjectName(QStringLiteral("maySelfManage"));
    m_permission->setToolTip(tr("When ticked, users who sign in as this customer can configure, reconfigure, "
                                "pause and delete its integrations themselves. Each integration is billed to your "
                                "account."));

    auto *header = new QHBoxLayout;
    header->addWidget(m_customerTitle, 1);
    header->addWidget(m_configure);

    m_integrationStack = new QStackedWidget(page);
    m_noIntegrations = new EmptyState(m_integrationStack);
    m_noIntegrations->setObjectName(QStringLiteral("noIntegrations"));
    m_integrationView = new QTableView(m_integrationStack);
    m_integrationView->setObjectName(QStringLiteral("integrationView"));
    m_integrationView->setModel(m_integrations);
    m_integrationView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_integrationView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_integrationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_integrationView->setWordWrap(false);
    m_integrationView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_integrationView->verticalHeader()->hide();
    // Name and health only: the panel beside the list tells the rest, so the list never needs
    // sideways scrolling, whatever the window's width.
    m_integrationView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_integrationView->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *columns = m_integrationView->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    for (int column = 0; column < IntegrationTableModel::ColumnCount; ++column)
        m_integrationView->setColumnHidden(
            column, column != IntegrationTableModel::NameColumn && column != IntegrationTableModel::HealthColumn);
    columns->setSectionResizeMode(IntegrationTableModel::NameColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(IntegrationTableModel::HealthColumn, QHeaderView::ResizeToContents);
    m_integrationView->setMinimumWidth(280);
    m_integrationStack->insertWidget(NoIntegrationsPage, m_noIntegrations);
    m_integrationStack->insertWidget(IntegrationsListPage, m_integrationView);

    m_showDeleted = new QCheckBox(page);
    m_showDeleted->setObjectName(QStringLiteral("showDeleted"));

    m_detail = new IntegrationDetail(m_database, m_engine, *m_board, page);
    m_panel = new IntegrationPanel(*m_board, page);

    auto *vertical = new QSplitter(Qt::Vertical, page);
    vertical->setObjectName(QStringLiteral("customerSplitter"));
    vertical->setChildrenCollapsible(false);
    auto *top = new QSplitter(Qt::Horizontal, vertical);
    top->setObjectName(QStringLiteral("integrationSplitter"));
    top->setChildrenCollapsible(false);
    auto *list = new QWidget(top);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_integrationStack, 1);
    listLayout->addWidget(m_showDeleted);
    top->addWidget(list);
    // In a scroll area: at 200 % or in a short window the panel scrolls rather than cutting a line.
    m_panelScroll = new QScrollArea(top);
    m_panelScroll->setObjectName(QStringLiteral("panelScroll"));
    m_panelScroll->setWidget(m_panel);
    m_panelScroll->setWidgetResizable(true);
    m_panelScroll->setFrameShape(QFrame::NoFrame);
    m_panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    top->addWidget(m_panelScroll);
    // The list needs a name and a health; the panel's sentences need the width.
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 3);
    top->setSizes({300, 700});
    vertical->addWidget(top);
    vertical->addWidget(m_detail);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    // Room for the panel's actions and details first; the orders below take the rest.
    vertical->setSizes({330, 400});

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(header);
    layout->addWidget(m_configureReason);
    layout->addWidget(m_permission);
    layout->addWidget(vertical, 1);

    connect(m_configure, &QPushButton::clicked, this, &DashboardWidget::requestConfigure);
    connect(m_noIntegrations, &EmptyState::actionTriggered, this, &DashboardWidget::requestConfigure);
    connect(m_permission, &QCheckBox::clicked, this, &DashboardWidget::setPermission);
    connect(m_showDeleted, &QCheckBox::toggled, m_integrations, &IntegrationTableModel::setShowDeleted);
    connect(m_integrationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showIntegration(current.isValid() ? m_integrations->integrationIdAt(current.row()) : 0);
            });
    connect(m_panel, &IntegrationPanel::syncNowRequested, this, &DashboardWidget::syncNow);
    connect(m_panel, &IntegrationPanel::pauseRequested, this, &DashboardWidget::setPaused);
    connect(m_panel, &IntegrationPanel::reconfigureRequested, this, &DashboardWidget::requestReconfigure);
    connect(m_panel, &IntegrationPanel::deleteRequested, this, &DashboardWidget::deleteIntegration);
    connect(m_panel, &IntegrationPanel::checkSkusRequested, this, &DashboardWidget::checkSkusRequested);
    connect(m_panel, &IntegrationPanel::accountRequested, this, &DashboardWidget::accountRequested);
    connect(m_detail, &IntegrationDetail::retryRequested, this, [this](qint64 integrationId, int orders, bool all) {
        showProgress(integrationId, orders == 1 ? tr("Retrying 1 order…") : tr("Retrying %n orders…", nullptr, orders));
        // The engine records each retried order ("order.retry") but nothing for Retry All.
        if (all)
            recordAction(integrationId, QStringLiteral("action.retry-all"),
                         orders == 1 ? tr("Retry of all orders that need attention (1) requested from the dashboard.")
                                     : tr("Retry of all orders that need attention (%n) requested from the dashboard.",
                                          nullptr, orders));
    });
    connect(&m_engine, &EngineControl::actionFinished, this, &DashboardWidget::onActionFinished);
    connect(m_board, &IntegrationBoard::integrationChanged, this, [this](qint64 id) {
        if (id == m_panel->integrationId())
            checkSecrets();
    });
    connect(m_integrationView, &QTableView::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_integrationView->indexAt(at);
        if (!index.isValid())
            return;
        QMenu *menu = createIntegrationMenu(m_integrations->integrationIdAt(index.row()), this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_integrationView->viewport()->mapToGlobal(at));
    });
    auto afterRowsChange = [this] {
        updateIntegrationStack();
    };
    connect(m_integrations, &QAbstractItemModel::modelReset, this, afterRowsChange);
    connect(m_integrations, &QAbstractItemModel::rowsInserted, this, afterRowsChange);
    connect(m_integrations, &QAbstractItemModel::rowsRemoved, this, afterRowsChange);
    connect(m_integrations, &QAbstractItemModel::dataChanged, this, [this] { updateIntegrationStack(); });
    return page;
}

void DashboardWidget::setAccount(const WmsAccount &account)
{
    m_account = account;
    m_customer = {};
    m_rootStack->setCurrentIndex(account.id == 0 ? NoAccountPage : TabsPage);
    const bool customerUser = account.role == WmsAccount::Role::CustomerUser;
    // A customer user works for one customer: no list to search.
    m_customerSearch->setVisible(!customerUser);
    const QString onlyCustomer = customerUser ? account.customerId : QString();
    if (customerUser && onlyCustomer.isEmpty())
        qCWarning(lcUi) << "customer user account" << account.id << "is bound to no customer";
    m_billing->setAccount(account.id,
                          customerUser ? (onlyCustomer.isEmpty() ? QStringLiteral("-") : onlyCustomer) : QString());
    m_customers->setAccount(account.id,
                            customerUser ? (onlyCustomer.isEmpty() ? QStringLiteral("-") : onlyCustomer) : QString());
    if (customerUser && onlyCustomer.isEmpty()) {
        m_noCustomers->setTitle(tr("This account is bound to no customer"));
        m_noCustomers->setText(tr("A customer user works for one customer. Open the Account screen and choose the "
                                  "customer this login belongs to."));
    }
}

void DashboardWidget::reload()
{
    m_board->reload();
}

void DashboardWidget::selectCustomer(const QString &customerId)
{
    const int row = m_customers->rowOf(customerId);
    if (row < 0)
        return;
    QModelIndex index = m_customerFilter->mapFromSource(m_customers->index(row));
    if (!index.isValid()) {
        // Hidden by the filter: clear it rather than select something invisible.
        m_customerSearch->clear();
        index = m_customerFilter->mapFromSource(m_customers->index(row));
    }
    m_customerView->setCurrentIndex(index);
    onCustomerSelected();
}

void DashboardWidget::onCustomerSelected()
{
    const QModelIndex current = m_customerFilter->mapToSource(m_customerView->currentIndex());
    const Customer customer = current.isValid() ? m_customers->customerAt(current.row()) : Customer {};
    const bool changed = customer.id != m_customer.id;
    m_customer = customer;
    m_customerStack->setCurrentIndex(customer.id.isEmpty() ? NoCustomerSelectedPage : CustomerSelectedPage);
    if (changed || m_integrations->rowCount() == 0) {
        m_integrations->setCustomer(m_account.id, customer.id);
        if (m_integrations->rowCount() > 0)
            m_integrationView->selectRow(0);
        else
            showIntegration(0);
    }
    updateCustomerHeader();
}

void DashboardWidget::updateCustomerHeader()
{
    if (m_customer.id.isEmpty())
        return;
    // The permission may have changed (the owner ticked the box) since the customer was selected.
    const int row = m_customers->rowOf(m_customer.id);
    if (row >= 0)
        m_customer = m_customers->customerAt(row);
    m_customerTitle->setText(m_customer.name);
    const bool admin = m_account.role == WmsAccount::Role::Admin;
    m_permission->setVisible(admin);
    m_permission->setChecked(m_customer.maySelfManage);
    const QString blocked = configureBlockedReason();
    m_configure->setVisible(blocked.isEmpty());
    m_configure->setEnabled(blocked.isEmpty());
    m_configureReason->setVisible(!blocked.isEmpty());
    // Engine sentences may say "… enter it with Reconfigure": say who can, where this user cannot.
    const bool mayChange = admin || m_customer.maySelfManage;
    m_configureReason->setText(mayChange || blocked.isEmpty() ? blocked
                                                              : blocked + QLatin1Char(' ')
                                       + tr("Only your warehouse can reconfigure, pause or delete these "
                                            "integrations; you can still sync now and retry orders."));
    updateIntegrationStack();
    m_panel->setMayManage(mayManage(m_panel->integrationId()), manageBlockedReason());
}

void DashboardWidget::updateIntegrationStack()
{
    const bool any = m_integrations->rowCount() > 0;
    m_integrationStack->setCurrentIndex(any ? IntegrationsListPage : NoIntegrationsPage);
    // Orders and activity of nothing would only distract from what to do next.
    m_detail->setVisible(any);
    m_panelScroll->setVisible(any);
    const int deleted = m_integrations->deletedCount();
    m_showDeleted->setVisible(deleted > 0);
    m_showDeleted->setText(tr("Show deleted integrations (%1), whose history stays readable").arg(deleted));
    if (any)
        return;
    m_noIntegrations->setTitle(tr("%1 has no WooCommerce integration yet").arg(m_customer.name));
    if (mayConfigure()) {
        m_noIntegrations->setText(tr("Click Configure to connect one of its WooCommerce stores. You will need the "
                                     "store's address and a REST API key with Read/Write permission. Each "
                                     "integration costs $10 per week, billed weekly."));
        m_noIntegrations->setAction(tr("Configure WooCommerce Integration…"));
    } else {
        m_noIntegrations->setText(configureBlockedReason());
        m_noIntegrations->setAction({});
    }
}

bool DashboardWidget::mayConfigure() const
{
    return configureBlockedReason().isEmpty();
}

QString DashboardWidget::configureBlockedReason() const
{
    if (m_account.id == 0)
        return tr("Connect your CartonCloud account first.");
    if (m_customer.id.isEmpty())
        return tr("Select a customer first.");
    if (m_account.role == WmsAccount::Role::CustomerUser && !m_customer.maySelfManage)
        return tr("Your warehouse has not allowed this customer to create its own integrations; ask the account "
                  "owner.");
    return {};
}

bool DashboardWidget::mayManage(qint64 integrationId) const
{
    const std::optional<IntegrationBoard::Entry> entry = m_board->entry(integrationId);
    if (!entry || entry->integration.isDeleted())
        return false;
    if (m_account.role == WmsAccount::Role::Admin)
        return true;
    return entry->integration.customerId == m_account.customerId && m_customer.id == m_account.customerId
        && m_customer.maySelfManage;
}

void DashboardWidget::setPermission(bool allowed)
{
    if (m_account.role != WmsAccount::Role::Admin || m_customer.id.isEmpty())
        return;
    if (!m_customers->setMaySelfManage(m_customer.id, allowed)) {
        m_permission->setChecked(!allowed);
        MessageBox::notify(this, QMessageBox::Warning, tr("Permission not changed"),
                           tr("The permission could not be saved to Wharf's data file. Check that the disk is not "
                              "full, then try again."));
        return;
    }
    updateCustomerHeader();
}

void DashboardWidget::requestConfigure()
{
    // Checked again here, not only by hiding the button: a signal from anywhere must not bypass it.
    if (!mayConfigure())
        return;
    Q_EMIT configureRequested(m_customer.id);
}

void DashboardWidget::requestReconfigure(qint64 integrationId)
{
    if (!mayManage(integrationId))
        return;
    Q_EMIT reconfigureRequested(integrationId);
}

void DashboardWidget::syncNow(qint64 integrationId)
{
    const std::optional<IntegrationBoard::Entry> entry = m_board->entry(integrationId);
    if (!entry || entry->integration.isDeleted())
        return;
    showProgress(integrationId, tr("Syncing now…"));
    recordAction(integrationId, QStringLiteral("action.sync-now"), tr("Sync now requested from the dashboard."));
    m_engine.syncNow(integrationId);
}

void DashboardWidget::setPaused(qint64 integrationId, bool paused)
{
    if (!mayManage(integrationId))
        return;
    showProgress(integrationId, paused ? tr("Pausing…") : tr("Resuming…"));
    recordAction(integrationId, paused ? QStringLiteral("action.pause") : QStringLiteral("action.resume"),
                 paused ? tr("Paused from the dashboard; orders are not synced until it is resumed.")
                        : tr("Resumed from the dashboard."));
    m_engine.setPaused(integrationId, paused);
}

void DashboardWidget::showProgress(qint64 integrationId, const QString &text)
{
    if (integrationId == m_panel->integrationId())
        m_panel->showProgress(text);
}

void DashboardWidget::recordAction(qint64 integrationId, const QString &kind, const QString &message)
{
    // The engine records what it does (a retried order, a sync's result); what a person asked for
    // is recorded here, so that every button leaves a line in the activity, whoever carries it out.
    SyncEvent event;
    event.integrationId = integrationId;
    event.kind = kind;
    event.message = message;
    if (!EventRepository(m_database).append(event)) {
        qCWarning(lcUi) << "could not record" << kind << "for integration" << integrationId;
        return;
    }
    m_detail->activityModel()->addEvent(event);
}

void DashboardWidget::onActionFinished(const ActionOutcome &outcome)
{
    if (outcome.integrationId != 0 && outcome.integrationId == m_panel->integrationId()) {
        m_panel->showOutcome(outcome);
        return;
    }
    if (outcome.message.isEmpty())
        return;
    // A retried order's outcome without its integration belongs to the one shown.
    if (outcome.orderLinkId != 0 && outcome.integrationId == 0) {
        m_panel->showOutcome(outcome);
        return;
    }
    // An outcome for another integration: a transient line, so that it is not lost while another
    // integration is shown.
    const std::optional<IntegrationBoard::Entry> entry = m_board->entry(outcome.integrationId);
    const QString text = entry ? tr("%1: %2").arg(entry->integration.name, outcome.message) : outcome.message;
    showTransient(outcome.doneBy.isEmpty() ? text : tr("%1 (done by %2)").arg(text, outcome.doneBy));
}

void DashboardWidget::showTransient(const QString &text)
{
    m_transient->setText(text);
    m_transient->setVisible(true);
    m_transientTimer->start();
}

void DashboardWidget::showIntegration(qint64 integrationId)
{
    m_detail->setIntegration(integrationId);
    m_panel->setIntegration(integrationId);
    m_panel->setMayManage(mayManage(integrationId), manageBlockedReason());
    checkSecrets();
}

QString DashboardWidget::manageBlockedReason() const
{
    return tr("Your warehouse has not allowed this customer to manage its own integrations; ask the account owner.");
}

void DashboardWidget::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    m_panel->setSecretsPlace(secrets ? secrets->place() : SecretStore::Place::Keychain);
    m_secretsCheckedFor.clear();
    checkSecrets();
}

void DashboardWidget::checkSecrets()
{
    const qint64 integrationId = m_panel->integrationId();
    const std::optional<IntegrationBoard::Entry> entry = m_board->entry(integrationId);
    if (!entry || entry->integration.isDeleted() || entry->status.health != Health::Failing) {
        m_secretsCheckedFor.clear();
        if (m_panel->missingSecret() != IntegrationPanel::MissingSecret::None)
            m_panel->setMissingSecret(IntegrationPanel::MissingSecret::None);
        return;
    }
    // A failing integration is reported again at every (backed-off) cycle: the keychain is asked
    // once per failure, not once per report.
    const QString checking = QString::number(integrationId) + QLatin1Char('\n') + entry->status.reason;
    if (checking == m_secretsCheckedFor)
        return;
    m_secretsCheckedFor = checking;
    if (!m_secrets) {
        // No keychain to ask (tests): the engine's sentence says which secret is missing.
        const QString &reason = entry->status.reason;
        if (SecretSentences::isClientSecretMissing(reason))
            m_panel->setMissingSecret(IntegrationPanel::MissingSecret::Account);
        else if (SecretSentences::isConsumerSecretMissing(reason))
            m_panel->setMissingSecret(IntegrationPanel::MissingSecret::Integration);
        else
            m_panel->setMissingSecret(IntegrationPanel::MissingSecret::None);
        return;
    }
    // Failing: ask the keychain which secret, if any, is missing. The answers come later; the
    // selection may have moved on by then.
    QPointer<DashboardWidget> self(this);
    const qint64 accountId = entry->integration.accountId;
    m_secrets->read(SecretKeys::integrationConsumerSecret(integrationId), this,
                    [self, integrationId, accountId](const SecretResult &integrationSecret) {
                        if (!self || self->m_panel->integrationId() != integrationId)
                            return;
                        if (integrationSecret.status == SecretResult::Status::Missing) {
                            self->m_panel->setMissingSecret(IntegrationPanel::MissingSecret::Integration);
                            return;
                        }
                        self->m_secrets->read(SecretKeys::accountClientSecret(accountId), self.data(),
                                              [self, integrationId](const SecretResult &accountSecret) {
                                                  if (!self || self->m_panel->integrationId() != integrationId)
                                                      return;
                                                  self->m_panel->setMissingSecret(
                                                      accountSecret.status == SecretResult::Status::Missing
                                                          ? IntegrationPanel::MissingSecret::Account
                                                          : IntegrationPanel::MissingSecret::None);
                                              });
                    });
}

void DashboardWidget::deleteIntegration(qint64 integrationId)
{
    if (!mayManage(integrationId))
        return;
    const Integration integration = m_board->entry(integrationId)->integration;
    MessageBox::Question question;
    question.title = tr("Delete Integration");
    question.text = tr("Delete the integration \"%1\"?").arg(integration.name);
    question.informativeText =
        tr("Billing for it stops now; this week is the last one charged. Wharf stops taking orders from %1 and "
           "stops sending tracking and completions back to it. Orders already in CartonCloud are not changed.\n\n"
           "Its orders and activity stay readable here under \"Show deleted integrations\". %2")
            .arg(integration.storeUrl,
                 SecretSentences::consumerSecretRemovedOnDelete(m_secrets ? m_secrets->place()
                                                                          : SecretStore::Place::Keychain));
    question.acceptLabel = tr("Delete Integration");
    question.icon = QMessageBox::Warning;
    question.destructive = true;
    MessageBox::confirm(this, question, [this, integrationId, name = integration.name] {
        showProgress(integrationId, tr("Deleting…"));
        // Stop first, so that no cycle starts against an integration that is being deleted.
        m_engine.stopIntegration(integrationId);
        // The keychain answers later; the dashboard may be gone by then.
        QPointer<DashboardWidget> self(this);
        m_registry.remove(integrationId, [self, integrationId, name](const IntegrationRegistry::Outcome &outcome) {
            if (!self)
                return;
            DashboardWidget *const dashboard = self.data();
            if (!outcome.ok) {
                // Not deleted after all: let it run again, and say why.
                dashboard->m_engine.reloadIntegration(integrationId);
                MessageBox::notify(dashboard, QMessageBox::Warning, tr("Integration not deleted"),
                                   tr("\"%1\" was not deleted: %2").arg(name, outcome.message));
                return;
            }
            dashboard->recordAction(
                integrationId, QStringLiteral("action.delete"),
                tr("Integration \"%1\" deleted from the dashboard; its billing stopped.").arg(name));
            dashboard->m_board->reloadIntegration(integrationId);
            // The integration leaves the list (and the panel shows another): said below the dashboard.
            dashboard->showTransient(tr("\"%1\" was deleted. Its history stays readable under \"Show deleted "
                                        "integrations\".")
                                         .arg(name));
            if (!outcome.message.isEmpty())
                MessageBox::notify(dashboard, QMessageBox::Warning, tr("Integration deleted"), outcome.message);
        });
    });
}

QMenu *DashboardWidget::createIntegrationMenu(qint64 integrationId, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("integrationMenu"));
    populateIntegrationMenu(menu, integrationId);
    return menu;
}

void DashboardWidget::populateIntegrationMenu(QMenu *menu, qint64 integrationId)
{
    menu->clear();
    const std::optional<IntegrationBoard::Entry> entry = m_board->entry(integrationId);
    if (!entry)
        return;
    const bool deleted = entry->integration.isDeleted();
    const bool manage = mayManage(integrationId);
    const QString notAllowed = deleted ? tr("This integration was deleted.")
                                       : tr("Your warehouse has not allowed this customer to manage its own "
                                            "integrations; ask the account owner.");
    auto addAction = [menu](const QString &text, const QString &name, bool enabled, const QString &why) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        action->setEnabled(enabled);
        if (!enabled)
            action->setToolTip(why);
        return action;
    };
    menu->setToolTipsVisible(true);
    QAction *reconfigure = addAction(tr("Reconfigure…"), QStringLiteral("reconfigure"), manage, notAllowed);
    connect(reconfigure, &QAction::triggered, this, [this, integrationId] { requestReconfigure(integrationId); });
    QAction *sync =
        addAction(tr("Sync Now"), QStringLiteral("syncNow"), !deleted && entry->status.health != Health::Paused,
                  deleted ? notAllowed : tr("Resume the integration first."));
    connect(sync, &QAction::triggered, this, [this, integrationId] { syncNow(integrationId); });
    const bool paused = entry->status.health == Health::Paused;
    QAction *pause = addAction(paused ? tr("Resume") : tr("Pause"), QStringLiteral("pauseResume"), manage, notAllowed);
    if (!paused)
        pause->setToolTip(tr("Stop syncing until resumed. A paused integration is still billed; delete it to stop "
                             "billing."));
    connect(pause, &QAction::triggered, this, [this, integrationId, paused] { setPaused(integrationId, !paused); });
    QAction *checkSkus = addAction(tr("Check SKUs…"), QStringLiteral("checkSkus"), !deleted, notAllowed);
    connect(checkSkus, &QAction::triggered, this, [this, integrationId] { Q_EMIT checkSkusRequested(integrationId); });
    menu->addSeparator();
    QAction *remove = addAction(tr("Delete Integration…"), QStringLiteral("deleteIntegration"), manage, notAllowed);
    connect(remove, &QAction::triggered, this, [this, integrationId] { deleteIntegration(integrationId); });
}

QString DashboardWidget::transientMessage() const
{
    return m_transient->text();
}

qint64 DashboardWidget::currentIntegrationId() const
{
    return m_detail->integrationId();
}

void DashboardWidget::selectIntegration(qint64 integrationId)
{
    const std::optional<IntegrationBoard::Entry> entry = m_board->entry(integrationId);
    if (!entry)
        return;
    if (entry->integration.customerId != m_customer.id)
        selectCustomer(entry->integration.customerId);
    if (entry->integration.isDeleted())
        m_showDeleted->setChecked(true);
    const int row = m_integrations->rowOf(integrationId);
    if (row >= 0)
        m_integrationView->selectRow(row);
}

void DashboardWidget::setClock(std::function<QDateTime()> now)
{
    m_integrations->setClock(now);
    m_panel->setClock(now);
    m_detail->setClock(now);
    m_billing->setClock(std::move(now));
}

void DashboardWidget::setBillingTimeZone(const QTimeZone &zone)
{
    m_billing->setTimeZone(zone);
}

} // namespace wharf
