#pragma once

#include "core/model/customer.h"
#include "core/model/wmsaccount.h"
#include "core/sync/actionoutcome.h"

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace wharf {

class BillingPage;
class CustomerListModel;
class Database;
class EmptyState;
class EngineControl;
class IntegrationBoard;
class IntegrationDetail;
class IntegrationPanel;
class IntegrationRegistry;
class SecretStore;
class IntegrationTableModel;

// The integrations dashboard: the account's customers (green dot while any integration is live,
// "N active integrations", health badges beside it), the selected customer's integrations with a
// panel of the selected one and its actions in plain sight, the orders that need attention, the
// activity, and the weekly billing. It starts nothing by itself:
// Configure and Reconfigure are signals the window answers with the wizard.
class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    DashboardWidget(const Database &database, IntegrationRegistry &registry, EngineControl &engine,
                    QWidget *parent = nullptr);
    ~DashboardWidget() override;

    // The account to work for; the constructor takes the first one in the database. A customer
    // user's account sees its own customer only.
    void setAccount(const WmsAccount &account);
    const WmsAccount &account() const { return m_account; }
    // Re-reads customers and integrations, e.g. after the customer list was refreshed from CartonCloud.
    void reload();

    void selectCustomer(const QString &customerId);
    QString currentCustomerId() const { return m_customer.id; }
    void selectIntegration(qint64 integrationId);
    qint64 currentIntegrationId() const;

    // What the current user may do for the selected customer.
    bool mayConfigure() const;
    // Why Configure is not offered; empty when it is.
    QString configureBlockedReason() const;

    // The integration list's context menu: the panel's actions again (built fresh, owned by the caller).
    QMenu *createIntegrationMenu(qint64 integrationId, QWidget *parent);
    // Lets the dashboard ask the keychain which secret is missing when an integration fails;
    // without it, the engine's sentence is read instead.
    void setSecretStore(SecretStore *secrets);

    // Seams for tests and screenshots.
    void setClock(std::function<QDateTime()> now);
    void setBillingTimeZone(const QTimeZone &zone);

    IntegrationBoard &board() const { return *m_board; }
    CustomerListModel *customerModel() const { return m_customers; }
    IntegrationTableModel *integrationModel() const { return m_integrations; }
    IntegrationDetail *detail() const { return m_detail; }
    IntegrationPanel *panel() const { return m_panel; }
    // The last transient message (an outcome for an integration not shown), for tests.
    QString transientMessage() const;
    BillingPage *billingPage() const { return m_billing; }

Q_SIGNALS:
    // The wizard, for a new integration of this customer.
    void configureRequested(const QString &customerId);
    // The wizard, pre-filled with this integration.
    void reconfigureRequested(qint64 integrationId);
    // "Check SKUs…" of this integration.
    void checkSkusRequested(qint64 integrationId);
    // No account is connected yet: the Account screen.
    void accountRequested();

public Q_SLOTS:
    void requestConfigure();
    void requestReconfigure(qint64 integrationId);
    void syncNow(qint64 integrationId);
    void setPaused(qint64 integrationId, bool paused);
    // Asks first (billing stops, history stays), then deletes.
    void deleteIntegration(qint64 integrationId);

private:
    QWidget *createIntegrationsTab();
    QWidget *createCustomerPage();
    void onCustomerSelected();
    void updateCustomerHeader();
    void updateIntegrationStack();
    void showIntegration(qint64 integrationId);
    void showProgress(qint64 integrationId, const QString &text);
    void recordAction(qint64 integrationId, const QString &kind, const QString &message);
    void onActionFinished(const ActionOutcome &outcome);
    void showTransient(const QString &text);
    void checkSecrets();
    QString manageBlockedReason() const;
    void populateIntegrationMenu(QMenu *menu, qint64 integrationId);
    bool mayManage(qint64 integrationId) const;
    void setPermission(bool allowed);

    const Database &m_database;
    IntegrationRegistry &m_registry;
    EngineControl &m_engine;
    WmsAccount m_account;
    Customer m_customer;

    IntegrationBoard *m_board;
    CustomerListModel *m_customers;
    QSortFilterProxyModel *m_customerFilter;
    IntegrationTableModel *m_integrations;

    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_rootStack = nullptr;
    EmptyState *m_noAccount = nullptr;
    QLineEdit *m_customerSearch = nullptr;
    QStackedWidget *m_customerListStack = nullptr;
    EmptyState *m_noCustomers = nullptr;
    QListView *m_customerView = nullptr;
    QStackedWidget *m_customerStack = nullptr;
    EmptyState *m_noCustomerSelected = nullptr;
    QLabel *m_customerTitle = nullptr;
    QPushButton *m_configure = nullptr;
    QLabel *m_configureReason = nullptr;
    QCheckBox *m_permission = nullptr;
    QStackedWidget *m_integrationStack = nullptr;
    EmptyState *m_noIntegrations = nullptr;
    QTableView *m_integrationView = nullptr;
    QCheckBox *m_showDeleted = nullptr;
    IntegrationDetail *m_detail = nullptr;
    IntegrationPanel *m_panel = nullptr;
    QScrollArea *m_panelScroll = nullptr;
    SecretStore *m_secrets = nullptr;
    QString m_secretsCheckedFor; // integration and reason last asked about

    QLabel *m_transient = nullptr;
    QTimer *m_transientTimer = nullptr;
    BillingPage *m_billing = nullptr;
};

} // namespace wharf
