#pragma once

#include "core/sync/stageoutcome.h"

#include <QObject>
#include <qcoro/qcorotask.h>

namespace wharf {

class PipelineContext;

// After the status watch: orders CartonCloud has and has not dispatched, that have shown no change
// for a day (PipelineOptions::deletedOrderLookAfter), are looked up by id, a few a cycle. The change
// search never shows an order the warehouse deleted: without a look it would wait for dispatch
// forever. One that is gone goes to attention ("deleted in CartonCloud"); Retry sends it anew
// (CreationStage::recheckRejected), never Wharf on its own, since deleting may mean "not wanted".
// One that is there has its status brought up to date and waits another day.
class DeletionWatchStage : public QObject
{
    Q_OBJECT

public:
    explicit DeletionWatchStage(PipelineContext &context, QObject *parent = nullptr);

    QCoro::Task<StageOutcome> run();

private:
    PipelineContext &m_context;
};

} // namespace wharf
