#include "dashboarddemo.h"
#include "fakeengine.h"
#include "ui/dashboard/integrationboard.h"
#include "ui/dashboard/traycontroller.h"

#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace wharf;

class TestTrayController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overallHealthIsTheWorstState()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        IntegrationBoard board(store.database, engine, nullptr);
        TrayController tray(board, nullptr);
        QCOMPARE(tray.overallHealth(), Health::Failing); // Blue Fern's store
        QCOMPARE(tray.toolTip(),
                 QStringLiteral("Wharf: 1 failing, 1 needs attention, 1 live, 1 paused or not started"));
        engine.reportHealth(demo.fernStore, Health::Live);
        QCOMPARE(tray.overallHealth(), Health::Attention);
        engine.reportHealth(demo.acmeWholesale, Health::Live);
        QCOMPARE(tray.overallHealth(), Health::Live);
    }

    void notifiesWhenAnIntegrationTurnsFailing()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        IntegrationBoard board(store.database, engine, nullptr);
        TrayController tray(board, nullptr);
        QSignalSpy notified(&tray, &TrayController::notified);

        engine.reportHealth(demo.acmeRetail, Health::Failing,
                            QStringLiteral("The store at https://shop.acme-outdoor.example did not answer for 15 "
                                           "minutes."));
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.constFirst().at(0).toString(), QStringLiteral("Acme retail store is failing"));
        QVERIFY(notified.constFirst().at(1).toString().contains(QStringLiteral("did not answer")));
        QVERIFY(notified.constFirst().at(1).toString().contains(QStringLiteral("Open Wharf")));

        // Still failing: no second notification. Already failing at start: none either.
        engine.reportHealth(demo.acmeRetail, Health::Failing, QStringLiteral("Still unreachable."));
        engine.reportHealth(demo.fernStore, Health::Failing, QStringLiteral("Still rejected."));
        QCOMPARE(notified.count(), 1);
        engine.reportHealth(demo.acmeRetail, Health::Attention);
        QCOMPARE(notified.count(), 1);
    }

    void closingTheWindowKeepsSyncing()
    {
        test::StoreFixture store;
        test::FakeEngine engine;
        IntegrationBoard board(store.database, engine, nullptr);
        QMainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TrayController tray(board, &window);
        QSignalSpy notified(&tray, &TrayController::notified);

        tray.setTrayAvailable(true);
        QVERIFY(!window.close());
        QVERIFY(window.isHidden());
        QCOMPARE(notified.count(), 1); // told once where Wharf went
        QVERIFY(engine.calls.isEmpty()); // nothing stopped
        tray.showWindow();
        QVERIFY(window.isVisible());
        QVERIFY(!window.close());
        QCOMPARE(notified.count(), 1);

        // Without a tray, closing closes.
        tray.showWindow();
        tray.setTrayAvailable(false);
        QVERIFY(window.close());
    }

    void quitFromTheTrayMenuLetsTheWindowCloseAndAsksOnce()
    {
        test::StoreFixture store;
        test::FakeEngine engine;
        IntegrationBoard board(store.database, engine, nullptr);
        QMainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TrayController tray(board, &window);
        tray.setTrayAvailable(true);
        QSignalSpy quit(&tray, &TrayController::quitRequested);

        // The window was closed to the tray; Quit in the tray's menu must end Wharf, not be
        // refused by the same close-to-tray rule.
        QVERIFY(!window.close());
        auto *quitAction = tray.menu()->findChild<QAction *>(QStringLiteral("trayQuit"));
        QVERIFY(quitAction);
        quitAction->trigger();
        QCOMPARE(quit.count(), 1);
        tray.showWindow();
        QVERIFY(window.close()); // nothing refuses a close any more
        tray.quit();
        QCOMPARE(quit.count(), 1); // asked once, however many ways Quit is reached
    }

    void theMenuIsOwnedWithoutAWindow()
    {
        // Under ASan this test leaked the menu and its actions when no window owned them.
        test::StoreFixture store;
        test::FakeEngine engine;
        IntegrationBoard board(store.database, engine, nullptr);
        QPointer<QMenu> menu;
        {
            TrayController tray(board, nullptr);
            menu = tray.menu();
            QVERIFY(menu);
            QCOMPARE(menu->actions().size(), 3);
        }
        QVERIFY(menu.isNull());
    }
};

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
