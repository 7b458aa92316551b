#include "core/woo/wooorder.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace wharf::woo {

WooOrder WooOrder::fromJson(const QJsonObject &json)
{
    WooOrder o;
    o.raw = json;
    o.id = json.value(u"id"_s).toInteger();
    const QJsonValue number = json.value(u"number"_s);
    o.number = number.isString() ? number.toString() : QString::number(number.toInteger());
    if (o.number.isEmpty() || o.number == u"0"_s)
        o.number = QString::number(o.id);
    o.status = json.value(u"status"_s).toString();
    o.currency = json.value(u"currency"_s).toString();
    const QJsonValue total = json.value(u"total"_s);
    o.total = total.isString() ? total.toString() : QString::number(total.toDouble(), 'f', 2);
    o.createdUtc = parseGmt(json.value(u"date_created_gmt"_s).toString());
    o.modifiedUtc = parseGmt(json.value(u"date_modified_gmt"_s).toString());
    o.dateCreatedLocal = json.value(u"date_created"_s).toString();
    o.customerNote = json.value(u"customer_note"_s).toString();
    o.billing = WooAddress::fromJson(json.value(u"billing"_s).toObject());
    o.shipping = WooAddress::fromJson(json.value(u"shipping"_s).toObject());
    const QJsonArray lines = json.value(u"line_items"_s).toArray();
    for (const QJsonValue &v : lines) {
        if (v.isObject())
            o.lineItems.append(WooLineItem::fromJson(v.toObject()));
    }
    const QJsonArray shipping = json.value(u"shipping_lines"_s).toArray();
    for (const QJsonValue &v : shipping) {
        if (v.isObject())
            o.shippingLines.append(WooShippingLine::fromJson(v.toObject()));
    }
    for (const QJsonValue &v : json.value(u"refunds"_s).toArray()) {
        if (const qint64 refund = v[u"id"_s].toInteger(); refund > 0)
            o.refundIds.append(refund);
    }
    return o;
}

QDateTime WooOrder::parseGmt(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text.left(19), Qt::ISODate);
    if (!t.isValid())
        return {};
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QString WooOrder::formatGmt(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

} // namespace wharf::woo
