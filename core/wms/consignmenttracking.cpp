#include "core/wms/consignmenttracking.h"

using namespace Qt::StringLiterals;

namespace wharf::wms {

ConsignmentTracking ConsignmentTracking::fromJson(const QJsonObject &json)
{
    ConsignmentTracking c;
    c.consignmentId = json.value(u"id"_s).toString();
    c.outboundOrderId = json.value(u"generatedFromTask"_s).toObject().value(u"id"_s).toString();
    c.status = json.value(u"status"_s).toString();
    c.version = json.value(u"version"_s).toInt();
    c.trackingNumber = json.value(u"references"_s).toObject().value(u"tracking"_s).toString().trimmed();
    const QJsonObject tracking = json.value(u"details"_s).toObject().value(u"tracking"_s).toObject();
    // The reference documents companyName, but its Get Quote example says company: read both.
    c.carrier = tracking.value(u"companyName"_s).toString();
    if (c.carrier.isEmpty())
        c.carrier = tracking.value(u"company"_s).toString();
    c.url = tracking.value(u"url"_s).toString();
    return c;
}

} // namespace wharf::wms
