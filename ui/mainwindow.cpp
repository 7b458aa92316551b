#include "ui/mainwindow.h"

#include "core/logging.h"
#include "core/net/httpclient.h"
#include "core/secrets/secretkeys.h"
#include "core/secrets/secretstore.h"
#include "core/store/accountrepository.h"
#include "core/store/database.h"
#include "core/store/integrationrepository.h"
#include "core/wms/wmsclient.h"
#include "core/wms/wmsconnection.h"
#include "core/woo/credentialscheck.h"
#include "core/woo/wooclient.h"
#include "ui/account/accountdialog.h"
#include "ui/account/firstrunpage.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/wizard/integrationwizard.h"
#include "ui/wizard/storecheck.h"
#include "ui/wizard/wizardservices.h"
#include "ui/wizard/wmscustomerdirectory.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
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
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quitAction->setShortcut(QKeySequence::Quit);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Wharf…"), this, &MainWindow::showAbout);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createWelcomePage());
    m_dashboard = new DashboardWidget(*m_services.database, *m_services.registry, *m_services.engine, m_pages);
    m_pages->addWidget(m_dashboard);
    setCentralWidget(m_pages);
    connect(m_dashboard, &DashboardWidget::configureRequested, this, &MainWindow::openWizardForCustomer);
    connect(m_dashboard, &DashboardWidget::reconfigureRequested, this, &MainWindow::openWizardForIntegration);
    connect(m_dashboard, &DashboardWidget::accountRequested, this, &MainWindow::showAccount);

    statusBar()->showMessage(tr("Data file: %1").arg(QDir::toNativeSeparators(m_services.database->filePath())));
    refresh();
    resize(1180, 760);
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
            wms::WmsConnection connection;
            connection.baseUrl = QUrl(account.baseUrl);
            connection.clientId = account.clientId;
            connection.clientSecret = secret.secret;
            connection.tenantId = account.tenantId;
            m_wmsClient->setConnection(connection);
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
    return services;
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

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Wharf"),
                       tr("<b>Wharf %1</b><br>Self-managed WooCommerce integrations for CartonCloud warehouses.")
                           .arg(QApplication::applicationVersion()));
}

} // namespace wharf
