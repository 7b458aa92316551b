#include "core/i18n/translations.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretkeys.h"
#include "core/store/accountrepository.h"
#include "core/store/database.h"
#include "fakeengine.h"
#include "sandbox/cartoncloudserver.h"
#include "sandbox/sandbox.h"
#include "screenshot.h"
#include "scriptedsecretstore.h"
#include "ui/account/accountwidget.h"
#include "ui/account/keychainprogress.h"

#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wharf;

namespace {
WmsAccount northAmerica()
{
    WmsAccount account;
    account.baseUrl = QString::fromLatin1(AccountWidget::kNorthAmericaUrl);
    account.clientId = QStringLiteral("client-123");
    account.tenantId = QStringLiteral("5d1c9a6e-tenant");
    account.tenantName = QStringLiteral("Harbour Logistics");
    return account;
}
} // namespace

class TestAccountWidget : public QObject
{
    Q_OBJECT

    // The form filled in for the sandbox's CartonCloud, as a person would after Find Tenants.
    static void fillForSandbox(AccountWidget &form, sandbox::Sandbox &sandbox, const QString &secret)
    {
        form.setSslConfiguration(sandbox.clientSslConfiguration());
        form.findChild<QComboBox *>(QStringLiteral("region"))->setCurrentIndex(2); // custom address
        form.findChild<QLineEdit *>(QStringLiteral("customUrl"))->setText(sandbox.wms()->httpsUrl().toString());
        form.findChild<QLineEdit *>(QStringLiteral("clientId"))->setText(sandbox.wms()->clientId());
        form.findChild<QLineEdit *>(QStringLiteral("clientSecret"))->setText(secret);
        form.findChild<QPushButton *>(QStringLiteral("findTenants"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(form.findChild<QComboBox *>(QStringLiteral("tenant"))->count(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!form.isBusy(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As the application does: counted sentences come from the English translation.
        QVERIFY(Translations::install(QCoreApplication::instance()));
    }

    void init()
    {
        m_database.reset();
        m_dir = std::make_unique<QTemporaryDir>(); // a fresh data file for every test
        QVERIFY(m_dir->isValid());
        m_database = std::make_unique<Database>(Database::filePathIn(m_dir->path()));
        QVERIFY(m_database->open());
    }

    // The whole Account screen against CartonCloud (the sandbox, over HTTPS with its test CA):
    // Find Tenants proves the API client and lists its tenant, the customers follow, Save stores
    // the account, its customers and the secret.
    void findsTenantsAndCustomersThenSavesAgainstCartonCloud()
    {
        sandbox::Sandbox sandbox;
        QVERIFY(sandbox.start());
        sandbox.wms()->addCustomer(QStringLiteral("Acme Apparel"), QStringLiteral("ACME"));
        sandbox.wms()->addCustomer(QStringLiteral("Zeta Goods"), QStringLiteral("ZETA"));
        QVERIFY(!sandbox.wms()->httpsUrl().isEmpty());

        MemorySecretStore secrets;
        QNetworkAccessManager network;
        AccountWidget form(*m_database, secrets, &network);
        form.setSslConfiguration(sandbox.clientSslConfiguration());
        form.findChild<QComboBox *>(QStringLiteral("region"))->setCurrentIndex(2); // custom address
        form.findChild<QLineEdit *>(QStringLiteral("customUrl"))->setText(sandbox.wms()->httpsUrl().toString());
        form.findChild<QLineEdit *>(QStringLiteral("clientId"))->setText(sandbox.wms()->clientId());
        form.findChild<QLineEdit *>(QStringLiteral("clientSecret"))->setText(sandbox.wms()->clientSecret());

        form.findChild<QPushButton *>(QStringLiteral("findTenants"))->click();
        auto *tenants = form.findChild<QComboBox *>(QStringLiteral("tenant"));
        auto *customers = form.findChild<QComboBox *>(QStringLiteral("customer"));
        QTRY_COMPARE_WITH_TIMEOUT(tenants->count(), 1, 20000);
        QCOMPARE(tenants->currentData().toString(), sandbox.wms()->tenantId());
        QTRY_COMPARE_WITH_TIMEOUT(customers->count(), 2, 20000);

        QTRY_VERIFY_WITH_TIMEOUT(form.statusText().contains(QStringLiteral("2 customers found")), 20000);

        QSignalSpy saved(&form, &AccountWidget::saved);
        form.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
        const QList<WmsAccount> accounts = AccountRepository(*m_database).all();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.constFirst().tenantId, sandbox.wms()->tenantId());
        QVERIFY(secrets.contains(SecretKeys::accountClientSecret(accounts.constFirst().id)));
        // The field empties: the secret lives in the keychain only.
        QVERIFY(form.findChild<QLineEdit *>(QStringLiteral("clientSecret"))->text().isEmpty());
    }

    void aWrongSecretIsSaidOnFindTenants()
    {
        sandbox::Sandbox sandbox;
        QVERIFY(sandbox.start());
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        AccountWidget form(*m_database, secrets, &network);
        form.setSslConfiguration(sandbox.clientSslConfiguration());
        form.findChild<QComboBox *>(QStringLiteral("region"))->setCurrentIndex(2);
        form.findChild<QLineEdit *>(QStringLiteral("customUrl"))->setText(sandbox.wms()->httpsUrl().toString());
        form.findChild<QLineEdit *>(QStringLiteral("clientId"))->setText(sandbox.wms()->clientId());
        form.findChild<QLineEdit *>(QStringLiteral("clientSecret"))->setText(QStringLiteral("wrong"));
        form.findChild<QPushButton *>(QStringLiteral("findTenants"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(form.statusText().contains(QStringLiteral("rejected")), 20000);
        QCOMPARE(form.findChild<QComboBox *>(QStringLiteral("tenant"))->count(), 0);
    }

    // Nothing is half-saved: the keychain refusing the secret leaves no account row behind (the
    // form used to keep the row and say so; AccountRegistry undoes it).
    void aKeychainThatRefusesLeavesNoAccount()
    {
        sandbox::Sandbox sandbox;
        QVERIFY(sandbox.start());
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        AccountWidget form(*m_database, secrets, &network);
        fillForSandbox(form, sandbox, sandbox.wms()->clientSecret());
        secrets.setUnavailable(true);
        QSignalSpy saved(&form, &AccountWidget::saved);
        form.save();
        QVERIFY(form.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!form.isBusy(), 20000);
        QVERIFY2(form.statusText().contains(QStringLiteral("not saved")), qPrintable(form.statusText()));
        QCOMPARE(saved.count(), 0);
        QVERIFY(AccountRepository(*m_database).all().isEmpty());
    }

    // Save with nothing changed is not an error: there is nothing to write, and nobody is asked.
    void saveWithNothingChangedIsAccepted()
    {
        WmsAccount stored = northAmerica();
        QVERIFY(AccountRepository(*m_database).insert(stored));
        test::ScriptedSecretStore secrets(SecretResult::Status::Ok, true); // would hang if asked
        QNetworkAccessManager network;
        AccountWidget form(*m_database, secrets, &network);
        form.load(stored);
        QVERIFY(form.validationMessage().isEmpty());
        QSignalSpy unchanged(&form, &AccountWidget::unchanged);
        QSignalSpy saved(&form, &AccountWidget::saved);
        form.save();
        QCOMPARE(unchanged.count(), 1);
        QCOMPARE(saved.count(), 0);
        QVERIFY(!form.isBusy());
        QCOMPARE(secrets.waiting(), 0);
    }

    // The demo's CartonCloud runs on this computer over plain HTTP: nothing crosses a network, so
    // its address is accepted, while any other plain-HTTP address is not.
    void aLoopbackAddressIsAccepted()
    {
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        AccountWidget form(*m_database, secrets, &network);
        WmsAccount demo = northAmerica();
        demo.id = 1;
        demo.baseUrl = QStringLiteral("http://127.0.0.1:40111");
        form.load(demo);
        QCOMPARE(form.validationMessage(), QString());
        demo.baseUrl = QStringLiteral("http://localhost:40111");
        form.load(demo);
        QCOMPARE(form.validationMessage(), QString());
    }

    // A keychain that does not answer (locked behind a prompt on another screen) never locks the
    // form: Cancel gives it back at once, and the time limit does so by itself.
    void aSilentKeychainCanBeCancelledAndTimesOut()
    {
        sandbox::Sandbox sandbox;
        QVERIFY(sandbox.start());
        test::ScriptedSecretStore secrets;
        QNetworkAccessManager network;
        AccountWidget form(*m_database, secrets, &network);
        form.resize(720, 520);
        form.show();
        fillForSandbox(form, sandbox, sandbox.wms()->clientSecret());
        secrets.setHolding(true);

        form.save();
        QTRY_COMPARE_WITH_TIMEOUT(secrets.waiting(), 1, 20000); // CartonCloud said yes; the keychain is asked
        KeychainProgress *progress = form.progress();
        QVERIFY(progress->isVisible());
        QVERIFY(progress->text().contains(QStringLiteral("Saving the client secret")));
        QVERIFY(form.isBusy());
        QVERIFY(test::saveScreenshot(&form, QStringLiteral("account-keychain-waiting")));
        QVERIFY(progress->cancelButton()->isVisible());
        progress->cancelButton()->click();
        QVERIFY(!form.isBusy());
        QVERIFY(!progress->isVisible());
        QVERIFY(form.statusText().contains(QStringLiteral("Stopped waiting for the keychain")));

        // The keychain answers after all: the account is saved, and the form says so.
        QSignalSpy saved(&form, &AccountWidget::saved);
        secrets.release();
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(form.statusText().contains(QStringLiteral("answered after all")));
        QCOMPARE(AccountRepository(*m_database).all().size(), 1);

        // Once more, with a new secret, and nobody pressing Cancel: the time limit ends the wait.
        form.setTimeout(std::chrono::milliseconds(200));
        form.findChild<QLineEdit *>(QStringLiteral("clientSecret"))->setText(sandbox.wms()->clientSecret());
        form.save();
        QTRY_COMPARE_WITH_TIMEOUT(secrets.waiting(), 1, 20000);
        QTRY_VERIFY(!form.isBusy());
        QVERIFY2(form.statusText().contains(QStringLiteral("has not answered in 0 seconds")),
                 qPrintable(form.statusText()));
    }

    // Closing the dialog while the keychain thinks does not lose the save: the account and its
    // secret land together when it answers, and the engine is told even though the form is gone.
    void aLateSaveReachesTheEngineAfterTheFormIsGone()
    {
        sandbox::Sandbox sandbox;
        QVERIFY(sandbox.start());
        test::ScriptedSecretStore secrets;
        test::FakeEngine engine;
        QNetworkAccessManager network;
        auto form = std::make_unique<AccountWidget>(*m_database, secrets, &network);
        form->setEngine(&engine);
        fillForSandbox(*form, sandbox, sandbox.wms()->clientSecret());
        secrets.setHolding(true);
        form->save();
        QTRY_COMPARE_WITH_TIMEOUT(secrets.waiting(), 1, 20000);
        form.reset();
        secrets.release();
        QTRY_COMPARE(engine.calls.size(), 1);
        const QList<WmsAccount> accounts = AccountRepository(*m_database).all();
        QCOMPARE(accounts.size(), 1);
        QVERIFY(engine.wasAsked(QStringLiteral("reloadAccount"), accounts.constFirst().id));
        QVERIFY(secrets.contains(SecretKeys::accountClientSecret(accounts.constFirst().id)));
    }

    void refusesAddressesWithoutTls()
    {
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        AccountWidget form(*m_database, secrets, &network);
        WmsAccount account = northAmerica();
        account.baseUrl = QStringLiteral("http://cartoncloud.internal");
        form.load(account);
        QCOMPARE(form.findChild<QComboBox *>(QStringLiteral("region"))->currentIndex(), 2);
        QVERIFY(form.findChild<QLineEdit *>(QStringLiteral("customUrl"))->isEnabled());
        form.findChild<QLineEdit *>(QStringLiteral("clientSecret"))->setText(QStringLiteral("s3cret"));
        QVERIFY(form.validationMessage().contains(QStringLiteral("https://")));
        form.save();
        QVERIFY(AccountRepository(*m_database).all().isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

QTEST_MAIN(TestAccountWidget)
#include "tst_accountwidget.moc"
