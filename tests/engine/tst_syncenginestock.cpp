#include "core/model/syncevent.h"
#include "core/store/eventrepository.h"
#include "core/store/integrationrepository.h"
#include "core/store/orderlinkrepository.h"
#include "core/sync/syncengine.h"
#include "enginefixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace wharf {

// "Send stock levels to WooCommerce" run by the engine (issue 15): off by default; when on, on its
// interval, every change and every product left alone in the activity log.
class tst_SyncEngineStock : public QObject
{
    Q_OBJECT

private:
    static int eventsOfKind(const Database &database, qint64 integrationId, const QString &kind)
    {
        int n = 0;
        for (const SyncEvent &event : EventRepository(database).forIntegration(integrationId, 5000))
            n += event.kind == kind ? 1 : 0;
        return n;
    }
    static QStringList messagesOfKind(const Database &database, qint64 integrationId, const QString &kind)
    {
        QStringList out;
        for (const SyncEvent &event : EventRepository(database).forIntegration(integrationId, 5000)) {
            if (event.kind == kind)
                out << event.message;
        }
        return out;
    }
    static QJsonValue stockOf(sandbox::WooStore *woo, int id)
    {
        return woo->product(id).value(QStringLiteral("stock_quantity"));
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<CycleReport>>(); }

