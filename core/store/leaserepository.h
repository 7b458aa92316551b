#pragma once

#include "core/model/lease.h"
#include "core/store/repository.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace wharf {

// Ownership of integrations, kept in the database so that it holds between processes on one desk
// (SQLite) and between workers sharing a server database alike: an engine works an integration
// only while its lease row names it and has not expired. Each call is one statement, so two
// engines racing for the same integration cannot both win.
class LeaseRepository : public Repository
{
public:
    using Repository::Repository;

    // Takes the lease when it is free, expired or already ours; true when we hold it afterwards.
    bool tryAcquire(qint64 integrationId, const LeaseHolder &me, qint64 nowMs, qint64 ttlMs) const;
    // Extends every lease we still hold and returns their integrations. A lease another engine
    // took after ours expired is not ours any more and is missing from the answer.
    QSet<qint64> renewAll(const QString &ownerId, qint64 nowMs, qint64 ttlMs, bool *ok) const;
    bool release(qint64 integrationId, const QString &ownerId) const;
    bool releaseAll(const QString &ownerId) const;

    std::optional<Lease> find(qint64 integrationId) const;
    QHash<qint64, Lease> all() const;

    // Wall-clock milliseconds since the epoch: leases are compared between processes.
    static qint64 nowMs();
};

} // namespace wharf
