#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretkeys.h"
#include "core/store/accountrepository.h"
#include "core/store/database.h"
#include "sandbox/cartoncloudserver.h"
#include "sandbox/sandbox.h"
#include "screenshot.h"
#include "ui/account/accountwidget.h"

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

private Q_SLOTS:
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

        QSignalSpy saved(&form, &AccountWidget::saved);
        form.findChild<QPushButton *>(QStringLiteral("saveAccount"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
        const QList<WmsAccount> accounts = AccountRepository(*m_database).all();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.constFirst().tenantId, sandbox.wms()->tenantId());
        QVERIFY(secrets.contains(SecretKeys::accountClientSecret(accounts.constFirst().id)));
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

    void savesTheAccountAndPutsTheSecretInTheKeychain()
    {
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        AccountWidget form(*m_database, secrets, &network);
        form.resize(720, 480);
        form.load(northAmerica());
        QCOMPARE(form.findChild<QComboBox *>(QStringLiteral("region"))->currentIndex(), 1);
        QCOMPARE(form.validationMessage(), QStringLiteral("Enter the API client's secret."));

        form.findChild<QLineEdit *>(QStringLiteral("clientSecret"))->setText(QStringLiteral("s3cret"));
        QVERIFY(form.validationMessage().isEmpty());
        QSignalSpy saved(&form, &AccountWidget::saved);
        form.findChild<QPushButton *>(QStringLiteral("saveAccount"))->click();
        QTRY_COMPARE(saved.count(), 1);
        const WmsAccount account = saved.constFirst().constFirst().value<WmsAccount>();
        QVERIFY(account.id != 0);
        QVERIFY(secrets.contains(SecretKeys::accountClientSecret(account.id)));
        const std::optional<WmsAccount> stored = AccountRepository(*m_database).find(account.id);
        QVERIFY(stored);
        QCOMPARE(stored->baseUrl, QStringLiteral("https://api.na.cartoncloud.com"));
        QCOMPARE(stored->tenantId, QStringLiteral("5d1c9a6e-tenant"));
        QCOMPARE(stored->role, WmsAccount::Role::Admin);
        // The field empties: the secret lives in the keychain only.
        QVERIFY(form.findChild<QLineEdit *>(QStringLiteral("clientSecret"))->text().isEmpty());
        QVERIFY(test::saveScreenshot(&form, QStringLiteral("dashboard-account")));

        // Saving again without a secret keeps the stored one.
        form.findChild<QRadioButton *>(QStringLiteral("roleCustomerUser"))->setChecked(true);
        QVERIFY(form.validationMessage().contains(QStringLiteral("Choose the customer")));
    }

    void saysWhenTheKeychainRefuses()
    {
        MemorySecretStore secrets;
        secrets.setUnavailable(true);
        QNetworkAccessManager network;
        AccountWidget form(*m_database, secrets, &network);
        form.load(northAmerica());
        form.findChild<QLineEdit *>(QStringLiteral("clientSecret"))->setText(QStringLiteral("s3cret"));
        QSignalSpy saved(&form, &AccountWidget::saved);
        form.save();
        QTRY_VERIFY(form.statusText().contains(QStringLiteral("could not be stored")));
        QCOMPARE(saved.count(), 0);
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
