#include "ui/dashboard/integrationdetail.h"

#include "core/sync/enginecontrol.h"
#include "ui/dashboard/activityfiltermodel.h"
#include "ui/dashboard/activitymodel.h"
#include "ui/dashboard/attentionmodel.h"
#include "ui/dashboard/integrationboard.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/wrappingdelegate.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace wharf {

namespace {
QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

IntegrationDetail::IntegrationDetail(const Database &database, EngineControl &engine, IntegrationBoard &board,
                                     QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_board(board)
    , m_attention(new AttentionModel(database, engine, this))
    , m_activity(new ActivityModel(database, engine, this))
    , m_activityFilter(new ActivityFilterModel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("integrationDetail"));
    m_activityFilter->setSourceModel(m_activity);
    m_chooseSavePath = [](QWidget *parentWidget, const QString &suggested) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(parentWidget, tr("Export the orders that need attention"),
                                            QDir(folder).filePath(suggested), tr("CSV files (*.csv)"));
    };

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(createAttentionPage(), tr("Orders that need attention"));
    m_tabs->addTab(createActivityPage(), tr("Activity"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);

    connect(&m_board, &IntegrationBoard::integrationChanged, this, [this](qint64 id) {
        if (id == m_integrationId)
            updateAttentionState();
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_attention, signal, this, &IntegrationDetail::updateAttentionState);
    connect(m_attention, &QAbstractItemModel::modelReset, this, &IntegrationDetail::updateAttentionState);
    connect(m_attention, &QAbstractItemModel::dataChanged, this, &IntegrationDetail::updateAttentionState);
    setIntegration(0);
}

QWidget *IntegrationDetail::createAttentionPage()
{
    auto *page = new QWidget(this);
    m_attentionStack = new QStackedWidget(page);
    m_attentionEmpty = new EmptyState(page);
    m_attentionEmpty->setObjectName(QStringLiteral("attentionEmpty"));
    m_attentionEmpty->setTitle(tr("No orders need attention"));
    m_attentionEmpty->setText(tr("When an order cannot be sent to CartonCloud or completed in WooCommerce, it "
                                 "appears here with the reason. Fix the cause, then click Retry."));

    auto *listPage = new QWidget(page);
    m_attentionView = new QTreeView(listPage);
    m_attentionView->setObjectName(QStringLiteral("attentionView"));
    m_attentionView->setModel(m_attention);
    m_attentionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attentionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attentionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attentionView->setAlternatingRowColors(true);
    m_attentionView->setUniformRowHeights(false);
    // Reasons are sentences that say what to do: shown whole, wrapped, never cut off.
    m_attentionView->setItemDelegate(new WrappingDelegate(m_attentionView, AttentionModel::ReasonColumn));
    m_attentionView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_attentionView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AttentionModel::OrderColumn, QHeaderView::Interactive);
    header->resizeSection(AttentionModel::OrderColumn, 110);
    header->setSectionResizeMode(AttentionModel::ReasonColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AttentionModel::CartonCloudColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AttentionModel::SinceColumn, QHeaderView::ResizeToContents);
    m_retry = new QPushButton(tr("Retry"), listPage);
    m_retry->setObjectName(QStringLiteral("retryOrder"));
    m_retry->setToolTip(tr("Send the selected order, or every order of the selected group, again, after you fixed "
                           "the cause."));
    m_retryAll = new QPushButton(tr("Retry All"), listPage);
    m_retryAll->setObjectName(QStringLiteral("retryAllOrders"));
    m_retryAll->setToolTip(tr("Send every order that needs attention again."));
    m_openInWoo = new QPushButton(tr("Open in WooCommerce"), listPage);
    m_openInWoo->setObjectName(QStringLiteral("openInWooCommerce"));
    m_openInWoo->setToolTip(tr("Open the selected order in the store's WooCommerce admin, in your browser."));
    m_export = new QPushButton(tr("Export CSV…"), listPage);
    m_export->setObjectName(QStringLiteral("exportAttention"));
    m_export->setToolTip(tr("Save this list, one line per order with its cause, for a spreadsheet."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_retryAll);
    buttons->addWidget(m_openInWoo);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    m_attentionView->setToolTip(tr("Double-click an order to see its timeline."));
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_attentionView, 1);
    listLayout->addLayout(buttons);

    m_attentionStack->addWidget(m_attentionEmpty);
    m_attentionStack->addWidget(listPage);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_attentionStack);

