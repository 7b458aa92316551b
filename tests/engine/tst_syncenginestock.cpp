#include "core/model/syncevent.h"
#include "core/store/eventrepository.h"
#include "core/store/integrationrepository.h"
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
};

} // namespace wharf

QTEST_GUILESS_MAIN(wharf::tst_SyncEngineStock)
#include "tst_syncenginestock.moc"
