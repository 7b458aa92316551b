#include "core/store/orderlinkrepository.h"

namespace wharf {

namespace {
constexpr auto kColumns = "id, integration_id, woo_order_id, woo_order_number, state, reference, wms_order_id, "
                          "wms_status, reason, reason_since, attempts, next_attempt_at, tracking_number, "
                          "tracking_carrier, tracking_url, woo_tracking_id, woo_modified_at, created_at, updated_at, "
                          "completed_at, dispatched_at, tracking_check_at, hand_off_snapshot, woo_change";

OrderLink linkFrom(const QSqlQuery &query)
{
    OrderLink link;
    link.id = query.value(0).toLongLong();
    link.integrationId = query.value(1).toLongLong();
    link.wooOrderId = query.value(2).toLongLong();
    link.wooOrderNumber = query.value(3).toString();
    link.state = OrderLink::stateFromKey(query.value(4).toString());
    link.reference = query.value(5).toString();
    link.wmsOrderId = query.value(6).toString();
    link.wmsStatus = query.value(7).toString();
    link.reason = query.value(8).toString();
    link.reasonSince = Repository::timeFrom(query.value(9));
    link.attempts = query.value(10).toInt();
    link.nextAttemptAt = Repository::timeFrom(query.value(11));
    link.trackingNumber = query.value(12).toString();
    link.trackingCarrier = query.value(13).toString();
    link.trackingUrl = query.value(14).toString();
    link.wooTrackingId = query.value(15).toString();
    link.wooModifiedAt = Repository::timeFrom(query.value(16));
    link.createdAt = Repository::timeFrom(query.value(17));
    link.updatedAt = Repository::timeFrom(query.value(18));
    link.completedAt = Repository::timeFrom(query.value(19));
    link.dispatchedAt = Repository::timeFrom(query.value(20));
    link.trackingCheckAt = Repository::timeFrom(query.value(21));
    link.handOffSnapshot = query.value(22).toString();
    link.wooChange = query.value(23).toString();
    return link;
}
} // namespace

namespace {
// The columns a link's life changes, in the order bindChanging() binds them: insert and update
// share them, so that a new column cannot be written by one and forgotten by the other.
const QStringList &changingColumns()
{
    static const QStringList columns {
        QStringLiteral("woo_order_number"),  QStringLiteral("state"),
        QStringLiteral("reference"),         QStringLiteral("wms_order_id"),
        QStringLiteral("wms_status"),        QStringLiteral("reason"),
        QStringLiteral("reason_since"),      QStringLiteral("attempts"),
        QStringLiteral("next_attempt_at"),   QStringLiteral("tracking_number"),
        QStringLiteral("tracking_carrier"),  QStringLiteral("tracking_url"),
        QStringLiteral("woo_tracking_id"),   QStringLiteral("woo_modified_at"),
        QStringLiteral("updated_at"),        QStringLiteral("completed_at"),
        QStringLiteral("dispatched_at"),     QStringLiteral("tracking_check_at"),
        QStringLiteral("hand_off_snapshot"), QStringLiteral("woo_change"),
    };
    return columns;
}

void bindChanging(QSqlQuery &query, const OrderLink &link)
{
    query.addBindValue(link.wooOrderNumber);
    query.addBindValue(OrderLink::stateKey(link.state));
    query.addBindValue(link.reference);
    query.addBindValue(link.wmsOrderId);
    query.addBindValue(link.wmsStatus);
    query.addBindValue(link.reason);
    query.addBindValue(Repository::timeValue(link.reasonSince));
    query.addBindValue(link.attempts);
    query.addBindValue(Repository::timeValue(link.nextAttemptAt));
    query.addBindValue(link.trackingNumber);
    query.addBindValue(link.trackingCarrier);
    query.addBindValue(link.trackingUrl);
    query.addBindValue(link.wooTrackingId);
    query.addBindValue(Repository::timeValue(link.wooModifiedAt));
    query.addBindValue(Repository::timeValue(link.updatedAt));
    query.addBindValue(Repository::timeValue(link.completedAt));
    query.addBindValue(Repository::timeValue(link.dispatchedAt));
    query.addBindValue(Repository::timeValue(link.trackingCheckAt));
    query.addBindValue(link.handOffSnapshot);
    query.addBindValue(link.wooChange);
}
} // namespace

bool OrderLinkRepository::insert(OrderLink &link) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    link.createdAt = now;
    link.updatedAt = now;
    QStringList marks;
    for (qsizetype i = 0; i < changingColumns().size() + 3; ++i)
        marks.append(QStringLiteral("?"));
    // DO NOTHING rather than an error when the order is linked already: in a transaction,
    // PostgreSQL would abort every other write of the batch with it.
    QSqlQuery query = prepare(QStringLiteral("INSERT INTO order_links (integration_id, woo_order_id, created_at, %1) "
                                             "VALUES (%2) ON CONFLICT (integration_id, woo_order_id) DO NOTHING")
                                  .arg(changingColumns().join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    query.addBindValue(link.integrationId);
    query.addBindValue(link.wooOrderId);
    query.addBindValue(timeValue(link.createdAt));
    bindChanging(query, link);
    if (!exec(query))
        return false;
    if (query.numRowsAffected() != 1) {
        m_error = QStringLiteral("order %1 is linked already").arg(link.wooOrderId);
        return false;
    }
    link.id = query.lastInsertId().toLongLong();
    return true;
}

bool OrderLinkRepository::update(OrderLink &link) const
{
    link.updatedAt = QDateTime::currentDateTimeUtc();
    QStringList assignments;
    for (const QString &column : changingColumns())
        assignments.append(column + QStringLiteral(" = ?"));
    QSqlQuery query =
        prepare(QStringLiteral("UPDATE order_links SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))));
    bindChanging(query, link);
    query.addBindValue(link.id);
    return exec(query) && query.numRowsAffected() == 1;
}

QList<OrderLink> OrderLinkRepository::select(const QString &where, const QVariantList &values,
                                             const QString &orderAndLimit) const
{
    QSqlQuery query =
        prepare(QStringLiteral("SELECT %1 FROM order_links %2 %3").arg(QLatin1String(kColumns), where, orderAndLimit));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<OrderLink> links;
    if (!exec(query))
        return links;
    while (query.next())
        links.append(linkFrom(query));
    return links;
}

std::optional<OrderLink> OrderLinkRepository::find(qint64 integrationId, qint64 wooOrderId) const
{
    const QList<OrderLink> found =
        select(QStringLiteral("WHERE integration_id = ? AND woo_order_id = ?"), {integrationId, wooOrderId});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<OrderLink> OrderLinkRepository::findById(qint64 id) const
{
    const QList<OrderLink> found = select(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<OrderLink> OrderLinkRepository::findByWmsOrderId(qint64 integrationId, const QString &wmsOrderId) const
{
    const QList<OrderLink> found =
        select(QStringLiteral("WHERE integration_id = ? AND wms_order_id = ?"), {integrationId, wmsOrderId});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<OrderLink> OrderLinkRepository::inStates(qint64 integrationId, const QList<OrderLink::State> &states) const
{
    QStringList marks;
    QVariantList values {integrationId};
    for (const OrderLink::State state : states) {
        marks.append(QStringLiteral("?"));
        values.append(OrderLink::stateKey(state));
    }
    return select(QStringLiteral("WHERE integration_id = ? AND state IN (%1)").arg(marks.join(u',')), values);
}

QList<OrderLink> OrderLinkRepository::inState(qint64 integrationId, OrderLink::State state) const
{
    return select(QStringLiteral("WHERE integration_id = ? AND state = ?"),
                  {integrationId, OrderLink::stateKey(state)});
}

QList<OrderLink> OrderLinkRepository::trackingFollowed(qint64 integrationId, const QDateTime &dispatchedAfter,
                                                       const QDateTime &dueBy) const
{
    // Times are UTC ISO 8601 text of one width, so text order is time order.
    return select(QStringLiteral("WHERE integration_id = ? AND state IN (?, ?) AND wms_status = 'DISPATCHED' "
                                 "AND dispatched_at > ? AND (tracking_check_at IS NULL OR tracking_check_at <= ?)"),
                  {integrationId, OrderLink::stateKey(OrderLink::State::Created),
                   OrderLink::stateKey(OrderLink::State::Completed), timeValue(dispatchedAfter), timeValue(dueBy)});
}

QList<OrderLink> OrderLinkRepository::waitingUnchangedSince(qint64 integrationId, const QDateTime &before,
                                                            int limit) const
{
    // Times are UTC ISO 8601 text of one width, so text order is time order.
    return select(QStringLiteral("WHERE integration_id = ? AND state = ? AND wms_order_id <> '' "
                                 "AND wms_status <> 'DISPATCHED' AND updated_at < ?"),
                  {integrationId, OrderLink::stateKey(OrderLink::State::Created), timeValue(before), limit},
                  QStringLiteral("ORDER BY updated_at, id LIMIT ?"));
}

QHash<OrderLink::State, int> OrderLinkRepository::countsByState(qint64 integrationId) const
{
    QSqlQuery query =
        prepare(QStringLiteral("SELECT state, COUNT(*) FROM order_links WHERE integration_id = ? GROUP BY state"));
    query.addBindValue(integrationId);
    QHash<OrderLink::State, int> counts;
    if (!exec(query))
        return counts;
    while (query.next())
        counts.insert(OrderLink::stateFromKey(query.value(0).toString()), query.value(1).toInt());
    return counts;
}

QHash<qint64, OrderLinkRepository::StateCounts>
OrderLinkRepository::stateCounts(const QList<qint64> &integrationIds) const
{
    QHash<qint64, StateCounts> out;
    if (integrationIds.isEmpty())
        return out;
    // One integration at a time, each answered from the (integration_id, state) index; a GROUP BY
    // integration_id over the whole table would read every integration's links, held or not.
    QSqlQuery byState =
        prepare(QStringLiteral("SELECT state, COUNT(*) FROM order_links WHERE integration_id = ? GROUP BY state"));
    QSqlQuery dispatched = prepare(QStringLiteral(
        "SELECT COUNT(*) FROM order_links WHERE integration_id = ? AND state = ? AND wms_status = 'DISPATCHED'"));
    const QString created = OrderLink::stateKey(OrderLink::State::Created);
    for (const qint64 id : integrationIds) {
        StateCounts &counts = out[id];
        byState.bindValue(0, id);
        if (!exec(byState))
            continue;
        while (byState.next())
            counts.byState.insert(OrderLink::stateFromKey(byState.value(0).toString()), byState.value(1).toInt());
        if (counts.byState.value(OrderLink::State::Created) == 0)
            continue;
        dispatched.bindValue(0, id);
        dispatched.bindValue(1, created);
        if (exec(dispatched) && dispatched.next())
            counts.createdDispatched = dispatched.value(0).toInt();
    }
    return out;
}

} // namespace wharf
