#include "core/sync/integrationpipeline.h"

#include "core/logging.h"
#include "core/net/clock.h"
#include "core/net/httpclient.h"
#include "core/store/database.h"
#include "core/store/integrationrepository.h"
#include "core/store/orderlinkrepository.h"
#include "core/sync/cancellationstage.h"
#include "core/sync/completionstage.h"
#include "core/sync/creationstage.h"
#include "core/sync/deletionwatchstage.h"
#include "core/sync/intakestage.h"
#include "core/sync/pipelinecontext.h"
#include "core/sync/statuswatchstage.h"
#include "core/sync/trackingstage.h"
#include "core/woo/wooclient.h"
#include "core/woo/wooconnection.h"

#include <utility>

namespace wharf {

IntegrationPipeline::IntegrationPipeline(const Database &database, const Integration &integration,
                                         const QString &consumerSecret, wms::WmsClient *wms, QNetworkAccessManager *nam,
                                         const Options &options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_integration(integration)
    , m_options(options)
    , m_woo(new woo::WooClient(nam, this))
    , m_context(std::make_unique<PipelineContext>(database, m_integration, m_options, m_woo, wms))
    , m_intake(new IntakeStage(*m_context, this))
    , m_creation(new CreationStage(*m_context, this))
    , m_statusWatch(new StatusWatchStage(*m_context, this))
    , m_deletionWatch(new DeletionWatchStage(*m_context, this))
    , m_cancellation(new CancellationStage(*m_context, this))
    , m_tracking(new TrackingStage(*m_context, this))
    , m_completion(new CompletionStage(*m_context, this))
{
    woo::WooConnection connection;
    connection.home = QUrl(integration.storeUrl);
    connection.auth = woo::WooConnection::authModeNamed(integration.wooAuth, connection.home);
    connection.consumerKey = integration.consumerKey;
    connection.consumerSecret = consumerSecret;
    m_woo->setConnection(connection);
    if (options.sslConfiguration)
        m_woo->http()->setSslConfiguration(*options.sslConfiguration);
    m_woo->http()->setRetryPolicy(options.retryPolicy);
    m_woo->setTransferTimeout(options.transferTimeoutMs);
    m_lastSyncAt = integration.lastSyncAt;
    m_lastSuccessAt = integration.lastSuccessAt;
    m_context->orderChanged = [this](const OrderLink &link) {
        Q_EMIT orderChanged(link);
    };
    m_context->eventRecorded = [this](const SyncEvent &event) {
        Q_EMIT eventRecorded(event);
    };
}

IntegrationPipeline::~IntegrationPipeline()
{
    // While every member is still here: a stage waiting for an answer is resumed with
    // "cancelled", sees `stopping` and ends, and its coroutine frame with it.
    m_context->orderChanged = {};
    m_context->eventRecorded = {};
    stop();
    releaseSlot();
}

void IntegrationPipeline::stop()
{
    m_context->stopping = true;
    m_context->cancelCalls();
}

// ---------------------------------------------------------------------------------------------
// The cycle

void IntegrationPipeline::runCycle()
{
    if (m_context->stopping || m_blocked)
        return;
    if (m_running) {
        // A cycle still waiting for its slot has not read anything yet: it is the one asked for.
        if (!m_waitingForSlot)
            m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    m_askedAt = net::Clock::steadyNow();
    if (m_options.cycleSlots) {
        m_waitingForSlot = true;
        m_options.cycleSlots->enter(this, [this] { startCycle(); });
        return;
    }
    startCycle();
}

void IntegrationPipeline::startCycle()
{
    m_waitingForSlot = false;
    m_holdsSlot = !m_options.cycleSlots.isNull();
    if (m_context->stopping) {
        releaseSlot();
        m_running = false;
        return;
    }
    m_context->beginCycle();
    // A cycle that waited for its slot counts from when it was asked: a CartonCloud search begun
    // since then serves it, also a person's Sync now (PipelineOptions::changeSearchReuse).
    m_context->cycleStartedSteady = m_askedAt;
    m_context->freshChangeSearch = std::exchange(m_freshSearchAsked, false);
    Q_EMIT statusChanged(status());
    // Not kept: the coroutine runs until its last stage ends (or is cancelled by stop()), and
    // then frees itself.
    cycle();
}

void IntegrationPipeline::syncNow()
{
    m_freshSearchAsked = true;
    runCycle();
}

QCoro::Task<> IntegrationPipeline::cycle()
{
    // Creation comes last: a backlog waiting for CartonCloud's create limit then never holds back
    // the tracking and completion of orders already there, and the change search does not read
    // back the orders this cycle creates (the next one reads each once, in whatever state the
    // warehouse has put it by then).
    StageOutcome outcome = co_await m_intake->run();
    if (outcome.proceeds()) {
        m_creation->putBackOnCourse();
        outcome = co_await m_statusWatch->run();
    }
    if (outcome.proceeds())
        outcome = co_await m_deletionWatch->run();
    if (outcome.proceeds())
        outcome = co_await m_cancellation->run();
    if (outcome.proceeds())
        outcome = co_await m_tracking->run();
    if (outcome.proceeds())
        outcome = co_await m_completion->run();
    if (outcome.proceeds())
        outcome = co_await m_creation->run();
    // Before the end is reported: a cycle asked for meanwhile (m_again) waits its turn again.
    releaseSlot();

    switch (outcome.kind) {
    case StageOutcome::Kind::Done:
        finishCycle();
        break;
    case StageOutcome::Kind::Failed:
        fail(outcome.service, outcome.error);
        break;
    case StageOutcome::Kind::Abandoned:
        abandonCycle(outcome.why);
        break;
    case StageOutcome::Kind::Stopped:
        // Stopping, or being deleted: nothing more is said or written.
        m_running = false;
        break;
    }
}

void IntegrationPipeline::releaseSlot()
{
    if (!std::exchange(m_holdsSlot, false))
        return;
    if (m_options.cycleSlots)
        m_options.cycleSlots->leave();
}

void IntegrationPipeline::finishCycle()
{
    CycleReport &report = m_context->report;
    report.finishedAt = QDateTime::currentDateTimeUtc();
    m_lastSyncAt = report.finishedAt;
    m_lastSuccessAt = report.finishedAt;
    IntegrationRepository(m_database).setLastSync(m_integration.id, m_lastSyncAt, m_lastSuccessAt);
    m_transientCycles = 0;
    m_lastCycleWorked = true;
    settleHealth();
    m_running = false;
    qCInfo(lcSync) << "integration" << m_integration.id << "cycle done:" << report.ordersReceived << "received,"
                   << report.created << "created," << report.trackingSent << "tracking," << report.completed
                   << "completed," << report.needAttention << "need attention";
    Q_EMIT statusChanged(status());
    Q_EMIT cycleFinished(report);
    if (m_again)
        runCycle();
}

void IntegrationPipeline::fail(StageOutcome::Service service, const net::ApiError &error)
{
    using Kind = net::ApiError::Kind;
    CycleReport &report = m_context->report;
    const bool store = service == StageOutcome::Service::Store;
    const QString where = store ? tr("The store") : tr("CartonCloud");
    report.error = error.sentence.isEmpty() ? tr("%1 did not answer as expected.").arg(where) : error.sentence;
    qCWarning(lcSync) << "integration" << m_integration.id << "cycle failed:" << net::ApiError::kindName(error.kind)
                      << report.error;
    // Only WooCommerce's own answer about the key blocks (a woocommerce_rest_* code): a 401/403
    // without one came from something in front of it (a firewall, a security plugin) and is
    // tried again.
    m_lastCycleWorked = false;
    const bool definiteRefusal = (error.kind == Kind::Auth || error.kind == Kind::Permission)
        && (!store || error.serverCode.startsWith(QLatin1String("woocommerce_rest_")));
    if (definiteRefusal) {
        // Asking again with the same credentials can only fail again, and stores lock out keys
        // that keep failing: stop until the user reconfigures.
        m_blocked = true;
        setHealth(Health::Failing,
                  report.error + QLatin1Char(' ')
                      + (store ? tr("Reconfigure the integration with a valid Read/Write key.")
                               : tr("Check the CartonCloud account's API client.")));
        m_context->record(nullptr, QStringLiteral("integration.failing"), report.error, SyncEvent::Severity::Error);
    } else if (error.isTransient() || error.kind == Kind::InvalidResponse || error.kind == Kind::Tls
               || error.kind == Kind::Auth || error.kind == Kind::Permission) {
        ++m_transientCycles;
        if (m_transientCycles >= m_options.transientCyclesBeforeFailing) {
            const QString tried = m_transientCycles == 1
                ? tr("Wharf keeps trying, less often.")
                : tr("Wharf has tried %n time(s) in a row and keeps trying, less often.", nullptr, m_transientCycles);
            setHealth(Health::Failing, report.error + QLatin1Char(' ') + tried);
        } else {
            setHealth(Health::Attention, report.error);
        }
        m_context->record(nullptr, QStringLiteral("integration.error"), report.error, SyncEvent::Severity::Warning);
    } else {
        setHealth(Health::Attention, report.error);
        m_context->record(nullptr, QStringLiteral("integration.error"), report.error, SyncEvent::Severity::Warning);
    }
    report.finishedAt = QDateTime::currentDateTimeUtc();
    m_lastSyncAt = report.finishedAt;
    IntegrationRepository(m_database).setLastSync(m_integration.id, m_lastSyncAt, m_lastSuccessAt);
    m_running = false;
    Q_EMIT statusChanged(status());
    Q_EMIT cycleFinished(report);
    if (m_again && !m_blocked)
        runCycle();
}

void IntegrationPipeline::abandonCycle(const QString &why)
{
    // Ownership may have passed to another engine (this process was stopped, or the database did
    // not answer, for longer than the lease): the cycle ends here with nothing more sent, and the
    // health is left as it was — the engine decides who syncs the integration next.
    qCWarning(lcSync) << "integration" << m_integration.id << "cycle abandoned:" << why;
    CycleReport &report = m_context->report;
    report.error = why;
    report.finishedAt = QDateTime::currentDateTimeUtc();
    m_running = false;
    m_again = false;
    Q_EMIT statusChanged(status());
    Q_EMIT cycleFinished(report);
}

// ---------------------------------------------------------------------------------------------
// Asked from outside

bool IntegrationPipeline::retryOrder(qint64 orderLinkId)
{
    std::optional<OrderLink> link = OrderLinkRepository(m_database).findById(orderLinkId);
    if (!link || link->integrationId != m_integration.id || link->state != OrderLink::State::NeedsAttention)
        return false;
    link->nextAttemptAt = QDateTime::currentDateTimeUtc();
    link->attempts = 0; // a person asked: see CreationStage::recheckRejected
    m_context->saveLink(*link);
    m_context->record(&*link, QStringLiteral("order.retry"),
                      tr("Retry of order %1 requested.").arg(link->wooOrderNumber));
    runCycle();
    return true;
}

int IntegrationPipeline::retryAll()
{
    const OrderLinkRepository repository(m_database);
    const QList<OrderLink> waiting = repository.inState(m_integration.id, OrderLink::State::NeedsAttention);
    for (OrderLink link : waiting) {
        link.nextAttemptAt = QDateTime::currentDateTimeUtc();
        link.attempts = 0;
        m_context->saveLink(link);
    }
    const int count = int(waiting.size());
    runCycle();
    return count;
}

void IntegrationPipeline::settleHealth()
{
    QStringList reasons;
    const int attention =
        int(OrderLinkRepository(m_database).inState(m_integration.id, OrderLink::State::NeedsAttention).size());
    if (attention > 0)
        //: English: %n order needs attention. | %n orders need attention.
        reasons << tr("%n order(s) need attention.", nullptr, attention);
    if (!m_stockProblem.isEmpty())
        reasons << m_stockProblem;
    if (reasons.isEmpty())
        setHealth(Health::Live, tr("Syncing normally."));
    else
        setHealth(Health::Attention, reasons.join(QLatin1Char(' ')));
}

void IntegrationPipeline::setStockOutcome(const QString &problem, const QDateTime &syncedAt)
{
    if (problem == m_stockProblem && syncedAt == m_stockSyncedAt)
        return;
    m_stockProblem = problem;
    m_stockSyncedAt = syncedAt;
    // While a cycle runs, or after one that failed, the cycle's end decides the health (an
    // order-side failure says more than stock); the next cycle that works adds the stock's word.
    if (!m_running && !m_blocked && m_lastCycleWorked && !m_context->stopping)
        settleHealth();
    Q_EMIT statusChanged(status());
}

void IntegrationPipeline::setHealth(Health health, const QString &reason)
{
    if (m_integration.health == health && m_integration.healthReason == reason)
        return;
    qCInfo(lcSync) << "integration" << m_integration.id << healthKey(m_integration.health) << "->" << healthKey(health);
    m_integration.health = health;
    m_integration.healthReason = reason;
    IntegrationRepository(m_database).setHealth(m_integration.id, health, reason);
}

IntegrationStatus IntegrationPipeline::status() const
{
    IntegrationStatus out = status(OrderLinkRepository::StateCounts());
    countOrders(m_database, m_integration.id, &out);
    return out;
}

IntegrationStatus IntegrationPipeline::status(const OrderLinkRepository::StateCounts &counts) const
{
    IntegrationStatus status;
    status.integrationId = m_integration.id;
    status.health = m_integration.health;
    status.reason = m_integration.healthReason;
    status.lastSyncAt = m_lastSyncAt;
    status.lastSuccessAt = m_lastSuccessAt;
    status.syncing = m_running;
    status.stockSyncedAt = m_stockSyncedAt;
    status.stockProblem = m_stockProblem;
    applyCounts(counts, &status);
    return status;
}

void IntegrationPipeline::countOrders(const Database &database, qint64 integrationId, IntegrationStatus *status)
{
    applyCounts(OrderLinkRepository(database).stateCounts({integrationId}).value(integrationId), status);
}

void IntegrationPipeline::applyCounts(const OrderLinkRepository::StateCounts &counts, IntegrationStatus *status)
{
    status->received = 0;
    for (auto it = counts.byState.cbegin(); it != counts.byState.cend(); ++it)
        status->received += it.value();
    status->needAttention = counts.byState.value(OrderLink::State::NeedsAttention);
    const int created = counts.byState.value(OrderLink::State::Created);
    status->dispatched = counts.byState.value(OrderLink::State::Completed) + counts.createdDispatched;
    status->inProgress = created - counts.createdDispatched;
}

} // namespace wharf
