#pragma once

#include <QJsonObject>
#include <QString>

namespace wharf::wms {

// The tracking a consignment carries for the outbound order it was generated from.
struct ConsignmentTracking
{
    QString consignmentId;
    QString outboundOrderId; // generatedFromTask.id
    QString status; // consignment status (IN_WAREHOUSE, DELIVERED, …)
    int version = 0;
    QString trackingNumber; // references.tracking
    QString carrier; // details.tracking.companyName (or .company: the docs use both)
    QString url; // details.tracking.url

    static ConsignmentTracking fromJson(const QJsonObject &json);
    bool hasTracking() const { return !trackingNumber.isEmpty(); }
};

} // namespace wharf::wms