    void offByDefault()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const QString acme = world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {});
        world.sandbox.wms()->addProduct(acme, QStringLiteral("SHIRT-1"), QStringLiteral("Shirt"), 7);
        const int shirt = woo->addProduct(QStringLiteral("SHIRT-1"), QStringLiteral("Shirt"));
        woo->setProductStock(shirt, true, 2);
        const Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));
        QVERIFY(!integration.stockSync);
        QCOMPARE(IntegrationRepository(world.store.database).find(integration.id)->stockSyncMinutes, 60);

        world.options.stockInterval = 100ms;
        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        engine.start();
        QVERIFY(firstCycle.wait(60000));
        test::EngineFixture::runOnce(engine);
        QCOMPARE(world.sandbox.wms()->reportRunsStarted(), 0);
        QCOMPARE(stockOf(woo, shirt).toInt(), 2);
        QCOMPARE(eventsOfKind(world.store.database, integration.id, QStringLiteral("stock.synced")), 0);
    }

    void sendsStockOnItsIntervalAndLogsEveryChange()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        sandbox::CartonCloudServer *wms = world.sandbox.wms();
        const QString acme = world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {});
        const QString shirtCode = wms->addProduct(acme, QStringLiteral("SHIRT-1"), QStringLiteral("Shirt"), 7);
        wms->addProduct(acme, QStringLiteral("NOSTOCK-1"), QStringLiteral("Gift card"), 5);
        wms->addProduct(acme, QStringLiteral("TEE-BLUE"), QStringLiteral("Tee blue"), 12);
        const int shirt = woo->addProduct(QStringLiteral("SHIRT-1"), QStringLiteral("Shirt"));
        woo->setProductStock(shirt, true, 2);
        const int giftCard = woo->addProduct(QStringLiteral("NOSTOCK-1"), QStringLiteral("Gift card"));
        woo->setProductStock(giftCard, false);
        const int tee = woo->addVariableProduct(QStringLiteral("TEE"), QStringLiteral("Tee"));
        const int blue = woo->addVariation(tee, QStringLiteral("TEE-BLUE"), QStringLiteral("Blue"));
        woo->setProductStock(blue, true, 1);

        Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));
        integration.stockSync = true;
        integration.stockSyncMinutes = 30;
        QVERIFY(IntegrationRepository(world.store.database).update(integration));
        const auto stored = IntegrationRepository(world.store.database).find(integration.id);
        QVERIFY(stored->stockSync);
        QCOMPARE(stored->stockSyncMinutes, 30);
        QVERIFY(!stored->stockSyncedAt.isValid());

        world.options.stockInterval = 400ms;
        world.options.stockReportPolling.first = 20ms;
        world.options.stockReportPolling.max = 50ms;
        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy events(&engine, &SyncEngine::eventRecorded);
        engine.start();

        // The first run starts at once (it never ran): the shirt and the variation get CartonCloud's
        // stock; the gift card, which does not manage stock, is left alone and stays so.
        QTRY_COMPARE_WITH_TIMEOUT(stockOf(woo, shirt).toInt(), 7, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(stockOf(woo, blue).toInt(), 12, 30000);
        QCOMPARE(woo->product(giftCard).value(QStringLiteral("manage_stock")).toBool(), false);
        QVERIFY(woo->product(giftCard).value(QStringLiteral("stock_quantity")).isNull());
        QTRY_VERIFY(eventsOfKind(world.store.database, integration.id, QStringLiteral("stock.synced")) >= 1);
        const QStringList changed =
            messagesOfKind(world.store.database, integration.id, QStringLiteral("stock.changed"));
        QCOMPARE(changed.size(), 2);
        QVERIFY2(changed.join(u'\n').contains(QStringLiteral("SKU SHIRT-1) set to 7 in WooCommerce (was 2)")),
                 qPrintable(changed.join(u'\n')));
        QVERIFY(changed.join(u'\n').contains(QStringLiteral("SKU TEE-BLUE) set to 12 in WooCommerce (was 1)")));
        const QStringList skipped =
            messagesOfKind(world.store.database, integration.id, QStringLiteral("stock.skipped"));
        QCOMPARE(skipped.size(), 1);
        QVERIFY2(skipped.constFirst().contains(QStringLiteral("does not manage stock")),
                 qPrintable(skipped.constFirst()));
        QVERIFY(IntegrationRepository(world.store.database).find(integration.id)->stockSyncedAt.isValid());
        bool signalled = false;
        for (const QList<QVariant> &args : std::as_const(events))
            signalled = signalled || args.constFirst().value<SyncEvent>().kind == QStringLiteral("stock.changed");
        QVERIFY(signalled);

        // The warehouse's stock moves; the next run, one interval later, follows it. The gift card
        // is not noted again.
        wms->setStock(shirtCode, 9);
        QTRY_COMPARE_WITH_TIMEOUT(stockOf(woo, shirt).toInt(), 9, 30000);
        QTRY_VERIFY(eventsOfKind(world.store.database, integration.id, QStringLiteral("stock.synced")) >= 2);
        QCOMPARE(eventsOfKind(world.store.database, integration.id, QStringLiteral("stock.skipped")), 1);
        QCOMPARE(eventsOfKind(world.store.database, integration.id, QStringLiteral("stock.changed")), 3);
    }

    void aFailedReportRunIsLoggedAndChangesNothing()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        sandbox::CartonCloudServer *wms = world.sandbox.wms();
        const QString acme = world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {});
        wms->addProduct(acme, QStringLiteral("SHIRT-1"), QStringLiteral("Shirt"), 7);
        const int shirt = woo->addProduct(QStringLiteral("SHIRT-1"), QStringLiteral("Shirt"));
        woo->setProductStock(shirt, true, 2);
        sandbox::CartonCloudHostility hostility = wms->hostility();
        hostility.reportRunsFail = true;
        wms->setHostility(hostility);

        Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));
        integration.stockSync = true;
        QVERIFY(IntegrationRepository(world.store.database).update(integration));
        world.options.stockInterval = 10min;
        world.options.stockReportPolling.first = 20ms;
        SyncEngine engine(world.store.database, &world.secrets, world.options);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(eventsOfKind(world.store.database, integration.id, QStringLiteral("stock.failed")), 1,
                                  30000);
        const QString failed =
            messagesOfKind(world.store.database, integration.id, QStringLiteral("stock.failed")).constFirst();
        QVERIFY2(failed.contains(QStringLiteral("report run failed")), qPrintable(failed));
        QCOMPARE(stockOf(woo, shirt).toInt(), 2);
        QCOMPARE(woo->requestLog().count(QStringLiteral("/wp-json/wc/v3/products/batch")), 0);
    }

    void aFailingStockSyncShowsOnTheHealthAndOrdersGoOn()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        sandbox::CartonCloudServer *wms = world.sandbox.wms();
        const QString acme = world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"),
                                               {QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("CAP-RED")});
        woo->addProduct(QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("T-shirt"));
        woo->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
        woo->generateOrders(3, 7, QStringLiteral("processing"));
        sandbox::CartonCloudHostility hostility = wms->hostility();
        hostility.reportRunsFail = true;
        wms->setHostility(hostility);

        Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));
        integration.stockSync = true;
        QVERIFY(IntegrationRepository(world.store.database).update(integration));
        auto health = [&] {
            return IntegrationRepository(world.store.database).find(integration.id)->health;
        };
        auto reason = [&] {
            return IntegrationRepository(world.store.database).find(integration.id)->healthReason;
        };
        auto created = [&] {
            return OrderLinkRepository(world.store.database).inState(integration.id, OrderLink::State::Created).size();
        };
        world.options.stockReportPolling.first = 20ms;
        {
            world.options.stockInterval = 300ms;
            SyncEngine engine(world.store.database, &world.secrets, world.options);
            QSignalSpy statuses(&engine, &SyncEngine::statusChanged);
            engine.start();
            // Orders go to CartonCloud whatever becomes of stock.
            QTRY_COMPARE_WITH_TIMEOUT(created(), 3, 60000);
            // The stock sync keeps failing: amber, saying so, and that orders are not affected.
            QTRY_VERIFY_WITH_TIMEOUT(
                eventsOfKind(world.store.database, integration.id, QStringLiteral("stock.failed")) >= 2, 30000);
            QTRY_COMPARE_WITH_TIMEOUT(health(), Health::Attention, 30000);
            QTRY_VERIFY2_WITH_TIMEOUT(reason().contains(QStringLiteral("in a row")), qPrintable(reason()), 30000);
            QVERIFY2(reason().startsWith(QStringLiteral("Stock levels were not sent to WooCommerce: ")),
                     qPrintable(reason()));
            QVERIFY2(reason().contains(QStringLiteral("report run failed")), qPrintable(reason()));
            QVERIFY2(reason().contains(QStringLiteral("Orders sync as usual.")), qPrintable(reason()));
            bool signalled = false;
            for (const QList<QVariant> &args : std::as_const(statuses)) {
                const auto status = args.constFirst().value<IntegrationStatus>();
                signalled = signalled
                    || (status.health == Health::Attention && !status.stockProblem.isEmpty()
                        && status.stockSyncedAt.isValid());
            }
            QVERIFY(signalled);
            QCOMPARE(created(), 3);
        }
        {
            // After a restart, before the stock sync runs again (its interval is not up), the
            // health still says so.
            world.options.stockInterval = 10min;
            SyncEngine engine(world.store.database, &world.secrets, world.options);
            QSignalSpy cycles(&engine, &SyncEngine::cycleFinished);
            engine.start();
            QVERIFY(cycles.wait(60000));
            QCOMPARE(health(), Health::Attention);
            QVERIFY2(reason().startsWith(QStringLiteral("Stock levels were not sent to WooCommerce: ")),
                     qPrintable(reason()));
        }
        {
            // The warehouse's reports work again: the next run sends stock and the health recovers.
            wms->setHostility(sandbox::CartonCloudHostility {});
            world.options.stockInterval = 300ms;
            SyncEngine engine(world.store.database, &world.secrets, world.options);
            engine.start();
            QTRY_VERIFY_WITH_TIMEOUT(
                eventsOfKind(world.store.database, integration.id, QStringLiteral("stock.synced")) >= 1, 30000);
            QTRY_COMPARE_WITH_TIMEOUT(health(), Health::Live, 30000);
            QCOMPARE(reason(), QStringLiteral("Syncing normally."));
        }
    }
};

} // namespace wharf

QTEST_GUILESS_MAIN(wharf::tst_SyncEngineStock)
#include "tst_syncenginestock.moc"
