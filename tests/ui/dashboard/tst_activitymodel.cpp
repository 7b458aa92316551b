#include "dashboarddemo.h"
#include "fakeengine.h"
#include "ui/dashboard/activityfiltermodel.h"
#include "ui/dashboard/activitymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace wharf;

namespace {
QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}
} // namespace

class TestActivityModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void integrationLogNewestFirstAndLive()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        ActivityModel model(store.database, engine);
        model.setClock(&test::DashboardDemo::now);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.showIntegration(demo.acmeRetail);

        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(0, ActivityModel::MessageColumn).data().toString(),
                 QStringLiteral("Sync finished: 2 new orders, 1 tracking update."));
        QCOMPARE(model.index(1, ActivityModel::OrderColumn).data().toString(), QStringLiteral("#1190"));
        QCOMPARE(model.index(0, ActivityModel::TimeColumn).data().toString(), QStringLiteral("Today 15:38"));

        SyncEvent event;
        event.integrationId = demo.acmeRetail;
        event.at = test::DashboardDemo::now();
        event.kind = QStringLiteral("sync.failed");
        event.severity = SyncEvent::Severity::Error;
        event.message = QStringLiteral("The store did not answer within 30 seconds.");
        engine.reportEvent(event);
        QTRY_COMPARE(model.rowCount(), 8); // inserted once the burst of signals is handled
        QCOMPARE(model.index(0, ActivityModel::MessageColumn).data().toString(), event.message);
        QVERIFY(!model.index(0, ActivityModel::MessageColumn).data(Qt::DecorationRole).isNull());

        event.integrationId = demo.fernStore;
        engine.reportEvent(event);
        QCOMPARE(model.rowCount(), 8);
    }

    void orderTimelineOldestFirst()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        ActivityModel model(store.database, engine);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.showOrder(demo.timelineOrder);
        QCOMPARE(column(model, ActivityModel::StepColumn),
                 (QStringList {QStringLiteral("Received"), QStringLiteral("Created in CartonCloud"),
                               QStringLiteral("Packed"), QStringLiteral("Tracking sent"), QStringLiteral("Dispatched"),
                               QStringLiteral("Completed")}));
        QVERIFY(model.index(1, ActivityModel::MessageColumn).data().toString().contains(QStringLiteral("#SO-48211")));

        SyncEvent event;
        event.integrationId = demo.acmeRetail;
        event.orderLinkId = demo.timelineOrder;
        event.kind = QStringLiteral("tracking.updated");
        event.message = QStringLiteral("Tracking changed to AU987654321; WooCommerce updated.");
        engine.reportEvent(event);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(6, ActivityModel::StepColumn).data().toString(), QStringLiteral("Tracking updated"));

        event.orderLinkId = demo.skuOrder;
        engine.reportEvent(event);
        QCOMPARE(model.rowCount(), 7);
    }

    void filtersByWordsAndSeverity()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        ActivityModel model(store.database, engine);
        ActivityFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.showIntegration(demo.acmeRetail);
        filter.setText(QStringLiteral("au123"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(QStringLiteral("#1190"));
        QCOMPARE(filter.rowCount(), 6);
        filter.setText(QString());

        model.showIntegration(demo.acmeWholesale);
        QCOMPARE(filter.rowCount(), 2);
        filter.setShow(ActivityFilterModel::Show::WarningsAndErrors);
        QCOMPARE(filter.rowCount(), 1);
        filter.setShow(ActivityFilterModel::Show::ErrorsOnly);
        QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
