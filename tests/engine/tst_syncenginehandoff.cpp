#include "core/store/eventrepository.h"
#include "core/store/integrationrepository.h"
#include "core/store/orderlinkrepository.h"
#include "core/sync/syncengine.h"
#include "enginefixture.h"
#include "sandbox/requestlog.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace wharf;

// Orders changed in WooCommerce after CartonCloud has them (issue 15): cancelled, refunded, put
// on hold or edited, each becomes an attention item that says what changed and that CartonCloud
// was not changed; with "stop cancelled orders" on, a cancelled order's outbound order is deleted
// in CartonCloud while it is not yet picked, and never after. Requests are counted from the
// sandbox's request log.
class TestSyncEngineHandOff : public QObject
{
    Q_OBJECT

    struct World
    {
        test::EngineFixture fixture;
        sandbox::WooStore *woo = nullptr;
        sandbox::CartonCloudServer *wms = nullptr;
        Integration integration;
        int order = 0;

        explicit World(bool stopCancelled = false)
        {
            woo = fixture.sandbox.store();
            wms = fixture.sandbox.wms();
            const QString acme = fixture.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"),
                                                     {QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("CAP-RED")});
            order = woo->addOrder(
                QJsonObject {{QStringLiteral("status"), QStringLiteral("processing")},
                             {QStringLiteral("shipping"),
                              QJsonObject {{QStringLiteral("first_name"), QStringLiteral("Ada")},
                                           {QStringLiteral("last_name"), QStringLiteral("Lovelace")},
                                           {QStringLiteral("address_1"), QStringLiteral("1 Queen St")},
                                           {QStringLiteral("city"), QStringLiteral("Brisbane")},
                                           {QStringLiteral("postcode"), QStringLiteral("4000")},
                                           {QStringLiteral("country"), QStringLiteral("AU")}}},
                             {QStringLiteral("line_items"),
                              QJsonArray {QJsonObject {{QStringLiteral("sku"), QStringLiteral("TSHIRT-BLK-M")},
                                                       {QStringLiteral("quantity"), 2}},
                                          QJsonObject {{QStringLiteral("sku"), QStringLiteral("CAP-RED")},
                                                       {QStringLiteral("quantity"), 1}}}}});
            integration = fixture.addIntegration(woo, acme, QStringLiteral("Acme store"));
            if (stopCancelled) {
                integration.stopCancelledOrders = true;
                IntegrationRepository(fixture.store.database).update(integration);
            }
        }

