#include "core/sync/creationstage.h"

#include "core/logging.h"
#include "core/store/orderlinkrepository.h"
#include "core/store/writebatch.h"
#include "core/sync/handoffsnapshot.h"
#include "core/sync/ordermapper.h"
#include "core/sync/pipelinecontext.h"
#include "core/wms/createoutcome.h"
#include "core/wms/outboundorder.h"
#include "core/wms/wmsclient.h"
#include "core/woo/wooclient.h"
#include "core/woo/woorefund.h"

#include <QJsonObject>

namespace wharf {

namespace {
const QString kRejected = QStringLiteral("REJECTED");
const QString kDispatched = QStringLiteral("DISPATCHED");
} // namespace

CreationStage::CreationStage(PipelineContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

QCoro::Task<StageOutcome> CreationStage::run()
{
    PipelineContext &context = m_context;
    const OrderLinkRepository links(context.database);
    // Everything waiting: new orders, orders interrupted in a create, and orders needing attention
    // whose next attempt is due. Those CartonCloud has (rejected) are looked at there, never sent
    // again while they exist.
    m_queue.clear();
    m_rateLimitedCreates = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const OrderLink &link :
         links.inStates(context.integration.id,
                        {OrderLink::State::Creating, OrderLink::State::Received, OrderLink::State::NeedsAttention})) {
        if (link.state == OrderLink::State::NeedsAttention && link.nextAttemptAt.isValid() && link.nextAttemptAt > now)
            continue;
        m_queue.push_back(link.id);
    }

    while (!m_queue.empty()) {
        if (context.stopping)
            co_return StageOutcome::stopped();
        const std::optional<OrderLink> found = links.findById(m_queue.front());
        m_queue.pop_front();
        if (!found)
            continue;
        OrderLink link = *found;
        StageOutcome outcome;
        if (putBackOnCourse(link))
            continue;
        if (link.state == OrderLink::State::NeedsAttention && !link.wooChange.isEmpty()) {
            // Changed in WooCommerce after hand-off and waiting for a person (Retry).
            if (link.attempts > 0)
                continue;
        }
        if (link.state == OrderLink::State::NeedsAttention && !link.wmsOrderId.isEmpty()) {
            outcome = co_await recheckRejected(link);
        } else if (link.state == OrderLink::State::Creating) {
            // Too fresh to search for: the create may still be committed, or not yet searchable.
            // It waits for a later cycle; nothing is sent for it meanwhile.
            const QDateTime searchable = link.updatedAt.addMSecs(context.options.interruptedCreateGuard.count());
            if (link.updatedAt.isValid() && searchable > QDateTime::currentDateTimeUtc()) {
                qCInfo(lcSync) << "order" << link.wooOrderNumber
                               << "was interrupted in a create; searching for it after"
                               << searchable.toString(Qt::ISODateWithMs);
                continue;
            }
            outcome = co_await resolveInterruptedCreate(link);
        } else {
            outcome = co_await sendIfWanted(link);
        }
        if (!outcome.proceeds())
            co_return outcome;
    }
    co_return StageOutcome::done();
}

QString CreationStage::deletedInCartonCloud(const QString &wooOrderNumber)
{
    return tr("Order %1 was deleted in CartonCloud. Press Retry to send it again.").arg(wooOrderNumber);
}

void CreationStage::putBackOnCourse()
{
    PipelineContext &context = m_context;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    WriteBatch batch(context.database);
    for (OrderLink link :
         OrderLinkRepository(context.database).inState(context.integration.id, OrderLink::State::NeedsAttention)) {
        if (!link.wmsOrderId.isEmpty() && !(link.nextAttemptAt.isValid() && link.nextAttemptAt > now))
            putBackOnCourse(link);
    }
    batch.commit();
}

bool CreationStage::putBackOnCourse(OrderLink &link)
{
    PipelineContext &context = m_context;
    if (link.state != OrderLink::State::NeedsAttention)
        return false;
    if (!link.wooChange.isEmpty()) {
        // Changed in WooCommerce after hand-off (IntakeStage::noticeChanges): it waits for a
        // person. Retry (attempts 0) says it was seen to, and it goes on as usual.
        if (link.attempts > 0)
            return false;
        link.wooChange.clear();
        context.record(&link, QStringLiteral("order.carry-on"),
                       tr("Order %1 carries on after its change in WooCommerce was seen to.").arg(link.wooOrderNumber));
        if (link.wmsStatus == kRejected) {
            // Rejected in CartonCloud as well: looked at there (run()), as any rejected order.
            context.saveLink(link);
            return false;
        }
        link.reason.clear();
        link.state = OrderLink::State::Created;
        context.saveLink(link);
        return true;
    }
    if (!link.wmsOrderId.isEmpty() && !link.wmsStatus.isEmpty() && link.wmsStatus != kRejected) {
        // In CartonCloud and not rejected: its tracking was refused. Back on the normal path, so
        // that this cycle's tracking stage tries again.
        link.state = OrderLink::State::Created;
        context.saveLink(link);
        return true;
    }
    return false;
}

QCoro::Task<net::Result<std::optional<woo::WooOrder>>> CreationStage::currentOrder(const OrderLink &link)
{
    using Current = net::Result<std::optional<woo::WooOrder>>;
    PipelineContext &context = m_context;
    // Creates are paced (30 a minute per API client), so the listing may be minutes old by an
    // order's turn, and an order cancelled meanwhile must not reach the warehouse. The next page
    // of the queue is read in the same request: one request per hundred orders.
    if (const std::optional<woo::WooOrder> recent = context.recentOrder(link.wooOrderId))
        co_return Current::success(recent);
    QList<qint64> ids {link.wooOrderId};
    const OrderLinkRepository links(context.database);
    for (auto it = m_queue.cbegin(); it != m_queue.cend() && ids.size() < woo::WooClient::PageSize; ++it) {
        if (const std::optional<OrderLink> queued = links.findById(*it))
            ids.append(queued->wooOrderId);
    }
    const auto read = co_await context.call<QList<woo::WooOrder>>(
        [&](QObject *receiver, auto done) { context.woo->getOrders(ids, receiver, done); });
    if (!read.ok())
        co_return Current::failure(read.error);
    for (const qint64 id : std::as_const(ids))
        context.forget(id); // not in the answer: deleted, or in the trash
    std::optional<woo::WooOrder> wanted;
    for (const woo::WooOrder &order : read.value) {
        context.remember(order);
        if (order.id == link.wooOrderId)
            wanted = order;
    }
    co_return Current::success(wanted);
}

QCoro::Task<StageOutcome> CreationStage::sendIfWanted(OrderLink link)
{
    PipelineContext &context = m_context;
    const auto current = co_await currentOrder(link);
    if (context.stopping)
        co_return StageOutcome::stopped();
    if (!current.ok())
        co_return StageOutcome::failed(StageOutcome::Service::Store, current.error);
    const std::optional<woo::WooOrder> &order = current.value;

    static const QStringList gone {QStringLiteral("cancelled"), QStringLiteral("refunded"), QStringLiteral("failed"),
                                   QStringLiteral("trash"), QStringLiteral("completed")};
    if (!order || gone.contains(order->status)) {
        // Cancelled, refunded, completed by hand or deleted before it reached CartonCloud.
        context.leaveAlone(link,
                           order ? tr("Order %1 is now \"%2\" in WooCommerce, so it was not sent to CartonCloud.")
                                       .arg(link.wooOrderNumber, order->status)
                                 : tr("Order %1 no longer exists in WooCommerce, so it was not sent to CartonCloud.")
                                       .arg(link.wooOrderNumber));
        co_return StageOutcome::done();
    }
    if (order->status != QLatin1String("processing")) {
        // On hold, pending payment…: often back in processing after a payment or fraud check. It
        // waits, looked at each cycle, and is sent once it is in processing again.
        const QString reason =
            tr("Order %1 is \"%2\" in WooCommerce; it is sent to CartonCloud when it is in processing again.")
                .arg(link.wooOrderNumber, order->status);
        link.state = OrderLink::State::Received; // an interrupted create found nothing: never sent
        if (link.reason != reason) {
            link.reason = reason;
            link.reasonSince = QDateTime::currentDateTimeUtc();
            context.record(&link, QStringLiteral("order.waiting"), reason);
        }
        context.saveLink(link);
        co_return StageOutcome::done();
    }

    // Refunded units are not taken off the order's own lines (woocommerce-api.md §3.3): an order
    // with refunds has them read — one request, and only then, since the order's refunds[] says
    // whether there are any — and goes with what is left. Unread, nothing is sent: gross
    // quantities would ship goods already paid back.
    OrderMapper::Netted netted {*order, {}, {}};
    if (order->hasRefunds()) {
        const qint64 orderId = order->id;
        const auto refunds = co_await context.call<QList<woo::WooRefund>>(
            [&](QObject *receiver, auto done) { context.woo->listRefunds(orderId, receiver, done); });
        if (context.stopping)
            co_return StageOutcome::stopped();
        if (!refunds.ok())
            co_return StageOutcome::failed(StageOutcome::Service::Store, refunds.error);
        netted = OrderMapper::netOfRefunds(*order, refunds.value);
        if (!netted.unattributed.isEmpty()) {
            QStringList ids;
            for (const qint64 id : std::as_const(netted.unattributed))
                ids.append(QString::number(id));
            context.needsAttention(link,
                                   tr("Order %1: Wharf cannot tell which of the order's lines refund %2 took back, "
                                      "so it cannot tell what is left to send. Check the refund in WooCommerce, then "
                                      "press Retry, or send the order by hand.")
                                       .arg(link.wooOrderNumber, ids.join(QStringLiteral(", "))));
            co_return StageOutcome::done();
        }
        if (netted.order.lineItems.isEmpty()) {
            context.leaveAlone(link,
                               tr("Order %1 was refunded in full in WooCommerce before it was sent, so it was not sent "
                                  "to CartonCloud. %2")
                                   .arg(link.wooOrderNumber, netted.notes.join(QLatin1Char(' '))));
            co_return StageOutcome::done();
        }
    }

    co_await context.readProductCodes();
    if (context.stopping)
        co_return StageOutcome::stopped();
    const OrderMapper::Verdict verdict =
        OrderMapper::verdict(netted.order, context.productCodes(), context.productCodesKnown(), context.customerName());
    if (verdict.kind == OrderMapper::Verdict::Kind::Skip) {
        link.state = OrderLink::State::Skipped;
        link.reason = verdict.reason;
        context.saveLink(link);
        co_return StageOutcome::done();
    }
    if (verdict.kind == OrderMapper::Verdict::Kind::Attention) {
        context.needsAttention(link, verdict.reason);
        co_return StageOutcome::done();
    }
    link.reason.clear();
    // The order as WooCommerce shows it (gross lines, with its refunds so far), to tell later
    // changes by (IntakeStage::noticeChanges): its listings always show gross lines.
    link.handOffSnapshot = HandOffSnapshot::of(*order).toText();
    co_return co_await createOne(link, netted.order, netted.notes.join(QLatin1Char(' ')));
}

QCoro::Task<StageOutcome> CreationStage::createOne(OrderLink link, const woo::WooOrder &order, QString netting)
{
    PipelineContext &context = m_context;
    const QString notSent = tr("Wharf could not confirm that it still syncs this integration; nothing was sent.");
    if (!context.mayWrite())
        co_return StageOutcome::abandoned(notSent);
    const QJsonObject payload = OrderMapper::payload(order, context.integration, link.reference);

    // Decided when the create's slot in the API client's budget comes, which may be a minute
    // later: the lease is checked again then, and the link is recorded "creating" (and synced to
    // disk) right before the request leaves. Whatever happens next, a restart finds the link in
    // "creating" and searches before it sends anything again.
    enum class Veto { None, NotOwner, NotRecorded };
    Veto veto = Veto::None;
    auto beforeSend = [&context, &veto, link]() mutable {
        if (context.stopping || !context.mayWrite()) {
            veto = Veto::NotOwner;
            return false;
        }
        link.state = OrderLink::State::Creating;
        if (!context.saveLink(link)) {
            veto = Veto::NotRecorded;
            return false;
        }
        return true;
    };
    const auto created = co_await context.call<wms::CreateOutcome>(
        [&](QObject *receiver, auto done) { context.wms->createOutboundOrder(payload, receiver, done, beforeSend); });
    if (context.stopping)
        co_return StageOutcome::stopped();
    if (veto == Veto::NotOwner)
        co_return StageOutcome::abandoned(notSent);
    if (veto == Veto::NotRecorded)
        co_return StageOutcome::failed(StageOutcome::Service::CartonCloud,
                                       net::ApiError::make(net::ApiError::Kind::Transient,
                                                           tr("Wharf could not record the order before sending it.")));
    link.state = OrderLink::State::Creating;

    if (created.ok() && created.value.kind == wms::CreateOutcome::Kind::Duplicate)
        co_return co_await adoptDuplicate(link, created.value);
    if (created.ok()) {
        recordOutcome(link, created.value);
        // Said once the order is there, so that a create tried again does not say it twice.
        if (!netting.isEmpty() && created.value.kind != wms::CreateOutcome::Kind::Duplicate)
            context.record(&link, QStringLiteral("order.netted"), tr("Order %1: %2").arg(link.wooOrderNumber, netting));
        co_return StageOutcome::done();
    }
    const net::ApiError &error = created.error;
    if (wms::WmsClient::createOutcomeUnknown(error)) {
        // The order may exist now. It stays "creating"; the next cycle searches first.
        context.record(&link, QStringLiteral("order.create-unknown"),
                       tr("CartonCloud did not confirm order %1 (%2). Wharf will check whether it arrived before "
                          "sending it again.")
                           .arg(link.wooOrderNumber, error.sentence),
                       SyncEvent::Severity::Warning);
        co_return StageOutcome::failed(StageOutcome::Service::CartonCloud, error);
    }
    // A definite refusal: nothing was created.
    link.state = OrderLink::State::Received;
    context.saveLink(link);
    if (error.kind == net::ApiError::Kind::RateLimited) {
        // Someone else spends this API client's budget too. The client has held the budget (every
        // process's, through the database); this order and the ones after it wait for the next
        // cycle, while tracking and completion go on now. It is not the integration's fault: no
        // failed cycle, no health change.
        if (++m_rateLimitedCreates == 1)
            context.record(&link, QStringLiteral("order.create-waiting"),
                           tr("CartonCloud asked Wharf to slow down; order %1 and the orders after it will be sent "
                              "when the API client's limit allows.")
                               .arg(link.wooOrderNumber));
        m_queue.clear();
        co_return StageOutcome::done();
    }
    if (error.kind == net::ApiError::Kind::Validation || error.kind == net::ApiError::Kind::NotFound) {
        context.needsAttention(link, tr("CartonCloud refused order %1: %2").arg(link.wooOrderNumber, error.sentence));
        co_return StageOutcome::done();
    }
    co_return StageOutcome::failed(StageOutcome::Service::CartonCloud, error);
}

QCoro::Task<StageOutcome> CreationStage::recheckRejected(OrderLink link)
{
    PipelineContext &context = m_context;
    // An order CartonCloud created rejected (228) is never sent again while it exists: it is
    // looked at. Resolved there, it is followed as usual; deleted by the warehouse, it is sent anew
    // only when a person presses Retry (attempts 0), since deleting may mean "not wanted".
    const QString wmsOrderId = link.wmsOrderId;
    const auto read = co_await context.call<wms::OutboundOrder>(
        [&](QObject *receiver, auto done) { context.wms->getOutboundOrder(wmsOrderId, receiver, done); });
    if (context.stopping)
        co_return StageOutcome::stopped();
    // A Retry pressed while CartonCloud answered counts: read the link as it is now.
    if (std::optional<OrderLink> current = OrderLinkRepository(context.database).findById(link.id))
        link = *current;
    if (!read.ok() && read.error.kind != net::ApiError::Kind::NotFound)
        co_return StageOutcome::failed(StageOutcome::Service::CartonCloud, read.error);
    if (!read.ok()) {
        if (link.attempts > 0) {
            context.needsAttention(link, deletedInCartonCloud(link.wooOrderNumber));
            co_return StageOutcome::done();
        }
        const QString gone = link.wmsOrderId;
        link.wmsOrderId.clear();
        link.wmsStatus.clear();
        link.state = OrderLink::State::Received;
        link.reason.clear();
        context.saveLink(link);
        context.record(
            &link, QStringLiteral("order.resend"),
            tr("Order %1 was deleted in CartonCloud (%2); it is sent again, as asked.").arg(link.wooOrderNumber, gone));
        m_queue.push_front(link.id);
        co_return StageOutcome::done();
    }
    const wms::OutboundOrder &order = read.value;
    if (order.status != kRejected) {
        link.state = OrderLink::State::Created;
        link.wmsStatus = order.status;
        if (link.wmsStatus == kDispatched && !link.dispatchedAt.isValid())
            link.dispatchedAt = QDateTime::currentDateTimeUtc();
        link.reason.clear();
        link.attempts = 0;
        link.nextAttemptAt = {};
        context.saveLink(link);
        context.record(
            &link, QStringLiteral("order.resolved"),
            tr("Order %1 was resolved in CartonCloud and is %2 there.").arg(link.wooOrderNumber, order.status));
        co_return StageOutcome::done();
    }
    context.needsAttention(
        link,
        link.reason.isEmpty()
            ? tr("Order %1 is still rejected in CartonCloud: resolve it or delete it there.").arg(link.wooOrderNumber)
            : link.reason);
    co_return StageOutcome::done();
}

QCoro::Task<StageOutcome> CreationStage::resolveInterruptedCreate(OrderLink link)
{
    PipelineContext &context = m_context;
    const QString reference = link.reference;
    const QString customerId = context.integration.customerId;
    const auto found = co_await context.call<QList<wms::OutboundOrder>>(
        [&](QObject *receiver, auto done) { context.wms->findByReference(reference, customerId, receiver, done); });
    if (context.stopping)
        co_return StageOutcome::stopped();
    if (!found.ok())
        co_return StageOutcome::failed(StageOutcome::Service::CartonCloud, found.error);
    if (!found.value.isEmpty()) {
        wms::CreateOutcome outcome;
        outcome.order = found.value.constFirst();
        // A 228 whose answer was lost: the order is there, rejected.
        outcome.kind = outcome.order.status == kRejected ? wms::CreateOutcome::Kind::CreatedWithIssues
                                                         : wms::CreateOutcome::Kind::Created;
        context.record(&link, QStringLiteral("order.found"),
                       tr("Order %1 had reached CartonCloud before Wharf was interrupted; it was linked, not sent "
                          "again.")
                           .arg(link.wooOrderNumber));
        recordOutcome(link, outcome);
        co_return StageOutcome::done();
    }
    // Not there: the interrupted create never happened. The order is read again and judged as a
    // new one would be (it may have been cancelled meanwhile); sent, it is the first time.
    co_return co_await sendIfWanted(link);
}

QCoro::Task<StageOutcome> CreationStage::adoptDuplicate(OrderLink link, const wms::CreateOutcome &outcome)
{
    PipelineContext &context = m_context;
    // A 422 DUPLICATE names an order; it is this order only if it is this customer's and carries
    // this order's reference. Anything else (another customer's order, an order a person made by
    // hand with a clashing reference) is said, never silently linked. Its status is read too, so
    // that an order found already dispatched is still tracked and completed.
    const QString duplicateId = outcome.duplicateId;
    const auto read = co_await context.call<wms::OutboundOrder>(
        [&](QObject *receiver, auto done) { context.wms->getOutboundOrder(duplicateId, receiver, done); });
    if (context.stopping)
        co_return StageOutcome::stopped();
    if (!read.ok() && read.error.kind != net::ApiError::Kind::NotFound) {
        // Not known either way: the link stays "creating", and the next cycle searches.
        co_return StageOutcome::failed(StageOutcome::Service::CartonCloud, read.error);
    }
    const wms::OutboundOrder &order = read.value;
    if (!read.ok() || order.customerId != context.integration.customerId || order.reference != link.reference) {
        context.needsAttention(link,
                               tr("CartonCloud refused order %1 as a duplicate of outbound order %2, which is not "
                                  "this order (its customer or reference differs, or it is gone). Nothing was "
                                  "linked; check the outbound orders with reference %3 in CartonCloud.")
                                   .arg(link.wooOrderNumber, duplicateId, link.reference));
        co_return StageOutcome::done();
    }
    wms::CreateOutcome adopted = outcome;
    adopted.order = order;
    if (order.status == kRejected)
        adopted.kind = wms::CreateOutcome::Kind::CreatedWithIssues;
    recordOutcome(link, adopted);
    co_return StageOutcome::done();
}

void CreationStage::recordOutcome(OrderLink link, const wms::CreateOutcome &outcome)
{
    PipelineContext &context = m_context;
    link.wmsOrderId = outcome.orderId();
    link.attempts = 0;
    link.nextAttemptAt = {};
    switch (outcome.kind) {
    case wms::CreateOutcome::Kind::Created:
        link.state = OrderLink::State::Created;
        link.wmsStatus = outcome.order.status;
        if (link.wmsStatus == kDispatched)
            link.dispatchedAt = QDateTime::currentDateTimeUtc();
        link.reason.clear();
        context.saveLink(link);
        ++context.report.created;
        context.record(
            &link, QStringLiteral("order.created"),
            tr("Order %1 created in CartonCloud as %2.")
                .arg(link.wooOrderNumber,
                     outcome.order.numericId.isEmpty() ? link.reference : QLatin1Char('#') + outcome.order.numericId));
        break;
    case wms::CreateOutcome::Kind::CreatedWithIssues:
        // 228: the order exists (in REJECTED); it must not be sent again, only watched until
        // someone resolves it in CartonCloud.
        link.wmsStatus = outcome.order.status.isEmpty() ? kRejected : outcome.order.status;
        ++context.report.created;
        context.needsAttention(link,
                               tr("CartonCloud created order %1 but rejected it (%2). Resolve it in CartonCloud; "
                                  "Wharf follows it from there.")
                                   .arg(link.wooOrderNumber, outcome.order.issues.join(QStringLiteral("; "))));
        break;
    case wms::CreateOutcome::Kind::Duplicate:
        link.state = OrderLink::State::Created;
        link.wmsStatus = outcome.order.status;
        if (link.wmsStatus == kDispatched)
            link.dispatchedAt = QDateTime::currentDateTimeUtc();
        link.reason.clear();
        context.saveLink(link);
        ++context.report.created;
        context.record(&link, QStringLiteral("order.linked"),
                       tr("Order %1 already existed in CartonCloud (reference %2); Wharf linked it instead of "
                          "creating another.")
                           .arg(link.wooOrderNumber, link.reference));
        break;
    }
}

} // namespace wharf
