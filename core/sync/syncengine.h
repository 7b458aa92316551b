#pragma once

#include "core/model/enginecommand.h"
#include "core/model/lease.h"
#include "core/model/orderlink.h"
#include "core/model/syncevent.h"
#include "core/net/clock.h"
#include "core/net/createbudget.h"
#include "core/secrets/secretstore.h"
#include "core/sync/actionoutcome.h"
#include "core/sync/cyclereport.h"
#include "core/sync/integrationpipeline.h"
#include "core/sync/integrationstatus.h"
#include "core/wms/stockreportrun.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace wharf {

class Database;
class CycleSlots;
class FairShare;
class LeaseRepository;
class SecretStore;
namespace net {
class CreateBudget;
}
namespace wms {
class WmsClient;
}
namespace stock {
class StockSyncJob;
}

// The sync engine: one IntegrationPipeline per running integration, their timers, one
// CartonCloud client per account (so that its integrations share one token and one create
// budget). A parentless worker that SyncEngineHost moves to the "wharf-sync" thread; it makes its
// network manager there, and its database connection is that thread's (Database::connection()).
// All its slots are meant to be called through queued calls.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        IntegrationPipeline::Options pipeline;
        int createsPerMinute = 30; // CartonCloud's documented limit per API client
        // The window the limit counts over; tests and benchmarks shrink it to keep time short.
        std::chrono::milliseconds createWindow {std::chrono::minutes(1)};
        // The create budget's clock (wall-clock milliseconds) and how it waits; tests of pacing
        // replace both with a clock of their own (tests/support/virtualclock.h).
        net::Clock::Function createClock;
        net::CreateBudget::Scheduler createScheduler;
        // Seconds between the cycles of each integration.
        int intervalSeconds = 120;
        // Cycles running at once; more wait their turn (CycleSlots). A cycle holds its store's
        // connections: this bounds the memory of an engine with many integrations.
        int concurrentCycles = 50;
        // A failing integration's interval grows by this factor per failed cycle, up to the cap, so
        // that it stops hammering a store or account that is down.
        int failingIntervalCapSeconds = 1800;
        // Custom CA certificates to trust in addition to the system's (the sandbox's, in tests and
        // the demo). TLS errors are never ignored.
        QList<QSslCertificate> extraCaCertificates;
        // Run a first cycle of each integration as soon as it starts (the service); `wharf sync
        // --once` turns this off and asks for exactly one cycle itself.
        bool cycleOnStart = true;
        // Who this engine is, for the lease rows other processes read ("the Wharf service on …").
        LeaseHolder::Kind ownerKind = LeaseHolder::Kind::Service;
        // An integration's lease lasts this long unless renewed: a process that dies loses its
        // integrations after at most this, and another engine takes them over.
        std::chrono::milliseconds leaseTtl {std::chrono::seconds(20)};
        // How often leases are renewed, free integrations taken, settings changed elsewhere picked
        // up and commands from other processes read.
        std::chrono::milliseconds leaseTick {std::chrono::seconds(2)};
        // How long an action asked of another process's engine may go untaken before the asker
        // says that nobody answered.
        std::chrono::milliseconds remoteActionTimeout {std::chrono::seconds(30)};
        // Only this integration (`wharf sync --once --integration ID`): the engine takes no other.
        qint64 onlyIntegrationId = 0;
        // How long `runOnce` waits for another process's engine to run a cycle it was asked for.
        std::chrono::milliseconds remoteCycleTimeout {std::chrono::minutes(10)};
        // Events older than this are deleted (their counts kept), at start and then every day.
        std::chrono::hours eventRetention {180 * 24};
        // Stock back to WooCommerce (issue 15): how report runs are polled, and (tests) an
        // interval that replaces each integration's minutes.
        wms::StockReportRun::Polling stockReportPolling;
        std::optional<std::chrono::milliseconds> stockInterval;
    };

    SyncEngine(const Database &database, SecretStore *secrets, Options options);
    ~SyncEngine() override;

public Q_SLOTS:
    // Loads every integration that is not deleted and starts the running ones.
    void start();
    void reloadIntegration(qint64 integrationId);
    void stopIntegration(qint64 integrationId);
    void syncNow(qint64 integrationId);
    void setPaused(qint64 integrationId, bool paused);
    void retryOrder(qint64 orderLinkId);
    void retryAllOrders(qint64 integrationId);
    // The account's address or secret changed: its CartonCloud client is made anew and its
    // integrations restarted with it.
    void reloadAccount(qint64 accountId);
    // Runs one cycle of every integration (or of one) and emits allCyclesFinished: those this
    // engine owns here, the ones another process owns by asking their owner for a cycle (its
    // report says who ran it).
    void runOnce(qint64 onlyIntegrationId = 0);
    // Stops every pipeline and closes this thread's database connection; called on the engine's
    // thread right before it ends.
    void shutdown();

Q_SIGNALS:
    // Every integration present at start() has its pipeline, or has reported why it has none.
    void started();
    void statusChanged(const wharf::IntegrationStatus &status);
    void orderChanged(const wharf::OrderLink &link);
    void eventRecorded(const wharf::SyncEvent &event);
    void actionFinished(const wharf::ActionOutcome &outcome);
    void cycleFinished(const wharf::CycleReport &report);
    void allCyclesFinished(const QList<wharf::CycleReport> &reports);

public:
    QString ownerId() const { return m_me.ownerId; }

