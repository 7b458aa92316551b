#pragma once

#include "core/model/trackingentry.h"
#include "core/store/repository.h"

#include <QHash>
#include <QList>

namespace wharf {

// The tracking entries Wharf wrote to WooCommerce, one per (order link, consignment).
class TrackingEntryRepository : public Repository
{
public:
    using Repository::Repository;

    // Inserts or replaces the entry of (orderLinkId, consignmentId); sets updatedAt.
    bool save(TrackingEntry &entry) const;
    // Gives an entry written before consignments were told apart the consignment it belongs to.
    bool assignConsignment(qint64 orderLinkId, const QString &consignmentId) const;
    // By order link, each link's entries in consignment order.
    QHash<qint64, QList<TrackingEntry>> forLinks(const QList<qint64> &orderLinkIds) const;
};

} // namespace wharf
