#include "core/i18n/translations.h"
#include "core/store/customerrepository.h"
#include "core/store/integrationrepository.h"
#include "storefixture.h"
#include "ui/dashboard/billingmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace wharf;

namespace {
// The statement tree as text, one row per line, indented by level, columns separated by " | ".
QString dump(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QString text;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex item = model.index(row, BillingModel::ItemColumn, parent);
        QStringList cells {item.data().toString()};
        if (depth == 2)
            cells << model.index(row, BillingModel::ActiveDaysColumn, parent).data().toString();
        cells << model.index(row, BillingModel::AmountColumn, parent).data().toString();
        text += QString(depth * 2, QLatin1Char(' ')) + cells.join(QStringLiteral(" | ")) + QLatin1Char('\n');
        text += dump(model, item, depth + 1);
    }
    return text;
}
} // namespace

class TestBillingModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // As the application does: counted sentences ("1 integration", "3 days so far") come from the
    // English translation.
    void initTestCase() { QVERIFY(Translations::install(QCoreApplication::instance())); }

    void weeksWithIntegrationsAddedAndDeletedMidWeek()
    {
        // Billing in UTC+10 (a warehouse in Brisbane): weeks begin Monday 00:00 there, which is Sunday
        // 14:00 UTC, so that a UTC week would give different answers for B, D and E.
        const QTimeZone zone(10 * 3600);
        auto local = [&zone](int month, int day, int hour, int minute = 0) {
            return QDateTime(QDate(2025, month, day), QTime(hour, minute), zone).toUTC();
        };

        test::StoreFixture store;
        const QString acme = QStringLiteral("customer-acme");
        const QString fern = QStringLiteral("customer-fern");
        const CustomerRepository customers(store.database);
        customers.upsert({acme, store.account.id, QStringLiteral("Acme Outdoor"), false});
        customers.upsert({fern, store.account.id, QStringLiteral("Blue Fern Tea"), false});
        const IntegrationRepository repository(store.database);
        auto add = [&](const QString &customer, const QString &name, const QDateTime &created,
                       const QDateTime &deleted = {}) {
            Integration integration = store.sampleIntegration(name);
            integration.customerId = customer;
            integration.storeUrl = QStringLiteral("https://shop-%1.example").arg(name.left(1).toLower());
            integration.createdAt = created;
            QVERIFY(repository.insert(integration));
            if (deleted.isValid())
                QVERIFY(repository.markDeleted(integration.id, deleted));
        };
        add(acme, QStringLiteral("A retail"), local(3, 5, 9)); // Wed 5 Mar
        add(acme, QStringLiteral("B old shop"), local(2, 24, 10), local(3, 6, 12)); // Mon 24 Feb – Thu 6 Mar
        add(fern, QStringLiteral("C pop-up"), local(3, 4, 8), local(3, 4, 17)); // Tue 4 Mar, one day only
        add(fern, QStringLiteral("D web shop"), local(3, 10, 0, 30)); // Mon 10 Mar 00:30 = Sun 9 Mar UTC
        add(acme, QStringLiteral("E trial"), local(2, 20, 9), local(3, 3, 0)); // deleted the moment 3 Mar begins

        BillingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const WeeklyBilling billing(zone);
        const QHash<QString, QString> names {{acme, QStringLiteral("Acme Outdoor")},
                                             {fern, QStringLiteral("Blue Fern Tea")}};
        // The statement is made on Wednesday 12 March, noon in Brisbane.
        model.setStatement(billing, repository.all(true), names, local(2, 24, 0), local(3, 12, 12), local(3, 12, 12));

        // Computed by hand: a week is charged in full ($10) for each integration that existed on any
        // day of it; the active days are the days on which it existed, in UTC+10, up to today: the
        // week of 10 March has had Monday, Tuesday and Wednesday, not seven days.
        const QString expected =
            QStringLiteral("Week Mon 10 Mar 2025 00:00 to Mon 17 Mar 2025 00:00, UTC+10 (in progress) | "
                           "$20.00\n"
                           "  Acme Outdoor | $10.00\n"
                           "    A retail | 3 days so far | $10.00\n"
                           "  Blue Fern Tea | $10.00\n"
                           "    D web shop | 3 days so far | $10.00\n"
                           "Week Mon 3 Mar 2025 00:00 to Mon 10 Mar 2025 00:00, UTC+10 | $30.00\n"
                           "  Acme Outdoor | $20.00\n"
                           "    A retail | 5 of 7 days | $10.00\n"
                           "    B old shop (deleted Thu 6 Mar) | 4 of 7 days | $10.00\n"
                           "  Blue Fern Tea | $10.00\n"
                           "    C pop-up (deleted Tue 4 Mar) | 1 of 7 days | $10.00\n"
                           "Week Mon 24 Feb 2025 00:00 to Mon 3 Mar 2025 00:00, UTC+10 | $20.00\n"
                           "  Acme Outdoor | $20.00\n"
                           "    B old shop (deleted Thu 6 Mar) | 7 of 7 days | $10.00\n"
                           "    E trial (deleted Mon 3 Mar) | 7 of 7 days | $10.00\n");
        QCOMPARE(dump(model), expected);
        QCOMPARE(model.totalCents(), 7000);
        const QHash<QString, int> byCustomer = model.centsByCustomer();
        QCOMPARE(byCustomer.value(acme), 5000);
        QCOMPARE(byCustomer.value(fern), 2000);

        // The CSV has the same seven lines, to reconcile the invoice against.
        const QStringList csv = model.csv().trimmed().split(QLatin1Char('\n'));
        QCOMPARE(csv.size(), 1 + 7);
        QVERIFY(csv.contains(
            QStringLiteral("2025-03-03T00:00:00+10:00,2025-03-10T00:00:00+10:00,UTC+10,Blue Fern Tea,3,C pop-up,"
                           "https://shop-c.example,1,10.00")));
    }

    void emptyPeriod()
    {
        BillingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime to(QDate(2025, 3, 12), QTime(0, 0), QTimeZone::utc());
        model.setStatement(WeeklyBilling(), {}, {}, QDateTime(QDate(2025, 3, 3), QTime(0, 0), QTimeZone::utc()), to,
                           to);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCents(), 0);
    }
};

QTEST_MAIN(TestBillingModel)
#include "tst_billingmodel.moc"
