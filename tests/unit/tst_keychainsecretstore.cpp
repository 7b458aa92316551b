#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/secretkeys.h"
#include "secretwaiter.h"

#include <QCoreApplication>
#include <QTest>

using namespace wharf;

// Runs against the real Secret Service. scripts/test starts one in a private D-Bus session and
// sets WHARF_REQUIRE_KEYCHAIN=1, which turns "no keychain answers" from a skip into a failure.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

    QString m_service = QStringLiteral("wharf-test-%1").arg(QCoreApplication::applicationPid());

    void requireKeychain(const SecretResult &probe)
    {
        if (probe.status != SecretResult::Status::Unavailable && probe.status != SecretResult::Status::Failed)
            return;
        if (qEnvironmentVariableIntValue("WHARF_REQUIRE_KEYCHAIN") == 1)
            QFAIL(qPrintable(QStringLiteral("no keychain answered: ") + probe.message));
        QSKIP("No Secret Service is running here; scripts/test starts one.");
    }

private Q_SLOTS:
    void writesReadsOverwritesAndDeletesThroughTheRealKeychain()
    {
        KeychainSecretStore store(m_service);
        store.setRetryDelay(std::chrono::milliseconds(200));
        test::SecretWaiter waiter;
        const QString key = SecretKeys::integrationConsumerSecret(4242);
        QCOMPARE(key, QStringLiteral("v1/integration/4242/consumer-secret"));

        const SecretResult written = waiter.write(store, key, QStringLiteral("cs_first_ünïcode"));
        requireKeychain(written);
        QVERIFY2(written.ok(), qPrintable(written.message));

        SecretResult read = waiter.read(store, key);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, QStringLiteral("cs_first_ünïcode"));

        QVERIFY(waiter.write(store, key, QStringLiteral("cs_second")).ok());
        QCOMPARE(waiter.read(store, key).secret, QStringLiteral("cs_second"));

        // A second store object (as after a restart) reads what the first wrote.
        KeychainSecretStore again(m_service);
        QCOMPARE(waiter.read(again, key).secret, QStringLiteral("cs_second"));

        QVERIFY(waiter.remove(store, key).ok());
        read = waiter.read(store, key);
        QCOMPARE(read.status, SecretResult::Status::Missing);
        QVERIFY(!read.message.isEmpty());
        QVERIFY(waiter.remove(store, key).ok()); // already gone is fine
    }

    void twoDataFoldersNeverShareOrDeleteEachOthersSecrets()
    {
        KeychainSecretStore desk(m_service);
        desk.setDataFolderId(QStringLiteral("folder-a"));
        KeychainSecretStore other(m_service);
        other.setDataFolderId(QStringLiteral("folder-b"));
        test::SecretWaiter waiter;
        const QString key = SecretKeys::integrationConsumerSecret(1); // the same id in both files
        const SecretResult written = waiter.write(desk, key, QStringLiteral("cs_desk"));
        requireKeychain(written);
        QVERIFY(written.ok());
        QVERIFY(waiter.write(other, key, QStringLiteral("cs_other")).ok());
        QCOMPARE(waiter.read(desk, key).secret, QStringLiteral("cs_desk"));
        QCOMPARE(desk.storedKey(key), QStringLiteral("folder-a/v1/integration/1/consumer-secret"));
        QVERIFY(waiter.remove(other, key).ok());
        QCOMPARE(waiter.read(desk, key).secret, QStringLiteral("cs_desk"));
        QCOMPARE(waiter.read(other, key).status, SecretResult::Status::Missing);
        QVERIFY(waiter.remove(desk, key).ok());
    }

    void aSecretOfBeforeTheFolderIdIsCopiedUnderIt()
    {
        KeychainSecretStore before(m_service); // no id: how version 0.1 kept its keys
        test::SecretWaiter waiter;
        const QString key = SecretKeys::accountClientSecret(3);
        const SecretResult written = waiter.write(before, key, QStringLiteral("secret-of-before"));
        requireKeychain(written);
        QVERIFY(written.ok());

        KeychainSecretStore now(m_service);
        now.setDataFolderId(QStringLiteral("folder-c"));
        QCOMPARE(waiter.read(now, key).secret, QStringLiteral("secret-of-before"));
        // Copied under the id, and left under the key of before, which another data folder of
        // before may still need; removing it here removes this folder's copy only.
        QCOMPARE(waiter.read(before, now.storedKey(key)).secret, QStringLiteral("secret-of-before"));
        QVERIFY(waiter.remove(now, key).ok());
        QCOMPARE(waiter.read(before, now.storedKey(key)).status, SecretResult::Status::Missing);
        QCOMPARE(waiter.read(before, key).secret, QStringLiteral("secret-of-before"));
        QVERIFY(waiter.remove(before, key).ok());
    }

    // The first-run page's question: does the keychain answer? Asked without storing anything.
    void probeAnswersWithoutStoringAnything()
    {
        KeychainSecretStore store(m_service);
        store.setRetryDelay(std::chrono::milliseconds(200));
        test::SecretWaiter waiter;
        const SecretResult probe =
            waiter.run([&](QObject *context, SecretStore::Callback done) { store.probe(context, done); });
        requireKeychain(probe);
        QVERIFY2(probe.ok(), qPrintable(probe.message));
        QVERIFY(probe.secret.isEmpty());
        QCOMPARE(waiter.read(store, SecretKeys::probe()).status, SecretResult::Status::Missing);
    }

    void servicesAreKeptApart()
    {
        KeychainSecretStore mine(m_service);
        KeychainSecretStore other(m_service + QStringLiteral("-other"));
        test::SecretWaiter waiter;
        const QString key = SecretKeys::accountClientSecret(1);
        const SecretResult written = waiter.write(mine, key, QStringLiteral("mine"));
        requireKeychain(written);
        QVERIFY(written.ok());
        QCOMPARE(waiter.read(other, key).status, SecretResult::Status::Missing);
        QVERIFY(waiter.remove(mine, key).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
