#pragma once

#include "core/model/syncevent.h"
#include "core/store/repository.h"

#include <QHash>
#include <QList>

namespace wharf {

// The activity log: what happened to each integration and each of its orders.
class EventRepository : public Repository
{
public:
    using Repository::Repository;

    bool append(SyncEvent &event) const; // sets id (and `at` when unset)
    QList<SyncEvent> forIntegration(qint64 integrationId, int limit = 500) const; // newest first
    QList<SyncEvent> forOrder(qint64 orderLinkId) const; // oldest first: a timeline
    // Deletes the events before `before`, keeping how many of each kind each integration had (the
    // log must not grow without end on a desk that runs for years); returns how many went, or -1.
    int prune(const QDateTime &before) const;
    // The counts pruning kept, by kind.
    QHash<QString, qint64> prunedCounts(qint64 integrationId) const;
};

} // namespace wharf
