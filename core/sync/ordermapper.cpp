#include "core/sync/ordermapper.h"

#include "core/woo/storeidentity.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace wharf {

QStringList OrderMapper::pickupMethodIds()
{
    return {QStringLiteral("local_pickup"), QStringLiteral("legacy_local_pickup"), QStringLiteral("pickup_location"),
            QStringLiteral("local_pickup_plus")};
}

OrderMapper::Verdict OrderMapper::verdict(const woo::WooOrder &order, const QSet<QString> &productCodes,
                                          bool codesKnown, const QString &customerName)
{
    const QStringList pickup = pickupMethodIds();
    for (const woo::WooShippingLine &line : order.shippingLines) {
        if (pickup.contains(line.methodId)) {
            return {Verdict::Kind::Skip,
                    tr("Order %1 is a pickup order (%2). Pickup orders are not sent to CartonCloud; prepare it "
                       "by hand.")
                        .arg(order.number, line.methodTitle.isEmpty() ? line.methodId : line.methodTitle)};
        }
    }
    if (order.lineItems.isEmpty())
        return {Verdict::Kind::Attention, tr("Order %1 has no products to send.").arg(order.number)};

    QStringList withoutSku;
    QStringList unknown;
    QStringList fractional;
    for (const woo::WooLineItem &item : order.lineItems) {
        if (item.sku.trimmed().isEmpty())
            withoutSku.append(item.name);
        else if (codesKnown && !productCodes.contains(item.sku.trimmed()))
            unknown.append(item.sku.trimmed());
        if (item.quantity <= 0 || std::floor(item.quantity) != item.quantity)
            fractional.append(item.name);
    }
    if (!withoutSku.isEmpty()) {
        return {Verdict::Kind::Attention,
                tr("Order %1: %2 has no SKU in WooCommerce. Give the product an SKU that matches its CartonCloud "
                   "product code, then press Retry.")
                    .arg(order.number, withoutSku.join(QStringLiteral(", ")))};
    }
    if (!unknown.isEmpty()) {
        return {Verdict::Kind::Attention,
                tr("Order %1: SKU %2 is not a product code of customer %3 in CartonCloud. Add the product in "
                   "CartonCloud (or correct the SKU in WooCommerce), then press Retry.",
                   nullptr, int(unknown.size()))
                    .arg(order.number, unknown.join(QStringLiteral(", ")), customerName)};
    }
    // CartonCloud requires a name and a complete address (§5, Address); caught here, an order
    // that cannot be created does not spend one of the account's 30 creates a minute.
    const woo::WooAddress &ship = order.shipping.isEmpty() ? order.billing : order.shipping;
    const bool named = !QString(ship.firstName + ship.lastName + ship.company).trimmed().isEmpty();
    if (!named || ship.address1.trimmed().isEmpty() || ship.city.trimmed().isEmpty() || ship.country.isEmpty()) {
        return {Verdict::Kind::Attention,
                tr("Order %1 has no complete delivery address (a name, street, city and country are needed). "
                   "Complete it in WooCommerce, then press Retry.")
                    .arg(order.number)};
    }
    if (!fractional.isEmpty()) {
        return {Verdict::Kind::Attention,
                tr("Order %1: the quantity of %2 is not a whole number of units, which CartonCloud cannot pick.")
                    .arg(order.number, fractional.join(QStringLiteral(", ")))};
    }
    return {};
}

OrderMapper::Netted OrderMapper::netOfRefunds(const woo::WooOrder &order, const QList<woo::WooRefund> &refunds)
{
    Netted netted {order, {}, {}};
    netted.order.lineItems.clear();
    QSet<qint64> lineIds;
    for (const woo::WooLineItem &item : order.lineItems)
        lineIds.insert(item.id);
    for (const woo::WooRefund &refund : refunds) {
        for (const woo::WooRefund::Line &line : refund.lines) {
            if (line.quantity > 0 && !lineIds.contains(line.orderItemId) && !netted.unattributed.contains(refund.id))
                netted.unattributed.append(refund.id);
        }
    }
    for (const woo::WooLineItem &item : order.lineItems) {
        // A refund of money only names no quantity; more refunded than ordered (WooCommerce does
        // not check) takes the whole line, never less than nothing.
        const double refunded = std::min(woo::WooRefund::refundedQuantity(refunds, item.id), item.quantity);
        const QString what = item.sku.trimmed().isEmpty() ? item.name : item.sku.trimmed();
        if (refunded <= 0) {
            netted.order.lineItems.append(item);
            continue;
        }
        if (refunded >= item.quantity) {
            netted.notes.append(
                tr("All %1 × %2 refunded before sending; left out.").arg(QString::number(item.quantity), what));
            continue;
        }
        woo::WooLineItem remaining = item;
        remaining.quantity = item.quantity - refunded;
        netted.order.lineItems.append(remaining);
        netted.notes.append(tr("%1 of %2 × %3 refunded before sending; sent %4.")
                                .arg(QString::number(refunded), QString::number(item.quantity), what,
                                     QString::number(remaining.quantity)));
    }
    bool totalOk = false;
    double total = order.total.toDouble(&totalOk);
    if (totalOk) {
        for (const woo::WooRefund &refund : refunds)
            total -= refund.amount.toDouble();
        netted.order.total = QString::number(std::max(0.0, total), 'f', 2);
    }
    return netted;
}