    connect(m_retry, &QPushButton::clicked, this, &IntegrationDetail::retrySelected);
    connect(m_retryAll, &QPushButton::clicked, this, &IntegrationDetail::retryAll);
    connect(m_openInWoo, &QPushButton::clicked, this, &IntegrationDetail::openSelectedInWooCommerce);
    connect(m_export, &QPushButton::clicked, this, &IntegrationDetail::exportCsv);
    // Groups open: their orders are what people came for. A group someone closed stays closed when
    // the list is read again (the engine's reports re-read it often).
    connect(m_attentionView, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_collapsedCauses.insert(index.data(AttentionModel::CauseRole).toString());
    });
    connect(m_attentionView, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_collapsedCauses.remove(index.data(AttentionModel::CauseRole).toString());
    });
    connect(m_attention, &QAbstractItemModel::modelReset, this, [this] {
        const QSignalBlocker quiet(m_attentionView);
        for (int row = 0; row < m_attention->rowCount(); ++row) {
            const QModelIndex group = m_attention->index(row, 0);
            m_attentionView->setExpanded(group,
                                         !m_collapsedCauses.contains(group.data(AttentionModel::CauseRole).toString()));
        }
    });
    connect(m_attentionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IntegrationDetail::updateAttentionState);
    connect(m_attentionView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        showOrderTimeline(index.data(AttentionModel::OrderLinkIdRole).toLongLong());
    });
    for (int row = 0; row < m_attention->rowCount(); ++row)
        m_attentionView->setFirstColumnSpanned(row, {}, true);
    return page;
}

QWidget *IntegrationDetail::createActivityPage()
{
    auto *page = new QWidget(this);
    m_activitySearch = new QLineEdit(page);
    m_activitySearch->setObjectName(QStringLiteral("activitySearch"));
    m_activitySearch->setPlaceholderText(tr("Filter by order number, SKU or words…"));
    m_activitySearch->setClearButtonEnabled(true);
    m_activityShow = new QComboBox(page);
    m_activityShow->setObjectName(QStringLiteral("activityShow"));
    m_activityShow->addItem(tr("All events"), int(ActivityFilterModel::Show::Everything));
    m_activityShow->addItem(tr("Warnings and errors"), int(ActivityFilterModel::Show::WarningsAndErrors));
    m_activityShow->addItem(tr("Errors only"), int(ActivityFilterModel::Show::ErrorsOnly));
    m_timelineTitle = new QLabel(page);
    m_timelineTitle->setObjectName(QStringLiteral("timelineTitle"));
    QFont timelineFont = m_timelineTitle->font();
    timelineFont.setBold(true);
    m_timelineTitle->setFont(timelineFont);
    m_timelineTitle->setVisible(false);
    m_backToLog = new QPushButton(tr("Back to All Activity"), page);
    m_backToLog->setObjectName(QStringLiteral("backToActivity"));
    m_backToLog->setVisible(false);
    m_activityView = makeTable(page, QStringLiteral("activityView"));
    m_activityView->setModel(m_activityFilter);
    for (const int column : {ActivityModel::TimeColumn, ActivityModel::OrderColumn, ActivityModel::StepColumn})
        m_activityView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Sized by the rows in sight, not by all 500: the log grows while the engine works.
    m_activityView->horizontalHeader()->setResizeContentsPrecision(0);
    m_activityEmpty = new QLabel(page);
    m_activityEmpty->setObjectName(QStringLiteral("activityEmpty"));
    m_activityEmpty->setWordWrap(true);
    m_activityEmpty->setEnabled(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_timelineTitle);
    filters->addWidget(m_backToLog);
    filters->addWidget(m_activitySearch, 1);
    filters->addWidget(m_activityShow);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_activityView, 1);
    layout->addWidget(m_activityEmpty);

    connect(m_activitySearch, &QLineEdit::textChanged, m_activityFilter, &ActivityFilterModel::setText);
    connect(m_activityShow, &QComboBox::currentIndexChanged, this,
            [this] { m_activityFilter->setShow(ActivityFilterModel::Show(m_activityShow->currentData().toInt())); });
    connect(m_backToLog, &QPushButton::clicked, this, &IntegrationDetail::showActivityLog);
    connect(m_activityView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 orderLinkId = index.data(ActivityModel::OrderLinkIdRole).toLongLong();
        if (orderLinkId != 0 && m_activity->mode() == ActivityModel::Mode::Integration)
            showOrderTimeline(orderLinkId);
    });
    auto updateEmpty = [this] {
        const bool empty = m_activityFilter->rowCount() == 0;
        m_activityEmpty->setVisible(empty);
        if (m_activity->rowCount() == 0)
            m_activityEmpty->setText(tr("Nothing has happened yet. Each order received, sent to CartonCloud, "
                                        "packed, dispatched and completed is recorded here."));
        else
            m_activityEmpty->setText(tr("No event matches the filter."));
    };
    connect(m_activityFilter, &QAbstractItemModel::modelReset, this, updateEmpty);
    connect(m_activityFilter, &QAbstractItemModel::rowsInserted, this, updateEmpty);
    connect(m_activityFilter, &QAbstractItemModel::rowsRemoved, this, updateEmpty);
    connect(m_activityFilter, &QAbstractItemModel::layoutChanged, this, updateEmpty);
    return page;
}

void IntegrationDetail::setClock(std::function<QDateTime()> now)
{
    m_attention->setClock(now);
    m_activity->setClock(std::move(now));
}

void IntegrationDetail::setIntegration(qint64 integrationId)
{
    if (integrationId != m_integrationId)
        m_collapsedCauses.clear();
    m_integrationId = integrationId;
    const std::optional<IntegrationBoard::Entry> entry = m_board.entry(integrationId);
    m_attention->setIntegration(entry ? integrationId : 0, entry ? entry->integration.storeUrl : QString());
    showActivityLog();
    updateAttentionState();
}

