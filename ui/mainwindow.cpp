#include "ui/mainwindow.h"

#include "core/logging.h"
#include "core/net/httpclient.h"
#include "core/secrets/secretkeys.h"
#include "core/secrets/secretsentences.h"
#include "core/secrets/secretstore.h"
#include "core/store/accountrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/integrationrepository.h"
#include "core/wms/wmsclient.h"
#include "core/wms/wmsconnection.h"
#include "core/woo/credentialscheck.h"
#include "core/woo/wooclient.h"
#include "ui/account/accountdialog.h"
#include "ui/account/firstrunpage.h"
#include "ui/catalogue/skupreflightdialog.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/wizard/integrationwizard.h"
#include "ui/wizard/storecheck.h"
#include "ui/wizard/wizardservices.h"
#include "ui/wizard/wmscustomerdirectory.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace wharf {

namespace {
enum Page { WelcomePage, DashboardPage };
}

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setWindowTitle(tr("Wharf"));
    setObjectName(QStringLiteral("mainWindow"));

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("CartonCloud &Account…"), this, &MainWindow::showAccount);
    fileMenu->addSeparator();
    // Not QApplication::quit(): that asks every window to close, and the tray keeps this one, so
    // the request was refused and Wharf stayed. The application decides (main.cpp).
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setShortcutContext(Qt::ApplicationShortcut);
    // Panels (the demo's) can be closed; this menu, rebuilt when opened, brings them back.
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    connect(m_viewMenu, &QMenu::aboutToShow, this, &MainWindow::fillViewMenu);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *setupHelp = helpMenu->addAction(tr("&Setting Up a Store…"), this, &MainWindow::showSetupHelp);
    setupHelp->setObjectName(QStringLiteral("setupHelpAction"));
    setupHelp->setShortcut(QKeySequence::HelpContents);
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About Wharf…"), this, &MainWindow::showAbout);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createWelcomePage());
    m_dashboard = new DashboardWidget(*m_services.database, *m_services.registry, *m_services.engine, m_pages);
    m_dashboard->setSecretStore(m_services.secrets);
    m_pages->addWidget(m_dashboard);
    setCentralWidget(m_pages);
    connect(m_dashboard, &DashboardWidget::configureRequested, this, &MainWindow::openWizardForCustomer);
    connect(m_dashboard, &DashboardWidget::reconfigureRequested, this, &MainWindow::openWizardForIntegration);
    connect(m_dashboard, &DashboardWidget::checkSkusRequested, this, &MainWindow::openSkuPreflight);
    connect(m_dashboard, &DashboardWidget::accountRequested, this, &MainWindow::showAccount);

    statusBar()->showMessage(tr("Data file: %1").arg(QDir::toNativeSeparators(m_services.database->filePath())));
    refresh();
    resize(1180, 760);

    // How docs/demo-dashboard.png is made (the demo needs a minute of orders first):
    // WHARF_SCREENSHOT_AFTER="90:docs/demo-dashboard.png" wharf --demo saves the window after 90 s.
    const QString screenshot = qEnvironmentVariable("WHARF_SCREENSHOT_AFTER");
    const qsizetype colon = screenshot.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        const int seconds = screenshot.left(colon).toInt();
        const QString path = screenshot.mid(colon + 1);
        QTimer::singleShot(std::chrono::seconds(seconds), this, [this, path] {
            if (!grab().save(path))
                qCWarning(lcUi) << "could not save the screenshot to" << path;
        });
    }
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new FirstRunPage(*m_services.secrets, this);
    connect(page, &FirstRunPage::connectRequested, this, &MainWindow::showAccount);
    return page;
}

void MainWindow::refresh()
{
    const QList<WmsAccount> accounts = AccountRepository(*m_services.database).all();
    if (accounts.isEmpty()) {
        m_pages->setCurrentIndex(WelcomePage);
        return;
    }
    m_dashboard->setAccount(accounts.constFirst());
    m_dashboard->reload();
    // Start on the first customer with an integration (else the first), not on an empty page.
    if (m_dashboard->currentCustomerId().isEmpty()) {
        const QList<Integration> integrations = IntegrationRepository(*m_services.database).all();
        if (!integrations.isEmpty())
            m_dashboard->selectCustomer(integrations.constFirst().customerId);
    }
    m_pages->setCurrentIndex(DashboardPage);
    connectToCartonCloud(accounts.constFirst());
}

void MainWindow::connectToCartonCloud(const WmsAccount &account)
{
    // The wizard offers CartonCloud's customers and the warehouses their orders go to; without
    // the account's secret it falls back to the customers Wharf has stored.
    m_services.secrets->read(
        SecretKeys::accountClientSecret(account.id), this, [this, account](const SecretResult &secret) {
            if (!secret.ok()) {
                qCWarning(lcUi) << "CartonCloud secret unavailable for the wizard:" << secret.message;
                return;
            }
            delete m_customers;
            delete m_wmsClient;
            m_wmsClient = new wms::WmsClient(m_services.network, this);
            m_wmsClient->setConnection(wms::WmsConnection::of(account, secret.secret));
            m_wmsClient->http()->setSslConfiguration(m_services.ssl);
            m_customers = new WmsCustomerDirectory(m_wmsClient, *m_services.database, account.id, this);
        });
}

