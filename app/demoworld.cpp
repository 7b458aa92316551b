#include "app/demoworld.h"

#include "core/logging.h"
#include "core/secrets/secretstore.h"
#include "core/store/accountregistry.h"
#include "core/store/database.h"
#include "core/store/integrationregistry.h"
#include "sandbox/cartoncloudserver.h"
#include "sandbox/sandbox.h"
#include "sandbox/woostore.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

namespace wharf {

namespace {
// Slow enough to watch each order change on the dashboard, quick enough to see it happen.
constexpr int kPackAfterMs = 20000;
constexpr int kDispatchAfterMs = 20000;
constexpr int kNewOrderEveryMs = 30000;
} // namespace

DemoWorld::DemoWorld(const Database &database, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_sandbox(std::make_unique<sandbox::Sandbox>())
{
}

DemoWorld::~DemoWorld() = default;

bool DemoWorld::start(QString *error)
{
    if (!m_sandbox->start()) {
        *error = tr("The demo could not start its loopback servers: %1").arg(m_sandbox->errorString());
        return false;
    }
    m_sandbox->seedDemo();
    sandbox::CartonCloudServer *wms = m_sandbox->wms();
    wms->addCustomer(QStringLiteral("Harbour Home Goods"), QStringLiteral("HARBOUR"));
    m_acmeId = wms->customerIdByCode(QStringLiteral("ACME"));

    sandbox::WooStore::Options options;
    options.name = QStringLiteral("Müller Bäckerei Online");
    options.currency = QStringLiteral("EUR");
    m_secondStore = m_sandbox->addStore(options);
    m_secondStore->addProduct(QStringLiteral("BROT-01"), QStringLiteral("Roggenbrot"), QStringLiteral("4.20"));
    m_secondStore->generateOrders(4, 2, QStringLiteral("processing"));

    wms->setAutomaticMode(true, kPackAfterMs, kDispatchAfterMs);
    m_sandbox->store()->setOrderGenerator(kNewOrderEveryMs);
    m_secondStore->setOrderGenerator(kNewOrderEveryMs);
    connect(wms, &sandbox::CartonCloudServer::outboundOrderChanged, this, &DemoWorld::warehouseChanged);
    connect(wms, &sandbox::CartonCloudServer::outboundOrderCreated, this, &DemoWorld::warehouseChanged);
    return true;
}

void DemoWorld::setUp(std::function<void(const QString &)> done)
{
    auto *network = new QNetworkAccessManager(this);
    auto *accounts = new AccountRegistry(m_database, m_secrets, network, this);
    AccountRegistry::Request request;
    request.baseUrl = m_sandbox->wms()->baseUrl().toString();
    request.clientId = m_sandbox->wms()->clientId();
    request.clientSecret = m_sandbox->wms()->clientSecret();
    request.tenantId = m_sandbox->wms()->tenantId();
    accounts->connectAccount(request, [this, accounts, done](const AccountRegistry::Outcome &outcome) {
        accounts->deleteLater();
        if (!outcome.ok) {
            done(outcome.message);
            return;
        }
        Integration integration;
        integration.accountId = outcome.account.id;
        integration.customerId = m_acmeId;
        integration.name = QStringLiteral("Acme Apparel web shop");
        integration.storeUrl = m_sandbox->store()->httpsUrl().toString();
        integration.consumerKey = m_sandbox->store()->consumerKey();
        integration.wooAuth = QStringLiteral("basic");
        auto *registry = new IntegrationRegistry(m_database, m_secrets, this);
        registry->add(integration, m_sandbox->store()->consumerSecret(),
                      [registry, done](const IntegrationRegistry::Outcome &added) {
                          registry->deleteLater();
                          done(added.ok ? QString() : added.message);
                      });
    });
}

QSslConfiguration DemoWorld::sslConfiguration() const
{
    return m_sandbox->clientSslConfiguration();
}

QList<DemoPanel::Store> DemoWorld::stores() const
{
    return {
        {m_sandbox->store()->options().name, m_sandbox->store()->httpsUrl().toString(),
         m_sandbox->store()->consumerKey(), m_sandbox->store()->consumerSecret(),
         tr("Already connected for Acme Apparel.")},
        {m_secondStore->options().name, m_secondStore->httpsUrl().toString(), m_secondStore->consumerKey(),
         m_secondStore->consumerSecret(),
         tr("Not connected yet: select Müller & Söhne GmbH and press Configure to try the setup wizard with these.")},
    };
}

QString DemoWorld::warehouseSummary() const
{
    QHash<QString, int> byStatus;
    for (const QString &id : m_sandbox->wms()->outboundOrderIds())
        ++byStatus[m_sandbox->wms()->outboundOrder(id).value(QStringLiteral("status")).toString()];
    QStringList parts;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    parts.sort();
    return parts.isEmpty() ? tr("No outbound orders yet.")
                           : tr("Outbound orders: %1").arg(parts.join(QStringLiteral(", ")));
}

void DemoWorld::setAutomatic(bool automatic)
{
    m_sandbox->wms()->setAutomaticMode(automatic, kPackAfterMs, kDispatchAfterMs);
}

void DemoWorld::packAll()
{
    for (const QString &id : m_sandbox->wms()->outboundOrderIds()) {
        const QString status = m_sandbox->wms()->outboundOrder(id).value(QStringLiteral("status")).toString();
        if (status == QLatin1String("AWAITING_PICK_AND_PACK"))
            m_sandbox->wms()->pack(id);
    }
}

void DemoWorld::dispatchAll()
{
    for (const QString &id : m_sandbox->wms()->outboundOrderIds()) {
        if (m_sandbox->wms()->outboundOrder(id).value(QStringLiteral("status")).toString() == QLatin1String("PACKED"))
            m_sandbox->wms()->dispatch(id);
    }
}

void DemoWorld::rejectNewest()
{
    const QStringList ids = m_sandbox->wms()->outboundOrderIds();
    if (!ids.isEmpty())
        m_sandbox->wms()->reject(ids.constLast(), tr("Rejected by hand in the demo warehouse."));
}

void DemoWorld::placeOrders()
{
    m_sandbox->store()->generateOrders(1, quint32(QDateTime::currentMSecsSinceEpoch()), QStringLiteral("processing"));
    m_secondStore->generateOrders(1, quint32(QDateTime::currentMSecsSinceEpoch()), QStringLiteral("processing"));
}

} // namespace wharf
