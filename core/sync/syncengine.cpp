#include "core/sync/syncengine.h"

#include "core/logging.h"
#include "core/net/clock.h"
#include "core/net/httpclient.h"
#include "core/secrets/secretkeys.h"
#include "core/secrets/secretsentences.h"
#include "core/secrets/secretstore.h"
#include "core/stock/stocksyncjob.h"
#include "core/store/accountrepository.h"
#include "core/store/commandrepository.h"
#include "core/store/database.h"
#include "core/store/eventrepository.h"
#include "core/store/integrationrepository.h"
#include "core/store/leaserepository.h"
#include "core/store/orderlinkrepository.h"
#include "core/store/sharedcreatebudget.h"
#include "core/store/writebatch.h"
#include "core/sync/commandkinds.h"
#include "core/sync/cyclereportjson.h"
#include "core/sync/cycleslots.h"
#include "core/sync/fairshare.h"
#include "core/threadinbox.h"
#include "core/wms/wmsclient.h"
#include "core/wms/wmsconnection.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace wharf {

namespace {
qint64 steadyMs()
{
    return net::Clock::steadyNow().count();
}

} // namespace

SyncEngine::SyncEngine(const Database &database, SecretStore *secrets, Options options)
    : m_database(database)
    , m_secrets(secrets)
    , m_options(std::move(options))
    , m_cycleSlots(new CycleSlots(m_options.concurrentCycles, this))
{
    m_me.ownerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_me.host = QHostInfo::localHostName();
    m_me.kind = m_options.ownerKind;
    m_me.pid = QCoreApplication::applicationPid();
}

SyncEngine::~SyncEngine()
{
    // Destroyed without shutdown() (a test's engine on its own thread): its integrations are
    // still let go at once rather than when their leases expire.
    if (!m_stopping && !m_held.isEmpty())
        LeaseRepository(m_database).leave(m_me.ownerId);
}

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
    if (!m_options.extraCaCertificates.isEmpty())
        m_options.pipeline.sslConfiguration = sslConfiguration();
    // A pipeline asks before each create whether this engine may still speak for its integration.
    m_options.pipeline.mayWrite = [this] {
        return holdsValidLease();
    };

    const QList<Integration> integrations = IntegrationRepository(m_database).all();
    qCInfo(lcSync) << "engine" << m_me.ownerId << "starting with" << integrations.size() << "integration(s)";
    const LeaseRepository leases(m_database);
    const qint64 now = leases.databaseNowMs();
    const FairShare fair = fairShare(leases, now, int(integrations.size()));
    QList<Integration> mine;
    QList<qint64> elsewhere;
    {
        // The claims in one transaction: one sync to disk instead of one per integration, which
        // made a worker with 1,000 integrations take seconds to start (bench_memory, issue 14).
        WriteBatch batch(m_database);
        for (const Integration &integration : integrations) {
            if (m_options.onlyIntegrationId != 0 && integration.id != m_options.onlyIntegrationId)
                continue;
            // Beyond its share, an engine leaves free integrations to the others (FairShare); it
            // takes them after a lease period when nobody did.
            if (!fair.mayTake(int(m_held.size()), std::chrono::milliseconds(0), m_options.leaseTtl)) {
                m_freeSinceMs.insert(integration.id, steadyMs());
                continue;
            }
            if (leases.tryAcquire(integration.id, m_me, now, m_options.leaseTtl.count())) {
                m_held.insert(integration.id);
                mine.append(integration);
            } else {
                elsewhere.append(integration.id);
            }
        }
    }
    // Shown once the engine has started (showStartStatuses): a worker that finds another holding
    // 1,000 integrations counted each one's orders first, 9 s on PostgreSQL (bench_workers).
    m_startElsewhere = elsewhere;
    m_leaseConfirmedAtMs = steadyMs();
    m_leaseWallExpiresAtMs = LeaseRepository::nowMs() + m_options.leaseTtl.count();
    for (const Integration &integration : std::as_const(mine))
        m_starting.insert(integration.id);
    {
        WriteBatch batch(m_database);
        for (const Integration &integration : std::as_const(mine))
            CommandRepository(m_database).reofferAbandoned(integration.id, m_me.ownerId);
    }
    for (const Integration &integration : std::as_const(mine))
        startIntegration(integration);

    m_tick = new QTimer(this);
    m_tick->setObjectName(QStringLiteral("leaseTick"));
    m_tick->setInterval(m_options.leaseTick);
    connect(m_tick, &QTimer::timeout, this, &SyncEngine::tick);
    m_tick->start();
    pruneEvents();
    m_pruning = new QTimer(this);
    m_pruning->setInterval(std::chrono::hours(24));
    connect(m_pruning, &QTimer::timeout, this, &SyncEngine::pruneEvents);
    m_pruning->start();

    if (m_starting.isEmpty() && !m_startedAnnounced)
        announceStarted();
}

void SyncEngine::settled(qint64 integrationId)
{
    if (m_starting.remove(integrationId) && m_starting.isEmpty() && !m_startedAnnounced)
        announceStarted();
}

void SyncEngine::announceStarted()
{
    m_startedAnnounced = true;
    Q_EMIT started();
    // The first status of every pipeline start() made comes next, and of the integrations other
    // engines hold, with the order counts read together, once the first cycles (queued as each
    // pipeline was made) have begun. Counted one integration at a time before the engine said it
    // had started, they were most of a start with 1,000 integrations and 1,000,000 order links
    // (bench_memory, issue 14), and syncing needs none of them.
    if (!m_startStatuses.isEmpty() || !m_startElsewhere.isEmpty())
        QTimer::singleShot(0, this, &SyncEngine::showStartStatuses);
}

