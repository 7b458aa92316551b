#pragma once

#include "core/model/integration.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace wharf {

// The product's price: $10 per integration per week, billed weekly (seed, "Cost"). Billing starts
// when the integration is saved and stops when it is deleted (seed, "Disconnecting"); a paused
// integration is still billed, as CartonCloud's is. A week is charged in full for an integration
// that existed at any moment of it: the seed names no proration, so Wharf shows the active days
// beside each charge for the warehouse to reconcile, but does not prorate.
class WeeklyBilling
{
public:
    static constexpr int kCentsPerIntegrationWeek = 1000;

    struct Line
    {
        qint64 integrationId = 0;
        QString integrationName;
        QString customerId;
        QString storeUrl;
        QDate weekStart; // the Monday the week starts on, in the billing time zone
        int activeDays = 0; // days of the week that have begun and on which the integration existed, 1..7
        int daysSoFar = 7; // days of the week that have begun by `asOf`: 7 once the week is over
        int amountCents = 0;

        bool weekComplete() const { return daysSoFar == 7; }
    };

    // Weeks run Monday 00:00 to the next Monday 00:00 in `zone`; statements state it.
    explicit WeeklyBilling(QTimeZone zone = QTimeZone::utc());

    QTimeZone timeZone() const { return m_zone; }
    QDate weekStartOf(const QDateTime &moment) const;
    QDateTime weekBegins(QDate weekStart) const;
    QDateTime weekEnds(QDate weekStart) const; // exclusive

    // One line per integration billed in the week starting on `weekStart`, as the week stands at `asOf`
    // (usually now): days that begin after it are not counted, and a week that has not begun is empty.
    QList<Line> week(const QList<Integration> &integrations, QDate weekStart, const QDateTime &asOf) const;
    // Every week from the one holding `from` to the one holding `to`, oldest first, as they stand at `asOf`.
    QList<Line> weeks(const QList<Integration> &integrations, const QDateTime &from, const QDateTime &to,
                      const QDateTime &asOf) const;
    // The Monday of the last week that has ended by `asOf`.
    QDate lastCompletedWeekStart(const QDateTime &asOf) const { return weekStartOf(asOf).addDays(-7); }

    static int totalCents(const QList<Line> &lines);
    // A statement to reconcile the invoice against: one row per line, with the week's bounds.
    QString csv(const QList<Line> &lines, const QHash<QString, QString> &customerNames) const;

private:
    QTimeZone m_zone;
};

} // namespace wharf
