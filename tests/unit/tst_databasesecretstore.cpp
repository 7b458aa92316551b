#include "core/secrets/databasesecretstore.h"
#include "core/store/database.h"
#include "secretwaiter.h"
#include "storefixture.h"

#include <QDirIterator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wharf;

namespace {

const QString kName = QStringLiteral("v1/integration/7/consumer-secret");
const QString kSecret = QStringLiteral("cs_d1f8e7c6b5a4938271605f4e3d2c1b0a99887766");

// Every byte Wharf wrote in its data folder (the file, its WAL and journal), as one blob.
QByteArray everyByteIn(const QString &dir)
{
    QByteArray all;
    QDirIterator files(dir, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

// The rows as the database holds them: what an administrator's dump shows.
QStringList rows(const Database &database)
{
    QStringList out;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT name, key_id, nonce, sealed FROM secrets ORDER BY name"));
    while (query.next()) {
        out.append(QStringList {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                query.value(3).toString()}
                       .join(QLatin1Char('|')));
    }
    return out;
}

bool exec(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql);
}

} // namespace

class TestDatabaseSecretStore : public QObject
{
    Q_OBJECT

    // A fresh store per test function (StoreFixture: the same for every store test, so that these
    // run on each backend the fixture offers).
    std::unique_ptr<test::StoreFixture> m_store;
    const Database *m_database = nullptr;
    QString dir() const { return m_store->dir.path(); }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::StoreFixture>();
        m_database = &m_store->database;
    }

    void cleanup()
    {
        m_database = nullptr;
        m_store.reset();
    }

    void sealsReadsOverwritesAndRemovesWithoutClearTextInTheFile()
    {
        const SecretKey key = SecretKey::generate();
        DatabaseSecretStore store(*m_database);
        store.setKey(key);
        test::SecretWaiter waiter;
        QVERIFY(waiter.write(store, kName, kSecret).ok());
        QCOMPARE(waiter.read(store, kName).secret, kSecret);
        const QStringList stored = rows(*m_database);
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.constFirst().startsWith(kName + QLatin1Char('|') + key.id() + QLatin1Char('|')));
        QVERIFY(!stored.constFirst().contains(kSecret));
        QVERIFY(!everyByteIn(dir()).contains(kSecret.toUtf8()));
        QVERIFY(!everyByteIn(dir()).contains(key.toBase64()));

        // A nonce per write: the same secret written twice is sealed differently.
        QVERIFY(waiter.write(store, kName, kSecret).ok());
        QVERIFY(rows(*m_database).constFirst() != stored.constFirst());
        QVERIFY(waiter.write(store, kName, QStringLiteral("second")).ok());
        QCOMPARE(waiter.read(store, kName).secret, QStringLiteral("second"));

