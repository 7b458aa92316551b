#pragma once

#include "core/model/wmsaccount.h"
#include "core/wms/wmstenant.h"

#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace wharf {

class Database;
class SecretStore;
namespace wms {
class WmsClient;
}

// Connects Wharf to a CartonCloud account: proves the API client's credentials, picks the tenant,
// reads the tenant's customers, and saves the account with its secret in the keychain — the row
// and the secret together, as IntegrationRegistry does for stores. Used by the Account screen
// and by `wharf account connect`.
class AccountRegistry : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString baseUrl;
        QString clientId;
        QString clientSecret;
        QString tenantId; // empty: the only tenant, or the caller must choose from `tenants`
        WmsAccount::Role role = WmsAccount::Role::Admin;
        QString customerId; // a customer user's own customer (id or name)
        qint64 replaceAccountId = 0; // reconnecting an existing account
    };
    struct Outcome
    {
        bool ok = false;
        WmsAccount account;
        int customers = 0;
        QList<wms::WmsTenant> tenants; // when the tenant must be chosen
        QString message;
    };
    using Callback = std::function<void(const Outcome &)>;

    AccountRegistry(const Database &database, SecretStore &secrets, QNetworkAccessManager *nam,
                    QObject *parent = nullptr);
    ~AccountRegistry() override;

    // Why CartonCloud cannot be reached safely at `baseUrl`, in a sentence; empty when it can. The
    // secret travels only over TLS, except to this computer itself (the demo's and the tests'
    // loopback CartonCloud), where nothing crosses a network.
    static QString addressProblem(const QString &baseUrl);

    void setSslConfiguration(const QSslConfiguration &configuration);
    void connectAccount(const Request &request, Callback done);
    // Reads the account's customers again (names change; new customers appear).
    void refreshCustomers(qint64 accountId, const QString &clientSecret, Callback done);

Q_SIGNALS:
    // CartonCloud accepted the client and the row is written; the secret goes to the keychain now,
    // which may prompt or hang (the Account screen shows this step with Cancel).
    void savingSecret(qint64 accountId);

private:
    void saveAccount(const Request &request, const wms::WmsTenant &tenant, Callback done);

    const Database &m_database;
    SecretStore &m_secrets;
    wms::WmsClient *m_client;
};

} // namespace wharf