void SyncEngine::showStartStatuses()
{
    QList<qint64> ids;
    for (const qint64 id : std::as_const(m_startStatuses)) {
        if (m_running.value(id).pipeline)
            ids.append(id);
    }
    m_startStatuses.clear();
    const QList<qint64> elsewhere = std::exchange(m_startElsewhere, {});
    if (m_stopping)
        return;
    const QHash<qint64, OrderLinkRepository::StateCounts> counts = OrderLinkRepository(m_database).stateCounts(ids);
    for (const qint64 id : std::as_const(ids)) {
        if (const Running running = m_running.value(id); running.pipeline)
            Q_EMIT statusChanged(running.pipeline->status(counts.value(id)));
    }
    if (elsewhere.isEmpty())
        return;
    const QHash<qint64, Lease> leases = LeaseRepository(m_database).all();
    OwnedElsewhere owned;
    for (const qint64 id : elsewhere) {
        if (m_held.contains(id))
            continue; // taken over meanwhile
        const auto lease = leases.constFind(id);
        owned.append({id, lease == leases.cend() ? std::nullopt : std::optional<Lease>(*lease)});
    }
    reportOwnedElsewhere(owned);
}

// ---------------------------------------------------------------------------------------------
// Ownership

bool SyncEngine::holdsValidLease() const
{
    // Judged on this process's steady clock: a process that was stopped (or starved) for longer
    // than the lease may have lost it without knowing, and must not send anything until a
    // renewal confirms it again. Two ticks of margin against the database's own delays.
    // The steady clock does not count a machine's sleep; the wall clock does (and is what other
    // processes compare leases with): both must say the lease is still surely ours.
    const qint64 margin = 2 * m_options.leaseTick.count();
    const qint64 age = steadyMs() - m_leaseConfirmedAtMs;
    return !m_stopping && age < m_options.leaseTtl.count() - margin
        && LeaseRepository::nowMs() < m_leaseWallExpiresAtMs - margin;
}

void SyncEngine::pruneEvents()
{
    // Any engine may prune: the rows go in one transaction, and a second engine finds none left.
    const auto retention = std::chrono::duration_cast<std::chrono::seconds>(m_options.eventRetention);
    const int pruned = EventRepository(m_database).prune(QDateTime::currentDateTimeUtc().addSecs(-retention.count()));
    if (pruned > 0)
        qCInfo(lcSync) << "pruned" << pruned << "event(s) older than" << m_options.eventRetention.count() / 24
                       << "days; their counts are kept";
}

void SyncEngine::tick()
{
    if (m_stopping)
        return;
    const LeaseRepository leases(m_database);
    bool ok = false;
    // Lease times are the database's: one clock for workers on several machines.
    const qint64 now = leases.databaseNowMs(&ok);
    const QSet<qint64> held = ok ? leases.renewAll(m_me.ownerId, now, m_options.leaseTtl.count(), &ok) : m_held;
    if (!ok) {
        // The database is locked or gone for now: keep working while the lease is surely ours
        // (holdsValidLease), and try again next tick.
        qCWarning(lcSync) << "leases not renewed:" << leases.errorString();
        return;
    }
    m_leaseConfirmedAtMs = steadyMs();
    m_leaseWallExpiresAtMs = LeaseRepository::nowMs() + m_options.leaseTtl.count();
    const QSet<qint64> lost = m_held - held;
    for (const qint64 id : lost)
        lostLease(id);

    bool revisionsOk = false;
    const QHash<qint64, qint64> revisions = IntegrationRepository(m_database).settingsRevisions(&revisionsOk);
    if (revisionsOk) {
        // Deleted (here or by another process): stop and let go.
        const QSet<qint64> mine = m_held;
        for (const qint64 id : mine) {
            if (revisions.contains(id))
                continue;
            stopIntegration(id);
            qCInfo(lcSync) << "integration" << id << "deleted; no longer synced here";
        }
        const QHash<qint64, Lease> all = leases.all();
        OwnedElsewhere ownedElsewhere;
        const FairShare fair = fairShare(leases, now, int(revisions.size()));
        for (auto it = revisions.cbegin(); it != revisions.cend(); ++it) {
            const qint64 id = it.key();
            if (m_held.contains(id)) {
                if (m_revisions.value(id, it.value()) == it.value())
                    continue;
                // Settings changed, here or in another process: picked up between cycles.
                const Running running = m_running.value(id);
                if (running.pipeline && running.pipeline->isRunning())
                    m_reloadAfterCycle.insert(id);
                else
                    reloadIntegration(id);
                continue;
            }
            if (m_options.onlyIntegrationId != 0 && id != m_options.onlyIntegrationId)
                continue;
            const auto lease = all.constFind(id);
            if (lease == all.cend() || lease->isExpired(now)) {
                const qint64 freeSince = *m_freeSinceMs.insert(id, m_freeSinceMs.value(id, steadyMs()));
                if (!fair.mayTake(int(m_held.size()), std::chrono::milliseconds(steadyMs() - freeSince),
                                  m_options.leaseTtl))
                    continue;
                if (const std::optional<Integration> integration = IntegrationRepository(m_database).find(id);
                    integration && !integration->isDeleted()
                    && leases.tryAcquire(id, m_me, now, m_options.leaseTtl.count()))
                    takeOver(*integration);
                continue;
            }
            m_freeSinceMs.remove(id);
            ownedElsewhere.append({id, *lease});
        }
        reportOwnedElsewhere(ownedElsewhere);
        letGoOfSurplus(fair);
    }
    runCommands();
    collectRemoteAnswers();
}

