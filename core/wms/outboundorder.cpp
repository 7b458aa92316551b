#include "core/wms/outboundorder.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wharf::wms {

namespace {

QDateTime timestamp(const QJsonObject &timestamps, const QString &name)
{
    // {"time": "2025-05-30T14:14:16+10:00"}: ISO 8601 with an offset, kept as the instant it names.
    return QDateTime::fromString(timestamps.value(name).toObject().value(u"time"_s).toString(), Qt::ISODateWithMs);
}

} // namespace

OutboundOrder OutboundOrder::fromJson(const QJsonObject &json)
{
    OutboundOrder o;
    o.raw = json;
    o.id = json.value(u"id"_s).toString();
    o.status = json.value(u"status"_s).toString();
    o.version = json.value(u"version"_s).toInt();
    const QJsonObject references = json.value(u"references"_s).toObject();
    o.reference = references.value(u"customer"_s).toString();
    const QJsonValue numeric = references.value(u"numericId"_s);
    o.numericId = numeric.isString() ? numeric.toString()
        : numeric.isDouble()         ? QString::number(numeric.toInteger())
                                     : QString();
    const QJsonObject customer = json.value(u"customer"_s).toObject();
    o.customerId = customer.value(u"id"_s).toString();
    o.customerName = customer.value(u"name"_s).toString();
    const QJsonObject warehouse = json.value(u"warehouse"_s).toObject();
    o.warehouseId = warehouse.value(u"id"_s).toString();
    o.warehouseName = warehouse.value(u"name"_s).toString();
    for (const QJsonValue &e : json.value(u"details"_s).toObject().value(u"errors"_s).toArray()) {
        const QJsonObject error = e.toObject();
        if (!error.value(u"isResolved"_s).toBool() && !error.value(u"message"_s).toString().isEmpty())
            o.issues << error.value(u"message"_s).toString();
    }
    const QJsonObject timestamps = json.value(u"timestamps"_s).toObject();
    o.created = timestamp(timestamps, u"created"_s);
    o.modified = timestamp(timestamps, u"modified"_s);
    o.packed = timestamp(timestamps, u"packed"_s);
    o.dispatched = timestamp(timestamps, u"dispatched"_s);
    return o;
}

} // namespace wharf::wms
