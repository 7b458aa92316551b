#include "core/i18n/translations.h"
#include "core/secrets/memorysecretstore.h"
#include "core/store/accountregistry.h"
#include "core/store/accountrepository.h"
#include "core/store/database.h"
#include "fakeengine.h"
#include "layoutprobe.h"
#include "sandbox/cartoncloudserver.h"
#include "sandbox/sandbox.h"
#include "screenshot.h"
#include "ui/account/accountdialog.h"
#include "ui/account/accountwidget.h"

#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wharf;

class TestAccountDialog : public QObject
{
    Q_OBJECT

    static WmsAccount northAmerica()
    {
        WmsAccount account;
        account.baseUrl = QString::fromLatin1(AccountWidget::kNorthAmericaUrl);
        account.clientId = QStringLiteral("client-123");
        account.tenantId = QStringLiteral("5d1c9a6e-tenant");
        account.tenantName = QStringLiteral("Harbour Logistics");
        return account;
    }

    // The 200 % run saves beside the 100 % pictures instead of over them.
    static QString shotName(const QString &name)
    {
        return qEnvironmentVariableIntValue("QT_SCALE_FACTOR") > 1 ? name + QStringLiteral("@2x") : name;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QCoreApplication::instance())); }

    void init()
    {
        m_database.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = std::make_unique<Database>(Database::filePathIn(m_dir->path()));
        QVERIFY(m_database->open());
    }

    void hasOneSave()
    {
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        AccountDialog dialog(*m_database, secrets, nullptr, &network, QSslConfiguration::defaultConfiguration());
        int saves = 0;
        for (const QPushButton *button : dialog.findChildren<QPushButton *>())
            saves += button->text().remove(QLatin1Char('&')).contains(QStringLiteral("Save")) ? 1 : 0;
        QCOMPARE(saves, 1);
        QVERIFY(dialog.saveButton());
    }

    void saveWithNothingChangedCloses()
    {
        WmsAccount stored = northAmerica();
        QVERIFY(AccountRepository(*m_database).insert(stored));
        MemorySecretStore secrets;
        test::FakeEngine engine;
        QNetworkAccessManager network;
        AccountDialog dialog(*m_database, secrets, &engine, &network, QSslConfiguration::defaultConfiguration());
        dialog.open();
        dialog.saveButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.isHidden());
        QVERIFY(engine.calls.isEmpty()); // nothing changed, nothing to reload
    }

    // The demo's account lives at the sandbox's plain-HTTP loopback address; moving it to another
    // address is saved (CartonCloud proves the client there) and the engine is told at once.
    void aChangedAddressReachesTheEngine()
    {
        sandbox::Sandbox sandbox;
        QVERIFY(sandbox.start());
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        AccountRegistry registry(*m_database, secrets, &network);
        AccountRegistry::Request request;
        request.baseUrl = sandbox.wms()->baseUrl().toString();
        request.clientId = sandbox.wms()->clientId();
        request.clientSecret = sandbox.wms()->clientSecret();
        request.tenantId = sandbox.wms()->tenantId();
        std::optional<AccountRegistry::Outcome> connected;
        registry.connectAccount(request, [&connected](const AccountRegistry::Outcome &o) { connected = o; });
        QTRY_VERIFY_WITH_TIMEOUT(connected.has_value(), 20000);
        QVERIFY2(connected->ok, qPrintable(connected->message));
        const qint64 id = connected->account.id;

        test::FakeEngine engine;
        AccountDialog dialog(*m_database, secrets, &engine, &network, sandbox.clientSslConfiguration());
        QSignalSpy saved(&dialog, &AccountDialog::accountSaved);
        dialog.open();
        // The demo's own address, as it is, is a valid one to save.
        QCOMPARE(dialog.form()->validationMessage(), QString());
        dialog.findChild<QLineEdit *>(QStringLiteral("customUrl"))->setText(sandbox.wms()->httpsUrl().toString());
        dialog.saveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(engine.wasAsked(QStringLiteral("reloadAccount"), id));
        const std::optional<WmsAccount> stored = AccountRepository(*m_database).find(id);
        QVERIFY(stored);
        QCOMPARE(QUrl(stored->baseUrl), sandbox.wms()->httpsUrl().adjusted(QUrl::StripTrailingSlash));
        QCOMPARE(AccountRepository(*m_database).all().size(), 1); // the same account, not a second one
    }

    // Run again at 200 % by tst_accountdialog_200.
    void screenshots()
    {
        WmsAccount stored = northAmerica();
        QVERIFY(AccountRepository(*m_database).insert(stored));
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        AccountDialog dialog(*m_database, secrets, nullptr, &network, QSslConfiguration::defaultConfiguration());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCoreApplication::processEvents();
        QVERIFY2(test::layoutProblems(&dialog).isEmpty(), qPrintable(test::layoutProblems(&dialog).join(u'\n')));
        QVERIFY(test::saveScreenshot(&dialog, shotName(QStringLiteral("account-dialog"))));
        // It fits a 1024×700 screen at 100 %, with room to spare.
        if (qEnvironmentVariableIntValue("QT_SCALE_FACTOR") <= 1)
            QVERIFY(dialog.width() <= 1024 && dialog.height() <= 700);

        // The same at the smallest size its layout allows: nothing cut, nothing stray.
        dialog.resize(dialog.minimumSizeHint());
        QCoreApplication::processEvents();
        QVERIFY2(test::layoutProblems(&dialog).isEmpty(), qPrintable(test::layoutProblems(&dialog).join(u'\n')));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

QTEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"
