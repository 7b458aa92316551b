#include "core/secrets/memorysecretstore.h"
#include "core/store/integrationregistry.h"
#include "dashboard/dashboarddemo.h"
#include "fakeengine.h"
#include "screenshot.h"
#include "storefixture.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/mainwindow.h"

#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>

using namespace wharf;

namespace {
// Run as tst_mainwindow_200 (QT_SCALE_FACTOR=2), the pictures are the 200 % ones (name@2x.png).
bool shot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    return test::saveScreenshot(widget, widget->devicePixelRatioF() > 1.5 ? name + QStringLiteral("@2x") : name);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    struct Parts
    {
        explicit Parts(const Database &database)
            : registry(database, secrets)
        {
            services.database = &database;
            services.secrets = &secrets;
            services.engine = &engine;
            services.registry = &registry;
            services.network = &network;
        }
        MemorySecretStore secrets;
        test::FakeEngine engine;
        QNetworkAccessManager network;
        IntegrationRegistry registry;
        MainWindow::Services services;
    };

private Q_SLOTS:
    void firstRunSaysWhatToDoFirst()
    {
        QTemporaryDir dir;
        Database database(Database::filePathIn(dir.path()));
        QVERIFY(database.open());
        Parts parts(database);
        MainWindow window(parts.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *pages = qobject_cast<QStackedWidget *>(window.centralWidget());
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        auto *connectButton = window.findChild<QPushButton *>(QStringLiteral("connectAccountButton"));
        QVERIFY(connectButton && connectButton->isVisible());
        QVERIFY(window.statusBar()->currentMessage().contains(database.filePath()));
        QVERIFY(shot(&window, QStringLiteral("first-run")));
    }

    void anAccountOpensTheDashboard()
    {
        test::StoreFixture store; // one account
        Parts parts(store.database);
        MainWindow window(parts.services);
        auto *pages = qobject_cast<QStackedWidget *>(window.centralWidget());
        QCOMPARE(pages->currentWidget(), window.dashboard());
        QCOMPARE(window.dashboard()->account().id, store.account.id);
    }

    void quitAsksTheApplicationToQuit()
    {
        test::StoreFixture store;
        Parts parts(store.database);
        MainWindow window(parts.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy quit(&window, &MainWindow::quitRequested);
        auto *action = window.findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        action->trigger();
        QCOMPARE(quit.count(), 1);
        // Ctrl+Q from anywhere in the window.
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(quit.count(), 2);
    }

    void theViewMenuBringsBackAClosedPanel()
    {
        test::StoreFixture store;
        Parts parts(store.database);
        MainWindow window(parts.services);
        auto *dock = new QDockWidget(QStringLiteral("Demo"), &window);
        dock->setWidget(new QLabel(QStringLiteral("panel"), dock));
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        dock->close();
        QVERIFY(dock->isHidden());
        QMetaObject::invokeMethod(window.viewMenu(), "aboutToShow");
        const QList<QAction *> actions = window.viewMenu()->actions();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.constFirst()->text(), QStringLiteral("Demo"));
        actions.constFirst()->trigger();
        QVERIFY(dock->isVisible());
    }

    void helpSaysWhereTheKeysAreMade()
    {
        test::StoreFixture store;
        Parts parts(store.database);
        MainWindow window(parts.services);
        window.show();
        const auto openHelp = [&window]() -> QDialog * {
            window.findChild<QAction *>(QStringLiteral("setupHelpAction"))->trigger();
            auto *dialog = window.findChild<QDialog *>(QStringLiteral("setupHelp"));
            return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
        };
        const auto helpText = [](QDialog *dialog) {
            return dialog->findChild<QLabel *>(QStringLiteral("setupHelpText"))->text();
        };

        // A console on a server database: the secret goes there, not to this desk's keychain.
        parts.secrets.setPlace(SecretStore::Place::Database);
        QDialog *dialog = openHelp();
        QVERIFY(dialog);
        QVERIFY(helpText(dialog).contains(QStringLiteral("kept encrypted in Wharf's database")));
        QVERIFY(!helpText(dialog).contains(QStringLiteral("keychain")));
        dialog->close();
        QTRY_VERIFY(!window.findChild<QDialog *>(QStringLiteral("setupHelp")));

        parts.secrets.setPlace(SecretStore::Place::Keychain);
        dialog = openHelp();
        QVERIFY(dialog);
        const QString text = helpText(dialog);
        QVERIFY(text.contains(QStringLiteral("More → Self-Managed Integrations")));
        QVERIFY(text.contains(QStringLiteral("WooCommerce → Settings → Advanced → REST API")));
        QVERIFY(text.contains(QStringLiteral("Read/Write")));
        QVERIFY(text.contains(QStringLiteral("The secret is kept in the system keychain.")));
        QVERIFY(shot(dialog, QStringLiteral("dashboard-help")));
        dialog->close();
    }

    void theDashboardAt1024x700()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        Parts parts(store.database);
        MainWindow window(parts.services);
        window.dashboard()->setClock(&test::DashboardDemo::now);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.dashboard()->selectIntegration(demo.acmeWholesale);
        QCoreApplication::processEvents();
        QCOMPARE(window.size(), QSize(1024, 700)); // nothing forces the window wider
        QVERIFY(shot(&window, QStringLiteral("dashboard-window-1024x700")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
