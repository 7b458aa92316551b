#include "core/woo/trackingitem.h"

using namespace Qt::StringLiterals;

namespace wharf::woo {

TrackingItem TrackingItem::fromJson(const QJsonObject &json)
{
    TrackingItem t;
    t.trackingId = json.value(u"tracking_id"_s).toString();
    t.number = json.value(u"tracking_number"_s).toString();
    t.provider = json.value(u"tracking_provider"_s).toString();
    t.link = json.value(u"tracking_link"_s).toString();
    t.dateShippedText = json.value(u"date_shipped"_s).toString();
    t.dateShipped = QDate::fromString(t.dateShippedText, Qt::ISODate);
    return t;
}

} // namespace wharf::woo
