#include "dashboarddemo.h"
#include "fakeengine.h"
#include "ui/dashboard/attentionmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace wharf;

class TestAttentionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsOrdersThatNeedAttentionOldestFirst()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        AttentionModel model(store.database, engine);
        model.setClock(&test::DashboardDemo::now);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIntegration(demo.acmeWholesale, QStringLiteral("https://trade.acme-outdoor.example"));

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AttentionModel::OrderColumn).data().toString(), QStringLiteral("#5102"));
        QCOMPARE(model.index(1, AttentionModel::OrderColumn).data().toString(), QStringLiteral("#5101"));
        QVERIFY(
            model.index(1, AttentionModel::ReasonColumn).data().toString().startsWith(QStringLiteral("SKU MUG-02")));
        QCOMPARE(model.index(1, AttentionModel::SinceColumn).data().toString(), QStringLiteral("Today 12:40"));
        QCOMPARE(model.index(1, 0).data(AttentionModel::AdminUrlRole).toUrl(),
                 QUrl(QStringLiteral("https://trade.acme-outdoor.example/wp-admin/post.php?post=85101&action=edit")));
    }

    void followsTheEngine()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        AttentionModel model(store.database, engine);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIntegration(demo.acmeWholesale, QStringLiteral("https://trade.acme-outdoor.example"));
        OrderLink sku = model.linkAt(1);
        QCOMPARE(sku.id, demo.skuOrder);

        model.markRetrying(sku.id);
        QVERIFY(model.index(1, AttentionModel::ReasonColumn).data().toString().startsWith(QStringLiteral("Retrying…")));

        // Fixed: the order was created in CartonCloud and leaves the list.
        sku.state = OrderLink::State::Created;
        sku.reason.clear();
        engine.reportOrder(sku);
        QCOMPARE(model.rowCount(), 1);

        // A new problem appears at once.
        OrderLink fresh;
        fresh.id = 999;
        fresh.integrationId = demo.acmeWholesale;
        fresh.wooOrderId = 85200;
        fresh.wooOrderNumber = QStringLiteral("5200");
        fresh.state = OrderLink::State::NeedsAttention;
        fresh.reason = QStringLiteral("Pickup orders are not sent to CartonCloud.");
        engine.reportOrder(fresh);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, AttentionModel::OrderColumn).data().toString(), QStringLiteral("#5200"));

        // Still failing after a retry, with a new reason: the row changes in place.
        fresh.reason = QStringLiteral("CartonCloud did not answer; Wharf will try again in 5 minutes.");
        engine.reportOrder(fresh);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, AttentionModel::ReasonColumn).data().toString(), fresh.reason);

        // Another integration's orders are not this list's business.
        fresh.id = 1000;
        fresh.integrationId = demo.acmeRetail;
        engine.reportOrder(fresh);
        QCOMPARE(model.rowCount(), 2);
    }

    void adminUrls()
    {
        QCOMPARE(AttentionModel::wooAdminUrl(QStringLiteral("https://shop.example/"), 42),
                 QUrl(QStringLiteral("https://shop.example/wp-admin/post.php?post=42&action=edit")));
        // WordPress in a sub-folder keeps its folder.
        QCOMPARE(AttentionModel::wooAdminUrl(QStringLiteral("https://example.com/shop"), 42),
                 QUrl(QStringLiteral("https://example.com/shop/wp-admin/post.php?post=42&action=edit")));
        QVERIFY(!AttentionModel::wooAdminUrl(QString(), 42).isValid());
        QVERIFY(!AttentionModel::wooAdminUrl(QStringLiteral("https://shop.example"), 0).isValid());
    }
};

QTEST_MAIN(TestAttentionModel)
#include "tst_attentionmodel.moc"