        QVERIFY(waiter.remove(store, kName).ok());
        QCOMPARE(waiter.read(store, kName).status, SecretResult::Status::Missing);
        QVERIFY(waiter.remove(store, kName).ok());
        QVERIFY(rows(*m_database).isEmpty());
    }

    void theWrongKeyGetsASentenceAndNoClearText()
    {
        DatabaseSecretStore writer(*m_database);
        writer.setKey(SecretKey::generate());
        test::SecretWaiter waiter;
        QVERIFY(waiter.write(writer, kName, kSecret).ok());

        DatabaseSecretStore other(*m_database);
        const SecretKey wrong = SecretKey::generate();
        other.setKey(wrong);
        QString error;
        QVERIFY(!other.checkKey(&error));
        QVERIFY2(error.contains(QStringLiteral("encrypted with another key")), qPrintable(error));
        QVERIFY(error.contains(wrong.id()));
        const SecretResult read = waiter.read(other, kName);
        QCOMPARE(read.status, SecretResult::Status::Failed);
        QVERIFY(read.secret.isEmpty());
        QVERIFY2(read.message.contains(QStringLiteral("another key")), qPrintable(read.message));
        QVERIFY(!read.message.contains(kSecret));

        // Even when the row claims the wrong key's id, the seal does not open under it.
        QSqlQuery claim(m_database->connection());
        claim.prepare(QStringLiteral("UPDATE secrets SET key_id = ?"));
        claim.addBindValue(wrong.id());
        QVERIFY(claim.exec());
        const SecretResult forged = waiter.read(other, kName);
        QCOMPARE(forged.status, SecretResult::Status::Failed);
        QVERIFY(forged.secret.isEmpty());
        QVERIFY2(forged.message.contains(QStringLiteral("cannot be decrypted")), qPrintable(forged.message));
    }

    void aTamperedOrMovedSealIsRefused()
    {
        DatabaseSecretStore store(*m_database);
        store.setKey(SecretKey::generate());
        test::SecretWaiter waiter;
        const QString otherName = QStringLiteral("v1/account/1/client-secret");
        QVERIFY(waiter.write(store, kName, kSecret).ok());
        QVERIFY(waiter.write(store, otherName, QStringLiteral("client-secret")).ok());

        // One bit of the sealed value flipped.
        QSqlQuery read(m_database->connection());
        QVERIFY(read.exec(QStringLiteral("SELECT sealed FROM secrets WHERE name = '%1'").arg(kName)) && read.next());
        QByteArray sealed = QByteArray::fromBase64(read.value(0).toString().toLatin1());
        read.finish();
        sealed[3] = char(sealed[3] ^ 0x01);
        QSqlQuery tamper(m_database->connection());
        tamper.prepare(QStringLiteral("UPDATE secrets SET sealed = ? WHERE name = ?"));
        tamper.addBindValue(QString::fromLatin1(sealed.toBase64()));
        tamper.addBindValue(kName);
        QVERIFY(tamper.exec());
        SecretResult result = waiter.read(store, kName);
        QCOMPARE(result.status, SecretResult::Status::Failed);
        QVERIFY(result.secret.isEmpty());
        QVERIFY2(result.message.contains(QStringLiteral("cannot be decrypted")), qPrintable(result.message));

        // A whole row's seal copied under another name: the name is bound, so it does not open.
        QVERIFY(exec(*m_database,
                     QStringLiteral("UPDATE secrets SET nonce = (SELECT nonce FROM secrets WHERE name = "
                                    "'%1'), sealed = (SELECT sealed FROM secrets WHERE name = '%1') "
                                    "WHERE name = '%2'")
                         .arg(otherName, kName)));
        result = waiter.read(store, kName);
        QCOMPARE(result.status, SecretResult::Status::Failed);
        QVERIFY(result.secret.isEmpty());
        QCOMPARE(waiter.read(store, otherName).secret, QStringLiteral("client-secret"));
    }

    void rotationSealsEverySecretUnderTheNewKeyAndTheOldOneNoLongerOpensThem()
    {
        const SecretKey oldKey = SecretKey::generate();
        const SecretKey newKey = SecretKey::generate();
        DatabaseSecretStore store(*m_database);
        store.setKey(oldKey);
        test::SecretWaiter waiter;
        for (int i = 1; i <= 5; ++i) {
            QVERIFY(waiter.write(store, SecretKeys::integrationConsumerSecret(i), QStringLiteral("cs_%1").arg(i)).ok());
        }
        QVERIFY(waiter.write(store, SecretKeys::accountClientSecret(1), QStringLiteral("client")).ok());
        const QStringList before = rows(*m_database);

        QString error;
        QCOMPARE(store.rotate(newKey, &error), 6);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList after = rows(*m_database);
        QCOMPARE(after.size(), 6);
        for (int i = 0; i < after.size(); ++i) {
            QVERIFY(after.at(i).section(QLatin1Char('|'), 1, 1) == newKey.id());
            QVERIFY(after.at(i).section(QLatin1Char('|'), 3) != before.at(i).section(QLatin1Char('|'), 3));
        }
        // The rotating store goes on with the new key.
        QCOMPARE(waiter.read(store, SecretKeys::integrationConsumerSecret(3)).secret, QStringLiteral("cs_3"));

        DatabaseSecretStore withOld(*m_database);
        withOld.setKey(oldKey);
        QVERIFY(!withOld.checkKey(&error));
        for (int i = 1; i <= 5; ++i) {
            const SecretResult old = waiter.read(withOld, SecretKeys::integrationConsumerSecret(i));
            QCOMPARE(old.status, SecretResult::Status::Failed);
            QVERIFY(old.secret.isEmpty());
        }
        DatabaseSecretStore withNew(*m_database);
        withNew.setKey(newKey);
        QVERIFY2(withNew.checkKey(&error), qPrintable(error));
        QCOMPARE(waiter.read(withNew, SecretKeys::accountClientSecret(1)).secret, QStringLiteral("client"));

        // Repeated (say, after a crash before the command reported), it has nothing left to do.
        DatabaseSecretStore again(*m_database);
        again.setKey(oldKey);
        QCOMPARE(again.rotate(newKey, &error), 6);
        QCOMPARE(rows(*m_database), after);
    }

    void aRotationThatCannotOpenOneSecretChangesNothing()
    {
        const SecretKey oldKey = SecretKey::generate();
        DatabaseSecretStore store(*m_database);
        store.setKey(oldKey);
        test::SecretWaiter waiter;
        QVERIFY(waiter.write(store, SecretKeys::integrationConsumerSecret(1), QStringLiteral("one")).ok());
        QVERIFY(waiter.write(store, SecretKeys::integrationConsumerSecret(2), QStringLiteral("two")).ok());
        QVERIFY(exec(*m_database,
                     QStringLiteral("UPDATE secrets SET sealed = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAA' WHERE name = '%1'")
                         .arg(SecretKeys::integrationConsumerSecret(2))));
        const QStringList before = rows(*m_database);
        QString error;
        QCOMPARE(store.rotate(SecretKey::generate(), &error), -1);
        QVERIFY2(error.contains(QStringLiteral("Nothing was changed")), qPrintable(error));
        QCOMPARE(rows(*m_database), before);
        QCOMPARE(waiter.read(store, SecretKeys::integrationConsumerSecret(1)).secret, QStringLiteral("one"));
    }

    void withoutAKeyEveryOperationSaysSoAndStoresNothing()
    {
        DatabaseSecretStore store(*m_database);
        test::SecretWaiter waiter;
        // Operations wait for the key's fate (the keychain may answer later)…
        std::optional<SecretResult> early;
        store.write(kName, kSecret, this, [&early](const SecretResult &result) { early = result; });
        QTest::qWait(50);
        QVERIFY(!early);
        const QString sentence = QStringLiteral("Wharf has no key for the secrets in its database.");
        store.setKeyMissing(sentence);
        QTRY_VERIFY(early);
        QCOMPARE(early->status, SecretResult::Status::Unavailable);
        QCOMPARE(early->message, sentence);
        const SecretResult read = waiter.read(store, kName);
        QCOMPARE(read.status, SecretResult::Status::Unavailable);
        QCOMPARE(read.message, sentence);
        QString error;
        QVERIFY(!store.checkKey(&error));
        QCOMPARE(error, sentence);
        QCOMPARE(store.rotate(SecretKey::generate(), &error), -1);
        QVERIFY(rows(*m_database).isEmpty());
        QVERIFY(!everyByteIn(dir()).contains(kSecret.toUtf8()));
    }

    void operationsThatWaitedRunOnceTheKeyComes()
    {
        DatabaseSecretStore store(*m_database);
        std::optional<SecretResult> written;
        store.write(kName, kSecret, this, [&written](const SecretResult &result) { written = result; });
        store.setKey(SecretKey::generate());
        QTRY_VERIFY(written);
        QVERIFY(written->ok());
        test::SecretWaiter waiter;
        QCOMPARE(waiter.read(store, kName).secret, kSecret);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseSecretStore)
#include "tst_databasesecretstore.moc"
