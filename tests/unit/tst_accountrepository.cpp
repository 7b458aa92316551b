#include "core/store/accountrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/integrationrepository.h"
#include "postgresfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wharf;

class TestAccountRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every test runs against SQLite and against PostgreSQL.
    void initTestCase_data() { test::addBackends(); }
    void init() { WHARF_USE_BACKEND(); }

    void insertsFindsAndUpdates()
    {
        test::FreshLocation location(test::currentBackend());
        QString problem;
        Database database(location.location(&problem));
        QVERIFY(database.open());
        const AccountRepository repository(database);

        WmsAccount account;
        account.baseUrl = QStringLiteral("https://api.cartoncloud.com");
        account.clientId = QStringLiteral("client-1");
        account.tenantId = QStringLiteral("tenant-uuid");
        account.tenantName = QStringLiteral("Harbour Logistics");
        account.role = WmsAccount::Role::CustomerUser;
        account.customerId = QStringLiteral("customer-uuid");
        QVERIFY(repository.insert(account));
        QVERIFY(account.id > 0);

        std::optional<WmsAccount> found = repository.find(account.id);
        QVERIFY(found);
        QCOMPARE(found->clientId, account.clientId);
        QCOMPARE(found->tenantName, account.tenantName);
        QCOMPARE(found->role, WmsAccount::Role::CustomerUser);
        QCOMPARE(found->customerId, account.customerId);
        QCOMPARE(found->createdAt, account.createdAt.toUTC());

        found->role = WmsAccount::Role::Admin;
        found->customerId.clear();
        QVERIFY(repository.update(*found));
        QCOMPARE(repository.find(account.id)->role, WmsAccount::Role::Admin);
        QCOMPARE(repository.all().size(), 1);
        QVERIFY(!repository.find(account.id + 1));
    }

    void removesOnlyAnAccountNoIntegrationUses()
    {
        test::FreshLocation location(test::currentBackend());
        QString problem;
        Database database(location.location(&problem));
        QVERIFY(database.open());
        const AccountRepository repository(database);
        WmsAccount unused;
        unused.baseUrl = QStringLiteral("https://api.cartoncloud.com");
        unused.clientId = QStringLiteral("unused");
        WmsAccount used = unused;
        QVERIFY(repository.insert(unused));
        QVERIFY(repository.insert(used));
        QVERIFY(CustomerRepository(database).upsert({QStringLiteral("c-1"), unused.id, QStringLiteral("Acme"), false}));
        Integration integration;
        integration.accountId = used.id;
        integration.customerId = QStringLiteral("c-2");
        integration.name = QStringLiteral("Store");
        integration.storeUrl = QStringLiteral("https://shop.example");
        integration.consumerKey = QStringLiteral("ck");
        QVERIFY(IntegrationRepository(database).insert(integration));

        QVERIFY(repository.remove(unused.id));
        QVERIFY(!repository.find(unused.id));
        QVERIFY(CustomerRepository(database).forAccount(unused.id).isEmpty());
        QVERIFY(!repository.remove(used.id)); // an integration refers to it
        QVERIFY(repository.find(used.id));
    }
};

QTEST_GUILESS_MAIN(TestAccountRepository)
#include "tst_accountrepository.moc"