FairShare SyncEngine::fairShare(const LeaseRepository &leases, qint64 nowMs, int liveIntegrations)
{
    // An engine for one integration or one run (sync --once) takes what it came for.
    if (m_options.onlyIntegrationId != 0 || m_me.kind == LeaseHolder::Kind::SyncOnce)
        return FairShare(liveIntegrations, 1);
    // A window on a server database is a console: it does not count itself (no heartbeat).
    if (m_me.kind == LeaseHolder::Kind::Desktop && m_database.isServer())
        return FairShare::forConsole(leases.liveEngines(nowMs));
    leases.heartbeat(m_me, nowMs, m_options.leaseTtl.count());
    return FairShare(liveIntegrations, leases.liveEngines(nowMs));
}

void SyncEngine::letGoOfSurplus(const FairShare &fair)
{
    int surplus = fair.surplus(int(m_held.size() - m_handingOver.size()));
    if (surplus == 0)
        return;
    // Another engine came: hand it integrations, newest-numbered first so that the choice is
    // stable. One between cycles goes at once; one in the middle of a cycle sends nothing more
    // (its pipeline's mayWrite says no), and goes when that cycle ends.
    QList<qint64> ids(m_held.cbegin(), m_held.cend());
    std::sort(ids.begin(), ids.end(), std::greater<>());
    for (const qint64 id : std::as_const(ids)) {
        if (surplus == 0)
            break;
        if (m_handingOver.contains(id) || m_cycleWaiters.contains(id) || m_starting.contains(id))
            continue;
        qCInfo(lcSync) << "integration" << id << "left to another engine: this one holds more than its share of"
                       << fair.share();
        m_handingOver.insert(id);
        --surplus;
        const Running running = m_running.value(id);
        if (!running.pipeline || !running.pipeline->isRunning())
            handOver(id);
    }
}

void SyncEngine::handOver(qint64 integrationId)
{
    stopIntegration(integrationId);
    // Another engine takes it before this one may again (FairShare::mayTake).
    m_freeSinceMs.insert(integrationId, steadyMs());
}

void SyncEngine::takeOver(const Integration &integration)
{
    qCInfo(lcSync) << "integration" << integration.id << integration.name << "taken over by this engine";
    m_held.insert(integration.id);
    m_freeSinceMs.remove(integration.id);
    m_shownElsewhere.remove(integration.id);
    // Commands its former owner took and never answered are offered again, to this engine.
    CommandRepository(m_database).reofferAbandoned(integration.id, m_me.ownerId);
    startIntegration(integration);
}

void SyncEngine::lostLease(qint64 integrationId)
{
    qCWarning(lcSync) << "integration" << integrationId << "is now synced by another engine; stopping here";
    m_handingOver.remove(integrationId);
    ++m_generation[integrationId];
    dropIntegration(integrationId);
    failCycleWaiters(integrationId, tr("Another Wharf took this integration over."));
    m_held.remove(integrationId);
    m_revisions.remove(integrationId);
    reportOwnedElsewhere({{integrationId, LeaseRepository(m_database).find(integrationId)}});
}

void SyncEngine::reportOwnedElsewhere(const OwnedElsewhere &owned)
{
    // Counting an integration's orders costs a few queries: a window that watches what a service
    // syncs refreshes each integration every ten seconds, or at once when its owner changes. The
    // integrations due in one tick are read and counted together: one of three workers sees two
    // thirds of 1,000 integrations held elsewhere, all due in the same tick.
    QHash<qint64, QString> due;
    for (const auto &[integrationId, lease] : owned) {
        const QString owner = lease ? lease->describe() : tr("another Wharf");
        const auto shown = m_shownElsewhere.constFind(integrationId);
        if (shown != m_shownElsewhere.cend() && shown->ownerDescription == owner
            && steadyMs() - m_shownElsewhereAtMs.value(integrationId) < 10000)
            continue;
        m_shownElsewhereAtMs.insert(integrationId, steadyMs());
        due.insert(integrationId, owner);
    }
    if (due.isEmpty())
        return;
    const IntegrationRepository integrations(m_database);
    QList<Integration> found;
    if (due.size() == 1) {
        if (std::optional<Integration> integration = integrations.find(due.cbegin().key()))
            found.append(*integration);
    } else {
        found = integrations.all();
    }
    QList<qint64> ids;
    for (const Integration &integration : std::as_const(found)) {
        if (due.contains(integration.id) && !integration.isDeleted())
            ids.append(integration.id);
    }
    const QHash<qint64, OrderLinkRepository::StateCounts> counts = OrderLinkRepository(m_database).stateCounts(ids);
    for (const Integration &integration : std::as_const(found)) {
        if (!due.contains(integration.id) || integration.isDeleted())
            continue;
        IntegrationStatus status;
        status.integrationId = integration.id;
        status.health = integration.health;
        status.reason = integration.healthReason;
        status.lastSyncAt = integration.lastSyncAt;
        status.lastSuccessAt = integration.lastSuccessAt;
        status.ownerDescription = due.value(integration.id);
        IntegrationPipeline::applyCounts(counts.value(integration.id), &status);
        if (m_shownElsewhere.value(integration.id) == status)
            continue;
        m_shownElsewhere.insert(integration.id, status);
        Q_EMIT statusChanged(status);
    }
}

std::shared_ptr<net::CreateBudget> SyncEngine::createBudgetFor(const QString &accountKey)
{
    auto &budget = m_budgets[accountKey];
    if (!budget) {
        // The safety margin scales with the window (a second per minute), so that a shrunk window
        // in a test paces at the same fraction of the limit as the real one.
        auto shared = std::make_shared<SharedCreateBudget>(m_database, accountKey, m_options.createsPerMinute,
                                                           m_options.createWindow, m_options.createWindow / 60,
                                                           m_options.createClock);
        shared->setScheduler(m_options.createScheduler);
        budget = shared;
    }
    return budget;
}

