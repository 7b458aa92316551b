#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretkeys.h"
#include "core/store/integrationregistry.h"
#include "core/store/integrationrepository.h"
#include "secretwaiter.h"
#include "storefixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace wharf;

class TestIntegrationRegistry : public QObject
{
    Q_OBJECT

    static IntegrationRegistry::Outcome wait(const std::function<void(IntegrationRegistry::Callback)> &call)
    {
        std::optional<IntegrationRegistry::Outcome> outcome;
        call([&outcome](const IntegrationRegistry::Outcome &o) { outcome = o; });
        (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000);
        return outcome.value_or(IntegrationRegistry::Outcome {false, {}, QStringLiteral("no answer")});
    }

    // Every byte Wharf's data file has on disk, the write-ahead log included; on PostgreSQL, every
    // value of every table.
    static QByteArray dataFileBytes(const Database &database)
    {
        QByteArray bytes;
        if (database.isServer()) {
            QSqlQuery tables(database.connection());
            tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                       "current_schema()"));
            while (tables.next()) {
                QSqlQuery rows(database.connection());
                rows.exec(QStringLiteral("SELECT * FROM %1").arg(tables.value(0).toString()));
                while (rows.next()) {
                    for (int i = 0; i < rows.record().count(); ++i)
                        bytes += rows.value(i).toString().toUtf8() + '\n';
                }
            }
            return bytes;
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile file(database.filePath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

private Q_SLOTS:
    // Every test runs against SQLite and against PostgreSQL.
    void initTestCase_data() { test::addBackends(); }
    void init() { WHARF_USE_BACKEND(); }

    void addsTheRowAndTheSecretTogether()
    {
        test::StoreFixture store;
        MemorySecretStore secrets;
        IntegrationRegistry registry(store.database, secrets);
        QSignalSpy added(&registry, &IntegrationRegistry::integrationAdded);

        const auto outcome =
            wait([&](auto done) { registry.add(store.sampleIntegration(), QStringLiteral("cs_secret"), done); });
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(added.count(), 1);
        QVERIFY(IntegrationRepository(store.database).find(outcome.integration.id));
        test::SecretWaiter waiter;
        QCOMPARE(waiter.read(secrets, SecretKeys::integrationConsumerSecret(outcome.integration.id)).secret,
                 QStringLiteral("cs_secret"));
    }

    void aRefusedSecretLeavesNothingHalfSaved()
    {
        test::StoreFixture store;
        MemorySecretStore secrets;
        secrets.setUnavailable(true);
        IntegrationRegistry registry(store.database, secrets);
        QSignalSpy added(&registry, &IntegrationRegistry::integrationAdded);

        const auto outcome =
            wait([&](auto done) { registry.add(store.sampleIntegration(), QStringLiteral("cs_secret"), done); });
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(QStringLiteral("No keychain is available")), qPrintable(outcome.message));
        QCOMPARE(added.count(), 0);
        QVERIFY(IntegrationRepository(store.database).all(true).isEmpty());
    }

    void refusesAnEmptySecretAndADuplicateName()
    {
        test::StoreFixture store;
        MemorySecretStore secrets;
        IntegrationRegistry registry(store.database, secrets);
        auto outcome = wait([&](auto done) { registry.add(store.sampleIntegration(), QString(), done); });
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.message.contains(QStringLiteral("consumer secret")));

