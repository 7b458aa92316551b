#include "core/sync/syncengine.h"

#include "core/logging.h"
#include "core/net/httpclient.h"
#include "core/net/ratelimiterpool.h"
#include "core/secrets/secretkeys.h"
#include "core/secrets/secretstore.h"
#include "core/store/accountrepository.h"
#include "core/store/database.h"
#include "core/store/integrationrepository.h"
#include "core/wms/wmsclient.h"
#include "core/wms/wmsconnection.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace wharf {

SyncEngine::SyncEngine(const Database &database, SecretStore *secrets, Options options)
    : m_database(database)
    , m_secrets(secrets)
    , m_options(std::move(options))
{
}

SyncEngine::~SyncEngine() = default;

QSslConfiguration SyncEngine::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_options.extraCaCertificates.isEmpty())
        configuration.addCaCertificates(m_options.extraCaCertificates);
    return configuration;
}

void SyncEngine::start()
{
    // Made here, on the engine's thread, so that its replies are handled on this thread.
    m_nam = new QNetworkAccessManager(this);
    // The safety margin scales with the window (a second per minute), so that a shrunk window in a
    // test paces at the same fraction of the limit as the real one.
    m_limiters = std::make_unique<net::RateLimiterPool>(m_options.createsPerMinute, m_options.createWindow,
                                                        m_options.createWindow / 60);
    if (!m_options.extraCaCertificates.isEmpty())
        m_options.pipeline.sslConfiguration = sslConfiguration();
    const QList<Integration> integrations = IntegrationRepository(m_database).all();
    qCInfo(lcSync) << "engine starting with" << integrations.size() << "integration(s)";
    for (const Integration &integration : integrations)
        m_starting.insert(integration.id);
    for (const Integration &integration : integrations)
        startIntegration(integration);
    if (m_starting.isEmpty() && !m_startedAnnounced) {
        m_startedAnnounced = true;
        Q_EMIT started();
    }
}

void SyncEngine::settled(qint64 integrationId)
{
    if (m_starting.remove(integrationId) && m_starting.isEmpty() && !m_startedAnnounced) {
        m_startedAnnounced = true;
        Q_EMIT started();
    }
}

void SyncEngine::readSecret(const QString &key, std::function<void(const SecretResult &)> done)
{
    // The store lives on the GUI thread (the keychain's jobs do); its answer comes back to this
    // thread through `this` as the context.
    QMetaObject::invokeMethod(m_secrets, [secrets = m_secrets, key, context = this, done = std::move(done)] {
        secrets->read(key, context, done);
    });
}

void SyncEngine::reportWithoutPipeline(const Integration &integration, Health health, const QString &reason)
{
    IntegrationRepository(m_database).setHealth(integration.id, health, reason);
    IntegrationStatus status;
    status.integrationId = integration.id;
    status.health = health;
    status.reason = reason;
    Q_EMIT statusChanged(status);
    settled(integration.id);
}

void SyncEngine::withWmsClient(qint64 accountId, std::function<void(wms::WmsClient *, const QString &)> then)
{
    if (wms::WmsClient *client = m_wmsClients.value(accountId)) {
        then(client, {});
        return;
    }
    const std::optional<WmsAccount> account = AccountRepository(m_database).find(accountId);
    if (!account) {
        then(nullptr,
             tr("The CartonCloud account of this integration is no longer set up. Connect the account "
                "again."));
        return;
    }
    readSecret(SecretKeys::accountClientSecret(accountId),
               [this, account = *account, then](const SecretResult &secret) {
                   if (m_stopping)
                       return;
                   if (wms::WmsClient *client = m_wmsClients.value(account.id)) { // made while we waited
                       then(client, {});
                       return;
                   }
                   if (!secret.ok()) {
                       then(nullptr,
                            secret.status == SecretResult::Status::Missing
                                ? tr("The CartonCloud API client secret is missing from the keychain. Connect the "
                                     "CartonCloud account again.")
                                : secret.message);
                       return;
                   }
                   auto *client = new wms::WmsClient(m_nam, this);
                   wms::WmsConnection connection;
                   connection.baseUrl = QUrl(account.baseUrl);
                   connection.clientId = account.clientId;
                   connection.clientSecret = secret.secret;
                   connection.tenantId = account.tenantId;
                   client->setConnection(connection);
                   client->setCreateLimiter(m_limiters->limiterFor(connection.accountKey()));
                   client->http()->setRetryPolicy(m_options.pipeline.retryPolicy);
                   client->setTransferTimeout(m_options.pipeline.transferTimeoutMs);
                   if (!m_options.extraCaCertificates.isEmpty())
                       client->http()->setSslConfiguration(sslConfiguration());
                   m_wmsClients.insert(account.id, client);
                   then(client, {});
               });
}