// ---------------------------------------------------------------------------------------------
// Pipelines

void SyncEngine::readSecret(const QString &key, std::function<void(const SecretResult &)> done)
{
    // The store lives on the GUI thread (the keychain's jobs do); its answer comes back to this
    // thread through `this` as the context.
    auto read = [secrets = m_secrets, key, context = this, done = std::move(done)] {
        secrets->read(key, context, done);
    };
    // Through a ThreadInbox when the store is on another thread, which ThreadSanitizer can follow
    // (a queued invokeMethod it cannot); at once when it is on this one.
    if (m_secrets->thread() == QThread::currentThread())
        read();
    else
        ThreadInbox::post(m_secrets, std::move(read));
}

void SyncEngine::reportWithoutPipeline(const Integration &integration, Health health, const QString &reason)
{
    IntegrationRepository(m_database).setHealth(integration.id, health, reason);
    IntegrationStatus status;
    status.integrationId = integration.id;
    status.health = health;
    status.reason = reason;
    status.lastSyncAt = integration.lastSyncAt;
    status.lastSuccessAt = integration.lastSuccessAt;
    Q_EMIT statusChanged(status);
    settled(integration.id);
    // A Sync now waiting for this integration's cycle learns why there is none.
    failCycleWaiters(integration.id, reason);
}

void SyncEngine::withWmsClient(qint64 accountId, std::function<void(wms::WmsClient *, const QString &)> then)
{
    if (wms::WmsClient *client = m_wmsClients.value(accountId)) {
        then(client, {});
        return;
    }
    // One read of the account's secret serves every integration that asks meanwhile: at start,
    // 1,000 integrations of one account asked before the first answer came, and each read and
    // decrypted it again (bench_memory, issue 14).
    if (const auto waiting = m_wmsClientWaiters.find(accountId); waiting != m_wmsClientWaiters.end()) {
        waiting->append(std::move(then));
        return;
    }
    const std::optional<WmsAccount> account = AccountRepository(m_database).find(accountId);
    if (!account) {
        then(nullptr,
             tr("The CartonCloud account of this integration is no longer set up. Connect the account "
                "again."));
        return;
    }
    m_wmsClientWaiters.insert(accountId, {std::move(then)});
    const int read = ++m_wmsClientReads[accountId];
    readSecret(SecretKeys::accountClientSecret(accountId),
               [this, account = *account, read](const SecretResult &secret) {
                   if (m_stopping)
                       return;
                   // Superseded by reloadAccount: its integrations were started again and asked anew.
                   if (m_wmsClientReads.value(account.id) != read)
                       return;
                   const QList<std::function<void(wms::WmsClient *, const QString &)>> waiters =
                       m_wmsClientWaiters.take(account.id);
                   wms::WmsClient *client = m_wmsClients.value(account.id);
                   QString error;
                   if (!client && !secret.ok()) {
                       error = secret.status == SecretResult::Status::Missing
                           ? SecretSentences::clientSecretMissing(secretsPlace())
                           : secret.message;
                   } else if (!client) {
                       client = new wms::WmsClient(m_nam, this);
                       const wms::WmsConnection connection = wms::WmsConnection::of(account, secret.secret);
                       client->setConnection(connection);
                       client->setCreateLimiter(createBudgetFor(connection.accountKey()));
                       client->http()->setRetryPolicy(m_options.pipeline.retryPolicy);
                       client->setTransferTimeout(m_options.pipeline.transferTimeoutMs);
                       if (!m_options.extraCaCertificates.isEmpty())
                           client->http()->setSslConfiguration(sslConfiguration());
                       m_wmsClients.insert(account.id, client);
                   }
                   for (const auto &waiter : waiters) {
                       if (m_stopping)
                           return;
                       waiter(client, error);
                   }
               });
}

