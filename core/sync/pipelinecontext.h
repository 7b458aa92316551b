#pragma once

#include "core/model/integration.h"
#include "core/model/orderlink.h"
#include "core/model/syncevent.h"
#include "core/net/callawaiter.h"
#include "core/sync/cyclereport.h"
#include "core/sync/pipelineoptions.h"
#include "core/woo/wooorder.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <qcoro/qcorotask.h>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace wharf {

class Database;
namespace woo {
class WooClient;
}
namespace wms {
class WmsClient;
}

// What the stages of one integration's cycle share: the integration, the two clients, the data
// file, the cycle's report and working state, and the few things every stage does the same way
// (record an event, save a link, send an order to attention). Owned by IntegrationPipeline; lives
// on the sync thread. Its fields are plain because every stage reads and writes them; the rules
// about them are in the stages.
class PipelineContext
{
public:
    PipelineContext(const Database &database, Integration &integration, const PipelineOptions &options,
                    woo::WooClient *woo, wms::WmsClient *wms);
    ~PipelineContext();

    const Database &database;
    Integration &integration;
    const PipelineOptions &options;
    woo::WooClient *const woo;
    wms::WmsClient *const wms;

    // The pipeline's signals.
    std::function<void(const OrderLink &)> orderChanged;
    std::function<void(const SyncEvent &)> eventRecorded;

    // This cycle's working state.
    CycleReport report;
    // When this cycle began, on the steady clock: CartonCloud change searches begun since are
    // shared with this integration (WmsClient::changesBetween).
    std::chrono::milliseconds cycleStartedSteady {0};
    // A person asked for this cycle: CartonCloud's changes are read afresh (IntegrationPipeline::syncNow).
    bool freshChangeSearch = false;
    // Links whose tracking is written, or absent: completion waits for these.
    QSet<qint64> trackingSettled;
    // Set when the pipeline stops: a stage checks it after every co_await and ends there.
    bool stopping = false;

    void beginCycle();

    // Starts a client call and suspends until it answers (CallAwaiter). `start` gets the call's
    // context object and the callback to pass on.
    template<typename T, typename Start> net::ResultAwaiter<T> call(Start start)
    {
        return net::ResultAwaiter<T>(m_calls.get(), std::move(start));
    }
    template<typename Start> net::HttpAwaiter httpCall(Start start)
    {
        return net::HttpAwaiter(m_calls.get(), std::move(start));
    }
    // Every stage awaiting a call is resumed now with "cancelled", sees `stopping` and ends.
    void cancelCalls();

    // False when this engine's lease on the integration may have lapsed: nothing that changes the
    // far side may be sent then (PipelineOptions::mayWrite).
    bool mayWrite() const;
    // Whether tracking goes to the store: asked for, and the store has a tracking plugin.
    bool trackingWanted() const;

    bool saveLink(OrderLink &link);
    void needsAttention(OrderLink &link, const QString &reason);
    // Done with: WooCommerce took the order elsewhere (cancelled, refunded …), or Wharf stopped it.
    void leaveAlone(OrderLink &link, const QString &reason, const QString &kind = QStringLiteral("order.left-alone"));
    void record(const OrderLink *link, const QString &kind, const QString &message,
                SyncEvent::Severity severity = SyncEvent::Severity::Info);
    // The customer's name for sentences; read once per cycle (a rename shows from the next).
    QString customerName();

    // Orders read from the store this cycle, and when: a create uses what was read moments ago
    // and reads again what is older (PipelineOptions::orderFreshness).
    void remember(const woo::WooOrder &order);
    void forget(qint64 orderId);
    std::optional<woo::WooOrder> recentOrder(qint64 orderId) const;

    // The customer's CartonCloud product codes, read at most once per cycle and only when an order
    // is to be judged: an idle cycle costs no request. When CartonCloud cannot say, orders are not
    // held back: it refuses unknown codes itself, in its own words.
    QCoro::Task<> readProductCodes();
    const QSet<QString> &productCodes() const { return m_productCodes; }
    bool productCodesKnown() const { return m_productCodesKnown; }

private:
    std::unique_ptr<QObject> m_calls;
    QHash<qint64, woo::WooOrder> m_listed; // by WooCommerce order id
    QHash<qint64, qint64> m_listedAtMs; // when each was read, on m_cycleClock
    QElapsedTimer m_cycleClock;
    QSet<QString> m_productCodes;
    bool m_productCodesKnown = false;
    bool m_productCodesRead = false;
    QString m_customerName;
};

} // namespace wharf
