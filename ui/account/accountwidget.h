#pragma once

#include "core/model/wmsaccount.h"
#include "core/wms/wmscustomer.h"

#include <QList>
#include <QSslConfiguration>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QRadioButton;

namespace wharf {

class Database;
class SecretStore;

namespace wms {
class WmsClient;
}

// The CartonCloud connection: where (global, North America or a custom address), which API client
// (id here, secret into the keychain), which tenant (picked from those the client may use), and
// who works through it (an admin, or a user of one customer). Nothing here waits: the tenant
// lookup and the keychain answer later, and the form says what it is doing meanwhile.
class AccountWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr auto kGlobalUrl = "https://api.cartoncloud.com";
    static constexpr auto kNorthAmericaUrl = "https://api.na.cartoncloud.com";

    AccountWidget(const Database &database, SecretStore &secrets, QNetworkAccessManager *network,
                  QWidget *parent = nullptr);
    ~AccountWidget() override;

    // Whom to trust for CartonCloud's certificate besides the system (a test CA); never less.
    void setSslConfiguration(const QSslConfiguration &configuration);
    // Fills the form from an account (the secret stays in the keychain: the field is left empty).
    void load(const WmsAccount &account);
    // The account as the form describes it, without saving.
    WmsAccount account() const;
    // Checks the form; the sentence says what to fix, empty when it is complete.
    QString validationMessage() const;
    QString statusText() const;

Q_SIGNALS:
    void saved(const wharf::WmsAccount &account);
    void busyChanged(bool busy);

public Q_SLOTS:
    // Writes the account to the data file and the secret to the keychain; saved() when both are.
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

    const Database &m_database;
    SecretStore &m_secrets;
    wms::WmsClient *m_client;
    WmsAccount m_account;
    QList<wms::WmsCustomer> m_foundCustomers;
    bool m_busy = false;

    QComboBox *m_region;
    QLineEdit *m_customUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QPushButton *m_findTenants;
    QComboBox *m_tenant;
    QRadioButton *m_admin;
    QRadioButton *m_customerUser;
    QComboBox *m_customer;
    QLabel *m_status;
    QPushButton *m_save;
};

} // namespace wharf
