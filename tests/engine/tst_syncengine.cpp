#include "core/store/eventrepository.h"
#include "core/store/orderlinkrepository.h"
#include "core/sync/syncengine.h"
#include "enginefixture.h"
#include "sandbox/fault.h"
#include "sandbox/requestlog.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace wharf;

class TestSyncEngine : public QObject
{
    Q_OBJECT

    static QList<CycleReport> runOnce(SyncEngine &engine) { return test::EngineFixture::runOnce(engine); }

    static int ordersWithReference(const sandbox::CartonCloudServer *wms, const QString &reference)
    {
        int count = 0;
        for (const QString &id : wms->outboundOrderIds()) {
            if (wms->outboundOrder(id)[u"references"][u"customer"].toString() == reference)
                ++count;
        }
        return count;
    }

    static QJsonObject address()
    {
        return {{QStringLiteral("first_name"), QStringLiteral("Jane")},
                {QStringLiteral("last_name"), QStringLiteral("Citizen")},
                {QStringLiteral("address_1"), QStringLiteral("12 Example St")},
                {QStringLiteral("city"), QStringLiteral("Brisbane")},
                {QStringLiteral("state"), QStringLiteral("QLD")},
                {QStringLiteral("postcode"), QStringLiteral("4006")},
                {QStringLiteral("country"), QStringLiteral("AU")}};
    }

    static QJsonObject lineItem(const QString &sku, int quantity)
    {
        return {{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), quantity}};
    }

