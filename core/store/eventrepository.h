#pragma once

#include "core/model/syncevent.h"
#include "core/store/repository.h"

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
};

} // namespace wharf
