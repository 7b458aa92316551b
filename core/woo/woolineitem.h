#pragma once

#include <QJsonObject>
#include <QString>

namespace wharf::woo {

// One product line of an order.
struct WooLineItem
{
    qint64 id = 0;
    QString name;
    qint64 productId = 0;
    qint64 variationId = 0; // 0 when the line is not a variation
    // WooCommerce's schema says integer, but plugins (weights, fractional units) send decimals; kept
    // as sent so that a quantity that is not whole can be refused with a sentence instead of rounded.
    double quantity = 0;
    // Read live from the product (a variation's own SKU for a variation); empty when the product was
    // deleted or has no SKU.
    QString sku;
    double price = 0;
    QString total; // decimal string, as WooCommerce sends money

    static WooLineItem fromJson(const QJsonObject &json);
};

} // namespace wharf::woo