private Q_SLOTS:
    // Every test runs on an SQLite file and on a PostgreSQL database.
    void initTestCase_data() { test::addBackends(); }
    void init() { WHARF_USE_BACKEND(); }

    void initTestCase() { qRegisterMetaType<QList<CycleReport>>(); }

    void takesOrdersThroughTheirWholeLifeExactlyOnce()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const QString acme = world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"),
                                               {QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("CAP-RED")});
        woo->addProduct(QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("T-shirt"));
        woo->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
        const QList<int> ordinary = woo->generateOrders(12, 7, QStringLiteral("processing"));
        woo->addProduct(QStringLiteral("MUG-02"), QStringLiteral("Mug (new)")); // not in CartonCloud
        const int unknownSku =
            woo->addOrder({{QStringLiteral("status"), QStringLiteral("processing")},
                           {QStringLiteral("shipping"), address()},
                           {QStringLiteral("line_items"), QJsonArray {lineItem(QStringLiteral("MUG-02"), 1)}}});
        const int pickup = woo->addOrder(
            {{QStringLiteral("status"), QStringLiteral("processing")},
             {QStringLiteral("line_items"), QJsonArray {lineItem(QStringLiteral("CAP-RED"), 1)}},
             {QStringLiteral("shipping_lines"),
              QJsonArray {QJsonObject {{QStringLiteral("method_id"), QStringLiteral("local_pickup")},
                                       {QStringLiteral("method_title"), QStringLiteral("Local pickup")}}}}});
        const int onHold =
            woo->addOrder({{QStringLiteral("status"), QStringLiteral("on-hold")},
                           {QStringLiteral("line_items"), QJsonArray {lineItem(QStringLiteral("CAP-RED"), 1)}}});
        const Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));

        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy started(&engine, &SyncEngine::started);
        engine.start();
        QTRY_COMPARE(started.count(), 1);
        // start() runs a first cycle of each integration; wait for it to settle, then run one more.
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        QVERIFY(firstCycle.wait(60000));
        QList<CycleReport> reports = runOnce(engine);
        QCOMPARE(reports.size(), 1);
        QVERIFY2(reports.constFirst().ok(), qPrintable(reports.constFirst().error));

        const OrderLinkRepository links(world.store.database);
        sandbox::CartonCloudServer *wms = world.sandbox.wms();
        QCOMPARE(wms->outboundOrderIds().size(), ordinary.size());
        for (const int id : ordinary) {
            const std::optional<OrderLink> link = links.find(integration.id, id);
            QVERIFY(link);
            QCOMPARE(link->state, OrderLink::State::Created);
            QCOMPARE(ordersWithReference(wms, link->reference), 1);
        }
        const OrderLink unknown = *links.find(integration.id, unknownSku);
        QCOMPARE(unknown.state, OrderLink::State::NeedsAttention);
        QVERIFY2(unknown.reason.contains(QStringLiteral("SKU MUG-02 is not a product code of customer Acme")),
                 qPrintable(unknown.reason));
        QCOMPARE(links.find(integration.id, pickup)->state, OrderLink::State::Skipped);
        QVERIFY(!links.find(integration.id, onHold)); // not in processing: not taken

        // The warehouse packs everything, gives half a tracking number, and dispatches.
        int n = 0;
        for (const QString &id : wms->outboundOrderIds()) {
            QVERIFY(wms->pack(id));
            if (n++ % 2 == 0)
                QVERIFY(wms->setTracking(id, QStringLiteral("TRK%1").arg(n), QStringLiteral("Australia Post"),
                                         QStringLiteral("https://auspost.com.au/track/TRK%1").arg(n)));
            QVERIFY(wms->dispatch(id));
        }
        reports = runOnce(engine);
        QVERIFY2(reports.constFirst().ok(), qPrintable(reports.constFirst().error));
        for (const int id : ordinary) {
            const OrderLink link = *links.find(integration.id, id);
            QCOMPARE(link.state, OrderLink::State::Completed);
            QCOMPARE(woo->order(id)[u"status"].toString(), QStringLiteral("completed"));
            const QJsonObject consignment = wms->consignmentForOrder(link.wmsOrderId);
            const QString tracking = consignment[u"references"][u"tracking"].toString();
            const QJsonArray items = woo->trackingItems(id);
            if (tracking.isEmpty()) {
                QCOMPARE(items.size(), 0);
            } else {
                QCOMPARE(items.size(), 1); // exactly one entry per consignment
                QCOMPARE(items.at(0)[u"tracking_number"].toString(), tracking);
            }
        }

        // The user adds the missing product in CartonCloud and presses Retry.
        wms->addProduct(acme, QStringLiteral("MUG-02"), QStringLiteral("Mug"));
        engine.retryOrder(unknown.id);
        reports = runOnce(engine);
        QCOMPARE(links.find(integration.id, unknownSku)->state, OrderLink::State::Created);
        QCOMPARE(wms->outboundOrderIds().size(), ordinary.size() + 1);

        // Nothing new: a cycle creates nothing and completes nothing twice.
        const int completionsBefore = woo->requestLog().count(QStringLiteral("/wp-json/wc/v3/orders/batch"));
        reports = runOnce(engine);
        QCOMPARE(reports.constFirst().created, 0);
        QCOMPARE(reports.constFirst().completed, 0);
        QCOMPARE(wms->outboundOrderIds().size(), ordinary.size() + 1);
        QCOMPARE(woo->requestLog().count(QStringLiteral("/wp-json/wc/v3/orders/batch")), completionsBefore);

        // Every order has a readable timeline.
        const QList<SyncEvent> timeline =
            EventRepository(world.store.database).forOrder(links.find(integration.id, ordinary.first())->id);
        QStringList kinds;
        for (const SyncEvent &event : timeline)
            kinds.append(event.kind);
        QVERIFY2(kinds.contains(QStringLiteral("order.received")) && kinds.contains(QStringLiteral("order.created"))
                     && kinds.contains(QStringLiteral("order.completed")),
                 qPrintable(kinds.join(u',')));
        engine.shutdown();
    }

    // The issue's full lifecycle: 200 orders over three integrations of two customers (one customer
    // with two stores, whose order numbers overlap), each order created once, tracked, completed.
    void twoHundredOrdersOverThreeIntegrationsOfTwoCustomers()
    {
        test::EngineFixture world;
        const QStringList codes {QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("CAP-RED")};
        const QString acme = world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), codes);
        const QString zeta = world.addCustomer(QStringLiteral("Zeta Goods"), QStringLiteral("ZETA"), codes);
        QList<sandbox::WooStore *> stores {world.sandbox.store(), world.sandbox.addStore({}),
                                           world.sandbox.addStore({})};
        const QList<int> counts {70, 65, 65};
        QList<Integration> integrations;
        QList<QList<int>> orders;
        for (int i = 0; i < stores.size(); ++i) {
            for (const QString &code : codes)
                stores[i]->addProduct(code, code);
            orders.append(stores[i]->generateOrders(counts[i], quint32(30 + i), QStringLiteral("processing")));
            integrations.append(
                world.addIntegration(stores[i], i < 2 ? acme : zeta, QStringLiteral("Store %1").arg(i)));
        }

        world.options.cycleOnStart = false;
        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy started(&engine, &SyncEngine::started);
        engine.start();
        QTRY_COMPARE(started.count(), 1);
        QList<CycleReport> reports = runOnce(engine);
        QCOMPARE(reports.size(), 3);
        sandbox::CartonCloudServer *wms = world.sandbox.wms();
        QCOMPARE(wms->outboundOrderIds().size(), 200);

        int n = 0;
        for (const QString &id : wms->outboundOrderIds()) {
            QVERIFY(wms->pack(id));
            QVERIFY(wms->setTracking(id, QStringLiteral("TRK%1").arg(++n), QStringLiteral("StarTrack"), {}));
            QVERIFY(wms->dispatch(id));
        }
        reports = runOnce(engine);
        for (const CycleReport &report : reports)
            QVERIFY2(report.ok(), qPrintable(report.error));

        const OrderLinkRepository links(world.store.database);
        QSet<QString> references;
        for (int i = 0; i < stores.size(); ++i) {
            for (const int id : orders[i]) {
                const OrderLink link = *links.find(integrations[i].id, id);
                QCOMPARE(link.state, OrderLink::State::Completed);
                references.insert(link.reference);
                QCOMPARE(ordersWithReference(wms, link.reference), 1);
                QCOMPARE(wms->outboundOrder(link.wmsOrderId)[u"customer"][u"id"].toString(), i < 2 ? acme : zeta);
                QCOMPARE(stores[i]->order(id)[u"status"].toString(), QStringLiteral("completed"));
                const QJsonArray tracking = stores[i]->trackingItems(id);
                QCOMPARE(tracking.size(), 1);
                QCOMPARE(tracking.at(0)[u"tracking_number"].toString(), link.trackingNumber);
            }
        }
        QCOMPARE(references.size(), 200); // the two Acme stores' equal order numbers did not collide
        engine.shutdown();
    }

    // The create reached CartonCloud but its answer was lost: the next cycle searches, finds it,
    // and links it, instead of sending it again.
    void aLostCreateAnswerIsResolvedBySearchingNotBySendingAgain()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const QString acme =
            world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {QStringLiteral("CAP-RED")});
        woo->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
        const QList<int> orders = woo->generateOrders(3, 11, QStringLiteral("processing"));
        const Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));
        // The server does the work, but the answer comes back cut in half.
        sandbox::Fault truncated = sandbox::Fault::of(sandbox::Fault::Kind::TruncatedBody,
                                                      QStringLiteral("/tenants/<tenant>/outbound-orders"), 1);
        truncated.method = "POST";
        world.sandbox.wms()->faults().add(truncated);

        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        engine.start();
        QVERIFY(firstCycle.wait(60000));
        QVERIFY(!firstCycle.constFirst().constFirst().value<CycleReport>().ok());
        const OrderLinkRepository links(world.store.database);
        QCOMPARE(links.inState(integration.id, OrderLink::State::Creating).size(), 1);

        const QList<CycleReport> reports = runOnce(engine);
        QVERIFY2(reports.constFirst().ok(), qPrintable(reports.constFirst().error));
        QCOMPARE(world.sandbox.wms()->outboundOrderIds().size(), orders.size());
        for (const int id : orders) {
            const OrderLink link = *links.find(integration.id, id);
            QCOMPARE(link.state, OrderLink::State::Created);
            QCOMPARE(ordersWithReference(world.sandbox.wms(), link.reference), 1);
        }
        engine.shutdown();
    }

    // The merchant revokes the key while Wharf is running: Failing with the reason, no more calls
    // to the store until the integration is reconfigured, and then it carries on.
    void aKeyRevokedMidRunTurnsFailingWithoutARetryStormAndRecovers()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const QString acme =
            world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {QStringLiteral("CAP-RED")});
        woo->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
        woo->generateOrders(3, 12, QStringLiteral("processing"));
        const Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));
        world.options.cycleOnStart = false;
        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy started(&engine, &SyncEngine::started);
        engine.start();
        QTRY_COMPARE(started.count(), 1);
        QVERIFY(runOnce(engine).constFirst().ok());
        QCOMPARE(IntegrationRepository(world.store.database).find(integration.id)->health, Health::Live);

        sandbox::Fault revoked = sandbox::Fault::httpStatus(QStringLiteral("*"), 401);
        revoked.body =
            R"({"code":"woocommerce_rest_authentication_error","message":"Consumer key is invalid.","data":{"status":401}})";
        woo->faults().add(revoked);
        woo->generateOrders(2, 13, QStringLiteral("processing"));
        QVERIFY(!runOnce(engine).constFirst().ok());
        const Integration failing = *IntegrationRepository(world.store.database).find(integration.id);
        QCOMPARE(failing.health, Health::Failing);
        QVERIFY2(failing.healthReason.contains(QStringLiteral("Reconfigure")), qPrintable(failing.healthReason));

        const qsizetype before = woo->requestLog().entries().size();
        for (int i = 0; i < 5; ++i) {
            const QList<CycleReport> blocked = runOnce(engine); // answers at once, with the reason
            QCOMPARE(blocked.size(), 1);
            QCOMPARE(blocked.constFirst().error, failing.healthReason);
        }
        QCOMPARE(woo->requestLog().entries().size(), before); // not one more call with a refused key

        // A person's Sync now does check again (they may have fixed the key), once, and says so.
        QSignalSpy answered(&engine, &SyncEngine::actionFinished);
        engine.syncNow(integration.id);
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 30000);
        const auto outcome = answered.constFirst().constFirst().value<ActionOutcome>();
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.message.isEmpty());
        const qsizetype checked = woo->requestLog().entries().size() - before;
        QVERIFY2(checked >= 1 && checked <= 3, qPrintable(QString::number(checked)));

        woo->faults().clear(); // the merchant made a new key; Reconfigure saved it
        engine.reloadIntegration(integration.id);
        // Reloading reads the new secret first; until then there is no cycle to report.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<CycleReport> reports = runOnce(engine);
                return reports.size() == 1 && reports.constFirst().ok();
            }(),
            30000);
        QCOMPARE(IntegrationRepository(world.store.database).find(integration.id)->health, Health::Live);
        QCOMPARE(world.sandbox.wms()->outboundOrderIds().size(), 5);
        engine.shutdown();
    }

    void refusedCredentialsTurnTheIntegrationFailingWithoutRetrying()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const QString acme =
            world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {QStringLiteral("CAP-RED")});
        Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));
        test::SecretWaiter waiter;
        waiter.write(world.secrets, SecretKeys::integrationConsumerSecret(integration.id), QStringLiteral("cs_wrong"));

        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy statuses(&engine, &SyncEngine::statusChanged);
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        engine.start();
        QVERIFY(firstCycle.wait(60000));
        const Integration failing = *IntegrationRepository(world.store.database).find(integration.id);
        QCOMPARE(failing.health, Health::Failing);
        QVERIFY2(failing.healthReason.contains(QStringLiteral("Reconfigure")), qPrintable(failing.healthReason));

        // No retry storm: more cycles send nothing to the store.
        const int requests = int(woo->requestLog().entries().size());
        engine.syncNow(integration.id); // Sync now on a blocked pipeline starts afresh, once
        QTest::qWait(500);
        const int afterOneRestart = int(woo->requestLog().entries().size());
        QVERIFY(afterOneRestart - requests <= 3);

        // Reconfigured with the right secret: it recovers.
        waiter.write(world.secrets, SecretKeys::integrationConsumerSecret(integration.id), woo->consumerSecret());
        engine.reloadIntegration(integration.id);
        QTRY_COMPARE_WITH_TIMEOUT(IntegrationRepository(world.store.database).find(integration.id)->health,
                                  Health::Live, 30000);
        engine.shutdown();
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
