#include "core/sync/trackingstage.h"

#include "core/store/orderlinkrepository.h"
#include "core/store/trackingentryrepository.h"
#include "core/sync/carriermatcher.h"
#include "core/sync/pipelinecontext.h"
#include "core/wms/wmsclient.h"
#include "core/woo/wooclient.h"

#include <algorithm>

namespace wharf {

namespace {
// Whether a failure to write an order's tracking is that order's own (the store refused this
// entry, or the order is gone) rather than the integration's (the store is down, the key refused).
bool isOrdersOwn(const net::ApiError &error)
{
    using Kind = net::ApiError::Kind;
    return !(error.isTransient() || error.kind == Kind::Auth || error.kind == Kind::Permission
             || error.kind == Kind::Tls || error.kind == Kind::RateLimited);
}
} // namespace

TrackingStage::TrackingStage(PipelineContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

QCoro::Task<StageOutcome> TrackingStage::run()
{
    PipelineContext &context = m_context;
    const QString notSent = tr("Wharf could not confirm that it still syncs this integration; no tracking was sent.");
    if (!context.mayWrite())
        co_return StageOutcome::abandoned(notSent);
    const bool trackingWanted = context.trackingWanted();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Every cycle: packed orders (tracking comes any moment) and dispatched ones still to be
    // completed (completion waits for their tracking). Less and less often, for the follow period:
    // dispatched orders, completed or not, whose tracking CartonCloud may still add or change.
    QList<OrderLink> candidates;
    QSet<qint64> taken;
    const OrderLinkRepository links(context.database);
    for (const OrderLink &link : links.inState(context.integration.id, OrderLink::State::Created)) {
        if (link.wmsStatus == QLatin1String("PACKED")
            || (link.wmsStatus == QLatin1String("DISPATCHED") && context.integration.completeOnDispatch)) {
            candidates.append(link);
            taken.insert(link.id);
        }
    }
    QSet<qint64> followed;
    if (trackingWanted) {
        const auto period = std::chrono::duration_cast<std::chrono::seconds>(context.options.trackingFollowPeriod);
        for (const OrderLink &link :
             links.trackingFollowed(context.integration.id, now.addSecs(-period.count()), now)) {
            followed.insert(link.id);
            if (!taken.contains(link.id))
                candidates.append(link);
        }
    }
    if (!trackingWanted || candidates.isEmpty()) {
        for (const OrderLink &link : std::as_const(candidates))
            context.trackingSettled.insert(link.id);
        co_return StageOutcome::done();
    }

    QStringList wmsOrderIds;
    QList<qint64> linkIds;
    for (const OrderLink &link : std::as_const(candidates)) {
        wmsOrderIds.append(link.wmsOrderId);
        linkIds.append(link.id);
    }
    const auto read = co_await context.call<QList<wms::ConsignmentTracking>>(
        [&](QObject *receiver, auto done) { context.wms->consignmentTracking(wmsOrderIds, receiver, done); });
    if (context.stopping)
        co_return StageOutcome::stopped();
    if (!read.ok())
        co_return StageOutcome::failed(StageOutcome::Service::CartonCloud, read.error);

    // Consignments with tracking, by outbound order, in a stable order: an order shipped in three
    // consignments keeps three entries, each changed only when its own tracking does.
    QHash<QString, QList<wms::ConsignmentTracking>> byOrder;
    for (const wms::ConsignmentTracking &consignment : read.value) {
        if (consignment.hasTracking() && consignment.status != QLatin1String("CANCELLED"))
            byOrder[consignment.outboundOrderId].append(consignment);
    }
    for (QList<wms::ConsignmentTracking> &consignments : byOrder) {
        std::sort(consignments.begin(), consignments.end(),
                  [](const auto &a, const auto &b) { return a.consignmentId < b.consignmentId; });
    }
    const TrackingEntryRepository entryRepository(context.database);
    const QHash<qint64, QList<TrackingEntry>> entries = entryRepository.forLinks(linkIds);
    const QDateTime checkedAt = QDateTime::currentDateTimeUtc();
    QList<Job> jobs;
    for (OrderLink link : std::as_const(candidates)) {
        if (followed.contains(link.id)) {
            // The next look: half the time since dispatch, at least the minimum, at most a day.
            const qint64 minimum = context.options.trackingCheckMinInterval.count();
            const qint64 age = std::max<qint64>(0, link.dispatchedAt.msecsTo(checkedAt));
            const qint64 wait = std::clamp<qint64>(age / 2, minimum, std::max<qint64>(minimum, 24LL * 3600 * 1000));
            link.trackingCheckAt = checkedAt.addMSecs(wait);
            context.saveLink(link);
        }
        QList<TrackingEntry> known = entries.value(link.id);
        Job job;
        job.link = link;
        for (const wms::ConsignmentTracking &consignment : byOrder.value(link.wmsOrderId)) {
            auto entry = std::find_if(known.begin(), known.end(), [&](const TrackingEntry &e) {
                return e.consignmentId == consignment.consignmentId;
            });
            if (entry == known.end()) {
                // Written by an older Wharf before consignments were told apart: it belongs to the
                // consignment whose number it carries.
                entry = std::find_if(known.begin(), known.end(), [&](const TrackingEntry &e) {
                    return e.consignmentId.isEmpty() && e.trackingNumber == consignment.trackingNumber;
                });
                if (entry != known.end() && entryRepository.assignConsignment(link.id, consignment.consignmentId))
                    entry->consignmentId = consignment.consignmentId;
            }
            Write write;
            write.consignment = consignment;
            if (entry != known.end()) {
                if (entry->state == TrackingEntry::State::Written
                    && entry->sameTracking(consignment.trackingNumber, consignment.carrier, consignment.url))
                    continue;
                write.entry = *entry;
            }
            job.writes.append(write);
        }
        // No tracking yet (a dispatched order is completed without it: the plugin is not needed
        // for that, seed "Fulfilment"), or all of it is written already.
        if (job.writes.isEmpty()) {
            context.trackingSettled.insert(link.id);
            continue;
        }
        jobs.append(job);
    }
    if (jobs.isEmpty())
        co_return StageOutcome::done();

    if (!m_providersRead) {
        const qint64 anyOrderId = jobs.constFirst().link.wooOrderId;
        const auto providers = co_await context.call<QList<woo::TrackingProvider>>(
            [&](QObject *receiver, auto done) { context.woo->trackingProviders(anyOrderId, receiver, done); });
        if (context.stopping)
            co_return StageOutcome::stopped();
        // Without the list every carrier is sent as a custom one, with its link.
        m_providersRead = providers.ok();
        if (providers.ok())
            m_providers = providers.value;
    }
    for (Job &job : jobs) {
        if (!context.mayWrite())
            co_return StageOutcome::abandoned(notSent);
        const StageOutcome written = co_await writeJob(job);
        if (!written.proceeds())
            co_return written;
    }
    co_return StageOutcome::done();
}

QCoro::Task<StageOutcome> TrackingStage::writeJob(Job &job)
{
    for (qsizetype index = 0; index < job.writes.size(); ++index) {
        const StageOutcome written = co_await writeConsignment(job, index);
        if (written.kind == StageOutcome::Kind::Failed && written.service == StageOutcome::Service::Store
            && isOrdersOwn(written.error))
            co_return co_await orderRefused(job, index, written.error); // not settled: not completed this cycle
        if (!written.proceeds())
            co_return written;
    }
    finishJob(job);
    co_return StageOutcome::done();
}

QCoro::Task<StageOutcome> TrackingStage::writeConsignment(Job &job, qsizetype index)
{
    PipelineContext &context = m_context;
    Write &write = job.writes[index];
    const qint64 orderId = job.link.wooOrderId;

    // Interrupted while adding this entry: it may be in the store already. Look once per order.
    if (write.entry && write.entry->state == TrackingEntry::State::Writing) {
        if (!job.storeEntries) {
            const auto listed = co_await context.call<QList<woo::TrackingItem>>(
                [&](QObject *receiver, auto done) { context.woo->listTracking(orderId, receiver, done); });
            if (context.stopping)
                co_return StageOutcome::stopped();
            if (!listed.ok())
                co_return StageOutcome::failed(StageOutcome::Service::Store, listed.error);
            job.storeEntries = listed.value;
        }
        TrackingEntry entry = *write.entry;
        entry.state = TrackingEntry::State::Written;
        entry.wooTrackingId.clear();
        for (const woo::TrackingItem &item : std::as_const(*job.storeEntries)) {
            if (item.number.trimmed() == entry.trackingNumber.trimmed())
                entry.wooTrackingId = item.trackingId;
        }
        if (entry.wooTrackingId.isEmpty()) {
            write.entry.reset(); // never arrived: add it
        } else {
            TrackingEntryRepository(context.database).save(entry);
            write.entry = entry;
            if (entry.sameTracking(write.consignment.trackingNumber, write.consignment.carrier, write.consignment.url))
                co_return StageOutcome::done();
        }
    }

    if (write.entry && !write.entry->wooTrackingId.isEmpty()) {
        // Changed tracking: the consignment's old entry goes first, so the order never shows two
        // entries for one consignment.
        const QString trackingId = write.entry->wooTrackingId;
        const auto deleted = co_await context.call<net::Done>(
            [&](QObject *receiver, auto done) { context.woo->deleteTracking(orderId, trackingId, receiver, done); });
        if (context.stopping)
            co_return StageOutcome::stopped();
        if (!deleted.ok() && deleted.error.kind != net::ApiError::Kind::NotFound)
            co_return StageOutcome::failed(StageOutcome::Service::Store, deleted.error);
    }
    co_return co_await addEntry(job, index);
}

QCoro::Task<StageOutcome> TrackingStage::addEntry(Job &job, qsizetype index)
{
    PipelineContext &context = m_context;
    if (!context.mayWrite())
        co_return StageOutcome::abandoned(
            tr("Wharf could not confirm that it still syncs this integration; no tracking was sent."));
    const wms::ConsignmentTracking pending = job.writes.at(index).consignment;
    TrackingEntry entry;
    entry.orderLinkId = job.link.id;
    entry.consignmentId = pending.consignmentId;
    entry.trackingNumber = pending.trackingNumber;
    entry.carrier = pending.carrier;
    entry.url = pending.url;
    entry.state = TrackingEntry::State::Writing;
    // Recorded before the request leaves: a crash after the store took it finds "writing" and
    // looks instead of adding a second entry.
    if (!TrackingEntryRepository(context.database).save(entry))
        co_return StageOutcome::failed(
            StageOutcome::Service::Store,
            net::ApiError::make(net::ApiError::Kind::Transient,
                                tr("Wharf could not record the tracking before sending it.")));
    woo::TrackingItem item;
    item.number = pending.trackingNumber;
    item.dateShipped = QDate::currentDate();
    const QString provider = CarrierMatcher(m_providers).match(pending.carrier);
    if (!provider.isEmpty()) {
        item.provider = provider;
    } else {
        item.customProvider = pending.carrier.isEmpty() ? tr("Carrier") : pending.carrier;
        item.customLink = pending.url;
    }
    const qint64 orderId = job.link.wooOrderId;
    const auto added = co_await context.call<woo::TrackingItem>(
        [&](QObject *receiver, auto done) { context.woo->addTracking(orderId, item, receiver, done); });
    if (context.stopping)
        co_return StageOutcome::stopped();
    if (!added.ok())
        co_return StageOutcome::failed(StageOutcome::Service::Store, added.error);
    entry.wooTrackingId = added.value.trackingId;
    entry.state = TrackingEntry::State::Written;
    TrackingEntryRepository(context.database).save(entry);
    job.writes[index].entry = entry;
    ++context.report.trackingSent;
    context.record(&job.link, QStringLiteral("tracking.sent"),
                   tr("Tracking %1 (%2) sent to WooCommerce for order %3.")
                       .arg(entry.trackingNumber, entry.carrier.isEmpty() ? tr("no carrier named") : entry.carrier,
                            job.link.wooOrderNumber));
    co_return StageOutcome::done();
}

QCoro::Task<StageOutcome> TrackingStage::orderRefused(const Job &job, qsizetype index, const net::ApiError &error)
{
    PipelineContext &context = m_context;
    const OrderLink link = job.link;
    const QString number = job.writes.at(index).consignment.trackingNumber;
    if (!error.serverCode.endsWith(QLatin1String("_invalid_id"))) {
        trackingRefused(link, number, error);
        co_return StageOutcome::done();
    }
    // "Invalid ID" may mean the order was deleted, but Advanced Shipment Tracking also answers it
    // for some numbers and for custom order numbers (woocommerce-api.md §6.3): ask the store.
    const auto read = co_await context.call<QList<woo::WooOrder>>(
        [&](QObject *receiver, auto done) { context.woo->getOrders({link.wooOrderId}, receiver, done); });
    if (context.stopping)
        co_return StageOutcome::stopped();
    if (!read.ok())
        co_return StageOutcome::failed(StageOutcome::Service::Store, read.error);
    if (read.value.isEmpty())
        orderGoneFromStore(link);
    else
        trackingRefused(link, number, error);
    co_return StageOutcome::done();
}

void TrackingStage::trackingRefused(const OrderLink &written, const QString &number, const net::ApiError &error)
{
    PipelineContext &context = m_context;
    std::optional<OrderLink> link = OrderLinkRepository(context.database).findById(written.id);
    if (!link)
        return;
    const QString reason = tr("WooCommerce did not take tracking %1 for order %2: %3 Wharf tries again later; Retry "
                              "tries at once.")
                               .arg(number, link->wooOrderNumber, error.sentence);
    if (link->state == OrderLink::State::Created) {
        // Attention with the reason; the order is tried again after the attention back-off.
        context.needsAttention(*link, reason);
        return;
    }
    // Completed already, and followed for changed tracking: said in the activity.
    context.record(&*link, QStringLiteral("tracking.refused"), reason, SyncEvent::Severity::Warning);
}

void TrackingStage::orderGoneFromStore(const OrderLink &written)
{
    PipelineContext &context = m_context;
    std::optional<OrderLink> gone = OrderLinkRepository(context.database).findById(written.id);
    if (!gone)
        return;
    if (gone->state == OrderLink::State::Created) {
        gone->state = OrderLink::State::LeftAlone;
        gone->reason = tr("Order %1 no longer exists in WooCommerce, so its tracking was not written and it was not "
                          "completed.")
                           .arg(gone->wooOrderNumber);
        gone->reasonSince = QDateTime::currentDateTimeUtc();
        ++context.report.leftAlone;
    }
    gone->dispatchedAt = {}; // no longer followed
    context.saveLink(*gone);
    context.record(
        &*gone, QStringLiteral("order.left-alone"),
        tr("Order %1 no longer exists in WooCommerce; its tracking is no longer followed.").arg(gone->wooOrderNumber),
        SyncEvent::Severity::Warning);
}

void TrackingStage::finishJob(const Job &job)
{
    PipelineContext &context = m_context;
    const QList<TrackingEntry> entries =
        TrackingEntryRepository(context.database).forLinks({job.link.id}).value(job.link.id);
    if (std::optional<OrderLink> link = OrderLinkRepository(context.database).findById(job.link.id)) {
        QStringList numbers;
        for (const TrackingEntry &entry : entries)
            numbers.append(entry.trackingNumber);
        link->trackingNumber = numbers.join(QStringLiteral(", "));
        if (!entries.isEmpty()) {
            link->trackingCarrier = entries.constFirst().carrier;
            link->trackingUrl = entries.constFirst().url;
            link->wooTrackingId = entries.constFirst().wooTrackingId;
        }
        context.saveLink(*link);
    }
    context.trackingSettled.insert(job.link.id);
}

} // namespace wharf
