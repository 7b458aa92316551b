// Orders refunded in part before they reach CartonCloud (issue 15, "quantities net of refunds"):
// each line goes less what was refunded of it, a line refunded in full is left out, an order with
// nothing left is not sent, and the order's timeline says so. Refunds are read only for orders that
// have some, and a failed read sends nothing.

#include "core/model/syncevent.h"
#include "core/store/eventrepository.h"
#include "core/store/orderlinkrepository.h"
#include "core/sync/syncengine.h"
#include "enginefixture.h"
#include "sandbox/fault.h"
#include "sandbox/requestlog.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace wharf {

class tst_SyncEngineRefunds : public QObject
{
    Q_OBJECT

    static constexpr auto kCreates = "/tenants/<tenant>/outbound-orders";
    static constexpr auto kRefunds = "/wp-json/wc/v3/orders/<id>/refunds";

    struct World
    {
        test::EngineFixture fixture;
        sandbox::WooStore *woo = nullptr;
        Integration integration;

        World()
        {
            woo = fixture.sandbox.store();
            const QString acme =
                fixture.addCustomer(u"Acme"_s, u"ACME"_s, {u"T-SHIRT-RED"_s, u"MUG-01"_s, u"CAP-RED"_s});
            woo->addProduct(u"T-SHIRT-RED"_s, u"T-shirt red"_s, u"20.00"_s);
            woo->addProduct(u"MUG-01"_s, u"Mug"_s, u"10.00"_s);
            woo->addProduct(u"CAP-RED"_s, u"Cap"_s, u"15.00"_s);
            integration = fixture.addIntegration(woo, acme, u"Acme store"_s);
        }

        // 3 T-shirts, 2 mugs and a cap, in processing.
        int order()
        {
            return woo->addOrder(
                QJsonObject {{u"status"_s, u"processing"_s},
                             {u"shipping"_s,
                              QJsonObject {{u"first_name"_s, u"Jane"_s},
                                           {u"last_name"_s, u"Citizen"_s},
                                           {u"address_1"_s, u"12 Example St"_s},
                                           {u"city"_s, u"Brisbane"_s},
                                           {u"state"_s, u"QLD"_s},
                                           {u"postcode"_s, u"4006"_s},
                                           {u"country"_s, u"AU"_s}}},
                             {u"line_items"_s,
                              QJsonArray {QJsonObject {{u"sku"_s, u"T-SHIRT-RED"_s}, {u"quantity"_s, 3}},
                                          QJsonObject {{u"sku"_s, u"MUG-01"_s}, {u"quantity"_s, 2}},
                                          QJsonObject {{u"sku"_s, u"CAP-RED"_s}, {u"quantity"_s, 1}}}}});
        }

        // A refund made in wp-admin of `quantity` units of the order's line with `sku`.
        void refund(int orderId, const QList<std::pair<QString, int>> &lines)
        {
            QJsonArray items;
            for (const auto &[sku, quantity] : lines)
                items.append(
                    QJsonObject {{u"sku"_s, sku}, {u"quantity"_s, quantity}, {u"refund_total"_s, quantity * 10}});
            QString error;
            QVERIFY2(woo->refundOrder(orderId, QJsonObject {{u"line_items"_s, items}}, &error), qPrintable(error));
        }

        std::optional<OrderLink> link(int orderId) const
        {
            return OrderLinkRepository(fixture.store.database).find(integration.id, orderId);
        }

        // The outbound order's quantity per product code.
        QMap<QString, double> sent(int orderId) const
        {
            QMap<QString, double> out;
            const std::optional<OrderLink> found = link(orderId);
            if (!found || found->wmsOrderId.isEmpty())
                return out;
            const QJsonObject outbound = fixture.sandbox.wms()->outboundOrder(found->wmsOrderId);
            for (const QJsonValue &item : outbound.value(u"items"_s).toArray()) {
                out.insert(item[u"details"_s][u"product"_s][u"references"_s][u"code"_s].toString(),
                           item[u"measures"_s][u"quantity"_s].toDouble());
            }
            return out;
        }

        QStringList timeline(int orderId) const
        {
            QStringList out;
            if (const std::optional<OrderLink> found = link(orderId)) {
                for (const SyncEvent &event : EventRepository(fixture.store.database).forOrder(found->id))
                    out.append(event.message);
            }
            return out;
        }

