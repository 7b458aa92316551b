#include "core/sync/cancellationstage.h"

#include "core/store/orderlinkrepository.h"
#include "core/sync/handoffsnapshot.h"
#include "core/sync/pipelinecontext.h"
#include "core/wms/outboundorder.h"
#include "core/wms/wmsclient.h"

namespace wharf {

CancellationStage::CancellationStage(PipelineContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

bool CancellationStage::beforePicking(const QString &wmsStatus)
{
    static const QStringList statuses {QStringLiteral("DRAFT"), QStringLiteral("AWAITING_STOCK"),
                                       QStringLiteral("AWAITING_PICK_AND_PACK"), QStringLiteral("REJECTED")};
    return statuses.contains(wmsStatus);
}

QCoro::Task<StageOutcome> CancellationStage::run()
{
    PipelineContext &context = m_context;
    QList<OrderLink> marked;
    for (const OrderLink &link :
         OrderLinkRepository(context.database).inState(context.integration.id, OrderLink::State::Created)) {
        if (HandOffSnapshot::Change {link.wooChange, {}}.stopsTheOrder())
            marked.append(link);
    }
    for (OrderLink &link : marked) {
        if (!context.integration.stopCancelledOrders) {
            // Turned off since the intake marked it: told to a person, as without the setting.
            context.needsAttention(
                link, HandOffSnapshot::Change {link.wooChange, {}}.sentence(link.wooOrderNumber, link.wmsStatus));
            continue;
        }
        if (!context.mayWrite())
            co_return StageOutcome::abandoned(
                tr("Wharf could not confirm that it still syncs this integration; no order was stopped."));
        const StageOutcome outcome = co_await stop(link);
        if (!outcome.proceeds())
            co_return outcome;
    }
    co_return StageOutcome::done();
}

QCoro::Task<StageOutcome> CancellationStage::stop(OrderLink link)
{
    PipelineContext &context = m_context;
    const QString wmsOrderId = link.wmsOrderId;
    // The status the last change search saw may be minutes old: read it now, right before deciding.
    const auto read = co_await context.call<wms::OutboundOrder>(
        [&](QObject *receiver, auto done) { context.wms->getOutboundOrder(wmsOrderId, receiver, done); });
    if (context.stopping)
        co_return StageOutcome::stopped();
    if (!read.ok() && read.error.kind == net::ApiError::Kind::NotFound) {
        context.leaveAlone(link,
                           tr("Order %1 was %2 in WooCommerce, and its outbound order is no longer in CartonCloud.")
                               .arg(link.wooOrderNumber, link.wooChange),
                           QStringLiteral("order.stopped"));
        co_return StageOutcome::done();
    }
    if (!read.ok())
        co_return StageOutcome::failed(StageOutcome::Service::CartonCloud, read.error);
    const QString status = read.value.status;
    link.wmsStatus = status;
    if (!beforePicking(status)) {
        context.needsAttention(link,
                               tr("Order %1 was %2 in WooCommerce after CartonCloud received it (%3 in CartonCloud, "
                                  "too late for Wharf to stop it). CartonCloud was not changed: stop it there if it "
                                  "should not ship, then choose Retry to carry on.")
                                   .arg(link.wooOrderNumber, link.wooChange, status));
        co_return StageOutcome::done();
    }
    if (!context.mayWrite())
        co_return StageOutcome::abandoned(
            tr("Wharf could not confirm that it still syncs this integration; no order was stopped."));
    const auto deleted = co_await context.call<net::Done>(
        [&](QObject *receiver, auto done) { context.wms->deleteOutboundOrder(wmsOrderId, receiver, done); });
    if (context.stopping)
        co_return StageOutcome::stopped();
    if (deleted.ok()) {
        context.leaveAlone(link,
                           tr("Order %1 was %2 in WooCommerce; Wharf deleted its outbound order in CartonCloud while "
                              "it was %3, before picking.")
                               .arg(link.wooOrderNumber, link.wooChange, status),
                           QStringLiteral("order.stopped"));
        co_return StageOutcome::done();
    }
    if (deleted.error.kind == net::ApiError::Kind::Validation
        || deleted.error.kind == net::ApiError::Kind::Permission) {
        // The organisation's setting decides in which statuses a delete is allowed.
        context.needsAttention(link,
                               tr("Order %1 was %2 in WooCommerce after CartonCloud received it (CartonCloud refused "
                                  "to delete it while %3: %4). CartonCloud was not changed: stop it there if it "
                                  "should not ship, then choose Retry to carry on.")
                                   .arg(link.wooOrderNumber, link.wooChange, status, deleted.error.sentence));
        co_return StageOutcome::done();
    }
    co_return StageOutcome::failed(StageOutcome::Service::CartonCloud, deleted.error);
}

} // namespace wharf
