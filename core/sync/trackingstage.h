#pragma once

#include "core/model/orderlink.h"
#include "core/model/trackingentry.h"
#include "core/net/apierror.h"
#include "core/sync/stageoutcome.h"
#include "core/wms/consignmenttracking.h"
#include "core/woo/trackingitem.h"
#include "core/woo/trackingprovider.h"

#include <QObject>
#include <qcoro/qcorotask.h>

#include <optional>

namespace wharf {

class PipelineContext;

// Stage 4 of a cycle: the tracking of packed and dispatched orders goes to the store, one entry per
// consignment, each replaced only when its own consignment's tracking changes. Dispatched orders
// are followed for a while after dispatch, also once completed (PipelineOptions::trackingFollowPeriod),
// less often as they age.
//
// A tracking write is marked "writing" before it is sent; an order found with such a mark after a
// crash has its tracking listed once, instead of before every add. An order's own refusal sends it
// to attention (its tracking is then not settled, so it is not completed) and the others go on.
class TrackingStage : public QObject
{
    Q_OBJECT

public:
    explicit TrackingStage(PipelineContext &context, QObject *parent = nullptr);

    QCoro::Task<StageOutcome> run();

private:
    // One consignment of an order whose tracking is to be written.
    struct Write
    {
        wms::ConsignmentTracking consignment;
        std::optional<TrackingEntry> entry; // what Wharf wrote for it before, if anything
    };
    // An order whose consignments' tracking is to be written.
    struct Job
    {
        OrderLink link;
        QList<Write> writes;
        std::optional<QList<woo::TrackingItem>> storeEntries; // read only after an interrupted write
    };

    QCoro::Task<StageOutcome> writeJob(Job &job);
    QCoro::Task<StageOutcome> writeConsignment(Job &job, qsizetype index);
    QCoro::Task<StageOutcome> addEntry(Job &job, qsizetype index);
    // The store refused this order's entry: the order goes to attention with the reason, or is
    // found deleted. Only a failure to ask ends the stage.
    QCoro::Task<StageOutcome> orderRefused(const Job &job, qsizetype index, const net::ApiError &error);
    void trackingRefused(const OrderLink &link, const QString &number, const net::ApiError &error);
    void orderGoneFromStore(const OrderLink &link);
    // What the dashboard shows: the order's tracking numbers, the first consignment's carrier.
    void finishJob(const Job &job);

    PipelineContext &m_context;
    QList<woo::TrackingProvider> m_providers;
    bool m_providersRead = false;
};

} // namespace wharf
