#include "core/i18n/translations.h"
#include "core/secrets/databasesecretstore.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretkey.h"
#include "core/secrets/secretkeys.h"
#include "core/secrets/secretsentences.h"
#include "core/store/accountrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/eventrepository.h"
#include "core/store/integrationregistry.h"
#include "dashboarddemo.h"
#include "fakeengine.h"
#include "screenshot.h"
#include "secretwaiter.h"
#include "ui/dashboard/activitymodel.h"
#include "ui/dashboard/attentionmodel.h"
#include "ui/dashboard/billingpage.h"
#include "ui/dashboard/customerlistmodel.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/dashboard/integrationdetail.h"
#include "ui/dashboard/integrationpanel.h"
#include "ui/dashboard/integrationtablemodel.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/messagebox.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace wharf;

namespace {
// Lays out what is pending (a hidden banner, a new row) before the picture is taken. Run with
// QT_SCALE_FACTOR=2 (the tst_dashboardwidget_200 test), the pictures are the 200 % ones (name@2x.png).
bool shot(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QString suffix = widget->devicePixelRatioF() > 1.5 ? QStringLiteral("@2x") : QString();
    return test::saveScreenshot(widget, name + suffix);
}

// Everything a dashboard needs, on demo data, at the demo's fixed "now".
struct Setup
{
    explicit Setup(WmsAccount::Role role = WmsAccount::Role::Admin, const QString &customerId = {})
        : demo(store)
        , registry(store.database, secrets)
    {
        if (role == WmsAccount::Role::CustomerUser) {
            store.account.role = role;
            store.account.customerId = customerId;
            if (!AccountRepository(store.database).update(store.account))
                qFatal("cannot make the account a customer user");
        }
        dashboard = std::make_unique<DashboardWidget>(store.database, registry, engine);
        dashboard->setClock(&test::DashboardDemo::now);
        dashboard->setBillingTimeZone(QTimeZone::utc());
        dashboard->resize(1280, 820);
    }

    QAction *menuAction(qint64 integrationId, const QString &name)
    {
        menu.reset(dashboard->createIntegrationMenu(integrationId, dashboard.get()));
        return menu->findChild<QAction *>(name);
    }

    test::StoreFixture store;
    test::DashboardDemo demo;
    MemorySecretStore secrets;
    IntegrationRegistry registry;
    test::FakeEngine engine;
    std::unique_ptr<DashboardWidget> dashboard;
    std::unique_ptr<QMenu> menu;
};
} // namespace

class TestDashboardWidget : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // QDesktopServices hands "Open in WooCommerce" links here instead of to a browser.
    void openUrl(const QUrl &url) { m_opened.append(url); }