void SyncEngine::startIntegration(const Integration &integration)
{
    dropIntegration(integration.id);
    const int generation = ++m_generation[integration.id];
    m_revisions.insert(integration.id, integration.settingsRevision);
    if (integration.isDeleted()) {
        settled(integration.id);
        return;
    }
    if (integration.storeId == 0 && IntegrationRepository(m_database).claimStore(integration.id)) {
        // Left without its store by migration 4 (another live integration served it), and that
        // one is gone now: it takes the store and runs.
        if (const std::optional<Integration> claimed = IntegrationRepository(m_database).find(integration.id)) {
            startIntegration(*claimed);
            return;
        }
    }
    if (integration.storeId == 0) {
        reportWithoutPipeline(integration, Health::Failing,
                              integration.healthReason.isEmpty()
                                  ? tr("Wharf does not know which store this integration serves. Delete it and "
                                       "connect the store again.")
                                  : integration.healthReason);
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
                       reportWithoutPipeline(integration, Health::Failing,
                                             secret.status == SecretResult::Status::Missing
                                                 ? SecretSentences::consumerSecretMissing(secretsPlace())
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
                           // Each pipeline asks for its own integration: one being handed to
                           // another engine (letGoOfSurplus) sends nothing more.
                           IntegrationPipeline::Options pipelineOptions = m_options.pipeline;
                           pipelineOptions.changeSearchReuse = std::min<std::chrono::milliseconds>(
                               pipelineOptions.changeSearchReuse, std::chrono::seconds(m_options.intervalSeconds) / 2);
                           pipelineOptions.cycleSlots = m_cycleSlots;
                           pipelineOptions.mayWrite = [this, id = integration.id] {
                               return holdsValidLease() && !m_handingOver.contains(id);
                           };
                           auto *pipeline = new IntegrationPipeline(m_database, integration, consumerSecret, client,
                                                                    m_nam, pipelineOptions, this);
                           connect(pipeline, &IntegrationPipeline::statusChanged, this, &SyncEngine::statusChanged);
                           connect(pipeline, &IntegrationPipeline::orderChanged, this, &SyncEngine::orderChanged);
                           connect(pipeline, &IntegrationPipeline::eventRecorded, this, &SyncEngine::eventRecorded);
                           connect(pipeline, &IntegrationPipeline::cycleFinished, this, &SyncEngine::onCycleFinished);
                           auto *timer = new QTimer(this);
                           const int interval = m_options.intervalSeconds;
                           timer->setInterval(std::chrono::seconds(interval));
                           connect(timer, &QTimer::timeout, pipeline, &IntegrationPipeline::runCycle);
                           timer->start();
                           stock::StockSyncJob *stock = startStockSync(integration, consumerSecret, client);
                           if (stock) {
                               // A failing stock sync shows on the health; orders go on regardless.
                               pipeline->setStockOutcome(stock->problem(), stock->lastRunAt());
                               connect(stock, &stock::StockSyncJob::finished, pipeline, [pipeline, stock] {
                                   pipeline->setStockOutcome(stock->problem(), stock->lastRunAt());
                               });
                           }
                           m_running.insert(integration.id, {pipeline, timer, 0, stock});
                           qCInfo(lcSync) << "integration" << integration.id << integration.name << "running every"
                                          << interval << "s";
                           // Pipelines made by start() show their first status together, once the
                           // engine has started (announceStarted).
                           const bool statusLater = !m_startedAnnounced && m_starting.contains(integration.id);
                           if (statusLater)
                               m_startStatuses.append(integration.id);
                           settled(integration.id);
                           if (!statusLater)
                               Q_EMIT statusChanged(pipeline->status());
                           // Queued: the other integrations' pipelines are made first, so the engine
                           // says it has started once all are there, not after sending the first
                           // request of each (1,000 of them took seconds: bench_memory, issue 14).
                           if (m_options.cycleOnStart || m_cycleWaiters.contains(integration.id))
                               QTimer::singleShot(0, pipeline, &IntegrationPipeline::runCycle);
                       });
               });
}

stock::StockSyncJob *SyncEngine::startStockSync(const Integration &integration, const QString &consumerSecret,
                                                wms::WmsClient *client)
{
    if (!integration.stockSync)
        return nullptr;
    stock::StockSyncJob::Options options;
    options.sslConfiguration = m_options.pipeline.sslConfiguration;
    options.retryPolicy = m_options.pipeline.retryPolicy;
    options.transferTimeoutMs = m_options.pipeline.transferTimeoutMs;
    options.mayWrite = [this, id = integration.id] {
        return holdsValidLease() && !m_handingOver.contains(id);
    };
    options.interval = m_options.stockInterval;
    client->setReportPolling(m_options.stockReportPolling);
    auto *job = new stock::StockSyncJob(m_database, integration, consumerSecret, client, m_nam, options, this);
    connect(job, &stock::StockSyncJob::eventRecorded, this, &SyncEngine::eventRecorded);
    job->start();
    return job;
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
    if (running.stock)
        running.stock->deleteLater();
    m_reloadAfterCycle.remove(integrationId);
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
    const QList<CycleWaiter> waiters = m_cycleWaiters.take(report.integrationId);
    for (const CycleWaiter &waiter : waiters)
        waiter(report, true, {});
    if (m_oncePending.remove(report.integrationId)) {
        m_onceReports.append(report);
        if (m_oncePending.isEmpty())
            Q_EMIT allCyclesFinished(m_onceReports);
    }
    if (m_handingOver.contains(report.integrationId)) {
        handOver(report.integrationId);
        return;
    }
    if (m_reloadAfterCycle.remove(report.integrationId))
        reloadIntegration(report.integrationId);
}

void SyncEngine::reloadIntegration(qint64 integrationId)
{
    const std::optional<Integration> integration = IntegrationRepository(m_database).find(integrationId);
    if (!integration || integration->isDeleted()) {
        stopIntegration(integrationId);
        return;
    }
    if (!m_held.contains(integrationId)) {
        // New, or its owner stopped: this engine takes it. When another live engine owns it, that
        // engine picks the change up from the database by itself (the settings revision).
        if (m_nam
            && LeaseRepository(m_database)
                   .tryAcquire(integrationId, m_me, LeaseRepository(m_database).databaseNowMs(),
                               m_options.leaseTtl.count()))
            takeOver(*integration);
        return;
    }
    startIntegration(*integration);
}

void SyncEngine::failCycleWaiters(qint64 integrationId, const QString &why)
{
    const QList<CycleWaiter> waiters = m_cycleWaiters.take(integrationId);
    for (const CycleWaiter &waiter : waiters)
        waiter({}, false, why);
}

void SyncEngine::stopIntegration(qint64 integrationId)
{
    m_handingOver.remove(integrationId);
    ++m_generation[integrationId];
    dropIntegration(integrationId);
    failCycleWaiters(integrationId, tr("The integration was stopped."));
    if (m_held.remove(integrationId)) {
        m_revisions.remove(integrationId);
        LeaseRepository(m_database).release(integrationId, m_me.ownerId);
    }
}

// ---------------------------------------------------------------------------------------------
// Actions: here when this engine owns the integration, else through the database to its owner

void SyncEngine::syncNow(qint64 integrationId)
{
    act(ActionOutcome::Action::SyncNow, integrationId);
}

