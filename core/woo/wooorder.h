#pragma once

#include "core/woo/wooaddress.h"
#include "core/woo/woolineitem.h"
#include "core/woo/wooshippingline.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace wharf::woo {

// A WooCommerce order, with what the sync and the mapping need. Dates are the *_gmt fields read as
// UTC; the site-local ones are kept as text only, since WooCommerce sends them without an offset.
struct WooOrder
{
    qint64 id = 0;
    QString number; // may differ from id with order-number plugins
    QString status; // without the "wc-" prefix
    QString currency;
    QString total; // decimal string
    QDateTime createdUtc;
    QDateTime modifiedUtc;
    QString dateCreatedLocal; // "YYYY-MM-DDTHH:MM:SS", the store's time zone, passed through as is
    QString customerNote;
    WooAddress billing;
    WooAddress shipping;
    QList<WooLineItem> lineItems;
    QList<WooShippingLine> shippingLines;
    // The order's refunds[] summary ({id, reason, total}): which refunds exist, not what they
    // refunded — for that, WooClient::listRefunds().
    QList<qint64> refundIds;
    // Everything as received, for what this struct does not name (meta_data, fee lines, …).
    QJsonObject raw;

    // An order without an id is not an order: isValid() is false.
    static WooOrder fromJson(const QJsonObject &json);
    bool isValid() const { return id > 0; }
    bool hasRefunds() const { return !refundIds.isEmpty(); }
    // WooCommerce dates ("2026-05-04T12:02:11", no offset) as UTC; invalid when absent.
    static QDateTime parseGmt(const QString &text);
    // The form modified_after and friends expect with dates_are_gmt=true.
    static QString formatGmt(const QDateTime &utc);
};

} // namespace wharf::woo

Q_DECLARE_METATYPE(wharf::woo::WooOrder)
