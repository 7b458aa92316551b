#include "core/billing/weeklybilling.h"

#include <QTest>

using namespace wharf;

class TestWeeklyBilling : public QObject
{
    Q_OBJECT

    static QDateTime utc(int month, int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
    }

    static Integration integration(qint64 id, const QString &customer, const QDateTime &created,
                                   const QDateTime &deleted = {})
    {
        Integration i;
        i.id = id;
        i.name = QStringLiteral("Store %1").arg(id);
        i.customerId = customer;
        i.createdAt = created;
        i.deletedAt = deleted;
        return i;
    }

    // November 2026: Monday the 16th and Monday the 23rd start the two weeks below.
    static QList<Integration> november()
    {
        return {
            integration(1, QStringLiteral("acme"), utc(11, 10, 9)), // A: since an earlier week
            integration(2, QStringLiteral("acme"), utc(11, 18, 15), utc(11, 20, 8)), // B: Wed to Fri
            integration(3, QStringLiteral("zeta"), utc(11, 22, 23, 30), utc(11, 23, 0)), // C: Sunday night only
            integration(4, QStringLiteral("zeta"), utc(11, 24, 10)), // D: from Tuesday
            integration(5, QStringLiteral("zeta"), utc(11, 1, 0), utc(11, 15, 12)), // E: gone before the 16th
        };
    }

    // A statement made long after the weeks below: every day of them has happened.
    static QDateTime later() { return utc(12, 31, 0); }

    struct Expected
    {
        qint64 id;
        int activeDays;
    };

    static void compareWeek(const QList<WeeklyBilling::Line> &lines, const QList<Expected> &expected)
    {
        QCOMPARE(lines.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(lines.at(i).integrationId, expected.at(i).id);
            QCOMPARE(lines.at(i).activeDays, expected.at(i).activeDays);
            QCOMPARE(lines.at(i).amountCents, 1000);
        }
    }

private Q_SLOTS:
    void weeksStartOnMonday()
    {
        const WeeklyBilling billing;
        QCOMPARE(billing.weekStartOf(utc(11, 27, 12)), QDate(2026, 11, 23)); // a Friday
        QCOMPARE(billing.weekStartOf(utc(11, 23, 0)), QDate(2026, 11, 23)); // Monday midnight
        QCOMPARE(billing.weekStartOf(utc(11, 22, 23, 59)), QDate(2026, 11, 16)); // Sunday night
        QCOMPARE(billing.weekEnds(QDate(2026, 11, 16)), utc(11, 23, 0));
    }

    // The table below was worked out by hand from the dates in november().
    void chargesEachWeekAnIntegrationExistedIn()
    {
        const WeeklyBilling billing;
        const QList<WeeklyBilling::Line> week16 = billing.week(november(), QDate(2026, 11, 16), later());
        compareWeek(week16, {{1, 7}, {2, 3}, {3, 1}});
        QCOMPARE(WeeklyBilling::totalCents(week16), 3000);

        const QList<WeeklyBilling::Line> week23 = billing.week(november(), QDate(2026, 11, 23), later());
        // C was deleted at the very instant the week began: not billed. D went live on Tuesday.
        compareWeek(week23, {{1, 7}, {4, 6}});
        QCOMPARE(WeeklyBilling::totalCents(week23), 2000);

        const QList<WeeklyBilling::Line> both = billing.weeks(november(), utc(11, 18, 0), utc(11, 27, 0), later());
        QCOMPARE(both.size(), 5);
        QCOMPARE(WeeklyBilling::totalCents(both), 5000);
    }

    // Worked out by hand: the statement is made on Wednesday 25 November 2026 at 10:00 UTC, so the
    // week of the 23rd has had three days (Mon, Tue, Wed) and the rest has not happened.
    void daysThatHaveNotHappenedAreNotCounted()
    {
        const WeeklyBilling billing;
        const QDateTime wednesday = utc(11, 25, 10);
        QList<Integration> integrations = november();
        integrations << integration(6, QStringLiteral("acme"), utc(11, 25, 9)); // F: created this morning

        const QList<WeeklyBilling::Line> week23 = billing.week(integrations, QDate(2026, 11, 23), wednesday);
        // A: Mon–Wed = 3; D: Tue–Wed = 2; F: today only = 1 (not "7 of 7" for a day-old integration).
        compareWeek(week23, {{1, 3}, {4, 2}, {6, 1}});
        for (const WeeklyBilling::Line &line : week23) {
            QCOMPARE(line.daysSoFar, 3);
            QVERIFY(!line.weekComplete());
        }
        // The week before is over: everything in it has happened.
        const QList<WeeklyBilling::Line> week16 = billing.week(integrations, QDate(2026, 11, 16), wednesday);
        compareWeek(week16, {{1, 7}, {2, 3}, {3, 1}});
        QVERIFY(week16.constFirst().weekComplete());
        QCOMPARE(billing.lastCompletedWeekStart(wednesday), QDate(2026, 11, 16));

        // A week that has not begun bills nothing; nor does one whose first day begins at that instant.
        QVERIFY(billing.week(integrations, QDate(2026, 11, 30), wednesday).isEmpty());
        QVERIFY(billing.week(integrations, QDate(2026, 11, 23), utc(11, 23, 0)).isEmpty());
        compareWeek(billing.week(integrations, QDate(2026, 11, 23), utc(11, 23, 0, 1)), {{1, 1}});
    }

    void weekBoundariesFollowTheBillingTimeZone()
    {
        // 14:00 UTC on Sunday the 22nd is 01:00 on Monday the 23rd in Melbourne (UTC+11 in summer).
        const QList<Integration> one {integration(7, QStringLiteral("acme"), utc(11, 22, 14))};
        const WeeklyBilling melbourne(QTimeZone(QByteArrayLiteral("Australia/Melbourne")));
        QVERIFY(melbourne.timeZone().isValid());
        QVERIFY(melbourne.week(one, QDate(2026, 11, 16), later()).isEmpty());
        compareWeek(melbourne.week(one, QDate(2026, 11, 23), later()), {{7, 7}});
        compareWeek(WeeklyBilling().week(one, QDate(2026, 11, 16), later()), {{7, 1}});
    }

    void csvStatesTheWeekAndQuotesNames()
    {
        const WeeklyBilling billing;
        QList<Integration> integrations {integration(1, QStringLiteral("acme"), utc(11, 10, 9))};
        integrations[0].name = QStringLiteral("Acme, \"main\" store");
        integrations[0].storeUrl = QStringLiteral("https://shop.acme.example");
        const QString csv = billing.csv(billing.week(integrations, QDate(2026, 11, 16), later()),
                                        {{QStringLiteral("acme"), QStringLiteral("Acme Pty Ltd")}});
        QCOMPARE(csv,
                 QStringLiteral("week_begins,week_ends,time_zone,customer,integration_id,integration,store_url,"
                                "active_days,amount_usd\n"
                                "2026-11-16T00:00:00+00:00,2026-11-23T00:00:00+00:00,UTC,Acme Pty Ltd,1,"
                                "\"Acme, \"\"main\"\" store\",https://shop.acme.example,7,10.00\n"));
    }
};

QTEST_GUILESS_MAIN(TestWeeklyBilling)
#include "tst_weeklybilling.moc"
