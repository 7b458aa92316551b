#include "core/sync/syncenginehost.h"

#include "core/logging.h"

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
    connect(m_engine, &SyncEngine::started, this, &SyncEngineHost::started);
    connect(m_engine, &SyncEngine::statusChanged, this, &EngineControl::statusChanged);
    connect(m_engine, &SyncEngine::orderChanged, this, &EngineControl::orderChanged);
    connect(m_engine, &SyncEngine::eventRecorded, this, &EngineControl::eventRecorded);
    connect(m_engine, &SyncEngine::cycleFinished, this, &SyncEngineHost::cycleFinished);
    connect(m_engine, &SyncEngine::actionFinished, this, &EngineControl::actionFinished);
    connect(m_engine, &SyncEngine::allCyclesFinished, this, &SyncEngineHost::allCyclesFinished);
}

SyncEngineHost::~SyncEngineHost()
{
    if (m_thread->isRunning()) {
        // Shut down on the engine's own thread (its sockets and its database connection live
        // there), then let the thread end; every step was recorded as it happened, so nothing
        // in flight is lost.
        QMetaObject::invokeMethod(m_engine, &SyncEngine::shutdown, Qt::BlockingQueuedConnection);
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
