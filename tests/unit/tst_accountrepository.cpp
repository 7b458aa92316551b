#include "core/store/accountrepository.h"
#include "core/store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wharf;

class TestAccountRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertsFindsAndUpdates()
    {
        QTemporaryDir dir;
        Database database(Database::filePathIn(dir.path()));
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
};

QTEST_GUILESS_MAIN(TestAccountRepository)
#include "tst_accountrepository.moc"
