#include "core/secrets/memorysecretstore.h"
#include "core/store/integrationregistry.h"
#include "fakeengine.h"
#include "layoutprobe.h"
#include "screenshot.h"
#include "storefixture.h"
#include "ui/demo/demopanel.h"
#include "ui/mainwindow.h"
#include "ui/wizard/integrationwizard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>

using namespace wharf;
using namespace Qt::StringLiterals;

class TestDemoPanel : public QObject
{
    Q_OBJECT

    static QList<DemoPanel::Store> stores()
    {
        return {{u"Sandbox Store"_s, u"https://127.0.0.1:40001"_s, u"ck_first"_s, u"cs_first"_s, u"Connected."_s},
                {u"Müller Bäckerei Online"_s, u"https://127.0.0.1:40002"_s, u"ck_second"_s, u"cs_second"_s,
                 u"Not connected yet."_s}};
    }

    // The wizard opened from the window, as the dashboard's Configure button does.
    static bool wizardBlocksTheWindow(bool demo)
    {
        test::StoreFixture store;
        MemorySecretStore secrets;
        test::FakeEngine engine;
        QNetworkAccessManager network;
        IntegrationRegistry registry(store.database, secrets);
        MainWindow::Services services;
        services.database = &store.database;
        services.secrets = &secrets;
        services.engine = &engine;
        services.registry = &registry;
        services.network = &network;
        services.demo = demo;
        MainWindow window(services);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        window.openWizardForCustomer(u"customer-1"_s);
        auto *wizard = window.findChild<IntegrationWizard *>();
        if (!wizard || !QTest::qWaitForWindowExposed(wizard))
            return false;
        const bool blocked = QGuiApplication::modalWindow() != nullptr;
        wizard->close();
        return blocked;
    }

private Q_SLOTS:
    // Each address and key can be copied with one click, to paste into the wizard.
    void copyButtonsPutTheValuesOnTheClipboard()
    {
        DemoPanel panel(stores(), u"memory only (demo)"_s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QList<std::pair<QString, QString>> expected {{u"url1"_s, u"https://127.0.0.1:40002"_s},
                                                           {u"key1"_s, u"ck_second"_s},
                                                           {u"secret1"_s, u"cs_second"_s},
                                                           {u"url0"_s, u"https://127.0.0.1:40001"_s}};
        for (const auto &[name, value] : expected) {
            auto *copy = panel.findChild<QPushButton *>(name + u"Copy"_s);
            QVERIFY2(copy && copy->isVisible(), qPrintable(name));
            QCOMPARE(panel.findChild<QLineEdit *>(name + u"Field"_s)->text(), value);
            copy->click();
            QCOMPARE(QGuiApplication::clipboard()->text(), value);
        }
        QVERIFY(panel.copiedText().contains(u"the store URL of Sandbox Store"_s));
        QCoreApplication::processEvents(); // the sentence's new height is laid out
        const QStringList problems = test::layoutProblems(&panel);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(test::saveScreenshot(&panel, u"demo-panel"_s));
    }

    // In the demo the wizard leaves the window (and its Demo panel) usable; elsewhere it is modal,
    // so that the dashboard cannot change what the wizard is changing.
    void theWizardIsNotModalInTheDemo()
    {
        QVERIFY(!wizardBlocksTheWindow(true));
        QVERIFY(wizardBlocksTheWindow(false));
    }
};

QTEST_MAIN(TestDemoPanel)
#include "tst_demopanel.moc"
