#include "core/billing/weeklybilling.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace wharf {

WeeklyBilling::WeeklyBilling(QTimeZone zone)
    : m_zone(std::move(zone))
{
}

QDate WeeklyBilling::weekStartOf(const QDateTime &moment) const
{
    const QDate day = moment.toTimeZone(m_zone).date();
    return day.addDays(1 - day.dayOfWeek()); // dayOfWeek: Monday is 1
}

QDateTime WeeklyBilling::weekBegins(QDate weekStart) const
{
    return QDateTime(weekStart, QTime(0, 0), m_zone);
}

QDateTime WeeklyBilling::weekEnds(QDate weekStart) const
{
    return QDateTime(weekStart.addDays(7), QTime(0, 0), m_zone);
}

QList<WeeklyBilling::Line> WeeklyBilling::week(const QList<Integration> &integrations, QDate weekStart,
                                               const QDateTime &asOf) const
{
    int daysSoFar = 0;
    for (int day = 0; day < 7; ++day) {
        if (QDateTime(weekStart.addDays(day), QTime(0, 0), m_zone) < asOf)
            ++daysSoFar;
    }
    QList<Line> lines;
    for (const Integration &integration : integrations) {
        if (!integration.createdAt.isValid())
            continue;
        // Billing follows the store: an integration deleted and restored has several periods,
        // and a day (or week) active in any of them counts once.
        QList<std::pair<QDateTime, QDateTime>> periods = integration.activePeriods;
        if (periods.isEmpty())
            periods = {{integration.createdAt, integration.deletedAt}}; // invalid end: still active
        int activeDays = 0;
        for (int day = 0; day < daysSoFar; ++day) {
            const QDateTime dayBegins(weekStart.addDays(day), QTime(0, 0), m_zone);
            const QDateTime dayEnds(weekStart.addDays(day + 1), QTime(0, 0), m_zone);
            const bool active = std::any_of(periods.cbegin(), periods.cend(), [&](const auto &period) {
                const bool startedBeforeDayEnds = period.first < dayEnds;
                const bool notEndedBeforeDayBegins = !period.second.isValid() || period.second > dayBegins;
                return startedBeforeDayEnds && notEndedBeforeDayBegins;
            });
            if (active)
                ++activeDays;
        }
        if (activeDays == 0)
            continue;
        lines.append({integration.id, integration.name, integration.customerId, integration.storeUrl, weekStart,
                      activeDays, daysSoFar, kCentsPerIntegrationWeek});
    }
    return lines;
}

QList<WeeklyBilling::Line> WeeklyBilling::weeks(const QList<Integration> &integrations, const QDateTime &from,
                                                const QDateTime &to, const QDateTime &asOf) const
{
    QList<Line> lines;
    for (QDate start = weekStartOf(from); start <= weekStartOf(to); start = start.addDays(7))
        lines += week(integrations, start, asOf);
    return lines;
}

int WeeklyBilling::totalCents(const QList<Line> &lines)
{
    int total = 0;
    for (const Line &line : lines)
        total += line.amountCents;
    return total;
}

namespace {
QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

QString WeeklyBilling::csv(const QList<Line> &lines, const QHash<QString, QString> &customerNames) const
{
    QStringList rows {
        QStringLiteral("week_begins,week_ends,time_zone,customer,integration_id,integration,store_url,active_days,"
                       "amount_usd")};
    for (const Line &line : lines) {
        rows.append(QStringList {
            weekBegins(line.weekStart).toString(Qt::ISODate), weekEnds(line.weekStart).toString(Qt::ISODate),
            QString::fromUtf8(m_zone.id()), csvField(customerNames.value(line.customerId, line.customerId)),
            QString::number(line.integrationId), csvField(line.integrationName), csvField(line.storeUrl),
            QString::number(line.activeDays),
            QStringLiteral("%1.%2").arg(line.amountCents / 100).arg(line.amountCents % 100, 2, 10, QLatin1Char('0'))}
                        .join(QLatin1Char(',')));
    }
    return rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace wharf
