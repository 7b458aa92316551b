#include "core/store/accountrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "postgresfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wharf;

class TestCustomerRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every test runs against SQLite and against PostgreSQL.
    void initTestCase_data() { test::addBackends(); }
    void init() { WHARF_USE_BACKEND(); }

    void upsertKeepsTheOwnersPermission()
    {
        test::FreshLocation location(test::currentBackend());
        QString problem;
        Database database(location.location(&problem));
        QVERIFY(database.open());
        WmsAccount account;
        account.baseUrl = QStringLiteral("https://api.cartoncloud.com");
        account.clientId = QStringLiteral("c");
        QVERIFY(AccountRepository(database).insert(account));

        const CustomerRepository repository(database);
        QVERIFY(repository.upsert({QStringLiteral("c-2"), account.id, QStringLiteral("zebra Goods"), false}));
        QVERIFY(repository.upsert({QStringLiteral("c-1"), account.id, QStringLiteral("Acme"), false}));
        QVERIFY(repository.setMaySelfManage(account.id, QStringLiteral("c-1"), true));
        QVERIFY(!repository.setMaySelfManage(account.id, QStringLiteral("unknown"), true));

        // CartonCloud renamed the customer: the name follows, the owner's permission stays.
        QVERIFY(repository.upsert({QStringLiteral("c-1"), account.id, QStringLiteral("Acme Pty Ltd"), false}));
        const std::optional<Customer> acme = repository.find(account.id, QStringLiteral("c-1"));
        QVERIFY(acme);
        QCOMPARE(acme->name, QStringLiteral("Acme Pty Ltd"));
        QVERIFY(acme->maySelfManage);

        const QList<Customer> customers = repository.forAccount(account.id);
        QCOMPARE(customers.size(), 2);
        QCOMPARE(customers.at(0).name, QStringLiteral("Acme Pty Ltd")); // sorted without regard to case
        QCOMPARE(customers.at(1).name, QStringLiteral("zebra Goods"));
    }

    void aCustomerNeedsAnExistingAccount()
    {
        test::FreshLocation location(test::currentBackend());
        QString problem;
        Database database(location.location(&problem));
        QVERIFY(database.open());
        QVERIFY(!CustomerRepository(database).upsert({QStringLiteral("c-1"), 42, QStringLiteral("Orphan"), false}));
    }
};

QTEST_GUILESS_MAIN(TestCustomerRepository)
#include "tst_customerrepository.moc"
