#pragma once

#include "core/model/orderlink.h"
#include "core/net/result.h"
#include "core/sync/stageoutcome.h"
#include "core/woo/wooorder.h"

#include <QObject>
#include <qcoro/qcorotask.h>

#include <deque>
#include <optional>

namespace wharf {

class PipelineContext;
namespace wms {
struct CreateOutcome;
}

// The last stage of a cycle: every order waiting to reach CartonCloud is sent there, once.
//
// Exactly once rests on the order link, written before and after the create: a link is "creating"
// (and on disk) before the POST leaves, and a link found "creating" is searched for in CartonCloud
// — after a guard, since a create can be committed after its client gave up and search lags — before
// anything is sent again. An order is read again right before its create, so that one cancelled
// meanwhile never reaches the warehouse, and one with refunds goes with the quantities left. An order's own failure
// sends it to attention and the next order goes on; only a problem of the integration ends the stage.
class CreationStage : public QObject
{
    Q_OBJECT

public:
    explicit CreationStage(PipelineContext &context, QObject *parent = nullptr);

    QCoro::Task<StageOutcome> run();
    // Before the status watch: orders needing attention that CartonCloud has and that a person has
    // seen to (Retry) go back on the normal path, so that this cycle's tracking and completion
    // take them up. Reads and sends nothing.
    void putBackOnCourse();
    // What an order needing attention says when its outbound order is gone from CartonCloud.
    static QString deletedInCartonCloud(const QString &wooOrderNumber);

private:
    // What putBackOnCourse does for one order; false when the order is not one of those.
    bool putBackOnCourse(OrderLink &link);
    // The order as the store has it now (read again unless read moments ago); nullopt when it no
    // longer exists. The orders queued after it are read in the same request.
    QCoro::Task<net::Result<std::optional<woo::WooOrder>>> currentOrder(const OrderLink &link);
    // Sends the order if it is still in processing and fit to send; otherwise says why not.
    QCoro::Task<StageOutcome> sendIfWanted(OrderLink link);
    // `netting`: what was taken off the order for its refunds, said in its timeline once created.
    QCoro::Task<StageOutcome> createOne(OrderLink link, const woo::WooOrder &order, QString netting = {});
    // Not sent, and never will be: the order is gone, or nothing of it is left to send.
    QCoro::Task<StageOutcome> resolveInterruptedCreate(OrderLink link);
    QCoro::Task<StageOutcome> recheckRejected(OrderLink link);
    QCoro::Task<StageOutcome> adoptDuplicate(OrderLink link, const wms::CreateOutcome &outcome);
    void recordOutcome(OrderLink link, const wms::CreateOutcome &outcome);

    PipelineContext &m_context;
    std::deque<qint64> m_queue; // order link ids
    int m_rateLimitedCreates = 0;
};

} // namespace wharf
