#include "core/store/eventrepository.h"

namespace wharf {

namespace {
SyncEvent eventFrom(const QSqlQuery &query)
{
    SyncEvent event;
    event.id = query.value(0).toLongLong();
    event.integrationId = query.value(1).toLongLong();
    event.orderLinkId = query.value(2).toLongLong();
    event.at = Repository::timeFrom(query.value(3));
    event.kind = query.value(4).toString();
    event.severity = SyncEvent::severityFromKey(query.value(5).toString());
    event.message = query.value(6).toString();
    return event;
}
constexpr auto kSelect = "SELECT id, integration_id, order_link_id, at, kind, severity, message FROM sync_events ";
} // namespace

bool EventRepository::append(SyncEvent &event) const
{
    if (!event.at.isValid())
        event.at = QDateTime::currentDateTimeUtc();
    QSqlQuery query = prepare(QStringLiteral("INSERT INTO sync_events (integration_id, order_link_id, at, kind, "
                                             "severity, message) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(event.integrationId);
    query.addBindValue(event.orderLinkId > 0 ? QVariant(event.orderLinkId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(timeValue(event.at));
    query.addBindValue(event.kind);
    query.addBindValue(SyncEvent::severityKey(event.severity));
    query.addBindValue(event.message);
    if (!exec(query))
        return false;
    event.id = query.lastInsertId().toLongLong();
    return true;
}

QList<SyncEvent> EventRepository::forIntegration(qint64 integrationId, int limit) const
{
    QSqlQuery query =
        prepare(QLatin1String(kSelect) + QStringLiteral("WHERE integration_id = ? ORDER BY id DESC LIMIT ?"));
    query.addBindValue(integrationId);
    query.addBindValue(limit);
    QList<SyncEvent> events;
    if (!exec(query))
        return events;
    while (query.next())
        events.append(eventFrom(query));
    return events;
}

QList<SyncEvent> EventRepository::forOrder(qint64 orderLinkId) const
{
    QSqlQuery query = prepare(QLatin1String(kSelect) + QStringLiteral("WHERE order_link_id = ? ORDER BY id"));
    query.addBindValue(orderLinkId);
    QList<SyncEvent> events;
    if (!exec(query))
        return events;
    while (query.next())
        events.append(eventFrom(query));
    return events;
}

int EventRepository::prune(const QDateTime &before) const
{
    if (!transaction())
        return -1;
    // The WHERE keeps SQLite's parser from reading ON CONFLICT as part of the SELECT.
    QSqlQuery tally = prepare(QStringLiteral(
        "INSERT INTO event_tallies (integration_id, kind, count) SELECT integration_id, kind, COUNT(*) "
        "FROM sync_events WHERE at < ? GROUP BY integration_id, kind "
        "ON CONFLICT (integration_id, kind) DO UPDATE SET count = event_tallies.count + excluded.count"));
    tally.addBindValue(timeValue(before));
    QSqlQuery remove = prepare(QStringLiteral("DELETE FROM sync_events WHERE at < ?"));
    remove.addBindValue(timeValue(before));
    if (!exec(tally) || !exec(remove)) {
        rollback();
        return -1;
    }
    const int pruned = remove.numRowsAffected();
    if (!commit()) {
        rollback();
        return -1;
    }
    return pruned;
}

QHash<QString, qint64> EventRepository::prunedCounts(qint64 integrationId) const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT kind, count FROM event_tallies WHERE integration_id = ?"));
    query.addBindValue(integrationId);
    QHash<QString, qint64> counts;
    if (!exec(query))
        return counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

} // namespace wharf
