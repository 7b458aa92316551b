// Connecting a CartonCloud account: the API client proven, the tenant chosen, the customers read,
// the account and its secret saved together — and nothing saved when any of that fails.

#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretkeys.h"
#include "core/store/accountregistry.h"
#include "core/store/accountrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "sandbox/cartoncloudserver.h"
#include "sandbox/sandbox.h"
#include "secretwaiter.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace wharf;

class TestAccountRegistry : public QObject
{
    Q_OBJECT

    sandbox::Sandbox m_sandbox;
    QNetworkAccessManager m_network;

    AccountRegistry::Request request() const
    {
        AccountRegistry::Request r;
        r.baseUrl = m_sandbox.wms()->baseUrl().toString();
        r.clientId = m_sandbox.wms()->clientId();
        r.clientSecret = m_sandbox.wms()->clientSecret();
        return r;
    }

    // A fresh data file, a memory keychain and a registry on them, for one test.
    struct Local
    {
        explicit Local(QNetworkAccessManager *network)
            : database(Database::filePathIn(dir.path()))
            , registry(database, secrets, network)
        {
            opened = database.open();
        }
        QTemporaryDir dir;
        Database database;
        MemorySecretStore secrets;
        AccountRegistry registry;
        bool opened = false;
    };

    AccountRegistry::Outcome connectAccount(AccountRegistry &registry, const AccountRegistry::Request &r)
    {
        std::optional<AccountRegistry::Outcome> outcome;
        registry.connectAccount(r, [&outcome](const AccountRegistry::Outcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000))
            return {false, {}, 0, {}, QStringLiteral("no answer")};
        return *outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_sandbox.wms()->addCustomer(QStringLiteral("Acme Apparel"), QStringLiteral("ACME"));
        m_sandbox.wms()->addCustomer(QStringLiteral("Müller & Söhne GmbH"), QStringLiteral("MUELLER"));
    }

    void connectsAndSavesAccountCustomersAndSecretTogether()
    {
        Local local(&m_network);
        QVERIFY(local.opened);
        Database &database = local.database;
        MemorySecretStore &secrets = local.secrets;
        AccountRegistry &registry = local.registry;

        const auto outcome = connectAccount(registry, request());
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(outcome.customers, 2);
        QCOMPARE(outcome.account.tenantId, m_sandbox.wms()->tenantId());
        QVERIFY(!outcome.account.tenantName.isEmpty());
        QCOMPARE(AccountRepository(database).all().size(), 1);
        QCOMPARE(CustomerRepository(database).forAccount(outcome.account.id).size(), 2);
        test::SecretWaiter waiter;
        QCOMPARE(waiter.read(secrets, SecretKeys::accountClientSecret(outcome.account.id)).secret,
                 m_sandbox.wms()->clientSecret());
    }

    void aCustomerUserIsBoundToItsCustomerByName()
    {
        Local local(&m_network);
        QVERIFY(local.opened);
        AccountRegistry &registry = local.registry;
        AccountRegistry::Request r = request();
        r.role = WmsAccount::Role::CustomerUser;
        r.customerId = QStringLiteral("müller & söhne gmbh");
        const auto outcome = connectAccount(registry, r);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(outcome.account.customerId, m_sandbox.wms()->customerIdByCode(QStringLiteral("MUELLER")));

        r.customerId = QStringLiteral("Nobody Ltd");
        const auto refused = connectAccount(registry, r);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains(QStringLiteral("Nobody Ltd")), qPrintable(refused.message));
    }

    void aWrongSecretSavesNothingAndSaysWhy()
    {
        Local local(&m_network);
        QVERIFY(local.opened);
        Database &database = local.database;
        MemorySecretStore &secrets = local.secrets;
        AccountRegistry &registry = local.registry;
        AccountRegistry::Request r = request();
        r.clientSecret = QStringLiteral("not-the-secret");
        const auto outcome = connectAccount(registry, r);
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.message.isEmpty());
        QVERIFY(!outcome.message.contains(QStringLiteral("not-the-secret")));
        qInfo("wrong secret: %s", qPrintable(outcome.message));
        QVERIFY(AccountRepository(database).all().isEmpty());
        QCOMPARE(secrets.count(), 0);
    }

    void aRefusingKeychainLeavesNoAccountBehind()
    {
        Local local(&m_network);
        QVERIFY(local.opened);
        Database &database = local.database;
        MemorySecretStore &secrets = local.secrets;
        AccountRegistry &registry = local.registry;
        secrets.setUnavailable(true);
        const auto outcome = connectAccount(registry, request());
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(QStringLiteral("No keychain is available")), qPrintable(outcome.message));
        QVERIFY(AccountRepository(database).all().isEmpty());
    }

    void badInputGetsASentenceWithoutACall()
    {
        Local local(&m_network);
        QVERIFY(local.opened);
        AccountRegistry &registry = local.registry;
        AccountRegistry::Request r = request();
        r.baseUrl = QStringLiteral("   ");
        QVERIFY(connectAccount(registry, r).message.contains(QStringLiteral("is not a web address")));
        r = request();
        r.clientSecret.clear();
        QVERIFY(connectAccount(registry, r).message.contains(QStringLiteral("API client id and secret")));
    }
};

QTEST_GUILESS_MAIN(TestAccountRegistry)
#include "tst_accountregistry.moc"
