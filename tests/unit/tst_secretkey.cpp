#include "core/secrets/secretkey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wharf;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes, QFile::Permissions mode)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    QFile::setPermissions(path, mode);
    return path;
}

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

} // namespace

class TestSecretKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rawAndBase64KeysAreTheSameKey()
    {
        QTemporaryDir dir;
        const QByteArray raw = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        QString error;
        const auto fromRaw = SecretKey::fromFile(writeFile(dir, QStringLiteral("raw"), raw, kOwnerOnly), &error);
        QVERIFY2(fromRaw, qPrintable(error));
        const auto fromText =
            SecretKey::fromFile(writeFile(dir, QStringLiteral("text"), raw.toBase64() + "\n", kOwnerOnly), &error);
        QVERIFY2(fromText, qPrintable(error));
        QCOMPARE(fromRaw->id(), fromText->id());
        QCOMPARE(fromRaw->id().size(), 16);
        QCOMPARE(fromRaw->toBase64(), raw.toBase64());
        // The id tells keys apart without being the key.
        QVERIFY(!raw.toHex().contains(fromRaw->id().toLatin1()));
        QVERIFY(SecretKey::generate().id() != fromRaw->id());
        QVERIFY(SecretKey::generate().id() != SecretKey::generate().id());
    }

    void aKeyFileOthersCanReadIsRefusedWithASentence_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("group-readable") << int(kOwnerOnly | QFile::ReadGroup);
        QTest::newRow("world-readable") << int(kOwnerOnly | QFile::ReadOther);
        QTest::newRow("group-writable") << int(kOwnerOnly | QFile::WriteGroup);
    }
    void aKeyFileOthersCanReadIsRefusedWithASentence()
    {
        QFETCH(int, mode);
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, QStringLiteral("key"), SecretKey::generate().toBase64(), QFile::Permissions(mode));
        QString error;
        QVERIFY(!SecretKey::fromFile(path, &error));
        QVERIFY2(error.contains(QStringLiteral("can be read or changed by other users")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("chmod 600 ") + path));
    }

    void aFileThatIsNoKeyIsRefusedWithASentence()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!SecretKey::fromFile(writeFile(dir, QStringLiteral("short"), "too short", kOwnerOnly), &error));
        QVERIFY2(error.contains(QStringLiteral("does not hold a Wharf secret key")), qPrintable(error));
        QVERIFY(!SecretKey::fromFile(dir.filePath(QStringLiteral("absent")), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot read the secret key file")), qPrintable(error));
    }

    // systemd hands the key over in $CREDENTIALS_DIRECTORY/wharf-key; its mode is systemd's.
    void theSystemdCredentialIsFound()
    {
        QTemporaryDir dir;
        const SecretKey key = SecretKey::generate();
        writeFile(dir, QStringLiteral("wharf-key"), key.toBase64(), kOwnerOnly | QFile::ReadGroup);
        QString error;
        qunsetenv("CREDENTIALS_DIRECTORY");
        QVERIFY(!SecretKey::fromCredential(&error));
        QVERIFY(error.isEmpty());
        qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(dir.path()));
        const auto found = SecretKey::fromCredential(&error);
        qunsetenv("CREDENTIALS_DIRECTORY");
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(found->id(), key.id());
    }
};

QTEST_GUILESS_MAIN(TestSecretKey)
#include "tst_secretkey.moc"
