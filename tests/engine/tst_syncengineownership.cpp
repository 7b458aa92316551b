// Two sync engines on one data file, each with its own connection, as two Wharf processes have
// them: one owner per integration, actions that travel through the database to the owner and
// come back answered, settings changed by one picked up by the other, and a takeover when the
// owner stops. (tests/app/tst_ownership does the same with real processes and SIGKILL.)

#include "core/store/commandrepository.h"
#include "core/store/integrationrepository.h"
#include "core/store/leaserepository.h"
#include "core/store/orderlinkrepository.h"
#include "core/sync/syncengine.h"
#include "enginefixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace wharf;
using namespace std::chrono_literals;

class TestSyncEngineOwnership : public QObject
{
    Q_OBJECT

    static SyncEngine::Options fast(SyncEngine::Options options)
    {
        options.cycleOnStart = false;
        options.leaseTtl = 1500ms;
        options.leaseTick = 100ms;
        options.remoteActionTimeout = 5s;
        return options;
    }

    static ActionOutcome waitForOutcome(SyncEngine &engine, ActionOutcome::Action action)
    {
        QSignalSpy answered(&engine, &SyncEngine::actionFinished);
        for (int i = 0; i < 200; ++i) {
            for (const QList<QVariant> &signal : std::as_const(answered)) {
                const auto outcome = signal.constFirst().value<ActionOutcome>();
                if (outcome.action == action)
                    return outcome;
            }
            answered.wait(100);
        }
        return {ActionOutcome::Action::Stop, 0, 0, false, QStringLiteral("no answer"), {}};
    }

private Q_SLOTS:
    // Every test runs on an SQLite file and on a PostgreSQL database.
    void initTestCase_data() { test::addBackends(); }
    void init() { WHARF_USE_BACKEND(); }

    void initTestCase()
    {
        qRegisterMetaType<QList<CycleReport>>();
        qRegisterMetaType<ActionOutcome>();
        qRegisterMetaType<IntegrationStatus>();
    }

