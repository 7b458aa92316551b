#include "core/model/wmsaccount.h"
#include "core/store/accountrepository.h"
#include "screenshot.h"
#include "storefixture.h"
#include "ui/mainwindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QTest>

using namespace wharf;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRunSaysWhatToDoFirst()
    {
        QTemporaryDir dir;
        Database database(Database::filePathIn(dir.path()));
        QVERIFY(database.open());
        MainWindow window(database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *state = window.findChild<QLabel *>(QStringLiteral("accountState"));
        QVERIFY(state);
        QCOMPARE(state->text(), QStringLiteral("Nothing is syncing yet."));
        QVERIFY(window.statusBar()->currentMessage().contains(database.filePath()));
        QVERIFY(test::saveScreenshot(&window, QStringLiteral("first-run")));
    }

    void countsConnectedAccounts()
    {
        test::StoreFixture store; // one account
        MainWindow window(store.database);
        auto *state = window.findChild<QLabel *>(QStringLiteral("accountState"));
        QVERIFY(state);
        QVERIFY2(state->text().contains(QStringLiteral("1 CartonCloud account")), qPrintable(state->text()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
