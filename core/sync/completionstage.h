#pragma once

#include "core/model/orderlink.h"
#include "core/sync/stageoutcome.h"

#include <QObject>
#include <qcoro/qcorotask.h>

namespace wharf {

class PipelineContext;

// Stage 5 of a cycle: dispatched orders are completed in WooCommerce, a page at a time, after their
// tracking is written (so that the customer's "completed" e-mail carries it).
//
// Each page's statuses are read right before the batch: an order the merchant cancelled, refunded
// or completed meanwhile is left alone, and one already completed (by Wharf, before an
// interruption) is recorded, not completed twice. WooCommerce has no conditional write (no
// If-Match on orders), so a change made in the moment between that read and the batch cannot be
// excluded; the read is as late as the API allows.
class CompletionStage : public QObject
{
    Q_OBJECT

public:
    explicit CompletionStage(PipelineContext &context, QObject *parent = nullptr);

    QCoro::Task<StageOutcome> run();

private:
    // One page of dispatched orders.
    QCoro::Task<StageOutcome> completePage(const QList<OrderLink> &page);

    PipelineContext &m_context;
};

} // namespace wharf
