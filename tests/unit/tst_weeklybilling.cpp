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
        const QList<WeeklyBilling::Line> week16 = billing.week(november(), QDate(2026, 11, 16));
        compareWeek(week16, {{1, 7}, {2, 3}, {3, 1}});
        QCOMPARE(WeeklyBilling::totalCents(week16), 3000);

        const QList<WeeklyBilling::Line> week23 = billing.week(november(), QDate(2026, 11, 23));
        // C was deleted at the very instant the week began: not billed. D went live on Tuesday.
        compareWeek(week23, {{1, 7}, {4, 6}});
        QCOMPARE(WeeklyBilling::totalCents(week23), 2000);

        const QList<WeeklyBilling::Line> both = billing.weeks(november(), utc(11, 18, 0), utc(11, 27, 0));
        QCOMPARE(both.size(), 5);
        QCOMPARE(WeeklyBilling::totalCents(both), 5000);
    }

    void weekBoundariesFollowTheBillingTimeZone()
    {
        // 14:00 UTC on Sunday the 22nd is 01:00 on Monday the 23rd in Melbourne (UTC+11 in summer).
        const QList<Integration> one {integration(7, QStringLiteral("acme"), utc(11, 22, 14))};
        const WeeklyBilling melbourne(QTimeZone(QByteArrayLiteral("Australia/Melbourne")));
        QVERIFY(melbourne.timeZone().isValid());
        QVERIFY(melbourne.week(one, QDate(2026, 11, 16)).isEmpty());
        compareWeek(melbourne.week(one, QDate(2026, 11, 23)), {{7, 7}});
        compareWeek(WeeklyBilling().week(one, QDate(2026, 11, 16)), {{7, 1}});
    }

    void csvStatesTheWeekAndQuotesNames()
    {
        const WeeklyBilling billing;
        QList<Integration> integrations {integration(1, QStringLiteral("acme"), utc(11, 10, 9))};
        integrations[0].name = QStringLiteral("Acme, \"main\" store");
        const QString csv = billing.csv(billing.week(integrations, QDate(2026, 11, 16)),
                                        {{QStringLiteral("acme"), QStringLiteral("Acme Pty Ltd")}});
        QCOMPARE(csv,
                 QStringLiteral("week_begins,week_ends,time_zone,customer,integration_id,integration,active_days,"
                                "amount_usd\n"
                                "2026-11-16T00:00:00+00:00,2026-11-23T00:00:00+00:00,UTC,Acme Pty Ltd,1,"
                                "\"Acme, \"\"main\"\" store\",7,10.00\n"));
    }
};

QTEST_GUILESS_MAIN(TestWeeklyBilling)
#include "tst_weeklybilling.moc"
