#include "app/billingcommand.h"

#include "core/billing/weeklybilling.h"
#include "core/store/accountrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/integrationrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace wharf {

QString BillingCommand::money(int cents)
{
    // The price is in US dollars (seed: "$10 per week"), whatever the locale; as the window shows it.
    return QStringLiteral("$%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

void BillingCommand::run(const QStringList &positional, const QCommandLineParser &parser)
{
    if (positional.size() != 1) {
        usageError(tr("billing takes no words after it, only options: --from DATE --to DATE, --csv or --json."));
        return;
    }
    if (isSet(parser, "csv") && isSet(parser, "json")) {
        usageError(tr("Choose --csv or --json, not both."));
        return;
    }
    const bool ranged = isSet(parser, "from") || isSet(parser, "to");
    if (ranged && !isSet(parser, "from")) {
        usageError(tr("billing --to needs --from too."));
        return;
    }
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const WeeklyBilling billing(zone);
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime from;
    QDateTime to;
    if (ranged) {
        const QDate fromDate = QDate::fromString(option(parser, "from"), Qt::ISODate);
        const QDate toDate =
            isSet(parser, "to") ? QDate::fromString(option(parser, "to"), Qt::ISODate) : now.toTimeZone(zone).date();
        if (!fromDate.isValid() || !toDate.isValid()) {
            usageError(tr("--from and --to take dates such as 2026-11-02."));
            return;
        }
        // As the window's "between two dates": the weeks holding either day, in either order.
        from = QDateTime(std::min(fromDate, toDate), QTime(0, 0), zone);
        to = QDateTime(std::max(fromDate, toDate), QTime(0, 0), zone);
    } else {
        from = billing.weekBegins(billing.lastCompletedWeekStart(now));
        to = from;
    }

    // Deleted integrations too: a week in which one existed is billed.
    const QList<Integration> integrations = IntegrationRepository(m_database).all(true);
    QHash<QString, QString> names;
    for (const WmsAccount &account : AccountRepository(m_database).all()) {
        for (const Customer &customer : CustomerRepository(m_database).forAccount(account.id))
            names.insert(customer.id, customer.name);
    }
    QList<WeeklyBilling::Line> lines = billing.weeks(integrations, from, to, now);
    // Newest week first, then customers and integrations by name: the window's order.
    std::stable_sort(lines.begin(), lines.end(), [&names](const WeeklyBilling::Line &a, const WeeklyBilling::Line &b) {
        if (a.weekStart != b.weekStart)
            return a.weekStart > b.weekStart;
        const int byCustomer = QString::compare(names.value(a.customerId, a.customerId),
                                                names.value(b.customerId, b.customerId), Qt::CaseInsensitive);
        if (byCustomer != 0)
            return byCustomer < 0;
        return QString::compare(a.integrationName, b.integrationName, Qt::CaseInsensitive) < 0;
    });
    const int total = WeeklyBilling::totalCents(lines);

    if (isSet(parser, "csv")) {
        done(billing.csv(lines, names));
        return;
    }
    if (isSet(parser, "json")) {
        QJsonArray array;
        for (const WeeklyBilling::Line &line : std::as_const(lines))
            array.append(
                QJsonObject {{QStringLiteral("weekBegins"), billing.weekBegins(line.weekStart).toString(Qt::ISODate)},
                             {QStringLiteral("weekEnds"), billing.weekEnds(line.weekStart).toString(Qt::ISODate)},
                             {QStringLiteral("customerId"), line.customerId},
                             {QStringLiteral("customer"), names.value(line.customerId, line.customerId)},
                             {QStringLiteral("integration"), line.integrationId},
                             {QStringLiteral("name"), line.integrationName},
                             {QStringLiteral("storeUrl"), line.storeUrl},
                             {QStringLiteral("activeDays"), line.activeDays},
                             {QStringLiteral("weekComplete"), line.weekComplete()},
                             {QStringLiteral("amountCents"), line.amountCents}});
        done(json(
            QJsonObject {{QStringLiteral("from"), billing.weekBegins(billing.weekStartOf(from)).toString(Qt::ISODate)},
                         {QStringLiteral("to"), billing.weekEnds(billing.weekStartOf(to)).toString(Qt::ISODate)},
                         {QStringLiteral("timeZone"), QString::fromUtf8(zone.id())},
                         {QStringLiteral("currency"), QStringLiteral("USD")},
                         {QStringLiteral("totalCents"), total},
                         {QStringLiteral("lines"), array}}));
        return;
    }
    if (lines.isEmpty()) {
        done(tr("Nothing to bill in this period: no integration existed during it.\n"));
        return;
    }
    const QLocale locale;
    const QString format = QStringLiteral("ddd d MMM yyyy");
    QString out;
    QDate week;
    for (const WeeklyBilling::Line &line : std::as_const(lines)) {
        if (line.weekStart != week) {
            week = line.weekStart;
            out += tr("Week %1 00:00 to %2 00:00, %3%4\n")
                       .arg(locale.toString(week, format), locale.toString(week.addDays(7), format),
                            QString::fromUtf8(zone.id()), line.weekComplete() ? QString() : tr(" (not over yet)"));
        }
        out += QStringLiteral("  %1\t%2 (%3)\t%4\t%5\n")
                   .arg(names.value(line.customerId, line.customerId), line.integrationName)
                   .arg(line.integrationId)
                   .arg(tr("%n active day(s)", nullptr, line.activeDays), money(line.amountCents));
    }
    out += tr("Total: %1 for %n integration-week(s), at $10 per integration per week.\n", nullptr, int(lines.size()))
               .arg(money(total));
    done(out);
}

} // namespace wharf
