#pragma once

#include "core/model/orderlink.h"
#include "core/sync/stageoutcome.h"
#include "core/woo/wooorder.h"

#include <QObject>
#include <qcoro/qcorotask.h>

namespace wharf {

class PipelineContext;

// Stage 1 of a cycle: the store's processing orders changed since the cursor become order links,
// and changes to orders already handed off are noticed (HandOffSnapshot).
// The first cycle of a pipeline also looks at the store itself (its home and tracking plugin).
//
// Exactly once begins here: every listed order gets its link before the cursor moves past it, and
// the cursor moves only as far as the listing read without a gap, never backwards. A crash before
// that lists the same orders again, and their links make them no-ops.
class IntakeStage : public QObject
{
    Q_OBJECT

public:
    explicit IntakeStage(PipelineContext &context, QObject *parent = nullptr);

    QCoro::Task<StageOutcome> run();

private:
    // Once per pipeline: where the store says it lives, and which tracking plugin it has.
    QCoro::Task<StageOutcome> prepare();
    // Links for the listed orders not seen before; false when not every one could be recorded.
    bool recordNewOrders(const QList<woo::WooOrder> &fresh);
    // Orders CartonCloud has that changed in WooCommerce since: cancelled, refunded, held or
    // edited. Told to a person (CartonCloud's orders cannot be edited through its API), or marked
    // for CancellationStage; false when not every change could be recorded.
    bool noticeChanges(const QList<std::pair<OrderLink, woo::WooOrder>> &handedOff);

    PipelineContext &m_context;
    bool m_prepared = false;
};

} // namespace wharf