void IntegrationDetail::updateAttentionState()
{
    const int attention = m_attention->attentionCount();
    const int notSent = m_attention->orderCount() - attention;
    // Counts orders, not integrations: said in the words.
    QString title = tr("Orders that need attention");
    if (attention > 0 && notSent > 0)
        title = tr("Orders that need attention (%1), not sent (%2)").arg(attention).arg(notSent);
    else if (attention > 0)
        title = tr("Orders that need attention (%1)").arg(attention);
    else if (notSent > 0)
        title = tr("Orders not sent (%1)").arg(notSent);
    m_tabs->setTabText(0, title);
    m_attentionStack->setCurrentIndex(m_attention->orderCount() > 0 ? 1 : 0);
    // Group titles span the row: a cause is a sentence, not a cell.
    bool spansChanged = false;
    for (int row = 0; row < m_attention->rowCount(); ++row) {
        if (!m_attentionView->isFirstColumnSpanned(row, {})) {
            m_attentionView->setFirstColumnSpanned(row, {}, true);
            spansChanged = true;
        }
    }
    // A spanned row is as wide as the view: its wrapped height is measured again.
    if (spansChanged)
        m_attentionView->doItemsLayout();
    const std::optional<IntegrationBoard::Entry> entry = m_board.entry(m_integrationId);
    const bool deleted = entry && entry->integration.isDeleted();
    const QModelIndex selected = selectedAttention();
    const bool retryable = selected.isValid() && selected.data(AttentionModel::RetryableRole).toBool()
        && !selected.data(AttentionModel::RetryingRole).toBool();
    m_retry->setEnabled(!deleted && retryable);
    m_retry->setText(selected.isValid() && selected.data(AttentionModel::IsGroupRole).toBool() ? tr("Retry Group")
                                                                                               : tr("Retry"));
    m_retryAll->setEnabled(!deleted && attention > 0);
    m_openInWoo->setEnabled(selected.isValid() && selected.data(AttentionModel::AdminUrlRole).toUrl().isValid());
    m_export->setEnabled(m_attention->orderCount() > 0);
    if (deleted)
        m_retry->setToolTip(tr("This integration was deleted; its orders can no longer be retried."));
}

QModelIndex IntegrationDetail::selectedAttention() const
{
    const QModelIndexList rows = m_attentionView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.constFirst();
}

void IntegrationDetail::retrySelected()
{
    const QModelIndex selected = selectedAttention();
    if (!selected.isValid() || !selected.data(AttentionModel::RetryableRole).toBool())
        return;
    QList<qint64> ids;
    for (const QVariant &id : selected.data(AttentionModel::OrderLinkIdsRole).toList())
        ids.append(id.toLongLong());
    for (const qint64 id : std::as_const(ids))
        m_engine.retryOrder(id);
    m_attention->markRetrying(ids);
    Q_EMIT retryRequested(m_integrationId, int(ids.size()), false);
    updateAttentionState();
}

void IntegrationDetail::retryAll()
{
    const int count = m_attention->attentionCount();
    if (m_integrationId == 0 || count == 0)
        return;
    m_engine.retryAllOrders(m_integrationId);
    m_attention->markAllRetrying();
    Q_EMIT retryRequested(m_integrationId, count, true);
    updateAttentionState();
}

void IntegrationDetail::openSelectedInWooCommerce()
{
    const QUrl url = selectedAttention().data(AttentionModel::AdminUrlRole).toUrl();
    if (url.isValid())
        QDesktopServices::openUrl(url);
}

bool IntegrationDetail::exportCsv()
{
    const std::optional<IntegrationBoard::Entry> entry = m_board.entry(m_integrationId);
    if (!entry || m_attention->orderCount() == 0)
        return false;
    QString stem = QUrl(entry->integration.storeUrl).host();
    if (stem.isEmpty())
        stem = QString::number(m_integrationId);
    const QString path = m_chooseSavePath(this, tr("wharf-orders-%1.csv").arg(stem));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_attention->toCsv()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Not exported"),
                             tr("The list could not be written to %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void IntegrationDetail::showOrderTimeline(qint64 orderLinkId)
{
    if (orderLinkId == 0)
        return;
    m_activity->showOrder(orderLinkId);
    QString number;
    if (m_activity->rowCount() > 0)
        number = m_activity->index(0, ActivityModel::OrderColumn).data().toString();
    m_timelineTitle->setText(number.isEmpty() ? tr("Timeline of the order") : tr("Timeline of order %1").arg(number));
    m_timelineTitle->setVisible(true);
    m_backToLog->setVisible(true);
    m_activityView->setColumnHidden(ActivityModel::OrderColumn, true); // one order: said in the title
    m_tabs->setCurrentIndex(1);
}

void IntegrationDetail::showActivityLog()
{
    m_activity->showIntegration(m_board.entry(m_integrationId) ? m_integrationId : 0);
    m_timelineTitle->setVisible(false);
    m_backToLog->setVisible(false);
    m_activityView->setColumnHidden(ActivityModel::OrderColumn, false);
}

} // namespace wharf