        // One cycle, from an engine started without one.
        QList<CycleReport> cycle()
        {
            SyncEngine::Options options = fixture.options;
            options.cycleOnStart = false;
            SyncEngine engine(fixture.store.database, &fixture.secrets, options);
            QSignalSpy started(&engine, &SyncEngine::started);
            engine.start();
            if (!QTest::qWaitFor([&] { return started.count() == 1; }, 30000))
                return {};
            const QList<CycleReport> reports = test::EngineFixture::runOnce(engine);
            engine.shutdown();
            return reports;
        }
    };

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<CycleReport>>(); }

    void aPartlyRefundedOrderGoesWithWhatIsLeft()
    {
        World world;
        const int partly = world.order();
        world.refund(partly, {{u"T-SHIRT-RED"_s, 2}});
        world.refund(partly, {{u"MUG-01"_s, 2}}); // the whole line, in a second refund
        const int untouched = world.order();

        const QList<CycleReport> reports = world.cycle();
        QCOMPARE(reports.size(), 1);
        QVERIFY2(reports.constFirst().ok(), qPrintable(reports.constFirst().error));
        QCOMPARE(reports.constFirst().created, 2);

        // What CartonCloud has: the remainder of the T-shirts, no mugs, the cap as ordered.
        const QMap<QString, double> sent = world.sent(partly);
        QCOMPARE(sent.value(u"T-SHIRT-RED"_s), 1.0);
        QVERIFY2(!sent.contains(u"MUG-01"_s), "a line refunded in full is left out");
        QCOMPARE(sent.value(u"CAP-RED"_s), 1.0);
        QCOMPARE(sent.size(), 2);
        const QMap<QString, double> whole = world.sent(untouched);
        QCOMPARE(whole.value(u"T-SHIRT-RED"_s), 3.0);
        QCOMPARE(whole.value(u"MUG-01"_s), 2.0);
        QCOMPARE(whole.value(u"CAP-RED"_s), 1.0);

        // Its timeline says what was netted, in a plain sentence.
        const QString timeline = world.timeline(partly).join(u'\n');
        QVERIFY2(timeline.contains(u"2 of 3 × T-SHIRT-RED refunded before sending; sent 1."_s), qPrintable(timeline));
        QVERIFY2(timeline.contains(u"All 2 × MUG-01 refunded before sending; left out."_s), qPrintable(timeline));
        QVERIFY2(!world.timeline(untouched).join(u'\n').contains(u"refunded"_s),
                 qPrintable(world.timeline(untouched).join(u'\n')));

        // Refunds were read for the refunded order only: one request.
        QCOMPARE(world.woo->requestLog().count(QString::fromLatin1(kRefunds)), 1);
        QCOMPARE(world.fixture.sandbox.wms()->requestLog().count(QString::fromLatin1(kCreates), "POST"), 2);
    }

    void anOrderWithNothingLeftIsNotSent()
    {
        World world;
        // Every unit refunded, but not the shipping: WooCommerce keeps it in processing.
        const int allLines = world.order();
        world.refund(allLines, {{u"T-SHIRT-RED"_s, 3}, {u"MUG-01"_s, 2}, {u"CAP-RED"_s, 1}});
        QCOMPARE(world.woo->order(allLines)[u"status"_s].toString(), u"processing"_s);
        // Refunded to the last cent: WooCommerce makes it "refunded".
        const int allMoney = world.order();
        QString error;
        QVERIFY2(world.woo->refundOrder(allMoney, QJsonObject {{u"amount"_s, world.woo->order(allMoney)[u"total"_s]}},
                                        &error),
                 qPrintable(error));
        QCOMPARE(world.woo->order(allMoney)[u"status"_s].toString(), u"refunded"_s);

        const QList<CycleReport> reports = world.cycle();
        QCOMPARE(reports.size(), 1);
        QVERIFY2(reports.constFirst().ok(), qPrintable(reports.constFirst().error));
        QCOMPARE(world.fixture.sandbox.wms()->requestLog().count(QString::fromLatin1(kCreates), "POST"), 0);
        QVERIFY(world.fixture.sandbox.wms()->outboundOrderIds().isEmpty());
        const std::optional<OrderLink> link = world.link(allLines);
        QVERIFY(link);
        QCOMPARE(link->state, OrderLink::State::LeftAlone);
        // Not in processing, the one refunded to the last cent is never taken in.
        QVERIFY(!world.link(allMoney));
        QVERIFY2(world.link(allLines)->reason.contains(u"refunded in full"_s),
                 qPrintable(world.link(allLines)->reason));
        QVERIFY2(world.link(allLines)->reason.contains(u"All 3 × T-SHIRT-RED refunded before sending; left out."_s),
                 qPrintable(world.link(allLines)->reason));

        // Left alone, it stays so: the next cycle sends nothing either.
        QVERIFY(!world.cycle().isEmpty());
        QCOMPARE(world.fixture.sandbox.wms()->requestLog().count(QString::fromLatin1(kCreates), "POST"), 0);
    }

    void aFailedRefundReadSendsNothing()
    {
        World world;
        const int partly = world.order();
        world.refund(partly, {{u"T-SHIRT-RED"_s, 2}});
        world.fixture.options.pipeline.retryPolicy.baseDelay = std::chrono::milliseconds(1);
        world.fixture.options.pipeline.retryPolicy.maxDelay = std::chrono::milliseconds(2);
        world.woo->faults().add(sandbox::Fault::httpStatus(QString::fromLatin1(kRefunds), 500, -1));

        const QList<CycleReport> failed = world.cycle();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.constFirst().ok());
        QVERIFY(world.woo->requestLog().count(QString::fromLatin1(kRefunds)) >= 1);
        QCOMPARE(world.fixture.sandbox.wms()->requestLog().count(QString::fromLatin1(kCreates), "POST"), 0);
        QCOMPARE(world.link(partly)->state, OrderLink::State::Received);

        // The store answers again: the next cycle sends the order, net.
        world.woo->faults().clear();
        const QList<CycleReport> next = world.cycle();
        QVERIFY2(next.constFirst().ok(), qPrintable(next.constFirst().error));
        QCOMPARE(world.fixture.sandbox.wms()->requestLog().count(QString::fromLatin1(kCreates), "POST"), 1);
        QCOMPARE(world.sent(partly).value(u"T-SHIRT-RED"_s), 1.0);
    }
};

} // namespace wharf

QTEST_GUILESS_MAIN(wharf::tst_SyncEngineRefunds)
#include "tst_syncenginerefunds.moc"
