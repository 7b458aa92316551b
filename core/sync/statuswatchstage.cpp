#include "core/sync/statuswatchstage.h"

#include "core/store/cursorrepository.h"
#include "core/store/orderlinkrepository.h"
#include "core/store/writebatch.h"
#include "core/sync/pipelinecontext.h"
#include "core/sync/pipelinecursors.h"
#include "core/wms/outboundorder.h"
#include "core/wms/outboundorderchanges.h"
#include "core/wms/wmsclient.h"

#include <algorithm>

namespace wharf {

namespace {
// How often a change search cut short by its page cap is narrowed within one cycle.
constexpr int kMaxWindowNarrowings = 12;
} // namespace

StatusWatchStage::StatusWatchStage(PipelineContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

QCoro::Task<StageOutcome> StatusWatchStage::run()
{
    PipelineContext &context = m_context;
    const CursorRepository cursors(context.database);
    const QString cursor = cursors.value(context.integration.id, PipelineCursors::CartonCloud);
    const qint64 overlap = PipelineCursors::overlapSeconds(context.options);
    const QDateTime since =
        (cursor.isEmpty() ? context.integration.createdAt : QDateTime::fromString(cursor, Qt::ISODateWithMs))
            .addSecs(-overlap);
    QDateTime until; // open: up to now
    // A search of the customer begun a moment before this cycle serves it too, unless a person asked.
    const std::chrono::milliseconds notBefore = context.cycleStartedSteady
        - (context.freshChangeSearch ? std::chrono::milliseconds(0) : context.options.changeSearchReuse);

    for (int narrowings = 0;; ++narrowings) {
        const auto searched = co_await context.call<wms::OutboundOrderChanges>([&](QObject *receiver, auto done) {
            context.wms->changesBetween(context.integration.customerId, since, until, receiver, done, notBefore);
        });
        if (context.stopping)
            co_return StageOutcome::stopped();
        if (!searched.ok())
            co_return StageOutcome::failed(StageOutcome::Service::CartonCloud, searched.error);
        QDateTime newest;
        if (!applyStatusChanges(searched.value.orders, &newest))
            co_return StageOutcome::failed(
                StageOutcome::Service::CartonCloud,
                net::ApiError::make(net::ApiError::Kind::Transient,
                                    tr("Wharf could not record CartonCloud's order statuses in its data file.")));
        if (searched.value.complete) {
            // Everything in the window was read: the cursor moves to its end (an open window ends
            // at the newest change CartonCloud showed, in CartonCloud's own clock).
            const QDateTime readThrough = until.isValid() ? until : newest;
            if (readThrough.isValid())
                cursors.setValue(context.integration.id, PipelineCursors::CartonCloud,
                                 readThrough.toString(Qt::ISODateWithMs));
            co_return StageOutcome::done();
        }
        // More changes than one search reads (MaxPages), in no documented order: what was read is
        // applied, but the cursor may not pass an order not read. The window is cut where half of
        // what was read lies, and read again, until a window is read whole.
        QList<QDateTime> times;
        for (const wms::OutboundOrder &order : searched.value.orders) {
            if (order.modified.isValid() && order.modified > since)
                times.append(order.modified);
        }
        // The cut must lie beyond the next cycle's start (the window's start plus the overlap), or
        // the cursor could not move.
        std::sort(times.begin(), times.end());
        const QDateTime progress = since.addSecs(overlap);
        QDateTime cut;
        for (qsizetype i = times.size() / 2; i < times.size() && !cut.isValid(); ++i) {
            if (times.at(i) > progress)
                cut = times.at(i);
        }
        // What was read may be mostly changes already known (the overlap): then the smallest
        // window that still moves the cursor.
        if (!cut.isValid())
            cut = progress.addSecs(1);
        if (narrowings >= kMaxWindowNarrowings || !cut.isValid() || (until.isValid() && cut >= until)) {
            context.record(nullptr, QStringLiteral("integration.changes-capped"),
                           tr("CartonCloud reported more changed orders than Wharf reads in one cycle; the rest are "
                              "read in the next cycles, none skipped."),
                           SyncEvent::Severity::Warning);
            co_return StageOutcome::done();
        }
        until = cut;
    }
}

bool StatusWatchStage::applyStatusChanges(const QList<wms::OutboundOrder> &orders, QDateTime *newestChange)
{
    PipelineContext &context = m_context;
    WriteBatch batch(context.database);
    const OrderLinkRepository repository(context.database);
    QDateTime newest;
    for (const wms::OutboundOrder &order : orders) {
        if (order.modified.isValid() && (!newest.isValid() || order.modified > newest))
            newest = order.modified;
        std::optional<OrderLink> link = repository.findByWmsOrderId(context.integration.id, order.id);
        if (!link || link->wmsStatus == order.status)
            continue;
        // A change in WooCommerce after hand-off waits for a person, whatever CartonCloud does.
        if (link->state == OrderLink::State::NeedsAttention && order.status != QLatin1String("REJECTED")
            && link->wooChange.isEmpty()) {
            // Resolved in CartonCloud: back on the normal path.
            link->state = OrderLink::State::Created;
            link->reason.clear();
        }
        saveStatus(context, *link, order.status);
    }
    *newestChange = newest;
    return batch.commit();
}

void StatusWatchStage::saveStatus(PipelineContext &context, OrderLink &link, const QString &status)
{
    const QString before = link.wmsStatus;
    link.wmsStatus = status;
    if (status == QLatin1String("DISPATCHED") && !link.dispatchedAt.isValid())
        link.dispatchedAt = QDateTime::currentDateTimeUtc();
    context.saveLink(link);
    if (status == before)
        return;
    ++context.report.statusChanges;
    context.record(&link,
                   status == QLatin1String("PACKED")           ? QStringLiteral("order.packed")
                       : status == QLatin1String("DISPATCHED") ? QStringLiteral("order.dispatched")
                                                               : QStringLiteral("order.status"),
                   tr("Order %1 is %2 in CartonCloud (was %3).")
                       .arg(link.wooOrderNumber, status, before.isEmpty() ? tr("new") : before));
}

} // namespace wharf