void SyncEngine::setPaused(qint64 integrationId, bool paused)
{
    act(paused ? ActionOutcome::Action::Pause : ActionOutcome::Action::Resume, integrationId);
}

void SyncEngine::retryOrder(qint64 orderLinkId)
{
    const std::optional<OrderLink> link = OrderLinkRepository(m_database).findById(orderLinkId);
    if (!link) {
        ActionOutcome outcome;
        outcome.action = ActionOutcome::Action::Retry;
        outcome.orderLinkId = orderLinkId;
        outcome.ok = false;
        outcome.message = tr("This order is no longer known to Wharf.");
        Q_EMIT actionFinished(outcome);
        return;
    }
    act(ActionOutcome::Action::Retry, link->integrationId, orderLinkId);
}

void SyncEngine::retryAllOrders(qint64 integrationId)
{
    act(ActionOutcome::Action::RetryAll, integrationId);
}

void SyncEngine::act(ActionOutcome::Action action, qint64 integrationId, qint64 orderLinkId)
{
    const std::optional<Integration> integration = IntegrationRepository(m_database).find(integrationId);
    if (!integration || integration->isDeleted()) {
        ActionOutcome outcome;
        outcome.action = action;
        outcome.integrationId = integrationId;
        outcome.orderLinkId = orderLinkId;
        outcome.ok = false;
        outcome.message = tr("This integration no longer exists.");
        Q_EMIT actionFinished(outcome);
        return;
    }
    if (!m_held.contains(integrationId)) {
        const LeaseRepository leases(m_database);
        const std::optional<Lease> lease = leases.find(integrationId);
        const qint64 now = leases.databaseNowMs();
        if (lease && !lease->isExpired(now) && lease->holder.ownerId != m_me.ownerId) {
            askOwner(action, integrationId, orderLinkId, false);
            return;
        }
        // Nobody works it (its owner stopped): this engine takes it and does it itself.
        if (!m_nam || !leases.tryAcquire(integrationId, m_me, now, m_options.leaseTtl.count())) {
            askOwner(action, integrationId, orderLinkId, false);
            return;
        }
        takeOver(*integration);
    }
    actLocally(action, integrationId, orderLinkId,
               [this](const ActionOutcome &outcome, const CycleReport *) { Q_EMIT actionFinished(outcome); });
}

void SyncEngine::syncNowLocally(qint64 integrationId, CycleWaiter waiter)
{
    const Running running = m_running.value(integrationId);
    if (running.pipeline && running.pipeline->isBlocked()) {
        // Refused credentials: the pipeline makes no calls; a fresh start checks them again.
        m_cycleWaiters[integrationId].append(std::move(waiter));
        reloadIntegration(integrationId);
        return;
    }
    if (running.pipeline) {
        m_cycleWaiters[integrationId].append(std::move(waiter));
        // A cycle already running counts: its report answers this request.
        running.pipeline->syncNow();
        return;
    }
    const std::optional<Integration> integration = IntegrationRepository(m_database).find(integrationId);
    if (integration && integration->health == Health::Paused) {
        waiter({}, false, tr("The integration is paused: resume it first."));
        return;
    }
    // No pipeline (a missing secret, say): a fresh start. Its first cycle answers, or, when it
    // cannot start, reportWithoutPipeline says why.
    m_cycleWaiters[integrationId].append(std::move(waiter));
    reloadIntegration(integrationId);
}

void SyncEngine::actLocally(ActionOutcome::Action action, qint64 integrationId, qint64 orderLinkId,
                            std::function<void(const ActionOutcome &, const CycleReport *)> done)
{
    ActionOutcome outcome;
    outcome.action = action;
    outcome.integrationId = integrationId;
    outcome.orderLinkId = orderLinkId;
    const Running running = m_running.value(integrationId);
    switch (action) {
    case ActionOutcome::Action::SyncNow:
        syncNowLocally(integrationId, [outcome, done](const CycleReport &report, bool ran, const QString &why) mutable {
            outcome.ok = ran && report.ok();
            if (!ran)
                outcome.message = why;
            else if (!report.ok())
                outcome.message = report.error;
            else
                outcome.message = tr("Synced: %1 received, %2 created, %3 tracking sent, %4 completed.")
                                      .arg(report.ordersReceived)
                                      .arg(report.created)
                                      .arg(report.trackingSent)
                                      .arg(report.completed);
            done(outcome, ran ? &report : nullptr);
        });
        return;
    case ActionOutcome::Action::Retry:
        if (running.pipeline) {
            outcome.ok = running.pipeline->retryOrder(orderLinkId);
            outcome.message =
                outcome.ok ? tr("The order will be tried again now.") : tr("This order no longer needs attention.");
        } else if (std::optional<OrderLink> link = OrderLinkRepository(m_database).findById(orderLinkId);
                   link && link->state == OrderLink::State::NeedsAttention) {
            // Due at once, so that the integration's next cycle (when it syncs again) takes it.
            link->nextAttemptAt = QDateTime::currentDateTimeUtc();
            link->attempts = 0; // a person asked (CreationStage::recheckRejected)
            outcome.ok = OrderLinkRepository(m_database).update(*link);
            outcome.message = tr("The integration is not syncing now; the order will be tried with its next sync.");
        } else {
            outcome.ok = false;
            outcome.message = tr("This order no longer needs attention.");
        }
        break;
    case ActionOutcome::Action::RetryAll: {
        if (running.pipeline) {
            const int count = running.pipeline->retryAll();
            outcome.message = count == 0 ? tr("No order needs attention.")
                                         : (count == 1 ? tr("1 order will be tried again now.")
                                                       : tr("%1 orders will be tried again now.").arg(count));
        } else {
            outcome.ok = false;
            outcome.message = tr("The integration is not syncing now; its orders will be tried when it is.");
        }
        break;
    }
    case ActionOutcome::Action::Pause: {
        const std::optional<Integration> integration = IntegrationRepository(m_database).find(integrationId);
        // The lease stays: Resume, asked from any process, comes to this engine.
        ++m_generation[integrationId];
        dropIntegration(integrationId);
        failCycleWaiters(integrationId, tr("The integration was paused."));
        if (integration)
            reportWithoutPipeline(*integration, Health::Paused, tr("Paused. Orders are not synced until you resume."));
        outcome.message = tr("Paused. Orders are not synced until you resume.");
        break;
    }
    case ActionOutcome::Action::Resume: {
        IntegrationRepository(m_database).setHealth(integrationId, Health::Draft, tr("Resuming…"));
        std::optional<Integration> integration = IntegrationRepository(m_database).find(integrationId);
        if (integration)
            startIntegration(*integration);
        outcome.message = tr("Resumed; orders are synced again.");
        break;
    }
    case ActionOutcome::Action::Reload:
        reloadIntegration(integrationId);
        outcome.message = tr("The integration's settings were picked up.");
        break;
    case ActionOutcome::Action::Stop:
        stopIntegration(integrationId);
        outcome.message = tr("The integration was stopped.");
        break;
    }
    done(outcome, nullptr);
}

