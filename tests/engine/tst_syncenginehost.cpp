// The engine on its own thread: work runs on "wharf-sync", results come back to the caller's
// thread as queued signals, and destroying the host stops the engine and joins the thread.

#include "core/store/orderlinkrepository.h"
#include "core/sync/syncenginehost.h"
#include "enginefixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace wharf;

class TestSyncEngineHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every test runs on an SQLite file and on a PostgreSQL database.
    void initTestCase_data() { test::addBackends(); }
    void init() { WHARF_USE_BACKEND(); }

    void initTestCase() { qRegisterMetaType<QList<CycleReport>>(); }

    void runsOnItsOwnNamedThreadAndReportsBack()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const QString acme =
            world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {QStringLiteral("CAP-RED")});
        woo->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
        const QList<int> orders = woo->generateOrders(5, 4, QStringLiteral("processing"));
        const Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));

        QThread *engineThread = nullptr;
        bool threadFinished = false;
        {
            SyncEngineHost host(world.store.database, &world.secrets, world.options);
            engineThread = host.thread();
            QCOMPARE(engineThread->objectName(), QStringLiteral("wharf-sync"));
            connect(
                engineThread, &QThread::finished, this, [&] { threadFinished = true; }, Qt::DirectConnection);

            QThread *statusThread = nullptr;
            connect(&host, &EngineControl::statusChanged, this,
                    [&](const IntegrationStatus &) { statusThread = QThread::currentThread(); });
            QSignalSpy cycles(&host, &SyncEngineHost::cycleFinished);
            host.start();
            QVERIFY(cycles.wait(60000));
            QCOMPARE(statusThread, QThread::currentThread()); // delivered to the caller's thread
            QVERIFY(engineThread->isRunning());

            const OrderLinkRepository links(world.store.database);
            QCOMPARE(links.inState(integration.id, OrderLink::State::Created).size(), orders.size());

            // Asked from this thread, done on the engine's.
            QSignalSpy once(&host, &SyncEngineHost::allCyclesFinished);
            host.runOnce();
            QVERIFY(once.wait(60000));
        }
        // The host is gone: its thread finished (and was joined) before the destructor returned.
        QVERIFY(threadFinished);
    }

    void destroyingTheHostJoinsTheThreadEvenMidCycle()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const QString acme =
            world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {QStringLiteral("CAP-RED")});
        woo->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
        woo->generateOrders(30, 8, QStringLiteral("processing"));
        const Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));
        world.options.createsPerMinute = 60; // one create a second: the cycle is still running below

        auto host = std::make_unique<SyncEngineHost>(world.store.database, &world.secrets, world.options);
        QSignalSpy events(host.get(), &EngineControl::eventRecorded);
        host->start();
        QTRY_VERIFY_WITH_TIMEOUT(events.count() > 3, 30000);
        QThread *thread = host->thread();
        QVERIFY(thread->isRunning());
        host.reset(); // must return: shutdown on the engine's thread, quit, wait
        // Every link written so far is consistent: none is left half-written.
        const OrderLinkRepository links(world.store.database);
        QVERIFY(links.inState(integration.id, OrderLink::State::Creating).size() <= 1); // the one in flight, at most
        QVERIFY(links.inState(integration.id, OrderLink::State::Created).size() < 30); // it really was mid-cycle
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineHost)
#include "tst_syncenginehost.moc"
