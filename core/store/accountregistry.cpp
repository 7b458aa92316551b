#include "core/store/accountregistry.h"

#include "core/logging.h"
#include "core/net/httpclient.h"
#include "core/secrets/secretkeys.h"
#include "core/secrets/secretstore.h"
#include "core/store/accountrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/wms/wmsclient.h"
#include "core/wms/wmsconnection.h"
#include "core/wms/wmscustomer.h"

#include <QHostAddress>

namespace wharf {

AccountRegistry::AccountRegistry(const Database &database, SecretStore &secrets, QNetworkAccessManager *nam,
                                 QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_client(new wms::WmsClient(nam, this))
{
}

AccountRegistry::~AccountRegistry() = default;

void AccountRegistry::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_client->http()->setSslConfiguration(configuration);
}

QString AccountRegistry::addressProblem(const QString &baseUrl)
{
    const QUrl url = QUrl::fromUserInput(baseUrl.trimmed());
    if (baseUrl.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a web address. Use https://api.cartoncloud.com (or your region's).").arg(baseUrl);
    const bool loopback = url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
    if (url.scheme() != QLatin1String("https") && !loopback)
        return tr("The address must start with https://: the client secret must not travel unencrypted.");
    return {};
}

void AccountRegistry::connectAccount(const Request &request, Callback done)
{
    const QUrl baseUrl = QUrl::fromUserInput(request.baseUrl.trimmed());
    if (const QString problem = addressProblem(request.baseUrl); !problem.isEmpty()) {
        done({false, {}, 0, {}, problem});
        return;
    }
    if (request.clientId.trimmed().isEmpty() || request.clientSecret.isEmpty()) {
        done({false,
              {},
              0,
              {},
              tr("Enter the API client id and secret from CartonCloud (More → Self-Managed Integrations).")});
        return;
    }
    wms::WmsConnection connection;
    connection.baseUrl = baseUrl;
    connection.clientId = request.clientId.trimmed();
    connection.clientSecret = request.clientSecret;
    m_client->setConnection(connection);
    m_client->userInfo(this, [this, request, done](const net::Result<wms::WmsUser> &user) {
        if (!user.ok()) {
            done({false, {}, 0, {}, user.error.sentence});
            return;
        }
        const QList<wms::WmsTenant> &tenants = user.value.tenants;
        std::optional<wms::WmsTenant> chosen;
        for (const wms::WmsTenant &tenant : tenants) {
            if (tenant.id == request.tenantId || (request.tenantId.isEmpty() && tenants.size() == 1))
                chosen = tenant;
        }
        if (!chosen) {
            Outcome outcome;
            outcome.tenants = tenants;
            outcome.message = tenants.isEmpty()
                ? tr("This API client has no CartonCloud tenant. Check the client in CartonCloud.")
                : request.tenantId.isEmpty()
                ? tr("This API client works for %n tenant(s); choose one.", nullptr, int(tenants.size()))
                : tr("This API client cannot use tenant %1.").arg(request.tenantId);
            done(outcome);
            return;
        }
        saveAccount(request, *chosen, done);
    });
}

void AccountRegistry::saveAccount(const Request &request, const wms::WmsTenant &tenant, Callback done)
{
    wms::WmsConnection connection = m_client->connection();
    connection.tenantId = tenant.id;
    m_client->setConnection(connection);
    m_client->customers(this, [this, request, tenant, done](const net::Result<QList<wms::WmsCustomer>> &customers) {
        if (!customers.ok()) {
            done({false, {}, 0, {}, customers.error.sentence});
            return;
        }
        WmsAccount account;
        account.baseUrl = m_client->connection().baseUrl.toString();
        account.clientId = m_client->connection().clientId;
        account.tenantId = tenant.id;
        account.tenantName = tenant.name;
        account.role = request.role;
        if (request.role == WmsAccount::Role::CustomerUser) {
            for (const wms::WmsCustomer &customer : customers.value) {
                if (customer.id == request.customerId
                    || customer.name.compare(request.customerId.trimmed(), Qt::CaseInsensitive) == 0)
                    account.customerId = customer.id;
            }
            if (account.customerId.isEmpty()) {
                done({false,
                      {},
                      0,
                      {},
                      tr("Customer \"%1\" is not a customer of %2 in CartonCloud.")
                          .arg(request.customerId, tenant.name)});
                return;
            }
        }
        const AccountRepository accounts(m_database);
        bool saved = false;
        if (request.replaceAccountId > 0) {
            account.id = request.replaceAccountId;
            saved = accounts.update(account);
        } else {
            saved = accounts.insert(account);
        }
        if (!saved) {
            done({false, {}, 0, {}, accounts.errorString()});
            return;
        }
        const CustomerRepository customerRepository(m_database);
        for (const wms::WmsCustomer &customer : customers.value)
            customerRepository.upsert({customer.id, account.id, customer.name, false});

        Q_EMIT savingSecret(account.id);
        m_secrets.write(
            SecretKeys::accountClientSecret(account.id), m_client->connection().clientSecret, this,
            [this, account, request, count = int(customers.value.size()), done](const SecretResult &result) {
                if (!result.ok()) {
                    // Nothing half-saved: without its secret the account cannot work.
                    if (request.replaceAccountId == 0)
                        AccountRepository(m_database).remove(account.id);
                    done({false, {}, 0, {}, tr("The account was not saved: %1").arg(result.message)});
                    return;
                }
                qCInfo(lcStore) << "CartonCloud account" << account.id << "connected, tenant" << account.tenantName
                                << "with" << count << "customers";
                done({true, account, count, {}, {}});
            });
    });
}

void AccountRegistry::refreshCustomers(qint64 accountId, const QString &clientSecret, Callback done)
{
    const std::optional<WmsAccount> account = AccountRepository(m_database).find(accountId);
    if (!account) {
        done({false, {}, 0, {}, tr("This CartonCloud account is no longer set up.")});
        return;
    }
    m_client->setConnection(wms::WmsConnection::of(*account, clientSecret));
    m_client->customers(this, [this, account = *account, done](const net::Result<QList<wms::WmsCustomer>> &customers) {
        if (!customers.ok()) {
            done({false, account, 0, {}, customers.error.sentence});
            return;
        }
        const CustomerRepository repository(m_database);
        for (const wms::WmsCustomer &customer : customers.value)
            repository.upsert({customer.id, account.id, customer.name, false});
        done({true, account, int(customers.value.size()), {}, {}});
    });
}

} // namespace wharf
