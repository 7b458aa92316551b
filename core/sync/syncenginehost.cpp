#include "core/sync/syncenginehost.h"

#include "core/logging.h"

#include <condition_variable>
#include <mutex>

namespace wharf {

SyncEngineHost::SyncEngineHost(const Database &database, SecretStore *secrets, SyncEngine::Options options,
                               QObject *parent)
    : EngineControl(parent)
    , m_thread(std::make_unique<QThread>())
    , m_engine(new SyncEngine(database, secrets, std::move(options)))
{
    qRegisterMetaType<wharf::IntegrationStatus>();
    qRegisterMetaType<wharf::OrderLink>();
    qRegisterMetaType<wharf::SyncEvent>();
    qRegisterMetaType<wharf::CycleReport>();
    qRegisterMetaType<wharf::ActionOutcome>();
    qRegisterMetaType<QList<wharf::CycleReport>>();

    m_thread->setObjectName(QStringLiteral("wharf-sync"));
    m_engine->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_engine, &QObject::deleteLater);
    // Each signal is copied on the engine's thread and re-emitted on the host's through a
    // ThreadInbox (not a queued connection, which ThreadSanitizer cannot follow).
    const auto direct = Qt::DirectConnection;
    connect(
        m_engine, &SyncEngine::started, m_engine, [this] { ThreadInbox::post(this, [this] { Q_EMIT started(); }); },
        direct);
    connect(
        m_engine, &SyncEngine::statusChanged, m_engine,
        [this](const IntegrationStatus &status) {
            ThreadInbox::post(this, [this, status] { Q_EMIT statusChanged(status); });
        },
        direct);
    connect(
        m_engine, &SyncEngine::orderChanged, m_engine,
        [this](const OrderLink &link) { ThreadInbox::post(this, [this, link] { Q_EMIT orderChanged(link); }); },
        direct);
    connect(
        m_engine, &SyncEngine::eventRecorded, m_engine,
        [this](const SyncEvent &event) { ThreadInbox::post(this, [this, event] { Q_EMIT eventRecorded(event); }); },
        direct);
    connect(
        m_engine, &SyncEngine::cycleFinished, m_engine,
        [this](const CycleReport &report) {
            ThreadInbox::post(this, [this, report] { Q_EMIT cycleFinished(report); });
        },
        direct);
    connect(
        m_engine, &SyncEngine::actionFinished, m_engine,
        [this](const ActionOutcome &outcome) {
            ThreadInbox::post(this, [this, outcome] { Q_EMIT actionFinished(outcome); });
        },
        direct);
    connect(
        m_engine, &SyncEngine::allCyclesFinished, m_engine,
        [this](const QList<CycleReport> &reports) {
            ThreadInbox::post(this, [this, reports] { Q_EMIT allCyclesFinished(reports); });
        },
        direct);
}

SyncEngineHost::~SyncEngineHost()
{
    if (m_thread->isRunning()) {
        // Shut down on the engine's own thread (its sockets and its database connection live
        // there), then let the thread end; every step was recorded as it happened, so nothing
        // in flight is lost. Waited for with std::mutex (pthread, which ThreadSanitizer follows),
        // not a blocking queued call.
        std::mutex mutex;
        std::condition_variable condition;
        bool done = false;
        post([engine = m_engine, &mutex, &condition, &done] {
            engine->shutdown();
            const std::lock_guard lock(mutex);
            done = true;
            condition.notify_one();
        });
        std::unique_lock lock(mutex);
        condition.wait(lock, [&done] { return done; });
        lock.unlock();
        m_thread->quit();
        m_thread->wait();
    } else {
        delete m_engine;
    }
}

void SyncEngineHost::start()
{
    m_thread->start();
    post([engine = m_engine] { engine->start(); });
}

void SyncEngineHost::reloadIntegration(qint64 integrationId)
{
    post([engine = m_engine, integrationId] { engine->reloadIntegration(integrationId); });
}

void SyncEngineHost::stopIntegration(qint64 integrationId)
{
    post([engine = m_engine, integrationId] { engine->stopIntegration(integrationId); });
}

void SyncEngineHost::syncNow(qint64 integrationId)
{
    post([engine = m_engine, integrationId] { engine->syncNow(integrationId); });
}

void SyncEngineHost::setPaused(qint64 integrationId, bool paused)
{
    post([engine = m_engine, integrationId, paused] { engine->setPaused(integrationId, paused); });
}

void SyncEngineHost::retryOrder(qint64 orderLinkId)
{
    post([engine = m_engine, orderLinkId] { engine->retryOrder(orderLinkId); });
}

void SyncEngineHost::retryAllOrders(qint64 integrationId)
{
    post([engine = m_engine, integrationId] { engine->retryAllOrders(integrationId); });
}

void SyncEngineHost::reloadAccount(qint64 accountId)
{
    post([engine = m_engine, accountId] { engine->reloadAccount(accountId); });
}

void SyncEngineHost::runOnce(qint64 onlyIntegrationId)
{
    post([engine = m_engine, onlyIntegrationId] { engine->runOnce(onlyIntegrationId); });
}

} // namespace wharf
