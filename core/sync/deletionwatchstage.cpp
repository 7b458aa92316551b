#include "core/sync/deletionwatchstage.h"

#include "core/store/orderlinkrepository.h"
#include "core/sync/creationstage.h"
#include "core/sync/pipelinecontext.h"
#include "core/sync/statuswatchstage.h"
#include "core/wms/outboundorder.h"
#include "core/wms/wmsclient.h"

namespace wharf {

DeletionWatchStage::DeletionWatchStage(PipelineContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

QCoro::Task<StageOutcome> DeletionWatchStage::run()
{
    PipelineContext &context = m_context;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime unchangedSince =
        now.addMSecs(-qint64(std::chrono::milliseconds(context.options.deletedOrderLookAfter).count()));
    const QList<OrderLink> waiting =
        OrderLinkRepository(context.database)
            .waitingUnchangedSince(context.integration.id, unchangedSince, context.options.deletedOrderLooksPerCycle);
    for (OrderLink link : waiting) {
        const QString wmsOrderId = link.wmsOrderId;
        const auto read = co_await context.call<wms::OutboundOrder>(
            [&](QObject *receiver, auto done) { context.wms->getOutboundOrder(wmsOrderId, receiver, done); });
        if (context.stopping)
            co_return StageOutcome::stopped();
        if (!read.ok() && read.error.kind != net::ApiError::Kind::NotFound)
            co_return StageOutcome::failed(StageOutcome::Service::CartonCloud, read.error);
        // Read again: another stage of this cycle, or a person, may have moved it meanwhile.
        const std::optional<OrderLink> current = OrderLinkRepository(context.database).findById(link.id);
        if (!current || current->state != OrderLink::State::Created || current->wmsOrderId != wmsOrderId)
            continue;
        link = *current;
        if (!read.ok()) {
            // Its status is left empty, so that only a look in CartonCloud (Retry) moves it on.
            link.wmsStatus.clear();
            context.needsAttention(link, CreationStage::deletedInCartonCloud(link.wooOrderNumber));
            continue;
        }
        // There: the status brought up to date (saving the link also starts its next day).
        StatusWatchStage::saveStatus(context, link, read.value.status);
    }
    co_return StageOutcome::done();
}

} // namespace wharf
