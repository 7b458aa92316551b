#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace wharf::woo {

// One shipment-tracking entry of an order. To send one, fill number and provider (a name from the
// providers list), or customProvider and customLink for a carrier that is not in the list.
struct TrackingItem
{
    QString trackingId; // assigned by the store; the handle for deleting it
    QString number;
    QString provider;
    QString link;
    QString customProvider;
    QString customLink;
    // Sent as YYYY-MM-DD to the official plugin. As received, in whatever format the plugin uses
    // (Advanced Shipment Tracking uses the site's display format).
    QDate dateShipped;
    QString dateShippedText;

    static TrackingItem fromJson(const QJsonObject &json);
};

} // namespace wharf::woo
