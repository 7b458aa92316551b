#include "core/i18n/translations.h"
#include "core/store/integrationrepository.h"
#include "dashboarddemo.h"
#include "fakeengine.h"
#include "ui/dashboard/integrationboard.h"
#include "ui/dashboard/integrationpanel.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace wharf;

namespace {
QPushButton *button(const IntegrationPanel &panel, const char *name)
{
    return panel.findChild<QPushButton *>(QString::fromLatin1(name));
}
} // namespace

class TestIntegrationPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buttonsAskForTheirActionsOfTheShownIntegration()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        IntegrationBoard board(store.database, engine, nullptr);
        IntegrationPanel panel(board);
        panel.setIntegration(demo.acmeRetail);
        panel.setMayManage(true);
        QSignalSpy sync(&panel, &IntegrationPanel::syncNowRequested);
        QSignalSpy pause(&panel, &IntegrationPanel::pauseRequested);
        QSignalSpy reconfigure(&panel, &IntegrationPanel::reconfigureRequested);
        QSignalSpy remove(&panel, &IntegrationPanel::deleteRequested);
        QSignalSpy checkSkus(&panel, &IntegrationPanel::checkSkusRequested);

        button(panel, "syncNow")->click();
        button(panel, "pauseResume")->click();
        button(panel, "reconfigure")->click();
        button(panel, "deleteIntegration")->click();
        button(panel, "checkSkus")->click();
        QCOMPARE(sync.count(), 1);
        QCOMPARE(sync.constFirst().constFirst().toLongLong(), demo.acmeRetail);
        QCOMPARE(pause.constFirst().at(1).toBool(), true); // live: the button pauses
        QCOMPARE(reconfigure.count(), 1);
        QCOMPARE(remove.count(), 1);
        QCOMPARE(checkSkus.count(), 1);
        QCOMPARE(checkSkus.constFirst().constFirst().toLongLong(), demo.acmeRetail);

        // Paused: the same button resumes, and Sync Now waits for it.
        engine.reportHealth(demo.acmeRetail, Health::Paused, QStringLiteral("Paused."));
        QCOMPARE(button(panel, "pauseResume")->text(), QStringLiteral("&Resume"));
        QVERIFY(!button(panel, "syncNow")->isEnabled());
        button(panel, "pauseResume")->click();
        QCOMPARE(pause.last().at(1).toBool(), false);
    }

    void whoMayNotManageSeesWhyAndCanStillSync()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        IntegrationBoard board(store.database, engine, nullptr);
        IntegrationPanel panel(board);
        panel.setIntegration(demo.fernStore);
        panel.setMayManage(false, QStringLiteral("Ask the account owner."));
        QVERIFY(button(panel, "syncNow")->isEnabled());
        QVERIFY(button(panel, "checkSkus")->isEnabled()); // reading only
        for (const char *name : {"pauseResume", "reconfigure", "deleteIntegration"}) {
            QVERIFY(!button(panel, name)->isEnabled());
            QCOMPARE(button(panel, name)->toolTip(), QStringLiteral("Ask the account owner."));
        }
    }

    void aDeletedIntegrationOffersNoActions()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        IntegrationBoard board(store.database, engine, nullptr);
        IntegrationPanel panel(board);
        panel.setIntegration(demo.harbourOld);
        panel.setMayManage(true);
        for (const char *name : {"syncNow", "pauseResume", "reconfigure", "deleteIntegration", "checkSkus"})
            QVERIFY(button(panel, name)->isHidden());
        QVERIFY(panel.healthText().startsWith(QStringLiteral("Deleted")));
    }

    void progressThenOutcome()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        IntegrationBoard board(store.database, engine, nullptr);
        IntegrationPanel panel(board);
        panel.setIntegration(demo.acmeRetail);
        panel.showProgress(QStringLiteral("Syncing now…"));
        QCOMPARE(panel.statusText(), QStringLiteral("Syncing now…"));
        panel.showOutcome({ActionOutcome::Action::SyncNow,
                           demo.acmeRetail,
                           0,
                           false,
                           QStringLiteral("The store did not answer."),
                           {}});
        QCOMPARE(panel.statusText(), QStringLiteral("Not done: The store did not answer."));
        // Another integration: its own status line starts empty.
        panel.setIntegration(demo.acmeWholesale);
        QCOMPARE(panel.statusText(), QString());
    }

    void showsWhetherStockIsSentHowOftenAndItsLastRun()
    {
        QVERIFY(Translations::install(QCoreApplication::instance()));
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        IntegrationBoard board(store.database, engine, nullptr);
        IntegrationPanel panel(board);
        panel.setClock([] { return test::DashboardDemo::now(); });
        auto *stock = panel.findChild<QLabel *>(QStringLiteral("panelStock"));
        QVERIFY(stock);

        // Off (the default).
        panel.setIntegration(demo.acmeRetail);
        QCOMPARE(stock->text(), QStringLiteral("Not sent to WooCommerce"));

        // On, never run yet.
        const IntegrationRepository repository(store.database);
        Integration retail = *repository.find(demo.acmeRetail);
        retail.stockSync = true;
        retail.stockSyncMinutes = 1;
        QVERIFY(repository.update(retail));
        board.reloadIntegration(demo.acmeRetail);
        QCOMPARE(stock->text(), QStringLiteral("Sent to WooCommerce every minute; not sent yet"));

        // The data file's last run (the demo's wholesale shop), then the engine's newer one.
        panel.setIntegration(demo.acmeWholesale);
        QCOMPARE(stock->text(), QStringLiteral("Sent to WooCommerce every 30 minutes; last run: Today 15:15"));
        IntegrationStatus status = board.entry(demo.acmeWholesale)->status;
        status.stockSyncedAt = test::DashboardDemo::now().addSecs(-60);
        engine.report(status);
        QCOMPARE(stock->text(), QStringLiteral("Sent to WooCommerce every 30 minutes; last run: Today 15:39"));

        // A run that failed says so, next to the health that says why.
        status.health = Health::Attention;
        status.stockProblem = QStringLiteral("Stock levels were not sent to WooCommerce: the report run failed.");
        status.reason = status.stockProblem;
        engine.report(status);
        QCOMPARE(stock->text(),
                 QStringLiteral("Sent to WooCommerce every 30 minutes; last run: Today 15:39 (it did not send every "
                                "change: see the health above)"));
        QVERIFY(panel.healthText().contains(status.stockProblem));
    }

    void theSecretBannerLeadsToWhereTheSecretIsEntered()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        IntegrationBoard board(store.database, engine, nullptr);
        IntegrationPanel panel(board);
        panel.setIntegration(demo.fernStore);
        panel.setMayManage(true);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *banner = panel.findChild<QWidget *>(QStringLiteral("secretMissing"));
        QVERIFY(!banner->isVisible());
        QSignalSpy reconfigure(&panel, &IntegrationPanel::reconfigureRequested);
        QSignalSpy account(&panel, &IntegrationPanel::accountRequested);

        panel.setMissingSecret(IntegrationPanel::MissingSecret::Integration);
        QVERIFY(banner->isVisible());
        button(panel, "enterSecretAgain")->click();
        QCOMPARE(reconfigure.count(), 1);

        panel.setMissingSecret(IntegrationPanel::MissingSecret::Account);
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("secretMissingText"))
                    ->text()
                    .contains(QStringLiteral("CartonCloud API client secret")));
        button(panel, "enterSecretAgain")->click();
        QCOMPARE(account.count(), 1);
    }
};

QTEST_MAIN(TestIntegrationPanel)
#include "tst_integrationpanel.moc"
