#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace wharf::woo {

// One refund of an order, as GET /orders/<id>/refunds shows it: what was refunded of which line.
// An order's own line_items keep the quantity ordered whatever was refunded (woocommerce-api.md
// §3.3), so these are the only place refunded quantities are found.
struct WooRefund
{
    struct Line
    {
        qint64 id = 0; // the refund's own line item
        qint64 orderItemId = 0; // the order's line item it refunds; 0 when the refund does not say
        // Refunded units, as a positive number: WooCommerce stores the refund's lines with the
        // quantity negated. 0 for a refund of money only on that line.
        double quantity = 0;
        QString total; // decimal string, positive: the money refunded on the line
    };

    qint64 id = 0;
    QString amount; // decimal string
    QString reason;
    QDateTime createdUtc;
    QList<Line> lines;

    // A refund without an id is not a refund: isValid() is false.
    static WooRefund fromJson(const QJsonObject &json);
    bool isValid() const { return id > 0; }
    // Units refunded of the order's line item `orderItemId`, over every refund given.
    static double refundedQuantity(const QList<WooRefund> &refunds, qint64 orderItemId);
    // The _fields list for refund reads: what the netting uses, nothing else.
    static QString fields();
};

} // namespace wharf::woo
