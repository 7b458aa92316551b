#include "core/secrets/memorysecretstore.h"
#include "secretwaiter.h"

#include <QTest>

using namespace wharf;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersLaterNotDuringTheCall()
    {
        MemorySecretStore store;
        bool answered = false;
        store.write(QStringLiteral("k"), QStringLiteral("s"), this, [&](const SecretResult &) { answered = true; });
        QVERIFY(!answered); // asynchronous, as the real keychain is
        QTRY_VERIFY(answered);
    }

    void writesReadsOverwritesAndRemoves()
    {
        MemorySecretStore store;
        test::SecretWaiter waiter;
        QVERIFY(waiter.write(store, QStringLiteral("k"), QStringLiteral("first")).ok());
        QCOMPARE(waiter.read(store, QStringLiteral("k")).secret, QStringLiteral("first"));
        QVERIFY(waiter.write(store, QStringLiteral("k"), QStringLiteral("second")).ok());
        QCOMPARE(waiter.read(store, QStringLiteral("k")).secret, QStringLiteral("second"));
        QVERIFY(waiter.remove(store, QStringLiteral("k")).ok());
        QCOMPARE(waiter.read(store, QStringLiteral("k")).status, SecretResult::Status::Missing);
        QVERIFY(waiter.remove(store, QStringLiteral("k")).ok());
    }

    void anUnavailableStoreSaysSoAndKeepsNothing()
    {
        MemorySecretStore store;
        store.setUnavailable(true);
        test::SecretWaiter waiter;
        const SecretResult result = waiter.write(store, QStringLiteral("k"), QStringLiteral("s"));
        QCOMPARE(result.status, SecretResult::Status::Unavailable);
        QVERIFY(result.message.contains(QStringLiteral("No keychain is available")));
        QCOMPARE(store.count(), 0);
    }

    // SecretStore::probe: "missing" is the keychain answering; no keychain is a problem to show.
    void probeSaysWhetherSecretsCanBeKept()
    {
        MemorySecretStore store;
        test::SecretWaiter waiter;
        const auto probe = [&] {
            return waiter.run([&](QObject *context, SecretStore::Callback done) { store.probe(context, done); });
        };
        QVERIFY(probe().ok());
        QCOMPARE(store.count(), 0);
        store.setUnavailable(true);
        QCOMPARE(probe().status, SecretResult::Status::Unavailable);
    }

    void aDestroyedContextGetsNoCallback()
    {
        MemorySecretStore store;
        bool called = false;
        auto *context = new QObject;
        store.read(QStringLiteral("k"), context, [&](const SecretResult &) { called = true; });
        delete context;
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
