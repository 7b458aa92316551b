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

} // namespace wharf