QString OrderMapper::reference(const QString &storeUrl, const QString &orderNumber)
{
    return referenceWithCode(woo::StoreIdentity::code(woo::StoreIdentity::key(storeUrl)), orderNumber);
}

QString OrderMapper::referenceWithCode(const QString &storeCode, const QString &orderNumber)
{
    return QStringLiteral("WC-%1-%2").arg(storeCode, orderNumber);
}

namespace {

// The S1 rule: absent optional values are sent as null, not "".
QJsonValue textOrNull(const QString &text)
{
    return text.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text.trimmed());
}

QJsonObject deliveryAddress(const woo::WooOrder &order)
{
    // Orders with no shipping address (virtual products, admin-created) ship to the billing one.
    const woo::WooAddress &ship = order.shipping.isEmpty() ? order.billing : order.shipping;
    const QString contact = QString(ship.firstName + QLatin1Char(' ') + ship.lastName).trimmed();
    QJsonObject address {
        {QStringLiteral("companyName"), textOrNull(ship.company)},
        {QStringLiteral("contactName"), textOrNull(contact)},
        {QStringLiteral("address1"), textOrNull(ship.address1)},
        {QStringLiteral("address2"), textOrNull(ship.address2)},
        {QStringLiteral("city"), textOrNull(ship.city)},
        {QStringLiteral("postcode"), textOrNull(ship.postcode)},
        {QStringLiteral("phone"), textOrNull((ship.phone.isEmpty() ? order.billing.phone : ship.phone).left(64))},
        {QStringLiteral("email"), textOrNull(order.billing.email)},
    };
    if (!ship.state.isEmpty())
        address.insert(QStringLiteral("state"), QJsonObject {{QStringLiteral("code"), ship.state}});
    if (!ship.country.isEmpty())
        address.insert(QStringLiteral("country"), QJsonObject {{QStringLiteral("iso2Code"), ship.country}});
    return address;
}

} // namespace

QJsonObject OrderMapper::payload(const woo::WooOrder &order, const Integration &integration, const QString &reference)
{
    QJsonObject deliver {{QStringLiteral("address"), deliveryAddress(order)}};
    QJsonObject method {{QStringLiteral("type"), QStringLiteral("SHIPPING")}};
    if (!order.shippingLines.isEmpty() && !order.shippingLines.constFirst().methodTitle.isEmpty())
        method.insert(QStringLiteral("requestedService"), order.shippingLines.constFirst().methodTitle);
    deliver.insert(QStringLiteral("method"), method);
    if (!order.customerNote.trimmed().isEmpty())
        deliver.insert(QStringLiteral("instructions"), order.customerNote.trimmed());

    QJsonObject details {{QStringLiteral("deliver"), deliver}};
    bool totalOk = false;
    const double total = order.total.toDouble(&totalOk);
    if (totalOk && total >= 0 && !order.currency.isEmpty()) {
        details.insert(QStringLiteral("invoiceValue"),
                       QJsonObject {{QStringLiteral("amount"), total}, {QStringLiteral("currency"), order.currency}});
    }

    QJsonArray items;
    for (const woo::WooLineItem &item : order.lineItems) {
        items.append(QJsonObject {
            {QStringLiteral("details"),
             QJsonObject {{QStringLiteral("product"),
                           QJsonObject {{QStringLiteral("references"),
                                         QJsonObject {{QStringLiteral("code"), item.sku.trimmed()}}}}}}},
            {QStringLiteral("measures"), QJsonObject {{QStringLiteral("quantity"), item.quantity}}},
        });
    }

    QJsonObject payload {
        {QStringLiteral("type"), QStringLiteral("OUTBOUND")},
        {QStringLiteral("references"), QJsonObject {{QStringLiteral("customer"), reference}}},
        {QStringLiteral("customer"), QJsonObject {{QStringLiteral("id"), integration.customerId}}},
        {QStringLiteral("details"), details},
        {QStringLiteral("items"), items},
    };
    // Left out, CartonCloud uses the customer's default warehouse (§5).
    if (integration.warehouseMode == Integration::WarehouseMode::Named && !integration.warehouseName.isEmpty())
        payload.insert(QStringLiteral("warehouse"), QJsonObject {{QStringLiteral("name"), integration.warehouseName}});
    return payload;
}

} // namespace wharf
