#pragma once

#include "core/model/integration.h"
#include "core/model/orderlink.h"
#include "core/model/syncevent.h"
#include "core/model/trackingentry.h"
#include "core/net/apierror.h"
#include "core/net/backoff.h"
#include "core/net/retrypolicy.h"
#include "core/sync/cyclereport.h"
#include "core/sync/integrationstatus.h"
#include "core/wms/consignmenttracking.h"
#include "core/woo/trackingitem.h"
#include "core/woo/trackingprovider.h"
#include "core/woo/wooorder.h"
#include "core/woo/wooorderlisting.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace wharf {

class Database;
namespace woo {
class WooClient;
}
namespace wms {
class WmsClient;
struct OutboundOrder;
struct CreateOutcome;
} // namespace wms

// One integration's sync: each cycle takes new processing orders into CartonCloud, watches their
// status, writes tracking back and completes dispatched orders (DESIGN.md, "What it does").
//
// Exactly once rests on the order link, written before and after every step that changes the
// far side: a link is "creating" before the POST goes out, and a link found "creating" is
// resolved by searching CartonCloud before anything is sent again. A step that did not finish is
// simply done again by the next cycle, and each step first looks at what is already there.
//
// Lives on the sync thread; every call and signal is on that thread.
class IntegrationPipeline : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // Orders modified this long before the cursor are listed again: clocks differ, and a
        // store can commit an order's change after a later one.
        std::chrono::seconds overlap {300};
        // Cycles in a row that end in a transient error before the integration turns Failing.
        int transientCyclesBeforeFailing = 3;
        net::Backoff attentionBackoff = net::Backoff();
        // Trust for the store's certificate, when it is not the system's alone (the sandbox's CA).
        std::optional<QSslConfiguration> sslConfiguration;
        // How safe requests are repeated and how long silence is tolerated; tests shrink both.
        net::RetryPolicy retryPolicy = net::RetryPolicy();
        int transferTimeoutMs = 60000;
        // A link left "creating" (a crash, a lost answer, another engine that died mid-create) is
        // searched for only after this long since it was written: CartonCloud's search can lag
        // behind a create, and a create can be committed after its client gave up.
        std::chrono::milliseconds interruptedCreateGuard {std::chrono::seconds(90)};
        // Asked right before anything is sent that changes the far side: false when this engine's
        // lease on the integration may have lapsed (a process stopped for longer than the lease),
        // so that a process that lost ownership never sends a create another engine may send too.
        std::function<bool()> mayWrite;
        // A dispatched order's tracking is followed this long after Wharf first saw it dispatched,
        // also after the order is completed: CartonCloud may add or change it then.
        std::chrono::hours trackingFollowPeriod {14 * 24};
        // An order read longer ago than this is read again right before its create.
        std::chrono::milliseconds orderFreshness {std::chrono::seconds(20)};
        // The shortest wait between two looks at a dispatched order's consignments; the wait grows
        // with the time since dispatch (half of it), up to a day.
        std::chrono::milliseconds trackingCheckMinInterval {std::chrono::minutes(10)};
    };

    IntegrationPipeline(const Database &database, const Integration &integration, const QString &consumerSecret,
                        wms::WmsClient *wms, QNetworkAccessManager *nam, const Options &options,
                        QObject *parent = nullptr);
    ~IntegrationPipeline() override;

    const Integration &integration() const { return m_integration; }
    bool isRunning() const { return m_running; }
    // Credentials or permission were refused: no more calls until the integration is reconfigured
    // (which makes a new pipeline).
    bool isBlocked() const { return m_blocked; }

    // Starts a cycle; while one runs, asks for one more right after it.
    void runCycle();
    // The user fixed the cause: try these orders again at once, in this very cycle.
    // Each returns what it did, for the person who asked: whether the order was waiting, and how
    // many orders will be tried again.
    bool retryOrder(qint64 orderLinkId);
    int retryAll();
    // No new step starts after this; what is in flight finishes or is dropped with the object.
    void stop() { m_stopping = true; }

    IntegrationStatus status() const;
    // The order counts the dashboard shows, read from the data file: the pipeline's own status,
    // and the engine's view of an integration another process syncs, count alike.
    static void countOrders(const Database &database, qint64 integrationId, IntegrationStatus *status);

Q_SIGNALS:
    void cycleFinished(const wharf::CycleReport &report);
    void statusChanged(const wharf::IntegrationStatus &status);
    void orderChanged(const wharf::OrderLink &link);
    void eventRecorded(const wharf::SyncEvent &event);