        QVERIFY(wait([&](auto done) { registry.add(store.sampleIntegration(), QStringLiteral("s"), done); }).ok);
        outcome = wait([&](auto done) {
            registry.add(store.sampleIntegration(QStringLiteral(" ACME STORE")), QStringLiteral("s"), done);
        });
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(QStringLiteral("already has an integration")), qPrintable(outcome.message));
        QCOMPARE(IntegrationRepository(store.database).all().size(), 1);
    }

    void reconfigureKeepsTheSecretUnlessANewOneIsGiven()
    {
        test::StoreFixture store;
        MemorySecretStore secrets;
        IntegrationRegistry registry(store.database, secrets);
        Integration integration =
            wait([&](auto done) { registry.add(store.sampleIntegration(), QStringLiteral("old"), done); }).integration;
        const QString key = SecretKeys::integrationConsumerSecret(integration.id);
        test::SecretWaiter waiter;

        integration.warehouseName = QStringLiteral("Sydney DC");
        QVERIFY(wait([&](auto done) { registry.update(integration, QString(), done); }).ok);
        QCOMPARE(waiter.read(secrets, key).secret, QStringLiteral("old"));
        QCOMPARE(IntegrationRepository(store.database).find(integration.id)->warehouseName,
                 QStringLiteral("Sydney DC"));

        QVERIFY(wait([&](auto done) { registry.update(integration, QStringLiteral("new"), done); }).ok);
        QCOMPARE(waiter.read(secrets, key).secret, QStringLiteral("new"));

        // A keychain that refuses the new secret leaves the row and the old secret as they were.
        secrets.setUnavailable(true);
        integration.warehouseName = QStringLiteral("Perth DC");
        QVERIFY(!wait([&](auto done) { registry.update(integration, QStringLiteral("newer"), done); }).ok);
        secrets.setUnavailable(false);
        QCOMPARE(waiter.read(secrets, key).secret, QStringLiteral("new"));
        QCOMPARE(IntegrationRepository(store.database).find(integration.id)->warehouseName,
                 QStringLiteral("Sydney DC"));
    }

    void deleteKeepsHistoryAndRemovesTheSecret()
    {
        test::StoreFixture store;
        MemorySecretStore secrets;
        IntegrationRegistry registry(store.database, secrets);
        QSignalSpy removed(&registry, &IntegrationRegistry::integrationRemoved);
        const Integration integration =
            wait([&](auto done) { registry.add(store.sampleIntegration(), QStringLiteral("s"), done); }).integration;

        const auto outcome = wait([&](auto done) { registry.remove(integration.id, done); });
        QVERIFY(outcome.ok);
        QVERIFY(outcome.integration.isDeleted());
        QCOMPARE(removed.count(), 1);
        QVERIFY(!secrets.contains(SecretKeys::integrationConsumerSecret(integration.id)));
        QVERIFY(IntegrationRepository(store.database).find(integration.id)->isDeleted());
        QVERIFY(!wait([&](auto done) { registry.remove(integration.id, done); }).ok);
    }

    // The secret goes to the keychain and nowhere else: not into the data file, not into its
    // write-ahead log. With scripts/test's Secret Service this runs on the real keychain.
    void theDataFileNeverContainsASavedSecret()
    {
        test::StoreFixture store;
        std::unique_ptr<SecretStore> secrets;
        if (qEnvironmentVariableIntValue("WHARF_REQUIRE_KEYCHAIN") == 1)
            secrets = std::make_unique<KeychainSecretStore>(
                QStringLiteral("wharf-test-%1").arg(QCoreApplication::applicationPid()));
        else
            secrets = std::make_unique<MemorySecretStore>();
        IntegrationRegistry registry(store.database, *secrets);

        const QString secret = QStringLiteral("cs_4f1e0c9b7a6d5e3f2a1b0c9d8e7f6a5b4c3d2e1f");
        const auto outcome = wait([&](auto done) { registry.add(store.sampleIntegration(), secret, done); });
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        const QString newSecret = QStringLiteral("cs_reconfigured_9a8b7c6d5e4f3a2b1c0d");
        QVERIFY(wait([&](auto done) { registry.update(outcome.integration, newSecret, done); }).ok);

        const QByteArray bytes = dataFileBytes(store.database);
        QVERIFY(bytes.contains("ck_test")); // the consumer key is there: the check can see rows
        for (const QString &s : {secret, newSecret}) {
            QVERIFY(!bytes.contains(s.toUtf8()));
            // SQLite stores text as UTF-8, but look for UTF-16 too: a secret must not be there in any form.
            QVERIFY(!bytes.contains(QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2)));
        }
        test::SecretWaiter waiter;
        QCOMPARE(waiter.read(*secrets, SecretKeys::integrationConsumerSecret(outcome.integration.id)).secret,
                 newSecret);
        QVERIFY(wait([&](auto done) { registry.remove(outcome.integration.id, done); }).ok);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationRegistry)
#include "tst_integrationregistry.moc"
