#include "core/store/trackingentryrepository.h"

namespace wharf {

namespace {
QString stateKey(TrackingEntry::State state)
{
    return state == TrackingEntry::State::Written ? QStringLiteral("written") : QStringLiteral("writing");
}
} // namespace

bool TrackingEntryRepository::save(TrackingEntry &entry) const
{
    entry.updatedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query = prepare(QStringLiteral(
        "INSERT INTO order_tracking (order_link_id, consignment_id, tracking_number, carrier, url, woo_tracking_id, "
        "state, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (order_link_id, consignment_id) DO UPDATE SET tracking_number = excluded.tracking_number, "
        "carrier = excluded.carrier, url = excluded.url, woo_tracking_id = excluded.woo_tracking_id, "
        "state = excluded.state, updated_at = excluded.updated_at"));
    query.addBindValue(entry.orderLinkId);
    query.addBindValue(entry.consignmentId);
    query.addBindValue(entry.trackingNumber);
    query.addBindValue(entry.carrier);
    query.addBindValue(entry.url);
    query.addBindValue(entry.wooTrackingId);
    query.addBindValue(stateKey(entry.state));
    query.addBindValue(timeValue(entry.updatedAt));
    return exec(query);
}

bool TrackingEntryRepository::assignConsignment(qint64 orderLinkId, const QString &consignmentId) const
{
    QSqlQuery query = prepare(
        QStringLiteral("UPDATE order_tracking SET consignment_id = ? WHERE order_link_id = ? AND consignment_id = ''"));
    query.addBindValue(consignmentId);
    query.addBindValue(orderLinkId);
    return exec(query);
}

QHash<qint64, QList<TrackingEntry>> TrackingEntryRepository::forLinks(const QList<qint64> &orderLinkIds) const
{
    QHash<qint64, QList<TrackingEntry>> entries;
    // In slices: SQLite's limit on bound values is 32,766 since 3.32, older builds 999.
    constexpr qsizetype kSlice = 500;
    for (qsizetype start = 0; start < orderLinkIds.size(); start += kSlice) {
        const QList<qint64> slice = orderLinkIds.mid(start, kSlice);
        QStringList marks;
        for (qsizetype i = 0; i < slice.size(); ++i)
            marks.append(QStringLiteral("?"));
        QSqlQuery query = prepare(
            QStringLiteral("SELECT order_link_id, consignment_id, tracking_number, carrier, url, woo_tracking_id, "
                           "state, updated_at FROM order_tracking WHERE order_link_id IN (%1) "
                           "ORDER BY order_link_id, consignment_id")
                .arg(marks.join(u',')));
        for (const qint64 id : slice)
            query.addBindValue(id);
        if (!exec(query))
            return {};
        while (query.next()) {
            TrackingEntry entry;
            entry.orderLinkId = query.value(0).toLongLong();
            entry.consignmentId = query.value(1).toString();
            entry.trackingNumber = query.value(2).toString();
            entry.carrier = query.value(3).toString();
            entry.url = query.value(4).toString();
            entry.wooTrackingId = query.value(5).toString();
            entry.state = query.value(6).toString() == QLatin1String("written") ? TrackingEntry::State::Written
                                                                                : TrackingEntry::State::Writing;
            entry.updatedAt = timeFrom(query.value(7));
            entries[entry.orderLinkId].append(entry);
        }
    }
    return entries;
}

} // namespace wharf
