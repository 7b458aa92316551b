#include "core/sync/handoffsnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace wharf {

namespace {
QString oneLine(const woo::WooAddress &a)
{
    QStringList parts;
    const QString name = QStringList {a.firstName.trimmed(), a.lastName.trimmed()}.join(u' ').trimmed();
    for (const QString &part : {name, a.company, a.address1, a.address2, a.city, a.state, a.postcode, a.country}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts.join(QStringLiteral(", "));
}

QString quantityText(double quantity)
{
    return QLocale().toString(quantity, 'g', 12);
}
} // namespace

HandOffSnapshot HandOffSnapshot::of(const woo::WooOrder &order)
{
    HandOffSnapshot snapshot;
    snapshot.m_status = order.status;
    for (const woo::WooLineItem &item : order.lineItems) {
        const QString key = item.sku.trimmed().isEmpty() ? item.name.trimmed() : item.sku.trimmed();
        // Two lines of one SKU count as one: what reaches the warehouse is the SKU's quantity.
        auto same = std::find_if(snapshot.m_lines.begin(), snapshot.m_lines.end(),
                                 [&](const Line &line) { return line.key == key; });
        if (same != snapshot.m_lines.end())
            same->quantity += item.quantity;
        else
            snapshot.m_lines.append({key, item.quantity});
    }
    snapshot.m_shipTo = oneLine(order.shipping);
    QStringList methods;
    for (const woo::WooShippingLine &line : order.shippingLines)
        methods.append(line.methodTitle.trimmed().isEmpty() ? line.methodId : line.methodTitle.trimmed());
    snapshot.m_shippingMethod = methods.join(QStringLiteral(", "));
    // `refunds` is {id, reason, total} per refund, totals negative (woocommerce-api.md §3.3).
    double refunded = 0;
    const QJsonArray refunds = order.raw.value(QLatin1String("refunds")).toArray();
    for (const QJsonValue &refund : refunds)
        refunded += refund[QLatin1String("total")].toVariant().toDouble();
    snapshot.m_refunds = int(refunds.size());
    snapshot.m_refunded = refunds.isEmpty() ? QString() : QString::number(std::abs(refunded), 'f', 2);
    return snapshot;
}

QString HandOffSnapshot::toText() const
{
    if (isEmpty())
        return {};
    QJsonArray lines;
    for (const Line &line : m_lines)
        lines.append(QJsonArray {line.key, line.quantity});
    QJsonObject json {{QStringLiteral("s"), m_status},
                      {QStringLiteral("l"), lines},
                      {QStringLiteral("a"), m_shipTo},
                      {QStringLiteral("m"), m_shippingMethod}};
    if (m_refunds > 0) {
        json.insert(QStringLiteral("r"), m_refunds);
        json.insert(QStringLiteral("rt"), m_refunded);
    }
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

HandOffSnapshot HandOffSnapshot::fromText(const QString &text)
{
    HandOffSnapshot snapshot;
    if (text.isEmpty())
        return snapshot;
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    snapshot.m_status = json.value(QLatin1String("s")).toString();
    for (const QJsonValue &value : json.value(QLatin1String("l")).toArray())
        snapshot.m_lines.append({value[0].toString(), value[1].toDouble()});
    snapshot.m_shipTo = json.value(QLatin1String("a")).toString();
    snapshot.m_shippingMethod = json.value(QLatin1String("m")).toString();
    snapshot.m_refunds = json.value(QLatin1String("r")).toInt();
    snapshot.m_refunded = json.value(QLatin1String("rt")).toString();
    return snapshot;
}

HandOffSnapshot::Change HandOffSnapshot::changeTo(const HandOffSnapshot &now) const
{
    Change change;
    if (isEmpty() || now.isEmpty())
        return change;
    // Completion is Wharf's own doing, or someone's ahead of it: the completion stage looks at it.
    if (now.m_status == QLatin1String("completed"))
        return change;

    for (const Line &before : m_lines) {
        auto after = std::find_if(now.m_lines.cbegin(), now.m_lines.cend(),
                                  [&](const Line &line) { return line.key == before.key; });
        if (after == now.m_lines.cend())
            change.particulars.append(tr("%1 removed").arg(before.key));
        else if (after->quantity != before.quantity)
            change.particulars.append(
                tr("%1 %2 → %3").arg(before.key, quantityText(before.quantity), quantityText(after->quantity)));
    }
    for (const Line &after : now.m_lines) {
        const bool known =
            std::any_of(m_lines.cbegin(), m_lines.cend(), [&](const Line &line) { return line.key == after.key; });
        if (!known)
            change.particulars.append(tr("%1 × %2 added").arg(after.key, quantityText(after.quantity)));
    }
    if (now.m_shipTo != m_shipTo)
        change.particulars.append(tr("shipping address now %1").arg(now.m_shipTo));
    if (now.m_shippingMethod != m_shippingMethod)
        change.particulars.append(tr("shipping now %1").arg(now.m_shippingMethod));
    const bool newRefund = now.m_refunds > m_refunds;
    if (newRefund)
        change.particulars.append(tr("refunds now total %1").arg(now.m_refunded));

    if (now.m_status != m_status)
        change.kind = now.m_status;
    else if (newRefund)
        change.kind = QStringLiteral("refunded-part");
    else if (!change.particulars.isEmpty())
        change.kind = QStringLiteral("edited");
    return change;
}

bool HandOffSnapshot::Change::stopsTheOrder() const
{
    return kind == QLatin1String("cancelled") || kind == QLatin1String("refunded");
}

QString HandOffSnapshot::Change::sentence(const QString &orderNumber, const QString &wmsStatus) const
{
    // The first sentence is the cause (the attention list groups by it, without the order number
    // and what is in brackets); what follows says what to do.
    QStringList brackets = particulars;
    if (!wmsStatus.isEmpty())
        brackets.prepend(tr("%1 in CartonCloud").arg(wmsStatus));
    const QString details =
        brackets.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(brackets.join(QStringLiteral("; ")));
    QString what;
    QString todo;
    if (kind == QLatin1String("cancelled")) {
        what = tr("Order %1 was cancelled in WooCommerce after CartonCloud received it%2.").arg(orderNumber, details);
        todo = tr("CartonCloud was not changed: stop the outbound order there if it should not ship, then choose "
                  "Retry to carry on.");
    } else if (kind == QLatin1String("refunded")) {
        what = tr("Order %1 was refunded in WooCommerce after CartonCloud received it%2.").arg(orderNumber, details);
        todo = tr("CartonCloud was not changed: stop the outbound order there if it should not ship, then choose "
                  "Retry to carry on.");
    } else if (kind == QLatin1String("refunded-part")) {
        what = tr("Order %1 was partly refunded in WooCommerce after CartonCloud received it%2.")
                   .arg(orderNumber, details);
        todo = tr("CartonCloud was not changed: change the outbound order there if fewer items should ship, then "
                  "choose Retry to carry on.");
    } else if (kind == QLatin1String("edited")) {
        what = tr("Order %1 was edited in WooCommerce after CartonCloud received it%2.").arg(orderNumber, details);
        todo = tr("CartonCloud was not changed: change the outbound order there to match, then choose Retry to "
                  "carry on.");
    } else if (kind == QLatin1String("processing")) {
        what = tr("Order %1 is processing again in WooCommerce after a change of status%2.").arg(orderNumber, details);
        todo = tr("Check the outbound order in CartonCloud, then choose Retry to carry on.");
    } else {
        what = tr("Order %1 was set to \"%2\" in WooCommerce after CartonCloud received it%3.")
                   .arg(orderNumber, kind, details);
        todo = tr("CartonCloud was not changed: hold the outbound order there if it should wait, then choose Retry "
                  "to carry on.");
    }
    return what + QLatin1Char(' ') + todo;
}

} // namespace wharf
