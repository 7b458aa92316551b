#include "core/secrets/memorysecretstore.h"
#include "core/store/integrationregistry.h"
#include "fakeengine.h"
#include "screenshot.h"
#include "storefixture.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/mainwindow.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>

using namespace wharf;

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
        QVERIFY(test::saveScreenshot(&window, QStringLiteral("first-run")));
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
