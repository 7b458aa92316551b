#pragma once

#include "core/model/orderlink.h"
#include "core/sync/stageoutcome.h"

#include <QObject>
#include <qcoro/qcorotask.h>

namespace wharf {

class PipelineContext;

// Between status watch and tracking, for an integration with "stop cancelled orders" on (issue
// 15, off by default): an order cancelled or refunded in full in WooCommerce after CartonCloud
// received it has its outbound order deleted there while it is not yet picked. CartonCloud has no
// cancel, only DELETE, allowed in the statuses the organisation's setting names
// (cartoncloud-api.md §7); a refusal, or an order already picked, goes to attention instead.
//
// The intake marks such an order (OrderLink::wooChange) in the data file before this stage runs,
// so a crash in between finds it again; DELETE is safe to repeat (a second one is answered 404).
class CancellationStage : public QObject
{
    Q_OBJECT

public:
    explicit CancellationStage(PipelineContext &context, QObject *parent = nullptr);

    QCoro::Task<StageOutcome> run();

    // Outbound order statuses before any picking: the only ones Wharf deletes in. Statuses not
    // documented (a "picking in progress" in some modes) count as picked.
    static bool beforePicking(const QString &wmsStatus);

private:
    QCoro::Task<StageOutcome> stop(OrderLink link);

    PipelineContext &m_context;
};

} // namespace wharf