void MainWindow::showAccount()
{
    auto *dialog = new AccountDialog(*m_services.database, *m_services.secrets, m_services.engine, m_services.network,
                                     m_services.ssl, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::accountSaved, this, &MainWindow::refresh);
    dialog->open();
}

WizardServices MainWindow::wizardServices() const
{
    WizardServices services;
    services.database = m_services.database;
    services.registry = m_services.registry;
    services.secrets = m_services.secrets;
    services.engine = m_services.engine;
    services.network = m_services.network;
    services.customers = m_customers;
    services.wms = m_wmsClient;
    return services;
}

void MainWindow::openSkuPreflight(qint64 integrationId)
{
    const std::optional<Integration> integration = IntegrationRepository(*m_services.database).find(integrationId);
    if (!integration || integration->isDeleted()) {
        QMessageBox::information(this, tr("Check SKUs"), tr("This integration no longer exists."));
        return;
    }
    if (!m_wmsClient) {
        QMessageBox::information(this, tr("Check SKUs"),
                                 tr("Wharf cannot reach CartonCloud for this account now, so it cannot compare SKUs. "
                                    "Open File → CartonCloud Account… to check the connection."));
        return;
    }
    const std::optional<Customer> customer =
        CustomerRepository(*m_services.database).find(integration->accountId, integration->customerId);
    const QString customerName = customer ? customer->name : integration->customerId;
    m_services.secrets->read(
        SecretKeys::integrationConsumerSecret(integrationId), this,
        [this, integration = *integration, customerName](const SecretResult &secret) {
            if (!secret.ok()) {
                QMessageBox::warning(
                    this, tr("Check SKUs"),
                    tr("Wharf could not read the store's consumer secret from the keychain: %1").arg(secret.message));
                return;
            }
            auto *dialog = new SkuPreflightDialog(integration, customerName, secret.secret, m_wmsClient,
                                                  m_services.network, m_services.ssl, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
}

void MainWindow::openWizard(IntegrationWizard *wizard)
{
    // The live check trusts what the engine trusts (a test CA in the demo), never less.
    wizard->storeCheck()->credentialsCheck()->client()->http()->setSslConfiguration(m_services.ssl);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // In the demo the Demo panel's keys must stay reachable while the wizard asks for them.
    m_services.demo ? wizard->show() : wizard->open();
}

void MainWindow::openWizardForCustomer(const QString &customerId)
{
    openWizard(new IntegrationWizard(wizardServices(), m_dashboard->account(), customerId, this));
}

void MainWindow::openWizardForIntegration(qint64 integrationId)
{
    const std::optional<Integration> integration = IntegrationRepository(*m_services.database).find(integrationId);
    if (!integration || integration->isDeleted()) {
        QMessageBox::information(this, tr("Reconfigure"), tr("This integration no longer exists."));
        return;
    }
    openWizard(new IntegrationWizard(wizardServices(), m_dashboard->account(), *integration, this));
}

void MainWindow::fillViewMenu()
{
    m_viewMenu->clear();
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QDockWidget *dock : docks)
        m_viewMenu->addAction(dock->toggleViewAction());
    if (docks.isEmpty()) {
        QAction *none = m_viewMenu->addAction(tr("No panels to show"));
        none->setEnabled(false);
    }
}

void MainWindow::showSetupHelp()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("setupHelp"));
    dialog->setWindowTitle(tr("Setting Up a Store"));
    auto *text = new QLabel(dialog);
    text->setObjectName(QStringLiteral("setupHelpText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(
        tr("<h3>1. The CartonCloud API client (once per warehouse)</h3>"
           "<p>In CartonCloud, open <b>More → Self-Managed Integrations</b> and create an API client. Note its "
           "<b>client id</b> and <b>client secret</b>.</p>"
           "<p>In Wharf, open <b>File → CartonCloud Account…</b>, choose the region, enter the client id and "
           "secret, press <b>Find Tenants</b> and pick your tenant. %1</p>"
           "<h3>2. The WooCommerce REST API key (once per store)</h3>"
           "<p>In the store's WordPress admin, open <b>WooCommerce → Settings → Advanced → REST API</b> and "
           "click <b>Add key</b>. Choose a user who manages the shop, set <b>Permissions</b> to "
           "<b>Read/Write</b> and click <b>Generate API key</b>. Copy the <b>consumer key</b> and "
           "<b>consumer secret</b> at once: WooCommerce shows the secret only this one time.</p>"
           "<h3>3. The integration</h3>"
           "<p>Select the customer on the dashboard and press <b>Configure WooCommerce Integration…</b>. "
           "Wharf checks the key live and says exactly what is wrong if it does not work. Each integration "
           "costs $10 per week, billed weekly.</p>")
            .arg(SecretSentences::clientSecretKept(m_services.secrets->place()).toHtmlEscaped()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addStretch(1);
    layout->addWidget(buttons);
    dialog->resize(560, 480);
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Wharf"),
                       tr("<b>Wharf %1</b><br>Self-managed WooCommerce integrations for CartonCloud warehouses.")
                           .arg(QApplication::applicationVersion()));
}

} // namespace wharf
