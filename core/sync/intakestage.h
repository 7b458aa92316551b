#pragma once

#include "core/sync/stageoutcome.h"

#include <QObject>
#include <qcoro/qcorotask.h>

namespace wharf {

class PipelineContext;
namespace woo {
struct WooOrder;
}

// Stage 1 of a cycle: the store's processing orders changed since the cursor become order links.
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

    PipelineContext &m_context;
    bool m_prepared = false;
};

} // namespace wharf
