#include "core/store/leaserepository.h"

#include "core/store/database.h"
#include "core/store/sqldialect.h"

namespace wharf {

namespace {
constexpr auto kColumns = "integration_id, owner_id, owner_host, owner_kind, owner_pid, since, expires_at_ms";

Lease leaseFrom(const QSqlQuery &query)
{
    Lease lease;
    lease.integrationId = query.value(0).toLongLong();
    lease.holder.ownerId = query.value(1).toString();
    lease.holder.host = query.value(2).toString();
    lease.holder.kind = LeaseHolder::kindFromKey(query.value(3).toString());
    lease.holder.pid = query.value(4).toLongLong();
    lease.since = Repository::timeFrom(query.value(5));
    lease.expiresAtMs = query.value(6).toLongLong();
    return lease;
}
} // namespace

qint64 LeaseRepository::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool LeaseRepository::tryAcquire(qint64 integrationId, const LeaseHolder &me, qint64 nowMs, qint64 ttlMs) const
{
    // One upsert: it inserts a free lease, renews our own, takes over an expired one, and leaves a
    // live lease of another engine alone (the WHERE of DO UPDATE). SQLite ≥ 3.24 and PostgreSQL
    // both read it the same way.
    QSqlQuery query = prepare(QStringLiteral(
        "INSERT INTO leases (integration_id, owner_id, owner_host, owner_kind, owner_pid, since, expires_at_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (integration_id) DO UPDATE SET owner_id = excluded.owner_id, owner_host = excluded.owner_host, "
        "owner_kind = excluded.owner_kind, owner_pid = excluded.owner_pid, "
        "since = CASE WHEN leases.owner_id = excluded.owner_id THEN leases.since ELSE excluded.since END, "
        "expires_at_ms = excluded.expires_at_ms "
        "WHERE leases.owner_id = excluded.owner_id OR leases.expires_at_ms < ?"));
    query.addBindValue(integrationId);
    query.addBindValue(me.ownerId);
    query.addBindValue(me.host);
    query.addBindValue(LeaseHolder::kindKey(me.kind));
    query.addBindValue(me.pid);
    query.addBindValue(timeValue(QDateTime::currentDateTimeUtc()));
    query.addBindValue(nowMs + ttlMs);
    query.addBindValue(nowMs);
    return exec(query) && query.numRowsAffected() == 1;
}

QSet<qint64> LeaseRepository::renewAll(const QString &ownerId, qint64 nowMs, qint64 ttlMs, bool *ok) const
{
    QSet<qint64> held;
    QSqlQuery renew = prepare(QStringLiteral("UPDATE leases SET expires_at_ms = ? WHERE owner_id = ?"));
    renew.addBindValue(nowMs + ttlMs);
    renew.addBindValue(ownerId);
    QSqlQuery query = prepare(QStringLiteral("SELECT integration_id FROM leases WHERE owner_id = ?"));
    query.addBindValue(ownerId);
    *ok = exec(renew) && exec(query);
    while (*ok && query.next())
        held.insert(query.value(0).toLongLong());
    return held;
}

bool LeaseRepository::release(qint64 integrationId, const QString &ownerId) const
{
    QSqlQuery query = prepare(QStringLiteral("DELETE FROM leases WHERE integration_id = ? AND owner_id = ?"));
    query.addBindValue(integrationId);
    query.addBindValue(ownerId);
    return exec(query);
}

bool LeaseRepository::releaseAll(const QString &ownerId) const
{
    QSqlQuery query = prepare(QStringLiteral("DELETE FROM leases WHERE owner_id = ?"));
    query.addBindValue(ownerId);
    return exec(query);
}

bool LeaseRepository::heartbeat(const LeaseHolder &me, qint64 nowMs, qint64 ttlMs) const
{
    QSqlQuery query = prepare(QStringLiteral(
        "INSERT INTO engines (owner_id, owner_host, owner_kind, owner_pid, expires_at_ms) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (owner_id) DO UPDATE SET expires_at_ms = excluded.expires_at_ms"));
    query.addBindValue(me.ownerId);
    query.addBindValue(me.host);
    query.addBindValue(LeaseHolder::kindKey(me.kind));
    query.addBindValue(me.pid);
    query.addBindValue(nowMs + ttlMs);
    // Engines that died long ago (a day): their rows are only history.
    QSqlQuery forget = prepare(QStringLiteral("DELETE FROM engines WHERE expires_at_ms < ?"));
    forget.addBindValue(nowMs - 24 * 3600 * 1000LL);
    return exec(query) && exec(forget);
}

int LeaseRepository::liveEngines(qint64 nowMs) const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT COUNT(*) FROM engines WHERE expires_at_ms >= ?"));
    query.addBindValue(nowMs);
    if (!exec(query) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool LeaseRepository::leave(const QString &ownerId) const
{
    QSqlQuery query = prepare(QStringLiteral("DELETE FROM engines WHERE owner_id = ?"));
    query.addBindValue(ownerId);
    return exec(query) && releaseAll(ownerId);
}

qint64 LeaseRepository::databaseNowMs(bool *ok) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    const bool answered =
        query.exec(QStringLiteral("SELECT %1").arg(SqlDialect::of(db).nowMsExpression())) && query.next();
    if (ok)
        *ok = answered;
    return answered ? query.value(0).toLongLong() : nowMs();
}

std::optional<Lease> LeaseRepository::find(qint64 integrationId) const
{
    QSqlQuery query =
        prepare(QStringLiteral("SELECT %1 FROM leases WHERE integration_id = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(integrationId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return leaseFrom(query);
}

QHash<qint64, Lease> LeaseRepository::all() const
{
    QHash<qint64, Lease> leases;
    QSqlQuery query = prepare(QStringLiteral("SELECT %1 FROM leases").arg(QLatin1String(kColumns)));
    if (!exec(query))
        return leases;
    while (query.next()) {
        const Lease lease = leaseFrom(query);
        leases.insert(lease.integrationId, lease);
    }
    return leases;
}

} // namespace wharf
