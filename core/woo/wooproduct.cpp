#include "core/woo/wooproduct.h"

#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace wharf::woo {

namespace {

// WooCommerce sends ids and quantities as numbers; a plugin's filter may turn them into strings.
qint64 integer(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().toDouble(&ok);
        return ok ? qint64(d) : 0;
    }
    return 0;
}

void readStock(WooProduct &product, const QJsonObject &json)
{
    const QJsonValue manage = json.value(u"manage_stock"_s);
    if (manage.isString() && manage.toString() == u"parent") {
        product.manageStock = true;
        product.stockManagedByParent = true;
    } else {
        product.manageStock = manage.toBool();
    }
    const QJsonValue quantity = json.value(u"stock_quantity"_s);
    if (quantity.isDouble() || (quantity.isString() && !quantity.toString().isEmpty()))
        product.stockQuantity = integer(quantity);
    product.stockStatus = json.value(u"stock_status"_s).toString();
}

} // namespace

WooProduct WooProduct::fromJson(const QJsonObject &json)
{
    WooProduct product;
    product.id = integer(json.value(u"id"_s));
    if (product.id <= 0)
        return {};
    product.parentId = integer(json.value(u"parent_id"_s));
    product.typeName = json.value(u"type"_s).toString(u"simple"_s);
    if (product.typeName == u"simple")
        product.type = Type::Simple;
    else if (product.typeName == u"variable")
        product.type = Type::Variable;
    else if (product.typeName == u"variation")
        product.type = Type::Variation;
    else
        product.type = Type::Other;
    product.name = json.value(u"name"_s).toString();
    product.sku = json.value(u"sku"_s).toString().trimmed();
    product.status = json.value(u"status"_s).toString();
    readStock(product, json);
    for (const QJsonValue &v : json.value(u"variations"_s).toArray()) {
        if (const qint64 id = integer(v); id > 0)
            product.variationIds.append(id);
    }
    return product;
}

WooProduct WooProduct::variationFromJson(const QJsonObject &json, const WooProduct &parent)
{
    WooProduct variation;
    variation.id = integer(json.value(u"id"_s));
    if (variation.id <= 0)
        return {};
    variation.parentId = parent.id;
    variation.type = Type::Variation;
    variation.typeName = u"variation"_s;
    QStringList options;
    for (const QJsonValue &v : json.value(u"attributes"_s).toArray()) {
        const QString option = v.toObject().value(u"option"_s).toString();
        if (!option.isEmpty())
            options.append(option);
    }
    // Newer WooCommerce releases add a name to variations; use it when it is there.
    const QString own = json.value(u"name"_s).toString();
    if (!own.isEmpty())
        variation.name = own;
    else if (options.isEmpty())
        variation.name = parent.name;
    else
        variation.name = parent.name + u" – "_s + options.join(u", "_s);
    variation.sku = json.value(u"sku"_s).toString().trimmed();
    variation.status = json.value(u"status"_s).toString();
    readStock(variation, json);
    return variation;
}

QString WooProduct::productFields()
{
    return u"id,parent_id,type,name,sku,status,manage_stock,stock_quantity,stock_status,variations"_s;
}

QString WooProduct::variationFields()
{
    return u"id,name,sku,status,manage_stock,stock_quantity,stock_status,attributes"_s;
}

} // namespace wharf::woo
