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

    // Each running engine says it is alive (a row of its own in `engines`, renewed with its
    // leases), so that engines holding nothing yet still count when work is shared out.
    bool heartbeat(const LeaseHolder &me, qint64 nowMs, qint64 ttlMs) const;
    // Engines whose heartbeat has not expired at nowMs; -1 when the database did not answer.
    int liveEngines(qint64 nowMs) const;
    // Gone: its heartbeat and every lease it held, at once.
    bool leave(const QString &ownerId) const;

    // The database's clock, in milliseconds since the epoch: what lease times are written and
    // compared in. With workers on several machines sharing one server, each machine's own clock
    // may be off; the database's is one clock for all of them. Falls back to this machine's wall
    // clock (with *ok false) when the database does not answer.
    qint64 databaseNowMs(bool *ok = nullptr) const;

    // This machine's wall-clock milliseconds since the epoch.
    static qint64 nowMs();
};

} // namespace wharf
