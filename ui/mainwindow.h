#pragma once

#include "core/model/wmsaccount.h"

#include <QMainWindow>
#include <QPointer>
#include <QSslConfiguration>

class QMenu;
class QNetworkAccessManager;
class QStackedWidget;

namespace wharf {

class CustomerDirectory;
class IntegrationWizard;
struct WizardServices;
class DashboardWidget;
class Database;
class EngineControl;
class IntegrationRegistry;
class SecretStore;
namespace wms {
class WmsClient;
}

// The application window: the first-run page until a CartonCloud account is connected, then the
// integrations dashboard. It answers the dashboard's requests with the setup wizard and the
// Account screen; the sync engine runs on its own thread and is only talked to through
// EngineControl.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Services
    {
        const Database *database = nullptr;
        SecretStore *secrets = nullptr;
        EngineControl *engine = nullptr;
        IntegrationRegistry *registry = nullptr;
        QNetworkAccessManager *network = nullptr; // the GUI thread's
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        bool demo = false; // the built-in demo: the wizard is not modal, so the Demo panel stays usable
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    DashboardWidget *dashboard() const { return m_dashboard; }
    QMenu *viewMenu() const { return m_viewMenu; }

Q_SIGNALS:
    // File → Quit or Ctrl+Q. The application answers it by stopping the engine and leaving the
    // event loop (main.cpp); the window does not decide alone, since it may be kept by the tray.
    void quitRequested();

public Q_SLOTS:
    // Shows the dashboard once an account exists, else the first-run page.
    void refresh();
    void showAccount();
    void openWizardForCustomer(const QString &customerId);
    void openWizardForIntegration(qint64 integrationId);
    // "Check SKUs…" of an integration: reads its consumer secret from the keychain, then opens the check.
    void openSkuPreflight(qint64 integrationId);

private:
    QWidget *createWelcomePage();
    void connectToCartonCloud(const WmsAccount &account);
    void showAbout();
    // How to make the CartonCloud API client and the WooCommerce REST API key, in the app itself.
    void showSetupHelp();
    void fillViewMenu();
    WizardServices wizardServices() const;
    void openWizard(IntegrationWizard *wizard);

    Services m_services;
    QStackedWidget *m_pages = nullptr;
    QMenu *m_viewMenu = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    // CartonCloud as the wizard sees it (customers, warehouses seen on their orders); made once
    // the account's secret is read from the keychain, absent until then.
    wms::WmsClient *m_wmsClient = nullptr;
    CustomerDirectory *m_customers = nullptr;
};

} // namespace wharf
