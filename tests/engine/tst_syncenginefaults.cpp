// The sync engine when the far side misbehaves: errors, silence, resets, rate limits and
// garbage end in the same state as a clean run, with a bounded number of requests; and at the
// account's create limit no 429 ever comes back.

#include "core/store/orderlinkrepository.h"
#include "core/sync/syncengine.h"
#include "enginefixture.h"
#include "sandbox/fault.h"
#include "sandbox/requestlog.h"
#include "virtualclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace wharf;
using sandbox::Fault;

class TestSyncEngineFaults : public QObject
{
    Q_OBJECT

    struct Run
    {
        int cycles = 0;
        int wooRequests = 0;
        int wmsRequests = 0;
    };

    static void verifyExactlyOnce(test::EngineFixture &world, const Integration &integration, const QList<int> &orders)
    {
        QCOMPARE(world.sandbox.wms()->outboundOrderIds().size(), orders.size());
        const OrderLinkRepository links(world.store.database);
        for (const int id : orders) {
            const std::optional<OrderLink> link = links.find(integration.id, id);
            QVERIFY(link);
            QCOMPARE(link->state, OrderLink::State::Completed);
            QVERIFY(!world.sandbox.wms()->outboundOrderIdByReference(link->reference).isEmpty());
            QCOMPARE(world.sandbox.store()->order(id)[u"status"].toString(), QStringLiteral("completed"));
        }
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<CycleReport>>(); }

