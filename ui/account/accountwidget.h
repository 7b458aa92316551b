#pragma once

#include "core/model/wmsaccount.h"
#include "core/wms/wmscustomer.h"

#include <QList>
#include <QSslConfiguration>
#include <QWidget>

#include <chrono>
#include <functional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QRadioButton;

namespace wharf {

class AccountRegistry;
class Database;
class EngineControl;
class KeychainProgress;
class SecretStore;

namespace wms {
class WmsClient;
}

// The CartonCloud connection: where (global, North America or a custom address), which API client
// (id here, secret into the keychain), which tenant (picked from those the client may use), and
// who works through it (an admin, or a user of one customer). Nothing here waits: the tenant
// lookup and the keychain answer later, and the form says what it is doing meanwhile, with Cancel
// and a time limit. Saving goes through AccountRegistry, the one way an account is connected (the
// CLI and the demo use it too): CartonCloud proves the client, then the row and the secret are
// written together or not at all. The dialog around the form owns the Save button.
class AccountWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr auto kGlobalUrl = "https://api.cartoncloud.com";
    static constexpr auto kNorthAmericaUrl = "https://api.na.cartoncloud.com";

    AccountWidget(const Database &database, SecretStore &secrets, QNetworkAccessManager *network,
                  QWidget *parent = nullptr);
    ~AccountWidget() override;

    // Told (reloadAccount) once a changed account is saved, also when the keychain answers after the
    // form is gone; it must outlive the form (the application's engine does).
    void setEngine(EngineControl *engine) { m_engine = engine; }
    // Whom to trust for CartonCloud's certificate besides the system (a test CA); never less.
    void setSslConfiguration(const QSslConfiguration &configuration);
    // Fills the form from an account (the secret stays in the keychain: the field is left empty).
    void load(const WmsAccount &account);
    // The account as the form describes it, without saving.
    WmsAccount account() const;
    // Checks the form; the sentence says what to fix, empty when it is complete.
    QString validationMessage() const;
    QString statusText() const;
    bool isBusy() const { return m_busy; }
    // How long the keychain (or CartonCloud) may take before the form stops waiting and says so.
    void setTimeout(std::chrono::milliseconds timeout);
    KeychainProgress *progress() const { return m_progress; }

Q_SIGNALS:
    // The account and its secret are saved (both, never one of them).
    void saved(const wharf::WmsAccount &account);
    // Save was pressed with nothing changed: there was nothing to write, and that is fine.
    void unchanged();
    void busyChanged(bool busy);

public Q_SLOTS:
    // Saves the account through AccountRegistry; saved() when the row and the secret are stored,
    // unchanged() when nothing was changed.
    void save();
    // Asks CartonCloud which tenants the API client may use (GET /uaa/userinfo).
    void findTenants();

private:
    void setStatus(const QString &text, bool problem = false);
    void setBusy(bool busy);
    void updateForm();
    void withSecret(std::function<void(const QString &secret)> then);
    void fetchCustomers();
    QString baseUrl() const;
    bool changedFromStored() const;
    void connectThroughRegistry(quint64 attempt, const QString &secret);
    void stopWaiting(bool timedOut);

    enum class Step { None, ReadingSecret, CheckingClient, SavingSecret };

    const Database &m_database;
    SecretStore &m_secrets;
    QNetworkAccessManager *m_network;
    EngineControl *m_engine = nullptr;
    wms::WmsClient *m_client;
    WmsAccount m_account;
    QList<wms::WmsCustomer> m_foundCustomers;
    bool m_busy = false;
    // Each Save is an attempt; a Cancel or a timeout abandons it, and its answer, when it comes
    // late, is told for what it is instead of being mistaken for the current one.
    quint64 m_attempt = 0;
    quint64 m_waitingFor = 0;
    Step m_step = Step::None;

    QComboBox *m_region;
    QLineEdit *m_customUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QPushButton *m_findTenants;
    QComboBox *m_tenant;
    QRadioButton *m_admin;
    QRadioButton *m_customerUser;
    QComboBox *m_customer;
    KeychainProgress *m_progress;
    QLabel *m_status;
};

} // namespace wharf
