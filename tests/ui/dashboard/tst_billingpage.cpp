#include "core/i18n/translations.h"
#include "dashboarddemo.h"
#include "fakeengine.h"
#include "layoutprobe.h"
#include "screenshot.h"
#include "storefixture.h"
#include "ui/dashboard/billingmodel.h"
#include "ui/dashboard/billingpage.h"
#include "ui/dashboard/integrationboard.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wharf;
using namespace Qt::StringLiterals;

namespace {

// The dashboard's demo warehouse, billed on Wednesday 12 March 2025 at 15:40 UTC.
struct Setup
{
    Setup()
    {
        board.reload();
        page.setTimeZone(QTimeZone::utc());
        page.setClock(&test::DashboardDemo::now);
        page.setAccount(store.account.id);
    }

    test::StoreFixture store;
    test::DashboardDemo demo {store};
    test::FakeEngine engine;
    IntegrationBoard board {store.database, engine, nullptr};
    BillingPage page {store.database, board};
};

QString shotName(const QString &name)
{
    return qEnvironmentVariableIntValue("QT_SCALE_FACTOR") > 1 ? name + u"@2x"_s : name;
}

} // namespace

class TestBillingPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QCoreApplication::instance())); }

    // Worked out by hand from dashboarddemo.h: in the week of Monday 3 March, Acme's retail store
    // (since 31 January), Acme's wholesale (from 3 March 15:40), Blue Fern (from 20 February),
    // Harbour's paused store (billed all the same) and Harbour's old shop (deleted on 10 March
    // 15:40, after the week ended) existed: five integrations, $50.
    void theLastCompletedWeekIsAlwaysStated()
    {
        Setup s;
        QCOMPARE(s.page.lastWeekText(),
                 u"Last completed week, Mon 3 Mar 2025 00:00 to Mon 10 Mar 2025 00:00, UTC: $50.00 for 5 "
                 u"integrations."_s);
        s.page.showLastCompletedWeek();
        QCOMPARE(s.page.model()->totalCents(), 5000);
        for (const WeeklyBilling::Line &line : s.page.model()->lines()) {
            QCOMPARE(line.weekStart, QDate(2025, 3, 3));
            QVERIFY(line.weekComplete());
        }
        QVERIFY(s.page.summaryText().startsWith(u"Total for the period: $50.00"_s));
    }

    // The week in progress counts Monday to Wednesday only, not the days still to come.
    void theWeekInProgressCountsTheDaysSoFar()
    {
        Setup s;
        s.page.setWeeks(1);
        const BillingModel *model = s.page.model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex week = model->index(0, 0);
        QVERIFY(week.data().toString().endsWith(u"(in progress)"_s));
        const QModelIndex acme = model->index(0, 0, week);
        QCOMPARE(acme.data().toString(), u"Acme Outdoor"_s);
        const QModelIndex retail = model->index(0, BillingModel::ActiveDaysColumn, acme);
        QCOMPARE(model->index(0, 0, acme).data().toString(), u"Acme retail store"_s);
        QCOMPARE(retail.data().toString(), u"3 days so far"_s);
    }

    // Whole weeks around two dates: 26 February is in the week of 24 February, when Acme's wholesale
    // did not exist yet (four integrations), and 4 March in the week of 3 March (five).
    void aDateRangeShowsTheWholeWeeksAroundIt()
    {
        Setup s;
        s.page.show();
        s.page.setDateRange(QDate(2025, 3, 4), QDate(2025, 2, 26)); // either order
        QCOMPARE(s.page.model()->rowCount(), 2);
        QCOMPARE(s.page.model()->totalCents(), 9000);
        auto *from = s.page.findChild<QDateEdit *>(u"billingFrom"_s);
        auto *to = s.page.findChild<QDateEdit *>(u"billingTo"_s);
        QVERIFY(from->isVisible() && to->isVisible());
        QCOMPARE(from->date(), QDate(2025, 2, 26));
        QCOMPARE(to->date(), QDate(2025, 3, 4));
        // Moving the end into the week in progress adds that week.
        to->setDate(QDate(2025, 3, 11));
        QCOMPARE(s.page.model()->rowCount(), 3);
        // Back to recent weeks: the dates go.
        auto *period = s.page.findChild<QComboBox *>(u"billingPeriod"_s);
        period->setCurrentIndex(period->findData(4));
        QVERIFY(from->isHidden());
        QCOMPARE(s.page.model()->rowCount(), 4);
    }

    void theStatementCarriesTheStoreAddress()
    {
        Setup s;
        s.page.showLastCompletedWeek();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"statement.csv"_s);
        s.page.setSavePathChooser([&path](QWidget *, const QString &) { return path; });
        s.page.exportCsv();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.startsWith(u"week_begins,week_ends,time_zone,customer,integration_id,integration,store_url,"_s));
        QVERIFY(csv.contains(u",Acme retail store,https://shop.acme-outdoor.example,7,10.00\n"_s));
        // Created on Monday 3 March at 15:40: it existed on all seven days of that week.
        QVERIFY(csv.contains(u",Acme wholesale,https://trade.acme-outdoor.example,7,10.00\n"_s));
    }

    // Run again at 200 % by tst_billingpage_200.
    void screenshots()
    {
        Setup s;
        s.page.resize(900, 560);
        s.page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        QCoreApplication::processEvents();
        QStringList problems = test::layoutProblems(&s.page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(test::saveScreenshot(&s.page, shotName(u"billing-page"_s)));
        s.page.setDateRange(QDate(2025, 2, 26), QDate(2025, 3, 4));
        QCoreApplication::processEvents();
        QVERIFY(test::saveScreenshot(&s.page, shotName(u"billing-date-range"_s)));
        // On a 1024×700 screen the tab has about 1024×560 of it (the window's menu, tabs, status line).
        const qreal scale = qMax<qreal>(1, qEnvironmentVariableIntValue("QT_SCALE_FACTOR"));
        s.page.setWeeks(4);
        QCoreApplication::processEvents(); // the date fields are gone from the layout before it is measured
        s.page.resize(QSize(qRound(1024 / scale), qRound(560 / scale)).expandedTo(s.page.minimumSizeHint()));
        QCoreApplication::processEvents();
        problems = test::layoutProblems(&s.page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(test::saveScreenshot(&s.page, shotName(u"billing-page-1024x700"_s)));
    }
};

QTEST_MAIN(TestBillingPage)
#include "tst_billingpage.moc"