private:
    // Where the secrets are, for the sentences that say one is missing.
    SecretStore::Place secretsPlace() const;

    struct Running
    {
        IntegrationPipeline *pipeline = nullptr;
        QTimer *timer = nullptr;
        int failedCycles = 0;
        stock::StockSyncJob *stock = nullptr; // only while the integration sends stock
    };
    // A Sync now (asked here or through a command) waiting for its integration's cycle to end.
    using CycleWaiter = std::function<void(const CycleReport &report, bool ran, const QString &why)>;
    // An action this engine asked of another process's engine.
    struct RemoteAction
    {
        ActionOutcome outcome; // what to report, filled when answered
        qint64 deadlineMs = 0; // wall clock
        bool forRunOnce = false;
        bool extended = false;
    };

    // Ownership: the tick renews leases, takes free integrations, picks up settings changed by
    // other processes and reads commands.
    void tick();
    void pruneEvents();
    bool holdsValidLease() const;
    void takeOver(const Integration &integration);
    void lostLease(qint64 integrationId);
    using OwnedElsewhere = QList<std::pair<qint64, std::optional<Lease>>>;
    void reportOwnedElsewhere(const OwnedElsewhere &owned);
    // A person's action: done here when this engine owns the integration, else sent to its owner.
    void act(ActionOutcome::Action action, qint64 integrationId, qint64 orderLinkId = 0);
    void actLocally(ActionOutcome::Action action, qint64 integrationId, qint64 orderLinkId,
                    std::function<void(const ActionOutcome &, const CycleReport *)> done);
    void askOwner(ActionOutcome::Action action, qint64 integrationId, qint64 orderLinkId, bool forRunOnce);
    void runCommands();
    void collectRemoteAnswers();
    void syncNowLocally(qint64 integrationId, CycleWaiter waiter);
    void failCycleWaiters(qint64 integrationId, const QString &why);
    std::shared_ptr<net::CreateBudget> createBudgetFor(const QString &accountKey);

    FairShare fairShare(const LeaseRepository &leases, qint64 nowMs, int liveIntegrations);
    void letGoOfSurplus(const FairShare &fair);
    void handOver(qint64 integrationId);
    void startIntegration(const Integration &integration);
    void dropIntegration(qint64 integrationId);
    void reportWithoutPipeline(const Integration &integration, Health health, const QString &reason);
    stock::StockSyncJob *startStockSync(const Integration &integration, const QString &consumerSecret,
                                        wms::WmsClient *client);
    void settled(qint64 integrationId);
    void announceStarted();
    void showStartStatuses();
    void withWmsClient(qint64 accountId, std::function<void(wms::WmsClient *, const QString &error)> then);
    void onCycleFinished(const CycleReport &report);
    void readSecret(const QString &key, std::function<void(const struct SecretResult &)> done);
    QSslConfiguration sslConfiguration() const;

    const Database &m_database;
    SecretStore *m_secrets;
    Options m_options;
    QNetworkAccessManager *m_nam = nullptr;
    CycleSlots *m_cycleSlots;
    QHash<qint64, wms::WmsClient *> m_wmsClients; // by account id
    // Integrations waiting for their account's client while its secret is read, by account id;
    // and each account's latest read, so that one superseded by reloadAccount serves nobody.
    QHash<qint64, QList<std::function<void(wms::WmsClient *, const QString &)>>> m_wmsClientWaiters;
    QHash<qint64, int> m_wmsClientReads;
    QHash<qint64, Running> m_running; // by integration id
    // Bumped on every (re)load of an integration, so that a late secret read for an older
    // configuration does not start a stale pipeline.
    QHash<qint64, int> m_generation;
    std::atomic_bool m_stopping {false};
    QSet<qint64> m_starting; // integrations of start() whose pipeline is not settled yet
    bool m_startedAnnounced = false;
    QList<qint64> m_startStatuses; // pipelines of start() whose first status waits for showStartStatuses()
    QList<qint64> m_startElsewhere; // integrations start() found held by other engines, shown there too

    // runOnce bookkeeping
    QSet<qint64> m_oncePending;
    QList<CycleReport> m_onceReports;

    // Ownership
    LeaseHolder m_me;
    QTimer *m_tick = nullptr;
    QTimer *m_pruning = nullptr;
    QSet<qint64> m_held; // integrations whose lease this engine holds
    qint64 m_leaseConfirmedAtMs = 0; // steady clock: when the leases were last renewed
    qint64 m_leaseWallExpiresAtMs = 0; // wall clock: when they expire unless renewed again
    QHash<qint64, qint64> m_revisions; // settings revision each held integration was started with
    // Sharing with other engines (FairShare): steady clock, since when a free integration was left.
    QHash<qint64, qint64> m_freeSinceMs;
    QSet<qint64> m_handingOver; // held, but being let go to another engine when its cycle ends
    QSet<qint64> m_reloadAfterCycle;
    QHash<qint64, IntegrationStatus> m_shownElsewhere; // last status shown for integrations others own
    QHash<qint64, qint64> m_shownElsewhereAtMs; // steady clock: when it was last counted
    QHash<qint64, QList<CycleWaiter>> m_cycleWaiters;
    QHash<qint64, RemoteAction> m_remote; // by command id
    QHash<QString, std::shared_ptr<net::CreateBudget>> m_budgets; // by API client
};

} // namespace wharf