private:
    enum class Service { Store, CartonCloud };

    // The cycle, step by step; each step calls the next when it is done.
    void prepare();
    void intake();
    void recordNewOrders(const woo::WooOrderListing &listing);
    void createNext();
    // Sends the order if it is still in processing and fit to send; otherwise says why not.
    void createIfWanted(OrderLink link, const std::optional<woo::WooOrder> &order);
    void createOne(OrderLink link, const woo::WooOrder &order);
    void resolveInterruptedCreate(OrderLink link);
    void recheckRejected(OrderLink link);
    void handleCreateOutcome(OrderLink link, const wms::CreateOutcome &outcome);
    void adoptDuplicate(OrderLink link, const wms::CreateOutcome &outcome);
    void watch();
    void watchWindow(const QDateTime &since, const QDateTime &until, int narrowings);
    // Records CartonCloud's statuses on the links, in one transaction; false when it could not be
    // committed. `newestChange`: the newest change among them.
    bool applyStatusChanges(const QList<wms::OutboundOrder> &orders, QDateTime *newestChange);
    void tracking();
    void writeTrackingNext();
    void writeConsignment(qsizetype index);
    void finishTrackingJob();
    // The store refused this order's tracking entry: attention with the reason.
    void trackingRefused(const OrderLink &link, const QString &number, const net::ApiError &error);
    // The order was deleted in WooCommerce after hand-off.
    void orderGoneFromStore(const OrderLink &link);
    void completion();
    void finishCycle();

    // Ends the cycle without sending more, health untouched: the lease may have lapsed.
    void abandonCycle(const QString &why);
    bool mayWrite() const;
    // Fails the cycle: an integration-level problem with one of the two services.
    void fail(Service service, const net::ApiError &error);

    void withProductCodes(std::function<void()> then);
    void withOrder(const OrderLink &link, std::function<void(const std::optional<woo::WooOrder> &)> then);

    bool saveLink(OrderLink &link);
    void needsAttention(OrderLink &link, const QString &reason);
    void record(const OrderLink *link, const QString &kind, const QString &message,
                SyncEvent::Severity severity = SyncEvent::Severity::Info);
    void setHealth(Health health, const QString &reason);
    QString customerName();
    qint64 overlapSeconds() const;

    const Database &m_database;
    Integration m_integration;
    Options m_options;
    woo::WooClient *m_woo;
    wms::WmsClient *m_wms;

    bool m_running = false;
    bool m_again = false;
    bool m_stopping = false;
    bool m_blocked = false;
    bool m_prepared = false;
    int m_transientCycles = 0;
    int m_rateLimitedCreates = 0;
    // Why the last create was not sent when its budget slot came (see createOne).
    enum class SendVeto { None, NotOwner, NotRecorded };
    SendVeto m_sendVetoed =
        SendVeto::None; // this cycle's 429s on create: a few are waited out, then the cycle moves on
    QDateTime m_lastSyncAt;
    QDateTime m_lastSuccessAt;

    // This cycle's working state.
    CycleReport m_report;
    QHash<qint64, woo::WooOrder> m_listed; // by WooCommerce order id
    QHash<qint64, qint64> m_listedAtMs; // when each was read, on m_cycleClock
    QElapsedTimer m_cycleClock;
    // When this cycle began, on the steady clock: CartonCloud change searches begun since are
    // shared with this integration (WmsClient::changesBetween).
    std::chrono::milliseconds m_cycleStartedSteady {0};
    std::deque<qint64> m_createQueue; // order link ids
    QSet<QString> m_productCodes;
    bool m_productCodesKnown = false;
    bool m_productCodesRead = false;
    QList<woo::TrackingProvider> m_providers;
    bool m_providersRead = false;
    // An order whose consignments' tracking must be written, one entry per consignment.
    struct TrackingWrite
    {
        wms::ConsignmentTracking consignment;
        std::optional<TrackingEntry> entry; // what Wharf wrote for it before, if anything
    };
    struct TrackingJob
    {
        OrderLink link;
        QList<TrackingWrite> writes;
        std::optional<QList<woo::TrackingItem>> storeEntries; // read only after an interrupted write
        int written = 0;
    };
    std::deque<TrackingJob> m_trackingQueue;
    std::optional<TrackingJob> m_trackingJob;
    QSet<qint64> m_trackingSettled; // link ids whose tracking is written or absent
    QSet<qint64> m_completionTried; // link ids this cycle already tried to complete
    QString m_customerName; // for sentences; read once per cycle
};

} // namespace wharf
