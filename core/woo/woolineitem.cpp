#include "core/woo/woolineitem.h"

using namespace Qt::StringLiterals;

namespace wharf::woo {

WooLineItem WooLineItem::fromJson(const QJsonObject &json)
{
    WooLineItem item;
    item.id = json.value(u"id"_s).toInteger();
    item.name = json.value(u"name"_s).toString();
    item.productId = json.value(u"product_id"_s).toInteger();
    item.variationId = json.value(u"variation_id"_s).toInteger();
    const QJsonValue quantity = json.value(u"quantity"_s);
    item.quantity = quantity.isString() ? quantity.toString().toDouble() : quantity.toDouble();
    item.sku = json.value(u"sku"_s).toString().trimmed(); // null (deleted product) becomes empty
    const QJsonValue price = json.value(u"price"_s);
    item.price = price.isString() ? price.toString().toDouble() : price.toDouble();
    item.total = json.value(u"total"_s).toString();
    return item;
}

} // namespace wharf::woo