private Q_SLOTS:
    // English counted sentences read as in the application (and in the screenshots).
    void initTestCase() { QVERIFY(Translations::install(QCoreApplication::instance())); }

    void init()
    {
        MessageBox::setAnswer(std::nullopt);
        m_opened.clear();
    }

    void showsCustomersAndTheSelectedCustomersIntegrations()
    {
        Setup setup;
        DashboardWidget &dashboard = *setup.dashboard;
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        auto *customers = dashboard.findChild<QListView *>(QStringLiteral("customerView"));
        QCOMPARE(customers->model()->rowCount(), 4);
        QCOMPARE(dashboard.findChild<EmptyState *>(QStringLiteral("noCustomerSelected"))->isVisible(), true);

        dashboard.selectCustomer(test::DashboardDemo::acmeId);
        QCOMPARE(dashboard.findChild<QLabel *>(QStringLiteral("customerTitle"))->text(),
                 QStringLiteral("Acme Outdoor"));
        auto *integrations = dashboard.findChild<QTableView *>(QStringLiteral("integrationView"));
        QVERIFY(integrations->isVisible());
        QCOMPARE(integrations->model()->rowCount(), 2);

        dashboard.selectIntegration(setup.demo.acmeWholesale);
        QCOMPARE(dashboard.detail()->integrationId(), setup.demo.acmeWholesale);
        QCOMPARE(dashboard.panel()->integrationId(), setup.demo.acmeWholesale);
        auto *tabs = dashboard.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("Orders that need attention (4), not sent (1)"));
        QVERIFY(dashboard.panel()->healthText().contains(QStringLiteral("4 orders need attention.")));
        // The panel says what the integration is and offers its actions in plain sight.
        QCOMPARE(dashboard.findChild<QLabel *>(QStringLiteral("panelStore"))->text(),
                 QStringLiteral("https://trade.acme-outdoor.example"));
        QCOMPARE(dashboard.findChild<QLabel *>(QStringLiteral("panelWarehouse"))->text(),
                 QStringLiteral("The customer's default warehouse"));
        QVERIFY(!dashboard.findChild<QLabel *>(QStringLiteral("panelGoLive"))->text().isEmpty());
        QVERIFY(dashboard.findChild<QLabel *>(QStringLiteral("panelFulfilment"))
                    ->text()
                    .startsWith(QStringLiteral("Completes WooCommerce orders on dispatch")));
        QCOMPARE(dashboard.findChild<QLabel *>(QStringLiteral("panelStock"))->text(),
                 QStringLiteral("Sent to WooCommerce every 30 minutes; last run: Today 15:15"));
        for (const QString &name : {QStringLiteral("syncNow"), QStringLiteral("pauseResume"),
                                    QStringLiteral("reconfigure"), QStringLiteral("deleteIntegration")}) {
            auto *button = dashboard.panel()->findChild<QPushButton *>(name);
            QVERIFY2(button && button->isVisible() && button->isEnabled(), qPrintable(name));
            QVERIFY2(button->focusPolicy() & Qt::TabFocus, qPrintable(name)); // reachable by keyboard
        }
        auto *attention = dashboard.detail()->attentionView();
        attention->setCurrentIndex(attention->model()->index(0, 0, attention->model()->index(0, 0)));
        QVERIFY(shot(&dashboard, QStringLiteral("dashboard-integrations")));

        // A customer without integrations says what to do next.
        dashboard.selectCustomer(test::DashboardDemo::coastalId);
        auto *none = dashboard.findChild<EmptyState *>(QStringLiteral("noIntegrations"));
        QVERIFY(none->isVisible());
        QVERIFY(none->text().contains(QStringLiteral("Click Configure")));
        QVERIFY(none->actionButton()->isVisible());
        QVERIFY(shot(&dashboard, QStringLiteral("dashboard-no-integrations")));
    }

    void filtersCustomersByName()
    {
        Setup setup;
        auto *search = setup.dashboard->findChild<QLineEdit *>(QStringLiteral("customerSearch"));
        auto *customers = setup.dashboard->findChild<QListView *>(QStringLiteral("customerView"));
        QTest::keyClicks(search, QStringLiteral("fern"));
        QCOMPARE(customers->model()->rowCount(), 1);
        QCOMPARE(customers->model()->index(0, 0).data().toString(), QStringLiteral("Blue Fern Tea"));
    }

    void deleteAsksFirstThenRemovesTheSecretAndStopsTheEngine()
    {
        Setup setup;
        const qint64 id = setup.demo.acmeRetail;
        const QString key = SecretKeys::integrationConsumerSecret(id);
        QVERIFY(test::SecretWaiter().write(setup.secrets, key, QStringLiteral("cs_live")).ok());
        setup.dashboard->selectCustomer(test::DashboardDemo::acmeId);
        const QModelIndex acme = setup.dashboard->customerModel()->index(
            setup.dashboard->customerModel()->rowOf(test::DashboardDemo::acmeId));
        QCOMPARE(acme.data(CustomerListModel::ActiveCountRole).toInt(), 2);

        // Cancelled: nothing happens, but the question said what deleting means.
        MessageBox::setAnswer(false);
        setup.menuAction(id, QStringLiteral("deleteIntegration"))->trigger();
        const QString question = MessageBox::lastText();
        QVERIFY2(question.contains(QStringLiteral("Billing for it stops now")), qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("stay readable")));
        QVERIFY(!setup.engine.wasAsked(QStringLiteral("stop"), id));
        QVERIFY(setup.secrets.contains(key));

        MessageBox::setAnswer(true);
        setup.menuAction(id, QStringLiteral("deleteIntegration"))->trigger();
        QVERIFY(setup.engine.wasAsked(QStringLiteral("stop"), id));
        QTRY_VERIFY(!setup.secrets.contains(key));
        const std::optional<Integration> row = IntegrationRepository(setup.store.database).find(id);
        QVERIFY(row && row->isDeleted());
        QCOMPARE(acme.data(CustomerListModel::ActiveCountRole).toInt(), 1);
        QCOMPARE(setup.dashboard->integrationModel()->rowCount(), 1);
        // Its row is gone, so the answer stands below the dashboard, and the activity keeps it.
        QTRY_VERIFY(setup.dashboard->transientMessage().contains(QStringLiteral("was deleted")));
        QCOMPARE(EventRepository(setup.store.database).forIntegration(id, 1).constFirst().kind,
                 QStringLiteral("action.delete"));

        // Its history stays readable.
        auto *showDeleted = setup.dashboard->findChild<QCheckBox *>(QStringLiteral("showDeleted"));
        QVERIFY(!showDeleted->isHidden());
        showDeleted->setChecked(true);
        QCOMPARE(setup.dashboard->integrationModel()->rowCount(), 2);
        setup.dashboard->selectIntegration(id);
        QVERIFY(setup.dashboard->detail()->activityModel()->rowCount() > 0);
        // …but it can no longer be changed.
        QVERIFY(!setup.menuAction(id, QStringLiteral("deleteIntegration"))->isEnabled());
        QVERIFY(!setup.menuAction(id, QStringLiteral("reconfigure"))->isEnabled());
        QVERIFY(!setup.menuAction(id, QStringLiteral("checkSkus"))->isEnabled());
    }

    void menuActionsReachTheEngineAndTheWizard()
    {
        Setup setup;
        setup.dashboard->selectCustomer(test::DashboardDemo::acmeId);
        const qint64 id = setup.demo.acmeRetail;
        QSignalSpy reconfigure(setup.dashboard.get(), &DashboardWidget::reconfigureRequested);
        setup.menuAction(id, QStringLiteral("reconfigure"))->trigger();
        QCOMPARE(reconfigure.count(), 1);
        QCOMPARE(reconfigure.constFirst().constFirst().toLongLong(), id);
        QSignalSpy checkSkus(setup.dashboard.get(), &DashboardWidget::checkSkusRequested);
        setup.menuAction(id, QStringLiteral("checkSkus"))->trigger();
        setup.dashboard->selectIntegration(id);
        setup.dashboard->panel()->findChild<QPushButton *>(QStringLiteral("checkSkus"))->click();
        QCOMPARE(checkSkus.count(), 2);
        QCOMPARE(checkSkus.constFirst().constFirst().toLongLong(), id);

        setup.menuAction(id, QStringLiteral("syncNow"))->trigger();
        QVERIFY(setup.engine.wasAsked(QStringLiteral("syncNow"), id));

        QAction *pause = setup.menuAction(id, QStringLiteral("pauseResume"));
        QCOMPARE(pause->text(), QStringLiteral("Pause"));
        pause->trigger();
        QVERIFY(setup.engine.wasAsked(QStringLiteral("pause"), id));
        setup.engine.reportHealth(id, Health::Paused, QStringLiteral("Paused by you."));
        QAction *resume = setup.menuAction(id, QStringLiteral("pauseResume"));
        QCOMPARE(resume->text(), QStringLiteral("Resume"));
        resume->trigger();
        QVERIFY(setup.engine.wasAsked(QStringLiteral("resume"), id));
    }

    void retryAndOpenInWooCommerce()
    {
        Setup setup;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
        setup.dashboard->selectIntegration(setup.demo.acmeWholesale);
        QTreeView *attention = setup.dashboard->detail()->attentionView();
        QAbstractItemModel *model = attention->model();
        auto *retry = setup.dashboard->findChild<QPushButton *>(QStringLiteral("retryOrder"));
        auto *retryAll = setup.dashboard->findChild<QPushButton *>(QStringLiteral("retryAllOrders"));
        auto *open = setup.dashboard->findChild<QPushButton *>(QStringLiteral("openInWooCommerce"));
        QVERIFY(!retry->isEnabled());
        QVERIFY(retryAll->isEnabled());

        const QModelIndex skuGroup = model->index(0, 0);
        attention->setCurrentIndex(model->index(0, 0, skuGroup)); // order #5101
        QVERIFY(retry->isEnabled());
        retry->click();
        QVERIFY(setup.engine.wasAsked(QStringLiteral("retryOrder"), setup.demo.skuOrder));
        QVERIFY(!retry->isEnabled()); // until the engine answers
        QVERIFY(model->index(0, AttentionModel::ReasonColumn, skuGroup)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Retrying…")));
        QCOMPARE(setup.dashboard->panel()->statusText(), QStringLiteral("Retrying 1 order…"));

        open->click();
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(m_opened.constFirst(),
                 QUrl(QStringLiteral("https://trade.acme-outdoor.example/wp-admin/post.php?post=85101&action=edit")));

        // The whole group at once: every order of that cause.
        setup.engine.calls.clear();
        attention->setCurrentIndex(skuGroup);
        QCOMPARE(retry->text(), QStringLiteral("Retry Group"));
        QVERIFY(retry->isEnabled());
        retry->click();
        QCOMPARE(setup.engine.calls.size(), 3);
        QCOMPARE(setup.dashboard->panel()->statusText(), QStringLiteral("Retrying 3 orders…"));
        QVERIFY(!retry->isEnabled()); // the whole group is being retried

        // Pickups are listed but there is nothing to retry.
        attention->setCurrentIndex(model->index(0, 0, model->index(2, 0)));
        QVERIFY(!retry->isEnabled());

        const int eventsBefore = setup.dashboard->detail()->activityModel()->rowCount();
        retryAll->click();
        QVERIFY(setup.engine.wasAsked(QStringLiteral("retryAll"), setup.demo.acmeWholesale));
        // Retry All leaves a line in the activity and says what it is doing.
        QCOMPARE(setup.dashboard->detail()->activityModel()->rowCount(), eventsBefore + 1);
        QCOMPARE(setup.dashboard->detail()->activityModel()->eventAt(0).kind, QStringLiteral("action.retry-all"));
        QVERIFY(setup.dashboard->panel()->statusText().startsWith(QStringLiteral("Retrying")));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }

    void aClosedGroupStaysClosedWhenTheListIsReadAgain()
    {
        Setup setup;
        setup.dashboard->selectIntegration(setup.demo.acmeWholesale);
        QTreeView *attention = setup.dashboard->detail()->attentionView();
        const QModelIndex sku = attention->model()->index(0, 0);
        QVERIFY(attention->isExpanded(sku));
        attention->collapse(sku);
        // The engine reports on one of its orders: the list is read again.
        OrderLink link = setup.dashboard->detail()->attentionModel()->linkAt(attention->model()->index(0, 0, sku));
        setup.engine.reportOrder(link);
        QSignalSpy reset(attention->model(), &QAbstractItemModel::modelReset);
        QVERIFY(reset.wait());
        QVERIFY(!attention->isExpanded(attention->model()->index(0, 0)));
        QVERIFY(attention->isExpanded(attention->model()->index(1, 0)));
    }

    void exportsTheAttentionListAsCsv()
    {
        Setup setup;
        setup.dashboard->selectIntegration(setup.demo.acmeWholesale);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.csv"));
        QString suggestedName;
        setup.dashboard->detail()->setSavePathChooser([&](QWidget *, const QString &suggested) {
            suggestedName = suggested;
            return path;
        });
        setup.dashboard->findChild<QPushButton *>(QStringLiteral("exportAttention"))->click();
        QCOMPARE(suggestedName, QStringLiteral("wharf-orders-trade.acme-outdoor.example.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 1 + 5);
    }

    void everyActionAnswersAndLeavesAnEvent()
    {
        Setup setup;
        setup.dashboard->selectIntegration(setup.demo.acmeRetail);
        IntegrationPanel *panel = setup.dashboard->panel();
        ActivityModel *activity = setup.dashboard->detail()->activityModel();
        const int before = activity->rowCount();

        panel->findChild<QPushButton *>(QStringLiteral("syncNow"))->click();
        QVERIFY(setup.engine.wasAsked(QStringLiteral("syncNow"), setup.demo.acmeRetail));
        QCOMPARE(panel->statusText(), QStringLiteral("Syncing now…"));
        QCOMPARE(activity->rowCount(), before + 1);
        QCOMPARE(activity->eventAt(0).kind, QStringLiteral("action.sync-now"));
        setup.engine.reportOutcome({ActionOutcome::Action::SyncNow,
                                    setup.demo.acmeRetail,
                                    0,
                                    true,
                                    QStringLiteral("Synced: 3 orders created, 1 completed."),
                                    {}});
        QCOMPARE(panel->statusText(), QStringLiteral("Synced: 3 orders created, 1 completed."));

        panel->findChild<QPushButton *>(QStringLiteral("pauseResume"))->click();
        QVERIFY(setup.engine.wasAsked(QStringLiteral("pause"), setup.demo.acmeRetail));
        QCOMPARE(panel->statusText(), QStringLiteral("Pausing…"));
        QCOMPARE(activity->eventAt(0).kind, QStringLiteral("action.pause"));
        // Done by another Wharf process, through the database: said so.
        setup.engine.reportOutcome({ActionOutcome::Action::Pause, setup.demo.acmeRetail, 0, true,
                                    QStringLiteral("Paused."), QStringLiteral("the Wharf service on warehouse-pc")});
        QCOMPARE(panel->statusText(), QStringLiteral("Paused. (done by the Wharf service on warehouse-pc)"));

        // A failure says so too.
        setup.engine.reportOutcome({ActionOutcome::Action::SyncNow,
                                    setup.demo.acmeRetail,
                                    0,
                                    false,
                                    QStringLiteral("The Wharf service on HOST did not answer within 30 s."),
                                    {}});
        QVERIFY(panel->statusText().startsWith(QStringLiteral("Not done: The Wharf service")));

        // An outcome for an integration not shown is not lost.
        setup.engine.reportOutcome({ActionOutcome::Action::SyncNow,
                                    setup.demo.fernStore,
                                    0,
                                    true,
                                    QStringLiteral("Synced: nothing new."),
                                    {}});
        QCOMPARE(setup.dashboard->transientMessage(), QStringLiteral("Blue Fern web shop: Synced: nothing new."));
    }

    void anActionWithoutAnswerSaysSoInTheEnd()
    {
        Setup setup;
        setup.dashboard->selectIntegration(setup.demo.acmeRetail);
        setup.dashboard->panel()->setOutcomeTimeout(10);
        setup.dashboard->panel()->findChild<QPushButton *>(QStringLiteral("syncNow"))->click();
        QTRY_VERIFY(
            setup.dashboard->panel()->statusText().startsWith(QStringLiteral("No answer from the sync engine")));
    }

    void pauseKeepsTheLastSyncAndTheCounts()
    {
        Setup setup;
        setup.dashboard->selectIntegration(setup.demo.acmeRetail);
        IntegrationStatus live;
        live.integrationId = setup.demo.acmeRetail;
        live.health = Health::Live;
        live.lastSyncAt = test::DashboardDemo::now().addSecs(-300);
        live.received = 16;
        live.inProgress = 3;
        live.dispatched = 13;
        setup.engine.report(live);
        auto *lastSync = setup.dashboard->findChild<QLabel *>(QStringLiteral("panelLastSync"));
        auto *counts = setup.dashboard->findChild<QLabel *>(QStringLiteral("panelCounts"));
        QCOMPARE(lastSync->text(), QStringLiteral("Today 15:35"));
        const QString countsBefore = counts->text();
        QVERIFY(countsBefore.startsWith(QStringLiteral("16 received")));

        // What the engine reports on pause: a health without a cycle behind it.
        IntegrationStatus paused;
        paused.integrationId = setup.demo.acmeRetail;
        paused.health = Health::Paused;
        paused.reason = QStringLiteral("Paused. Orders are not synced until you resume.");
        setup.engine.report(paused);
        QCOMPARE(lastSync->text(), QStringLiteral("Today 15:35"));
        QCOMPARE(counts->text(), countsBefore);
        QVERIFY(setup.dashboard->panel()->healthText().startsWith(QStringLiteral("Paused")));
        QCOMPARE(setup.dashboard->panel()->findChild<QPushButton *>(QStringLiteral("pauseResume"))->text(),
                 QStringLiteral("&Resume"));
    }

    void anotherProcessSyncingItIsNamed()
    {
        Setup setup;
        setup.dashboard->selectIntegration(setup.demo.acmeRetail);
        auto *owner = setup.dashboard->findChild<QLabel *>(QStringLiteral("panelOwner"));
        QVERIFY(owner->isHidden());
        IntegrationStatus status;
        status.integrationId = setup.demo.acmeRetail;
        status.health = Health::Live;
        status.lastSyncAt = test::DashboardDemo::now();
        status.ownerDescription = QStringLiteral("the Wharf service on warehouse-pc, since 08:14");
        setup.engine.report(status);
        QVERIFY(!owner->isHidden());
        QCOMPARE(owner->text(), QStringLiteral("Synced by the Wharf service on warehouse-pc, since 08:14"));
        // Actions still work: they travel through the database.
        QVERIFY(setup.dashboard->panel()->findChild<QPushButton *>(QStringLiteral("syncNow"))->isEnabled());
    }

    void aMissingSecretIsShownWithTheWayToEnterItAgain()
    {
        Setup setup;
        setup.dashboard->setSecretStore(&setup.secrets);
        setup.dashboard->show();
        QVERIFY(QTest::qWaitForWindowExposed(setup.dashboard.get()));
        QSignalSpy reconfigure(setup.dashboard.get(), &DashboardWidget::reconfigureRequested);
        QSignalSpy account(setup.dashboard.get(), &DashboardWidget::accountRequested);
        setup.dashboard->selectIntegration(setup.demo.acmeRetail);
        auto *banner = setup.dashboard->findChild<QWidget *>(QStringLiteral("secretMissing"));
        QVERIFY(!banner->isVisible());

        // After a restart the keychain has no consumer secret for it: the engine fails it.
        setup.engine.reportHealth(
            setup.demo.acmeRetail, Health::Failing,
            QStringLiteral("The store's consumer secret is missing from the keychain. Reconfigure "
                           "the integration to enter it again."));
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(setup.dashboard->panel()->missingSecret(), IntegrationPanel::MissingSecret::Integration);
        QVERIFY(shot(setup.dashboard.get(), QStringLiteral("dashboard-secret-missing")));
        setup.dashboard->findChild<QPushButton *>(QStringLiteral("enterSecretAgain"))->click();
        QCOMPARE(reconfigure.count(), 1);

        // The account's secret: the Account screen instead.
        QVERIFY(test::SecretWaiter()
                    .write(setup.secrets, SecretKeys::integrationConsumerSecret(setup.demo.acmeRetail),
                           QStringLiteral("cs_live"))
                    .ok());
        setup.engine.reportHealth(setup.demo.acmeRetail, Health::Failing,
                                  QStringLiteral("The CartonCloud API client secret is missing from the keychain. "
                                                 "Connect the CartonCloud account again."));
        QTRY_COMPARE(setup.dashboard->panel()->missingSecret(), IntegrationPanel::MissingSecret::Account);
        setup.dashboard->findChild<QPushButton *>(QStringLiteral("enterSecretAgain"))->click();
        QCOMPARE(account.count(), 1);

        // Fixed: the banner goes.
        setup.engine.reportHealth(setup.demo.acmeRetail, Health::Live);
        QTRY_VERIFY(!banner->isVisible());
    }

    // Server mode (--secrets database): the secrets live in the database, sealed under the master
    // key. A missing one is said to be missing from there, never "from the keychain".
    void aMissingSecretInServerModeNamesTheDatabase()
    {
        Setup setup;
        DatabaseSecretStore sealed(setup.store.database);
        sealed.setKey(SecretKey::generate());
        setup.dashboard->setSecretStore(&sealed);
        setup.dashboard->show();
        QVERIFY(QTest::qWaitForWindowExposed(setup.dashboard.get()));
        setup.dashboard->selectIntegration(setup.demo.acmeRetail);
        auto *banner = setup.dashboard->findChild<QWidget *>(QStringLiteral("secretMissing"));
        auto *text = setup.dashboard->findChild<QLabel *>(QStringLiteral("secretMissingText"));
        QVERIFY(banner && text);

        const QString reason = SecretSentences::consumerSecretMissing(SecretStore::Place::Database);
        QVERIFY2(reason.contains(QStringLiteral("Wharf's database")) && !reason.contains(QStringLiteral("keychain")),
                 qPrintable(reason));
        setup.engine.reportHealth(setup.demo.acmeRetail, Health::Failing, reason);
        // The sealed store is asked, finds no consumer secret, and the banner says where it looked.
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(setup.dashboard->panel()->missingSecret(), IntegrationPanel::MissingSecret::Integration);
        QVERIFY2(text->text().contains(QStringLiteral("Wharf's database")), qPrintable(text->text()));
        QVERIFY2(!text->text().contains(QStringLiteral("keychain")), qPrintable(text->text()));

        // The same sentence is understood without a store to ask (the console's engine said it).
        setup.dashboard->setSecretStore(nullptr);
        setup.engine.reportHealth(setup.demo.acmeRetail, Health::Failing,
                                  SecretSentences::clientSecretMissing(SecretStore::Place::Database));
        QTRY_COMPARE(setup.dashboard->panel()->missingSecret(), IntegrationPanel::MissingSecret::Account);
    }

    void fitsAt1024x700WithoutSidewaysScrolling()
    {
        Setup setup;
        setup.dashboard->resize(1024, 640); // a 1024×700 window less its menu and status bars
        setup.dashboard->show();
        QVERIFY(QTest::qWaitForWindowExposed(setup.dashboard.get()));
        setup.dashboard->selectIntegration(setup.demo.acmeWholesale);
        QCoreApplication::processEvents();
        auto *integrations = setup.dashboard->findChild<QTableView *>(QStringLiteral("integrationView"));
        QVERIFY(!integrations->horizontalScrollBar()->isVisible());
        // The names fit whole.
        for (int row = 0; row < integrations->model()->rowCount(); ++row) {
            const QModelIndex name = integrations->model()->index(row, IntegrationTableModel::NameColumn);
            QVERIFY(integrations->visualRect(name).width()
                    >= integrations->fontMetrics().horizontalAdvance(name.data().toString()));
        }
        for (auto *button : setup.dashboard->panel()->findChildren<QPushButton *>()) {
            if (button->isVisible())
                QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        }
        QVERIFY(shot(setup.dashboard.get(), QStringLiteral("dashboard-1024x700")));
    }

    void orderTimelineFromTheAttentionList()
    {
        Setup setup;
        setup.dashboard->show();
        QVERIFY(QTest::qWaitForWindowExposed(setup.dashboard.get()));
        setup.dashboard->selectIntegration(setup.demo.acmeRetail);
        setup.dashboard->detail()->showOrderTimeline(setup.demo.timelineOrder);
        auto *tabs = setup.dashboard->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
        QCOMPARE(tabs->currentIndex(), 1);
        QCOMPARE(setup.dashboard->findChild<QLabel *>(QStringLiteral("timelineTitle"))->text(),
                 QStringLiteral("Timeline of order #1190"));
        QCOMPARE(setup.dashboard->detail()->activityModel()->rowCount(), 6);
        QVERIFY(shot(setup.dashboard.get(), QStringLiteral("dashboard-order-timeline")));
        setup.dashboard->findChild<QPushButton *>(QStringLiteral("backToActivity"))->click();
        QCOMPARE(setup.dashboard->detail()->activityModel()->rowCount(), 7);
    }

    void customerUserWithoutPermissionCannotOpenTheWizard()
    {
        Setup setup(WmsAccount::Role::CustomerUser, test::DashboardDemo::fernId);
        DashboardWidget &dashboard = *setup.dashboard;
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QSignalSpy configure(&dashboard, &DashboardWidget::configureRequested);
        QSignalSpy reconfigure(&dashboard, &DashboardWidget::reconfigureRequested);

        // Its own customer only, selected for it.
        QCOMPARE(dashboard.customerModel()->rowCount(), 1);
        QCOMPARE(dashboard.currentCustomerId(), test::DashboardDemo::fernId);
        auto *button = dashboard.findChild<QPushButton *>(QStringLiteral("configureIntegration"));
        QVERIFY(!button->isVisible());
        QVERIFY(!button->isEnabled());
        auto *reason = dashboard.findChild<QLabel *>(QStringLiteral("configureReason"));
        QVERIFY(reason->isVisible());
        QVERIFY(reason->text().startsWith(QStringLiteral(
            "Your warehouse has not allowed this customer to create its own integrations; ask the account owner.")));
        QVERIFY(reason->text().contains(QStringLiteral("Only your warehouse can reconfigure")));
        QVERIFY(!dashboard.findChild<QCheckBox *>(QStringLiteral("maySelfManage"))->isVisible());

        // No way round it: neither the slot nor the menu opens the wizard.
        dashboard.requestConfigure();
        QAction *reconfigureAction = setup.menuAction(setup.demo.fernStore, QStringLiteral("reconfigure"));
        QVERIFY(!reconfigureAction->isEnabled());
        dashboard.requestReconfigure(setup.demo.fernStore);
        QVERIFY(!setup.menuAction(setup.demo.fernStore, QStringLiteral("deleteIntegration"))->isEnabled());
        QCOMPARE(configure.count(), 0);
        QCOMPARE(reconfigure.count(), 0);
        QVERIFY(shot(&dashboard, QStringLiteral("dashboard-customer-user")));

        // Its billing shows its own integrations only.
        QVERIFY(!dashboard.billingPage()->summaryText().contains(QStringLiteral("Acme")));
    }

    void customerUserWithPermissionMayConfigure()
    {
        Setup setup(WmsAccount::Role::CustomerUser, test::DashboardDemo::coastalId);
        QSignalSpy configure(setup.dashboard.get(), &DashboardWidget::configureRequested);
        setup.dashboard->show();
        auto *button = setup.dashboard->findChild<QPushButton *>(QStringLiteral("configureIntegration"));
        QVERIFY(button->isVisible());
        button->click();
        QCOMPARE(configure.count(), 1);
        QCOMPARE(configure.constFirst().constFirst().toString(), test::DashboardDemo::coastalId);
    }

    void adminTogglesTheCustomersPermission()
    {
        Setup setup;
        setup.dashboard->show();
        setup.dashboard->selectCustomer(test::DashboardDemo::fernId);
        auto *permission = setup.dashboard->findChild<QCheckBox *>(QStringLiteral("maySelfManage"));
        QVERIFY(permission->isVisible());
        QVERIFY(!permission->isChecked());
        permission->click();
        QVERIFY(CustomerRepository(setup.store.database)
                    .find(setup.store.account.id, test::DashboardDemo::fernId)
                    ->maySelfManage);
        // Admins configure whatever the permission says.
        QSignalSpy configure(setup.dashboard.get(), &DashboardWidget::configureRequested);
        permission->click();
        setup.dashboard->findChild<QPushButton *>(QStringLiteral("configureIntegration"))->click();
        QCOMPARE(configure.count(), 1);
    }

    void billingTab()
    {
        Setup setup;
        setup.dashboard->show();
        QVERIFY(QTest::qWaitForWindowExposed(setup.dashboard.get()));
        auto *tabs = setup.dashboard->findChild<QTabWidget *>(QStringLiteral("dashboardTabs"));
        tabs->setCurrentWidget(setup.dashboard->billingPage());
        // Four weeks up to Wed 12 Mar 2025: Acme 2 × 4 weeks (wholesale from 3 Mar: 2 weeks), Fern 4,
        // Harbour paused 4 + the old shop, deleted on Mon 10 Mar, 4.
        const QString summary = setup.dashboard->billingPage()->summaryText();
        QVERIFY2(summary.startsWith(QStringLiteral("Total for the period: $180.00")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("Acme Outdoor: $60.00")));
        QVERIFY(summary.contains(QStringLiteral("Harbour Books: $80.00")));
        QVERIFY(setup.dashboard->findChild<QLabel *>(QStringLiteral("billingExplanation"))
                    ->text()
                    .contains(QStringLiteral("Monday 00:00 to the next Monday 00:00, UTC time")));
        QVERIFY(shot(setup.dashboard.get(), QStringLiteral("dashboard-billing")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("statement.csv"));
        setup.dashboard->billingPage()->setSavePathChooser([&path](QWidget *, const QString &suggested) {
            return suggested.startsWith(QStringLiteral("wharf-billing-2025-03-12")) ? path : QString();
        });
        setup.dashboard->billingPage()->exportCsv();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 1 + 18);
    }

    void noAccountSaysWhatToDoFirst()
    {
        QTemporaryDir dir;
        Database database(Database::filePathIn(dir.path()));
        QVERIFY(database.open());
        MemorySecretStore secrets;
        IntegrationRegistry registry(database, secrets);
        test::FakeEngine engine;
        DashboardWidget dashboard(database, registry, engine);
        dashboard.resize(1000, 640);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        auto *empty = dashboard.findChild<EmptyState *>(QStringLiteral("noAccount"));
        QVERIFY(empty->isVisible());
        QSignalSpy account(&dashboard, &DashboardWidget::accountRequested);
        empty->actionButton()->click();
        QCOMPARE(account.count(), 1);
        QVERIFY(!dashboard.mayConfigure());
        QVERIFY(shot(&dashboard, QStringLiteral("dashboard-no-account")));
    }

private:
    QList<QUrl> m_opened;
};

QTEST_MAIN(TestDashboardWidget)
#include "tst_dashboardwidget.moc"
