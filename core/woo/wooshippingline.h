#pragma once

#include <QJsonObject>
#include <QString>

namespace wharf::woo {

// One shipping line of an order: which method the customer chose (method_id tells local pickup apart).
struct WooShippingLine
{
    qint64 id = 0;
    QString methodId; // "flat_rate", "local_pickup", "pickup_location", …
    QString methodTitle; // what the customer saw: "Express Post"
    QString instanceId;
    QString total;

    static WooShippingLine fromJson(const QJsonObject &json);
};

} // namespace wharf::woo