    void everyKindOfFaultEndsInTheSameState_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("argument");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("times");
        // Whole cycles that fail from their first request, and faults that strike in the middle
        // of a cycle: some creates, the completion batch, one page of the listing.
        const QString creates = QStringLiteral("/tenants/<tenant>/outbound-orders");
        const QString batch = QStringLiteral("/wp-json/wc/v3/orders/batch");
        const QString any = QStringLiteral("*");
        QTest::newRow("wms 503 on everything") << "wms" << int(Fault::Kind::Status) << 503 << any << -1;
        QTest::newRow("wms 503 on creates") << "wms" << int(Fault::Kind::Status) << 503 << creates << 3;
        QTest::newRow("woo 500 on everything") << "woo" << int(Fault::Kind::Status) << 500 << any << -1;
        QTest::newRow("woo 500 on completion") << "woo" << int(Fault::Kind::Status) << 500 << batch << 1;
        QTest::newRow("wms never replies to creates") << "wms" << int(Fault::Kind::NeverReply) << 0 << creates << 2;
        QTest::newRow("woo never replies") << "woo" << int(Fault::Kind::NeverReply) << 0 << any << -1;
        QTest::newRow("wms resets creates") << "wms" << int(Fault::Kind::ConnectionReset) << 0 << creates << 3;
        QTest::newRow("woo resets completion") << "woo" << int(Fault::Kind::ConnectionReset) << 0 << batch << 2;
        QTest::newRow("wms 429 with Retry-After") << "wms" << int(Fault::Kind::RateLimited) << 1 << creates << 3;
        QTest::newRow("wms 429 without Retry-After") << "wms" << int(Fault::Kind::RateLimited) << -1 << creates << 3;
        QTest::newRow("woo not JSON") << "woo" << int(Fault::Kind::NotJson) << 0 << any << -1;
        QTest::newRow("wms creates answered cut in half")
            << "wms" << int(Fault::Kind::TruncatedBody) << 0 << creates << 4;
        QTest::newRow("woo HTML login page") << "woo" << int(Fault::Kind::HtmlLoginPage) << 0 << any << -1;
    }

    void everyKindOfFaultEndsInTheSameState()
    {
        QFETCH(QString, service);
        QFETCH(int, kind);
        QFETCH(int, argument);
        QFETCH(QString, path);
        QFETCH(int, times);
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const QString acme = world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"),
                                               {QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("CAP-RED")});
        woo->addProduct(QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("T-shirt"));
        woo->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
        const QList<int> orders = woo->generateOrders(20, 3, QStringLiteral("processing"));
        const Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));

        // Every few requests of the service misbehave, for the whole run.
        Fault fault = Fault::of(Fault::Kind(kind), path, times);
        if (path != QLatin1String("*"))
            fault.method = "POST";
        fault.status = argument;
        fault.retryAfterSeconds = argument;
        sandbox::HttpService *target = service == QLatin1String("wms")
            ? static_cast<sandbox::HttpService *>(world.sandbox.wms())
            : static_cast<sandbox::HttpService *>(woo);
        // Short transfer timeouts are the client's; replies that never come cost the client its
        // timeout, so the engine is told to give up sooner here than in production.
        world.options.pipeline.transientCyclesBeforeFailing = 1000;
        world.options.pipeline.retryPolicy.baseDelay = std::chrono::milliseconds(20);
        world.options.pipeline.retryPolicy.maxDelay = std::chrono::milliseconds(100);
        world.options.pipeline.retryPolicy.maxRetryAfter = std::chrono::seconds(2);
        world.options.pipeline.transferTimeoutMs = 1500;
        SyncEngine::Options options = world.options;
        options.cycleOnStart = false;
        SyncEngine engine(world.store.database, &world.secrets, options);
        QSignalSpy started(&engine, &SyncEngine::started);
        engine.start();
        QTRY_COMPARE(started.count(), 1);
        target->faults().add(fault);
        const Run run = [&] {
            Run r;
            const OrderLinkRepository links(world.store.database);
            for (; r.cycles < 60; ++r.cycles) {
                if (links.inState(integration.id, OrderLink::State::Completed).size() == orders.size())
                    break;
                target->faults().clear();
                // Whole-service faults every other cycle; faults that strike mid-cycle in each of
                // the first three cycles (so that each step meets them at least once).
                if (times < 0 ? r.cycles % 2 == 0 : r.cycles < 3)
                    target->faults().add(fault);
                if (test::EngineFixture::runOnce(engine, 180000).isEmpty())
                    break;
                for (const QString &id : world.sandbox.wms()->outboundOrderIds())
                    world.sandbox.wms()->dispatch(id);
            }
            r.wooRequests = int(woo->requestLog().entries().size());
            r.wmsRequests = int(world.sandbox.wms()->requestLog().entries().size());
            return r;
        }();
        int struck = 0;
        for (const auto &entry : target->requestLog().entries())
            struck += entry.fault.isEmpty() ? 0 : 1;
        qInfo("%s: %d faults struck; %d cycles, %d store requests, %d CartonCloud requests", QTest::currentDataTag(),
              struck, run.cycles, run.wooRequests, run.wmsRequests);
        QVERIFY2(struck > 0, "the fault never struck: the test proves nothing");
        verifyExactlyOnce(world, integration, orders);
        QVERIFY2(run.wooRequests + run.wmsRequests < 40 * orders.size(), "request count is not bounded");
        engine.shutdown();
    }

    void atTheCreateLimitNo429EverComesBack()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const QString acme =
            world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {QStringLiteral("CAP-RED")});
        woo->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
        const QList<int> orders = woo->generateOrders(45, 9, QStringLiteral("processing"));
        // 30 creates per window, as CartonCloud allows per minute. Both sides count in one virtual
        // clock that moves only when the budget waits: the window keeps its real length (a
        // minute), the test takes seconds, and the machine's speed (a sanitizer, a loaded CI
        // machine) cannot stretch the time between the budget's grant and the server's count.
        // Two integrations share the account's budget.
        test::VirtualClock clock;
        world.sandbox.wms()->setCreateRateLimit(30, 60000, false);
        world.sandbox.wms()->setRateLimitClock(clock.arrivals());
        world.options.createsPerMinute = 30;
        world.options.createWindow = std::chrono::minutes(1);
        world.options.createClock = clock.function();
        world.options.createScheduler = clock.scheduler();
        const qint64 startedAt = clock.nowMs();
        const Integration first = world.addIntegration(woo, acme, QStringLiteral("Store one"));
        sandbox::WooStore *second = world.sandbox.addStore({});
        second->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
        const QList<int> secondOrders = second->generateOrders(45, 10, QStringLiteral("processing"));
        world.addIntegration(second, acme, QStringLiteral("Store two"));

        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy cycles(&engine, &SyncEngine::cycleFinished);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(cycles.count() >= 2, 120000);
        QCOMPARE(world.sandbox.wms()->outboundOrderIds().size(), orders.size() + secondOrders.size());
        int tooMany = 0;
        for (const auto &entry : world.sandbox.wms()->requestLog().entries())
            tooMany += entry.status == 429 ? 1 : 0;
        QCOMPARE(tooMany, 0);
        // 90 creates at 30 a minute cannot all have gone in less than two minutes of the clock:
        // the budget paced them, rather than the server being lenient.
        QVERIFY2(clock.nowMs() - startedAt >= 2 * 60000,
                 qPrintable(QStringLiteral("90 creates in %1 ms").arg(clock.nowMs() - startedAt)));
        Q_UNUSED(first);
        engine.shutdown();
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineFaults)
#include "tst_syncenginefaults.moc"
