#pragma once

#include <QDateTime>
#include <QString>

namespace wharf {

// One tracking entry Wharf keeps in WooCommerce for one CartonCloud consignment of an order: an
// order shipped in three consignments has three entries, each replaced only when its own
// consignment's tracking changes.
//
// `Writing` is to tracking what a link's "creating" is to an outbound order: recorded right
// before the entry is added to the store, so that after a crash Wharf looks at the order's
// tracking once (the entry may have been added) instead of adding it again.
struct TrackingEntry
{
    enum class State { Writing, Written };

    qint64 orderLinkId = 0;
    QString consignmentId; // empty: an entry written by Wharf 0.2 or older, before consignments were told apart
    QString trackingNumber;
    QString carrier;
    QString url;
    QString wooTrackingId; // the entry's id in the store's tracking plugin, once written
    State state = State::Writing;
    QDateTime updatedAt;

    bool sameTracking(const QString &number, const QString &carrierName, const QString &link) const
    {
        return trackingNumber == number && carrier == carrierName && url == link;
    }
};

} // namespace wharf