void SyncEngine::startIntegration(const Integration &integration)
{
    dropIntegration(integration.id);
    const int generation = ++m_generation[integration.id];
    if (integration.isDeleted()) {
        settled(integration.id);
        return;
    }
    if (integration.health == Health::Paused) {
        reportWithoutPipeline(integration, Health::Paused, tr("Paused. Orders are not synced until you resume."));
        return;
    }
    auto isCurrent = [this, id = integration.id, generation] {
        if (m_stopping || m_generation.value(id) != generation) {
            // Superseded by a later (re)load, which settles it.
            return false;
        }
        return true;
    };

    readSecret(SecretKeys::integrationConsumerSecret(integration.id),
               [this, integration, isCurrent](const SecretResult &secret) {
                   if (!isCurrent())
                       return;
                   if (!secret.ok()) {
                       reportWithoutPipeline(
                           integration, Health::Failing,
                           secret.status == SecretResult::Status::Missing ? tr(
                               "The store's consumer secret is missing from the keychain. Reconfigure the integration "
                               "to enter it again.")
                                                                          : secret.message);
                       return;
                   }
                   withWmsClient(
                       integration.accountId,
                       [this, integration, isCurrent, consumerSecret = secret.secret](wms::WmsClient *client,
                                                                                      const QString &error) {
                           if (!isCurrent())
                               return;
                           if (!client) {
                               reportWithoutPipeline(integration, Health::Failing, error);
                               return;
                           }
                           auto *pipeline = new IntegrationPipeline(m_database, integration, consumerSecret, client,
                                                                    m_nam, m_options.pipeline, this);
                           connect(pipeline, &IntegrationPipeline::statusChanged, this, &SyncEngine::statusChanged);
                           connect(pipeline, &IntegrationPipeline::orderChanged, this, &SyncEngine::orderChanged);
                           connect(pipeline, &IntegrationPipeline::eventRecorded, this, &SyncEngine::eventRecorded);
                           connect(pipeline, &IntegrationPipeline::cycleFinished, this, &SyncEngine::onCycleFinished);
                           auto *timer = new QTimer(this);
                           const int interval = m_options.intervalSeconds;
                           timer->setInterval(std::chrono::seconds(interval));
                           connect(timer, &QTimer::timeout, pipeline, &IntegrationPipeline::runCycle);
                           timer->start();
                           m_running.insert(integration.id, {pipeline, timer, 0});
                           qCInfo(lcSync) << "integration" << integration.id << integration.name << "running every"
                                          << interval << "s";
                           settled(integration.id);
                           if (m_options.cycleOnStart)
                               pipeline->runCycle();
                       });
               });
}

void SyncEngine::dropIntegration(qint64 integrationId)
{
    const Running running = m_running.take(integrationId);
    if (running.pipeline) {
        running.pipeline->stop();
        running.pipeline->deleteLater();
    }
    if (running.timer)
        running.timer->deleteLater();
    if (m_oncePending.remove(integrationId) && m_oncePending.isEmpty())
        Q_EMIT allCyclesFinished(m_onceReports);
}

