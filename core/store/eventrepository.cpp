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
    // Counted from the rows this very statement deleted (RETURNING: SQLite 3.35, PostgreSQL), so
    // that two engines pruning at once never count a row twice.
    QSqlQuery remove = prepare(QStringLiteral("DELETE FROM sync_events WHERE at < ? RETURNING integration_id, kind"));
    remove.addBindValue(timeValue(before));
    if (!exec(remove)) {
        rollback();
        return -1;
    }
    QHash<QPair<qint64, QString>, qint64> counts;
    int pruned = 0;
    while (remove.next()) {
        ++counts[qMakePair(remove.value(0).toLongLong(), remove.value(1).toString())];
        ++pruned;
    }
    remove.finish();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QSqlQuery tally = prepare(QStringLiteral(
            "INSERT INTO event_tallies (integration_id, kind, count) VALUES (?, ?, ?) "
            "ON CONFLICT (integration_id, kind) DO UPDATE SET count = event_tallies.count + excluded.count"));
        tally.addBindValue(it.key().first);
        tally.addBindValue(it.key().second);
        tally.addBindValue(it.value());
        if (!exec(tally)) {
            rollback();
            return -1;
        }
    }
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
