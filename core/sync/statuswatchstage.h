#pragma once

#include "core/sync/stageoutcome.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <qcoro/qcorotask.h>

namespace wharf {

class PipelineContext;
struct OrderLink;
namespace wms {
struct OutboundOrder;
}

// After intake: CartonCloud's status changes (packed, dispatched, resolved…) are recorded on
// the order links, from one change search per customer (WmsClient::changesBetween shares it).
//
// The search never stops silently at its page cap: what was read is applied, and the window is
// narrowed where the changes read lie until a window is read whole; the cursor moves to the end of
// that window only.
class StatusWatchStage : public QObject
{
    Q_OBJECT

public:
    explicit StatusWatchStage(PipelineContext &context, QObject *parent = nullptr);

    QCoro::Task<StageOutcome> run();

    // CartonCloud says the order is `status` now: the link takes it (and the time of its dispatch)
    // and is saved, even when nothing changed; a change is counted and told, as a packed or
    // dispatched event where it is one. Also for DeletionWatchStage, which reads orders by id.
    static void saveStatus(PipelineContext &context, OrderLink &link, const QString &status);

private:
    // Records CartonCloud's statuses on the links, in one transaction; false when it could not be
    // committed. `newestChange`: the newest change among them.
    bool applyStatusChanges(const QList<wms::OutboundOrder> &orders, QDateTime *newestChange);

    PipelineContext &m_context;
};

} // namespace wharf