void SyncEngine::onCycleFinished(const CycleReport &report)
{
    auto it = m_running.find(report.integrationId);
    if (it != m_running.end()) {
        // A failing integration is asked less and less often, up to the cap; one success restores
        // its interval.
        const int base = m_options.intervalSeconds;
        it->failedCycles = report.ok() ? 0 : it->failedCycles + 1;
        const int factor = 1 << std::min(it->failedCycles, 5);
        it->timer->setInterval(
            std::chrono::seconds(std::min(base * factor, std::max(base, m_options.failingIntervalCapSeconds))));
    }
    Q_EMIT cycleFinished(report);
    if (m_oncePending.remove(report.integrationId)) {
        m_onceReports.append(report);
        if (m_oncePending.isEmpty())
            Q_EMIT allCyclesFinished(m_onceReports);
    }
}

void SyncEngine::reloadIntegration(qint64 integrationId)
{
    const std::optional<Integration> integration = IntegrationRepository(m_database).find(integrationId);
    if (!integration) {
        dropIntegration(integrationId);
        return;
    }
    startIntegration(*integration);
}

void SyncEngine::stopIntegration(qint64 integrationId)
{
    ++m_generation[integrationId];
    dropIntegration(integrationId);
}

void SyncEngine::syncNow(qint64 integrationId)
{
    const Running running = m_running.value(integrationId);
    if (running.pipeline)
        running.pipeline->runCycle();
    else
        reloadIntegration(integrationId); // a Failing one without a pipeline gets a fresh start
}

void SyncEngine::setPaused(qint64 integrationId, bool paused)
{
    const IntegrationRepository repository(m_database);
    std::optional<Integration> integration = repository.find(integrationId);
    if (!integration || integration->isDeleted())
        return;
    if (paused) {
        stopIntegration(integrationId);
        reportWithoutPipeline(*integration, Health::Paused, tr("Paused. Orders are not synced until you resume."));
        return;
    }
    repository.setHealth(integrationId, Health::Draft, tr("Resuming…"));
    integration->health = Health::Draft;
    startIntegration(*integration);
}

void SyncEngine::retryOrder(qint64 orderLinkId)
{
    for (const Running &running : std::as_const(m_running))
        running.pipeline->retryOrder(orderLinkId);
}

void SyncEngine::retryAllOrders(qint64 integrationId)
{
    if (const Running running = m_running.value(integrationId); running.pipeline)
        running.pipeline->retryAll();
}

void SyncEngine::reloadAccount(qint64 accountId)
{
    if (wms::WmsClient *client = m_wmsClients.take(accountId))
        client->deleteLater();
    const QList<Integration> integrations = IntegrationRepository(m_database).all();
    for (const Integration &integration : integrations) {
        if (integration.accountId == accountId && !integration.isDeleted())
            startIntegration(integration);
    }
}

void SyncEngine::runOnce(qint64 onlyIntegrationId)
{
    m_onceReports.clear();
    m_oncePending.clear();
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (onlyIntegrationId != 0 && it.key() != onlyIntegrationId)
            continue;
        if (it->pipeline->isBlocked()) {
            // It makes no calls until reconfigured: its report is why.
            CycleReport blocked;
            blocked.integrationId = it.key();
            blocked.integrationName = it->pipeline->integration().name;
            blocked.error = it->pipeline->integration().healthReason;
            m_onceReports.append(blocked);
            continue;
        }
        m_oncePending.insert(it.key());
    }
    if (m_oncePending.isEmpty()) {
        Q_EMIT allCyclesFinished(m_onceReports);
        return;
    }
    const QList<qint64> ids(m_oncePending.cbegin(), m_oncePending.cend());
    for (const qint64 id : ids) {
        IntegrationPipeline *pipeline = m_running.value(id).pipeline;
        // A cycle already running counts: its report answers this request.
        if (!pipeline->isRunning())
            pipeline->runCycle();
    }
}

void SyncEngine::shutdown()
{
    m_stopping = true;
    const QList<qint64> ids = m_running.keys();
    for (const qint64 id : ids)
        dropIntegration(id);
    qDeleteAll(m_wmsClients);
    m_wmsClients.clear();
    delete m_nam;
    m_nam = nullptr;
    m_database.closeThreadConnection();
    qCInfo(lcSync) << "engine stopped";
}

} // namespace wharf
