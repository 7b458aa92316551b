#include "dashboarddemo.h"
#include "fakeengine.h"
#include "ui/dashboard/attentionmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace wharf;

namespace {
QString text(const QAbstractItemModel &model, int row, int column, const QModelIndex &parent = {})
{
    return model.index(row, column, parent).data().toString();
}
} // namespace

class TestAttentionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsOrdersByCauseBiggestFirstThenWhatWasNotSent()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        AttentionModel model(store.database, engine);
        model.setClock(&test::DashboardDemo::now);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIntegration(demo.acmeWholesale, QStringLiteral("https://trade.acme-outdoor.example"));

        QCOMPARE(model.groupCount(), 3);
        QCOMPARE(model.attentionCount(), 4);
        QCOMPARE(model.orderCount(), 5);
        // Three orders share one cause, whatever the order number in their sentences.
        // …and what to do is said once, on the group's line.
        QCOMPARE(text(model, 0, AttentionModel::OrderColumn),
                 QStringLiteral("SKU MUG-02 is not a product code of customer Acme Outdoor in CartonCloud — 3 orders. "
                                "Add the product in CartonCloud or correct the SKU in WooCommerce, then retry."));
        const QModelIndex sku = model.index(0, 0);
        QVERIFY(sku.data(AttentionModel::IsGroupRole).toBool());
        QVERIFY(sku.data(AttentionModel::RetryableRole).toBool());
        QCOMPARE(sku.data(AttentionModel::OrderLinkIdsRole).toList().size(), 3);
        QCOMPARE(model.rowCount(sku), 3);
        // Oldest first within the group.
        QCOMPARE(text(model, 0, AttentionModel::OrderColumn, sku), QStringLiteral("#5101"));
        QCOMPARE(text(model, 0, AttentionModel::SinceColumn, sku), QStringLiteral("Today 12:40"));
        QCOMPARE(model.index(0, 0, sku).data(AttentionModel::AdminUrlRole).toUrl(),
                 QUrl(QStringLiteral("https://trade.acme-outdoor.example/wp-admin/post.php?post=85101&action=edit")));
        QCOMPARE(text(model, 0, AttentionModel::CartonCloudColumn, sku), QStringLiteral("—"));

        QVERIFY(text(model, 1, 0).contains(QStringLiteral("— 1 order. Correct the address")));
        // An order whose advice differs from its group's says so on its own line.
        QCOMPARE(
            text(model, 1, AttentionModel::ReasonColumn, sku),
            QStringLiteral("Add the product in CartonCloud (or correct the SKU in WooCommerce), then press Retry."));
        QCOMPARE(text(model, 0, AttentionModel::ReasonColumn, sku), QString());
        // The pickup is listed with its reason, last, and cannot be retried.
        QCOMPARE(text(model, 2, 0),
                 QStringLiteral("Pickup order — 1 order, not sent to CartonCloud. Pickup orders are "
                                "not sent to CartonCloud; prepare it by hand."));
        const QModelIndex pickup = model.index(0, 0, model.index(2, 0));
        // The order's particulars stand on its line.
        QCOMPARE(pickup.siblingAtColumn(AttentionModel::ReasonColumn).data().toString(),
                 QStringLiteral("Local pickup"));
        QVERIFY(!pickup.data(AttentionModel::RetryableRole).toBool());
        // The whole sentence stays one hover away.
        QVERIFY(pickup.siblingAtColumn(AttentionModel::ReasonColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Order 5105 is a pickup order")));
    }

    void causes()
    {
        OrderLink link;
        link.wooOrderNumber = QStringLiteral("1042");
        link.reason = QStringLiteral("Order 1042 has no products to send.");
        QCOMPARE(AttentionModel::causeOf(link), QStringLiteral("No products to send"));
        link.reason = QStringLiteral("Order 1042: Mug has no SKU in WooCommerce. Give the product an SKU.");
        QCOMPARE(AttentionModel::causeOf(link), QStringLiteral("Mug has no SKU in WooCommerce"));
        link.reason = QStringLiteral("CartonCloud did not answer; Wharf will try again in 5 minutes.");
        QCOMPARE(AttentionModel::causeOf(link),
                 QStringLiteral("CartonCloud did not answer; Wharf will try again in 5 minutes"));
        // The number inside the sentence and the particulars in brackets do not split a group.
        link.reason = QStringLiteral("CartonCloud created order 1042 but rejected it (Mug (MUG-01) x 3 UNITS - Not "
                                     "enough stock (available 0)). Resolve it in CartonCloud.");
        const AttentionModel::Cause rejected = AttentionModel::splitCause(link);
        QCOMPARE(rejected.text, QStringLiteral("CartonCloud created the order but rejected it"));
        QCOMPARE(rejected.particulars, QStringLiteral("Mug (MUG-01) x 3 UNITS - Not enough stock (available 0)"));
        OrderLink other = link;
        other.wooOrderNumber = QStringLiteral("1043");
        other.reason = QStringLiteral("CartonCloud created order 1043 but rejected it (Cap (CAP-01) x 1 UNITS - Not "
                                      "enough stock (available 0)). Resolve it in CartonCloud.");
        QCOMPARE(AttentionModel::causeOf(other), rejected.text);
    }

    void followsTheEngine()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        AttentionModel model(store.database, engine);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIntegration(demo.acmeWholesale, QStringLiteral("https://trade.acme-outdoor.example"));
        const QModelIndex skuGroup = model.index(0, 0);
        OrderLink sku = model.linkAt(model.index(0, 0, skuGroup));
        QCOMPARE(sku.id, demo.skuOrder);

        model.markRetrying(sku.id);
        QVERIFY(model.index(0, AttentionModel::ReasonColumn, skuGroup)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Retrying…")));

        // Fixed: the order was created in CartonCloud and leaves the list.
        sku.state = OrderLink::State::Created;
        sku.reason.clear();
        OrderLinkRepository(store.database).update(sku);
        engine.reportOrder(sku);
        QTRY_COMPARE(model.attentionCount(), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);

        // A new problem appears at once, in a group of its own.
        OrderLink fresh;
        fresh.integrationId = demo.acmeWholesale;
        fresh.wooOrderId = 85200;
        fresh.wooOrderNumber = QStringLiteral("5200");
        fresh.state = OrderLink::State::NeedsAttention;
        fresh.reason = QStringLiteral("CartonCloud did not answer; Wharf will try again in 5 minutes.");
        QVERIFY(OrderLinkRepository(store.database).insert(fresh));
        engine.reportOrder(fresh);
        QTRY_COMPARE(model.attentionCount(), 4);
        QCOMPARE(model.groupCount(), 4);

        // Another integration's orders are not this list's business.
        OrderLink other = fresh;
        other.id = 100000;
        other.integrationId = demo.acmeRetail;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        engine.reportOrder(other);
        QCoreApplication::processEvents();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.attentionCount(), 4);
    }

    void exportsOneLinePerOrderWithItsCause()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        AttentionModel model(store.database, engine);
        model.setIntegration(demo.acmeWholesale, QStringLiteral("https://trade.acme-outdoor.example"));
        const QList<QByteArray> lines = model.toCsv().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 5);
        QVERIFY(lines.at(0).startsWith("Cause,State,Order"));
        QVERIFY(lines.at(1).startsWith("\"SKU MUG-02 is not a product code"));
        QVERIFY(lines.last().contains("\"Not sent\",\"5105\""));
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