void SyncEngine::askOwner(ActionOutcome::Action action, qint64 integrationId, qint64 orderLinkId, bool forRunOnce)
{
    EngineCommand command;
    command.integrationId = integrationId;
    command.orderLinkId = orderLinkId;
    command.kind = commandKindFor(action);
    command.requestedBy = m_me.ownerId;
    RemoteAction remote;
    remote.outcome.action = action;
    remote.outcome.integrationId = integrationId;
    remote.outcome.orderLinkId = orderLinkId;
    remote.forRunOnce = forRunOnce;
    const CommandRepository commands(m_database);
    if (!commands.insert(command)) {
        remote.outcome.ok = false;
        remote.outcome.message = tr("Wharf could not pass the request on: %1").arg(commands.errorString());
        if (forRunOnce && m_oncePending.remove(integrationId)) {
            CycleReport report;
            report.integrationId = integrationId;
            report.error = remote.outcome.message;
            m_onceReports.append(report);
            if (m_oncePending.isEmpty())
                Q_EMIT allCyclesFinished(m_onceReports);
            return;
        }
        Q_EMIT actionFinished(remote.outcome);
        return;
    }
    remote.deadlineMs = LeaseRepository::nowMs() + m_options.remoteActionTimeout.count();
    m_remote.insert(command.id, remote);
    qCInfo(lcSync) << "asked the owner of integration" << integrationId << "for" << EngineCommand::kindKey(command.kind)
                   << "(command" << command.id << ")";
}

void SyncEngine::runCommands()
{
    const CommandRepository commands(m_database);
    const QList<EngineCommand> open = commands.open();
    for (EngineCommand command : open) {
        const bool mine = m_held.contains(command.integrationId);
        if (!mine) {
            // Answered here only when the integration is surely gone: a database that did not
            // answer (locked) says nothing about it, and its owner may still take the command.
            bool ok = false;
            const QHash<qint64, qint64> live = IntegrationRepository(m_database).settingsRevisions(&ok);
            if (!ok || live.contains(command.integrationId))
                continue; // its owner's (or, if it died, its next owner's)
        }
        if (!commands.take(command.id, m_me.ownerId))
            continue; // another engine took it first
        const Lease me {command.integrationId, m_me, {}, 0};
        command.doneBy = me.describe();
        if (!mine) {
            // Answered, not dropped: the asker learns why nothing happened.
            command.ok = false;
            command.message = tr("This integration no longer exists.");
            commands.finish(command);
            continue;
        }
        qCInfo(lcSync) << "command" << command.id << EngineCommand::kindKey(command.kind) << "for integration"
                       << command.integrationId;
        actLocally(actionFor(command.kind), command.integrationId, command.orderLinkId,
                   [this, command](const ActionOutcome &outcome, const CycleReport *report) mutable {
                       command.ok = outcome.ok;
                       command.message = outcome.message;
                       if (report)
                           command.result = CycleReportJson::toJson(*report, command.doneBy);
                       CommandRepository(m_database).finish(command);
                       // The asker hears of it through the command row; when the asker is this
                       // very engine (it took the integration over meanwhile), that is enough.
                       if (command.requestedBy == m_me.ownerId)
                           return;
                       ActionOutcome local = outcome;
                       local.doneBy = command.doneBy;
                       Q_EMIT actionFinished(local);
                   });
    }
}