        std::optional<OrderLink> link() const
        {
            return OrderLinkRepository(fixture.store.database).find(integration.id, order);
        }
        int deletes() const
        {
            return wms->requestLog().count(QStringLiteral("/tenants/<tenant>/outbound-orders/<id>"), "DELETE");
        }
        qint64 lineId(const QString &sku) const
        {
            for (const QJsonValue &line : woo->order(order).value(QStringLiteral("line_items")).toArray()) {
                if (line[u"sku"].toString() == sku)
                    return line[u"id"].toInteger();
            }
            return 0;
        }
    };

    static int attentionEvents(const World &world)
    {
        int n = 0;
        for (const SyncEvent &event :
             EventRepository(world.fixture.store.database).forIntegration(world.integration.id, 500))
            n += event.kind == QLatin1String("order.attention") ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<CycleReport>>(); }

    void aStatusChangeAfterHandOffGoesToAttentionAndChangesNothingInCartonCloud_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("said");
        QTest::newRow("cancelled") << QStringLiteral("cancelled")
                                   << QStringLiteral("was cancelled in WooCommerce after CartonCloud received it");
        QTest::newRow("refunded") << QStringLiteral("refunded")
                                  << QStringLiteral("was refunded in WooCommerce after CartonCloud received it");
        QTest::newRow("on-hold") << QStringLiteral(
            "on-hold") << QStringLiteral("was set to \"on-hold\" in WooCommerce after CartonCloud received it");
    }

    void aStatusChangeAfterHandOffGoesToAttentionAndChangesNothingInCartonCloud()
    {
        QFETCH(QString, status);
        QFETCH(QString, said);
        World world;
        SyncEngine engine(world.fixture.store.database, &world.fixture.secrets, world.fixture.options);
        QVERIFY(test::EngineFixture::started(engine));
        QCOMPARE(world.link()->state, OrderLink::State::Created);
        const QString outbound = world.link()->wmsOrderId;

        QVERIFY(world.woo->setOrderStatus(world.order, status));
        test::EngineFixture::cycle(engine);
        std::optional<OrderLink> link = world.link();
        QCOMPARE(link->state, OrderLink::State::NeedsAttention);
        QCOMPARE(link->wooChange, status);
        QVERIFY2(link->reason.contains(said), qPrintable(link->reason));
        QVERIFY2(link->reason.contains(QStringLiteral("AWAITING_PICK_AND_PACK in CartonCloud")),
                 qPrintable(link->reason));
        QVERIFY2(link->reason.contains(QStringLiteral("CartonCloud was not changed")), qPrintable(link->reason));
        QCOMPARE(world.deletes(), 0);
        QVERIFY(!world.wms->outboundOrder(outbound).isEmpty());
        const int said1 = attentionEvents(world);
        QCOMPARE(said1, 1);

        // Said once; and CartonCloud's own progress does not clear it while no one has looked.
        QVERIFY(world.wms->pack(outbound));
        test::EngineFixture::cycle(engine);
        test::EngineFixture::cycle(engine);
        QCOMPARE(world.link()->state, OrderLink::State::NeedsAttention);
        QCOMPARE(attentionEvents(world), 1);

        // Retry: seen to. Dispatched, the order is not completed over the store's own status.
        engine.retryOrder(link->id);
        QTRY_COMPARE_WITH_TIMEOUT(world.link()->state, OrderLink::State::Created, 30000);
        QVERIFY(world.wms->dispatch(outbound));
        test::EngineFixture::cycle(engine);
        test::EngineFixture::cycle(engine);
        QCOMPARE(world.link()->state, OrderLink::State::LeftAlone);
        QCOMPARE(world.woo->order(world.order).value(QStringLiteral("status")).toString(), status);
    }

    void anEditAfterHandOffSaysWhatChanged()
    {
        World world;
        SyncEngine engine(world.fixture.store.database, &world.fixture.secrets, world.fixture.options);
        QVERIFY(test::EngineFixture::started(engine));
        QCOMPARE(world.link()->state, OrderLink::State::Created);
        QVERIFY(!world.link()->handOffSnapshot.isEmpty());

        // A note or the tracking Wharf adds changes nothing that matters: no attention.
        QVERIFY(world.woo->editOrder(world.order, {{QStringLiteral("customer_note"), QStringLiteral("Ring twice")}}));
        test::EngineFixture::cycle(engine);
        QCOMPARE(world.link()->state, OrderLink::State::Created);

        QVERIFY(world.woo->editOrder(
            world.order,
            {{QStringLiteral("line_items"),
              QJsonArray {QJsonObject {{QStringLiteral("id"), world.lineId(QStringLiteral("TSHIRT-BLK-M"))},
                                       {QStringLiteral("quantity"), 3}},
                          QJsonObject {{QStringLiteral("id"), world.lineId(QStringLiteral("CAP-RED"))},
                                       {QStringLiteral("quantity"), 0}}}},
             {QStringLiteral("shipping"), QJsonObject {{QStringLiteral("address_1"), QStringLiteral("9 King St")}}}}));
        test::EngineFixture::cycle(engine);
        const std::optional<OrderLink> link = world.link();
        QCOMPARE(link->state, OrderLink::State::NeedsAttention);
        QCOMPARE(link->wooChange, QStringLiteral("edited"));
        for (const QString &part : {QStringLiteral("was edited in WooCommerce after CartonCloud received it"),
                                    QStringLiteral("TSHIRT-BLK-M 2 → 3"), QStringLiteral("CAP-RED removed"),
                                    QStringLiteral("shipping address now Ada Lovelace, 9 King St, Brisbane"),
                                    QStringLiteral("CartonCloud was not changed")})
            QVERIFY2(link->reason.contains(part), qPrintable(link->reason));
        // Nothing went to CartonCloud: still one outbound order, with the quantities sent.
        QCOMPARE(world.wms->outboundOrderIds().size(), 1);
        QCOMPARE(world.wms->requestLog().count(QStringLiteral("/tenants/<tenant>/outbound-orders"), "POST"), 1);

        // Seen to: it goes on and is completed on dispatch as usual.
        engine.retryOrder(link->id);
        QTRY_COMPARE_WITH_TIMEOUT(world.link()->state, OrderLink::State::Created, 30000);
        QVERIFY(world.wms->dispatch(link->wmsOrderId));
        test::EngineFixture::cycle(engine);
        test::EngineFixture::cycle(engine);
        QCOMPARE(world.link()->state, OrderLink::State::Completed);
        // The edit was told once, not again at each listing of the same version.
        QCOMPARE(attentionEvents(world), 1);
    }

    void aRefundBeforeSendingIsNoChangeButOneAfterHandOffIs()
    {
        World world;
        // Refunded in part before it was sent: it goes net (the creation stage's business), and its
        // later listings, which show gross lines, must not read as an edit.
        QString error;
        const auto refund = [&](int quantity) {
            return world.woo->refundOrder(
                world.order,
                {{QStringLiteral("line_items"),
                  QJsonArray {QJsonObject {{QStringLiteral("sku"), QStringLiteral("TSHIRT-BLK-M")},
                                           {QStringLiteral("quantity"), quantity},
                                           {QStringLiteral("refund_total"), 10 * quantity}}}}},
                &error);
        };
        QVERIFY2(refund(1), qPrintable(error));
        SyncEngine engine(world.fixture.store.database, &world.fixture.secrets, world.fixture.options);
        QVERIFY(test::EngineFixture::started(engine));
        QCOMPARE(world.link()->state, OrderLink::State::Created);
        QVERIFY(world.woo->editOrder(world.order, {{QStringLiteral("customer_note"), QStringLiteral("Ring twice")}}));
        test::EngineFixture::cycle(engine);
        QCOMPARE(world.link()->state, OrderLink::State::Created);
        QCOMPARE(attentionEvents(world), 0);

        // Refunded again after CartonCloud has it: told, and CartonCloud is not changed.
        QVERIFY2(refund(1), qPrintable(error));
        test::EngineFixture::cycle(engine);
        const std::optional<OrderLink> link = world.link();
        QCOMPARE(link->state, OrderLink::State::NeedsAttention);
        QCOMPARE(link->wooChange, QStringLiteral("refunded-part"));
        QVERIFY2(
            link->reason.contains(QStringLiteral("was partly refunded in WooCommerce after CartonCloud received it")),
            qPrintable(link->reason));
        QVERIFY2(link->reason.contains(QStringLiteral("refunds now total 20.00")), qPrintable(link->reason));
        QCOMPARE(world.wms->requestLog().count(QStringLiteral("/tenants/<tenant>/outbound-orders"), "POST"), 1);
    }

    void stopCancelledDeletesTheOutboundOrderBeforePicking()
    {
        World world(true);
        SyncEngine engine(world.fixture.store.database, &world.fixture.secrets, world.fixture.options);
        QVERIFY(test::EngineFixture::started(engine));
        const QString outbound = world.link()->wmsOrderId;
        QVERIFY(!outbound.isEmpty());

        QVERIFY(world.woo->setOrderStatus(world.order, QStringLiteral("cancelled")));
        test::EngineFixture::cycle(engine);
        const std::optional<OrderLink> link = world.link();
        QCOMPARE(link->state, OrderLink::State::LeftAlone);
        QVERIFY2(link->reason.contains(QStringLiteral("deleted its outbound order in CartonCloud")),
                 qPrintable(link->reason));
        QVERIFY(world.wms->outboundOrder(outbound).isEmpty());
        QCOMPARE(world.deletes(), 1);
        test::EngineFixture::cycle(engine);
        QCOMPARE(world.deletes(), 1);
        QCOMPARE(attentionEvents(world), 0);
    }

    void stopCancelledNeverDeletesAfterPicking()
    {
        World world(true);
        SyncEngine engine(world.fixture.store.database, &world.fixture.secrets, world.fixture.options);
        QVERIFY(test::EngineFixture::started(engine));
        const QString outbound = world.link()->wmsOrderId;
        // Packed in CartonCloud; Wharf has not seen it yet (no cycle since): it reads the status
        // right before deciding.
        QVERIFY(world.wms->pack(outbound));
        QVERIFY(world.woo->setOrderStatus(world.order, QStringLiteral("cancelled")));
        test::EngineFixture::cycle(engine);
        const std::optional<OrderLink> link = world.link();
        QCOMPARE(link->state, OrderLink::State::NeedsAttention);
        QVERIFY2(link->reason.contains(QStringLiteral("too late for Wharf to stop it")), qPrintable(link->reason));
        QCOMPARE(world.deletes(), 0);
        QVERIFY(!world.wms->outboundOrder(outbound).isEmpty());
    }

    void stopCancelledRefusedByTheOrganisationGoesToAttention()
    {
        World world(true);
        world.wms->setDeletableStatuses({QStringLiteral("DRAFT")});
        SyncEngine engine(world.fixture.store.database, &world.fixture.secrets, world.fixture.options);
        QVERIFY(test::EngineFixture::started(engine));
        const QString outbound = world.link()->wmsOrderId;
        QVERIFY(world.woo->setOrderStatus(world.order, QStringLiteral("cancelled")));
        test::EngineFixture::cycle(engine);
        const std::optional<OrderLink> link = world.link();
        QCOMPARE(link->state, OrderLink::State::NeedsAttention);
        QVERIFY2(link->reason.contains(QStringLiteral("CartonCloud refused to delete it while AWAITING_PICK_AND_PACK")),
                 qPrintable(link->reason));
        QCOMPARE(world.deletes(), 1);
        QVERIFY(!world.wms->outboundOrder(outbound).isEmpty());
        // Not asked again at every cycle.
        test::EngineFixture::cycle(engine);
        QCOMPARE(world.deletes(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineHandOff)
#include "tst_syncenginehandoff.moc"