    void oneOwnerAndActionsThroughTheDatabase()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const QString acme =
            world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {QStringLiteral("CAP-RED")});
        woo->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
        const QList<int> orders = woo->generateOrders(4, 41, QStringLiteral("processing"));
        const Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));

        // The service (owner) and the window (another process) on one file.
        SyncEngine owner(world.store.database, &world.secrets, fast(world.options));
        QSignalSpy ownerStarted(&owner, &SyncEngine::started);
        owner.start();
        QTRY_COMPARE(ownerStarted.count(), 1);
        Database windowDatabase(world.store.database.filePath());
        QVERIFY(windowDatabase.open());
        SyncEngine::Options windowOptions = fast(world.options);
        windowOptions.ownerKind = LeaseHolder::Kind::Desktop;
        SyncEngine window(windowDatabase, &world.secrets, windowOptions);
        QSignalSpy statuses(&window, &SyncEngine::statusChanged);
        window.start();

        // The window says who syncs it instead of syncing it too.
        QCOMPARE(LeaseRepository(windowDatabase).find(integration.id)->holder.ownerId, owner.ownerId());
        QTRY_VERIFY(!statuses.isEmpty());
        const auto shown = statuses.constLast().constFirst().value<IntegrationStatus>();
        QVERIFY2(shown.ownerDescription.startsWith(QStringLiteral("the Wharf service on ")),
                 qPrintable(shown.ownerDescription));

        // Sync now in the window: the owner runs the cycle and the window hears how it went.
        window.syncNow(integration.id);
        const ActionOutcome synced = waitForOutcome(window, ActionOutcome::Action::SyncNow);
        QVERIFY2(synced.ok, qPrintable(synced.message));
        QVERIFY2(synced.doneBy.startsWith(QStringLiteral("the Wharf service on ")), qPrintable(synced.doneBy));
        QCOMPARE(world.sandbox.wms()->outboundOrderIds().size(), orders.size());

        // Settings changed in the window's process reach the owner within a cycle: completion off.
        Integration changed = *IntegrationRepository(windowDatabase).find(integration.id);
        changed.completeOnDispatch = false;
        QVERIFY(IntegrationRepository(windowDatabase).update(changed));
        QTest::qWait(400); // four ticks of the owner
        for (const QString &id : world.sandbox.wms()->outboundOrderIds())
            world.sandbox.wms()->dispatch(id);
        window.syncNow(integration.id);
        QVERIFY(waitForOutcome(window, ActionOutcome::Action::SyncNow).ok);
        for (const int id : orders)
            QCOMPARE(woo->order(id)[u"status"].toString(), QStringLiteral("processing"));

        // Pause and Resume travel the same way; the owner keeps the integration.
        window.setPaused(integration.id, true);
        QVERIFY(waitForOutcome(window, ActionOutcome::Action::Pause).ok);
        QCOMPARE(IntegrationRepository(windowDatabase).find(integration.id)->health, Health::Paused);
        window.setPaused(integration.id, false);
        QVERIFY(waitForOutcome(window, ActionOutcome::Action::Resume).ok);
        QCOMPARE(LeaseRepository(windowDatabase).find(integration.id)->holder.ownerId, owner.ownerId());

        // A command for an integration that no longer exists is answered, not dropped.
        EngineCommand stray;
        stray.integrationId = 999;
        stray.requestedBy = QStringLiteral("someone");
        QVERIFY(CommandRepository(windowDatabase).insert(stray));
        QTRY_VERIFY(CommandRepository(windowDatabase).find(stray.id)->isFinished());
        const EngineCommand answered = *CommandRepository(windowDatabase).find(stray.id);
        QVERIFY(!answered.ok);
        QVERIFY2(answered.message.contains(QStringLiteral("no longer exists")), qPrintable(answered.message));

        // The owner stops: the window's engine takes the integration over at once.
        owner.shutdown();
        QTRY_COMPARE(LeaseRepository(windowDatabase).find(integration.id)->holder.ownerId, window.ownerId());
        window.shutdown();
    }

    void aStoppedOwnerIsTakenOverWhenItsLeaseRunsOut()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const QString acme =
            world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {QStringLiteral("CAP-RED")});
        woo->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
        const Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));

        Database ownerDatabase(world.store.database.filePath());
        QVERIFY(ownerDatabase.open());
        auto owner = std::make_unique<SyncEngine>(ownerDatabase, &world.secrets, fast(world.options));
        owner->start();
        const QString ownerId = owner->ownerId();
        QCOMPARE(LeaseRepository(world.store.database).find(integration.id)->holder.ownerId, ownerId);

        SyncEngine successor(world.store.database, &world.secrets, fast(world.options));
        successor.start();
        QCOMPARE(LeaseRepository(world.store.database).find(integration.id)->holder.ownerId, ownerId);

        // The owner freezes (no more renewals), as a process stopped or killed does.
        QTimer *tick = owner->findChild<QTimer *>(QStringLiteral("leaseTick"));
        QVERIFY(tick);
        tick->stop();
        const auto frozenAt = std::chrono::steady_clock::now();
        QTRY_COMPARE_WITH_TIMEOUT(LeaseRepository(world.store.database).find(integration.id)->holder.ownerId,
                                  successor.ownerId(), 10000);
        const auto took =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - frozenAt);
        QVERIFY2(took >= 1000ms, "taken over before the owner's lease ran out");
        successor.shutdown();
    }

    void enginesShareTheIntegrationsFairly()
    {
        test::EngineFixture world;
        const QString acme =
            world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {QStringLiteral("CAP-RED")});
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i) {
            sandbox::WooStore::Options storeOptions;
            storeOptions.name = QStringLiteral("Shop %1").arg(i);
            sandbox::WooStore *woo = world.sandbox.addStore(storeOptions);
            ids.append(world.addIntegration(woo, acme, QStringLiteral("Shop %1").arg(i)).id);
        }
        auto heldBy = [&world](const QString &ownerId) {
            int held = 0;
            const QHash<qint64, Lease> all = LeaseRepository(world.store.database).all();
            for (const Lease &lease : all)
                held += lease.holder.ownerId == ownerId ? 1 : 0;
            return held;
        };

        // Alone, the first engine takes everything.
        Database firstDatabase(world.store.database.filePath());
        QVERIFY(firstDatabase.open());
        auto first = std::make_unique<SyncEngine>(firstDatabase, &world.secrets, fast(world.options));
        first->start();
        QCOMPARE(heldBy(first->ownerId()), 6);

        // A second one comes: the first lets go of those beyond its share (3) and the slack (1), and
        // the second takes them, without waiting for any lease to expire.
        SyncEngine second(world.store.database, &world.secrets, fast(world.options));
        second.start();
        QCOMPARE(heldBy(second.ownerId()), 0); // none was free when it started
        QTRY_COMPARE_WITH_TIMEOUT(heldBy(second.ownerId()), 2, 5000);
        QCOMPARE(heldBy(first->ownerId()), 4);
        // And it stays so: nobody passes integrations back and forth.
        QTest::qWait(1000);
        QCOMPARE(heldBy(first->ownerId()), 4);
        QCOMPARE(heldBy(second.ownerId()), 2);

        // The first stops: the second takes everything.
        first->shutdown();
        first.reset();
        QTRY_COMPARE_WITH_TIMEOUT(heldBy(second.ownerId()), 6, 5000);
        second.shutdown();
    }

    void aWindowOnAServerDatabaseIsAConsole()
    {
        if (test::currentBackend() != test::Backend::Postgres)
            QSKIP("On a desk's SQLite file the window is the engine; a console only on a server database.");
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const QString acme =
            world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {QStringLiteral("CAP-RED")});
        const Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));

        // Opened before any worker: it takes nothing at once, but syncs what no worker took
        // within a lease period, so that a lone console still syncs.
        SyncEngine::Options consoleOptions = fast(world.options);
        consoleOptions.ownerKind = LeaseHolder::Kind::Desktop;
        Database consoleDatabase(world.store.database.filePath());
        QVERIFY(consoleDatabase.open());
        SyncEngine console(consoleDatabase, &world.secrets, consoleOptions);
        console.start();
        QVERIFY(!LeaseRepository(world.store.database).find(integration.id));
        QTRY_VERIFY_WITH_TIMEOUT(LeaseRepository(world.store.database).find(integration.id), 5000);
        QCOMPARE(LeaseRepository(world.store.database).find(integration.id)->holder.ownerId, console.ownerId());

        // A worker starts: the console hands the integration to it.
        SyncEngine worker(world.store.database, &world.secrets, fast(world.options));
        worker.start();
        QTRY_COMPARE_WITH_TIMEOUT(LeaseRepository(world.store.database).find(integration.id)->holder.ownerId,
                                  worker.ownerId(), 5000);
        QTest::qWait(500);
        QCOMPARE(LeaseRepository(world.store.database).find(integration.id)->holder.ownerId, worker.ownerId());
        worker.shutdown();
        console.shutdown();
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineOwnership)
#include "tst_syncengineownership.moc"
