#include "core/woo/woorefund.h"

#include "core/woo/wooorder.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wharf::woo {

namespace {

double number(const QJsonValue &value)
{
    return value.isString() ? value.toString().toDouble() : value.toDouble();
}

// The order's line item a refund line refunds. WooCommerce's v3 refunds controller sends the
// refund's line items as order items (WC_REST_Orders_V2_Controller::get_order_item_data), whose
// meta_data carries the link as "_refunded_item_id" (a string, as meta values are stored). Newer
// refund schemas name it "line_item_id"; it is read first where a store sends it.
qint64 orderItemIdOf(const QJsonObject &line)
{
    if (const QJsonValue named = line.value(u"line_item_id"_s); !named.isUndefined() && number(named) > 0)
        return qint64(number(named));
    for (const QJsonValue &meta : line.value(u"meta_data"_s).toArray()) {
        if (meta[u"key"_s].toString() == u"_refunded_item_id")
            return qint64(number(meta[u"value"_s]));
    }
    return 0;
}

QString positive(const QJsonValue &value)
{
    const QString text = value.isString() ? value.toString() : QString::number(value.toDouble(), 'f', 2);
    return text.startsWith(u'-') ? text.mid(1) : text;
}

} // namespace

WooRefund WooRefund::fromJson(const QJsonObject &json)
{
    WooRefund refund;
    refund.id = json.value(u"id"_s).toInteger();
    refund.amount = positive(json.value(u"amount"_s));
    refund.reason = json.value(u"reason"_s).toString();
    refund.createdUtc = WooOrder::parseGmt(json.value(u"date_created_gmt"_s).toString());
    for (const QJsonValue &value : json.value(u"line_items"_s).toArray()) {
        const QJsonObject item = value.toObject();
        Line line;
        line.id = item.value(u"id"_s).toInteger();
        line.orderItemId = orderItemIdOf(item);
        line.quantity = std::abs(number(item.value(u"quantity"_s)));
        line.total = positive(item.value(u"total"_s));
        refund.lines.append(line);
    }
    return refund;
}

double WooRefund::refundedQuantity(const QList<WooRefund> &refunds, qint64 orderItemId)
{
    double refunded = 0;
    for (const WooRefund &refund : refunds) {
        for (const Line &line : refund.lines) {
            if (line.orderItemId == orderItemId)
                refunded += line.quantity;
        }
    }
    return refunded;
}

QString WooRefund::fields()
{
    return u"id,amount,reason,date_created_gmt,line_items"_s;
}

} // namespace wharf::woo
