#pragma once

#include "core/sync/enginecontrol.h"
#include "core/sync/syncengine.h"
#include "core/threadinbox.h"

#include <QThread>

#include <memory>

namespace wharf {

// Runs a SyncEngine on its own thread, named "wharf-sync", and is the GUI's and the CLI's
// EngineControl: each call becomes a queued call on that thread, each engine signal comes back
// queued to the host's thread. Destroying the host stops the engine and joins the thread.
class SyncEngineHost : public EngineControl
{
    Q_OBJECT

public:
    SyncEngineHost(const Database &database, SecretStore *secrets, SyncEngine::Options options = {},
                   QObject *parent = nullptr);
    ~SyncEngineHost() override;

    void start();

    void reloadIntegration(qint64 integrationId) override;
    void stopIntegration(qint64 integrationId) override;
    void syncNow(qint64 integrationId) override;
    void setPaused(qint64 integrationId, bool paused) override;
    void retryOrder(qint64 orderLinkId) override;
    void retryAllOrders(qint64 integrationId) override;
    void reloadAccount(qint64 accountId) override;
    void runOnce(qint64 onlyIntegrationId = 0);

    QThread *thread() const { return m_thread.get(); }

Q_SIGNALS:
    void started();
    void cycleFinished(const wharf::CycleReport &report);
    void allCyclesFinished(const QList<wharf::CycleReport> &reports);

private:
    template<typename Call> void post(Call call) { ThreadInbox::post(m_engine, std::move(call)); }

    std::unique_ptr<QThread> m_thread;
    SyncEngine *m_engine; // parentless; lives on m_thread; deleted on it when the thread finishes
};

} // namespace wharf
