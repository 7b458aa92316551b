#pragma once

#include "core/model/integration.h"
#include "core/model/orderlink.h"
#include "core/model/syncevent.h"
#include "core/store/orderlinkrepository.h"
#include "core/sync/cyclereport.h"
#include "core/sync/integrationstatus.h"
#include "core/sync/pipelineoptions.h"
#include "core/sync/stageoutcome.h"

#include <QDateTime>
#include <QObject>
#include <qcoro/qcorotask.h>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace wharf {

class Database;
class PipelineContext;
class IntakeStage;
class CreationStage;
class StatusWatchStage;
class DeletionWatchStage;
class CancellationStage;
class TrackingStage;
class CompletionStage;
namespace woo {
class WooClient;
}
namespace wms {
class WmsClient;
} // namespace wms

// One integration's sync: each cycle takes new processing orders into CartonCloud, watches their
// status, writes tracking back and completes dispatched orders (DESIGN.md, "What it does").
//
// A small sequencer over seven stages, each a coroutine that reads top to bottom: intake, status
// watch, deletion watch, cancellation, tracking, completion, creation (their classes say how each
// keeps exactly once; the cycle says why creation is last).
// A stage that did not finish is simply done again by the next cycle, and each stage first looks
// at what is already there. The pipeline decides what a stage's end means for the integration's
// health, and runs the next cycle when one was asked for meanwhile.
//
// Lives on the sync thread; every call and signal is on that thread.
class IntegrationPipeline : public QObject
{
    Q_OBJECT

public:
    using Options = PipelineOptions;

    IntegrationPipeline(const Database &database, const Integration &integration, const QString &consumerSecret,
                        wms::WmsClient *wms, QNetworkAccessManager *nam, const Options &options,
                        QObject *parent = nullptr);
    // Stages waiting for an answer are resumed with "cancelled" and end: no coroutine outlives
    // the pipeline.
    ~IntegrationPipeline() override;

    const Integration &integration() const { return m_integration; }
    // True also while the cycle waits for a slot to begin (PipelineOptions::cycleSlots).
    bool isRunning() const { return m_running; }
    // Credentials or permission were refused: no more calls until the integration is reconfigured
    // (which makes a new pipeline).
    bool isBlocked() const { return m_blocked; }

    // Starts a cycle; while one runs, asks for one more right after it.
    void runCycle();
    // A person asked (Sync now, `wharf sync --once`): the same, but the cycle reads CartonCloud's
    // changes afresh rather than from a search another store of the customer began a moment ago
    // (PipelineOptions::changeSearchReuse), so that what they just did in the warehouse shows.
    void syncNow();
    // The user fixed the cause: try these orders again at once, in this very cycle.
    // Each returns what it did, for the person who asked: whether the order was waiting, and how
    // many orders will be tried again.
    bool retryOrder(qint64 orderLinkId);
    int retryAll();
    // No new step starts after this: a stage ends at its next answer.
    void stop();
    // What the integration's stock sync (run beside the pipeline by the engine) last did: a run
    // that failed makes the health amber with `problem`, as a failing cycle does, until a run
    // works again. It never stops orders: the cycles go on as they were.
    void setStockOutcome(const QString &problem, const QDateTime &syncedAt);

    IntegrationStatus status() const;
    // The same with the order counts already read (OrderLinkRepository::stateCounts, many
    // integrations at once).
    IntegrationStatus status(const OrderLinkRepository::StateCounts &counts) const;
    // The order counts the dashboard shows, read from the data file: the pipeline's own status,
    // and the engine's view of an integration another process syncs, count alike.
    static void countOrders(const Database &database, qint64 integrationId, IntegrationStatus *status);
    static void applyCounts(const OrderLinkRepository::StateCounts &counts, IntegrationStatus *status);

Q_SIGNALS:
    void cycleFinished(const wharf::CycleReport &report);
    void statusChanged(const wharf::IntegrationStatus &status);
    void orderChanged(const wharf::OrderLink &link);
    void eventRecorded(const wharf::SyncEvent &event);

private:
    // Begins the cycle runCycle() asked for, once it has a slot (PipelineOptions::cycleSlots).
    void startCycle();
    // One cycle, stage after stage, until one does not proceed.
    QCoro::Task<> cycle();
    void releaseSlot();
    // What the way the cycle ended means for the integration.
    void finishCycle();
    void fail(StageOutcome::Service service, const net::ApiError &error);
    // Ends the cycle without sending more, health untouched: the lease may have lapsed.
    void abandonCycle(const QString &why);
    void setHealth(Health health, const QString &reason);
    // Live or Attention after a cycle that worked: orders waiting for someone, then stock.
    void settleHealth();

    const Database &m_database;
    Integration m_integration;
    Options m_options;
    woo::WooClient *m_woo;
    std::unique_ptr<PipelineContext> m_context;
    IntakeStage *m_intake;
    CreationStage *m_creation;
    StatusWatchStage *m_statusWatch;
    DeletionWatchStage *m_deletionWatch;
    CancellationStage *m_cancellation;
    TrackingStage *m_tracking;
    CompletionStage *m_completion;

    bool m_running = false;
    bool m_again = false;
    bool m_freshSearchAsked = false;
    bool m_waitingForSlot = false; // m_running, but waiting for a slot to begin
    bool m_holdsSlot = false;
    std::chrono::milliseconds m_askedAt {0}; // steady clock: when runCycle() asked for the cycle
    bool m_blocked = false;
    int m_transientCycles = 0;
    bool m_lastCycleWorked = false;
    QString m_stockProblem;
    QDateTime m_stockSyncedAt;
    QDateTime m_lastSyncAt;
    QDateTime m_lastSuccessAt;
};

} // namespace wharf