void SyncEngine::collectRemoteAnswers()
{
    if (m_remote.isEmpty())
        return;
    const CommandRepository commands(m_database);
    const qint64 now = LeaseRepository::nowMs();
    const QList<qint64> ids = m_remote.keys();
    for (const qint64 id : ids) {
        RemoteAction &remote = m_remote[id];
        const std::optional<EngineCommand> command = commands.find(id);
        if (command && command->isFinished()) {
            remote.outcome.ok = command->ok;
            remote.outcome.message = command->message;
            remote.outcome.doneBy = command->doneBy;
            const RemoteAction answered = m_remote.take(id);
            if (answered.forRunOnce && m_oncePending.contains(answered.outcome.integrationId)) {
                CycleReport report = CycleReportJson::fromJson(command->result);
                report.integrationId = answered.outcome.integrationId;
                if (report.integrationName.isEmpty()) {
                    const auto integration = IntegrationRepository(m_database).find(report.integrationId);
                    report.integrationName = integration ? integration->name : QString();
                }
                if (!command->ok && report.error.isEmpty())
                    report.error = command->message;
                report.ranBy = command->doneBy;
                m_oncePending.remove(answered.outcome.integrationId);
                m_onceReports.append(report);
                if (m_oncePending.isEmpty())
                    Q_EMIT allCyclesFinished(m_onceReports);
            } else {
                Q_EMIT actionFinished(answered.outcome);
            }
            continue;
        }
        const bool taken = command && !command->takenBy.isEmpty();
        if (now < remote.deadlineMs)
            continue;
        if (taken && !remote.extended) {
            // Its owner is on it (a cycle can take minutes at the create limit): wait longer.
            remote.extended = true;
            remote.deadlineMs = now + m_options.remoteCycleTimeout.count();
            continue;
        }
        // Nobody answered in time. The command is closed, so that it cannot run later by surprise.
        EngineCommand closed = command.value_or(EngineCommand {});
        closed.id = id;
        closed.ok = false;
        const std::optional<Lease> lease = LeaseRepository(m_database).find(remote.outcome.integrationId);
        closed.message = lease
            ? tr("%1 did not answer within %2 s.")
                  .arg(lease->describe())
                  .arg((taken ? m_options.remoteCycleTimeout : m_options.remoteActionTimeout).count() / 1000)
            : tr("No Wharf answered within %1 s.").arg(m_options.remoteActionTimeout.count() / 1000);
        if (!taken && !commands.take(id, m_me.ownerId)) {
            // Its owner took it at the last moment: wait for its answer after all.
            remote.deadlineMs = now + m_options.remoteCycleTimeout.count();
            remote.extended = true;
            continue;
        }
        commands.finish(closed);
        RemoteAction expired = m_remote.take(id);
        expired.outcome.ok = false;
        expired.outcome.message = closed.message;
        if (expired.forRunOnce && m_oncePending.remove(expired.outcome.integrationId)) {
            CycleReport report;
            report.integrationId = expired.outcome.integrationId;
            report.error = closed.message;
            m_onceReports.append(report);
            if (m_oncePending.isEmpty())
                Q_EMIT allCyclesFinished(m_onceReports);
        } else {
            Q_EMIT actionFinished(expired.outcome);
        }
    }
}

void SyncEngine::reloadAccount(qint64 accountId)
{
    if (wms::WmsClient *client = m_wmsClients.take(accountId))
        client->deleteLater();
    // A read of the old secret under way serves nobody: the integrations below ask again.
    m_wmsClientWaiters.remove(accountId);
    ++m_wmsClientReads[accountId];
    const QList<Integration> integrations = IntegrationRepository(m_database).all();
    for (const Integration &integration : integrations) {
        if (integration.accountId == accountId && m_held.contains(integration.id))
            startIntegration(integration);
    }
}

void SyncEngine::runOnce(qint64 onlyIntegrationId)
{
    m_onceReports.clear();
    m_oncePending.clear();
    QList<qint64> local;
    QList<qint64> remote;
    const QList<Integration> integrations = IntegrationRepository(m_database).all();
    const LeaseRepository leases(m_database);
    const qint64 now = leases.databaseNowMs();
    for (const Integration &integration : integrations) {
        const qint64 id = integration.id;
        if (onlyIntegrationId != 0 && id != onlyIntegrationId)
            continue;
        if (!m_held.contains(id)) {
            const std::optional<Lease> lease = leases.find(id);
            if (lease && !lease->isExpired(now)) {
                m_oncePending.insert(id);
                remote.append(id);
            }
            continue;
        }
        const Running running = m_running.value(id);
        if (!running.pipeline) {
            continue; // paused, or failing without a pipeline: it reported why when it started
        }
        if (running.pipeline->isBlocked()) {
            // It makes no calls until reconfigured: its report is why.
            CycleReport blocked;
            blocked.integrationId = id;
            blocked.integrationName = running.pipeline->integration().name;
            blocked.error = running.pipeline->integration().healthReason;
            m_onceReports.append(blocked);
            continue;
        }
        m_oncePending.insert(id);
        local.append(id);
    }
    if (m_oncePending.isEmpty()) {
        Q_EMIT allCyclesFinished(m_onceReports);
        return;
    }
    for (const qint64 id : std::as_const(remote))
        askOwner(ActionOutcome::Action::SyncNow, id, 0, true);
    for (const qint64 id : std::as_const(local)) {
        IntegrationPipeline *pipeline = m_running.value(id).pipeline;
        // A cycle already running counts: its report answers this request.
        if (!pipeline->isRunning())
            pipeline->syncNow();
    }
}

void SyncEngine::shutdown()
{
    m_stopping = true;
    if (m_tick)
        m_tick->stop();
    const QList<qint64> ids = m_running.keys();
    for (const qint64 id : ids)
        dropIntegration(id);
    const QList<qint64> waiting = m_cycleWaiters.keys();
    for (const qint64 id : waiting)
        failCycleWaiters(id, tr("Wharf is stopping."));
    // Let go at once, so that another engine takes over without waiting for the leases to expire.
    LeaseRepository(m_database).leave(m_me.ownerId);
    m_held.clear();
    qDeleteAll(m_wmsClients);
    m_wmsClients.clear();
    m_budgets.clear();
    delete m_nam;
    m_nam = nullptr;
    m_database.closeThreadConnection();
    qCInfo(lcSync) << "engine stopped";
}

SecretStore::Place SyncEngine::secretsPlace() const
{
    return m_secrets ? m_secrets->place() : SecretStore::Place::Keychain;
}

} // namespace wharf
