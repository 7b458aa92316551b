#include "core/secrets/secretkey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sodium.h>
#include <sys/stat.h>

namespace wharf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wharf::SecretKey", text);
}

// Wipes a buffer that held key material when it goes out of scope, on every path.
struct Wipe
{
    QByteArray &bytes;
    ~Wipe()
    {
        if (!bytes.isEmpty())
            sodium_memzero(bytes.data(), size_t(bytes.size()));
    }
};

} // namespace

SecretKey::SecretKey()
{
    // Idempotent and thread-safe: picks the fastest implementations and seeds the random source.
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
}

SecretKey::~SecretKey()
{
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

SecretKey::SecretKey(const SecretKey &other) = default;
SecretKey &SecretKey::operator=(const SecretKey &other) = default;

SecretKey SecretKey::generate()
{
    SecretKey key;
    randombytes_buf(key.m_bytes.data(), key.m_bytes.size());
    key.computeId();
    return key;
}

std::optional<SecretKey> SecretKey::fromBytes(const QByteArray &bytes, const QString &source, QString *error)
{
    QByteArray decoded;
    Wipe wipeDecoded {decoded};
    if (bytes.size() == kSize) {
        decoded = bytes;
        decoded.detach();
    } else {
        const auto result = QByteArray::fromBase64Encoding(bytes.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (result)
            decoded = *result;
    }
    if (decoded.size() != kSize) {
        *error = tr("%1 does not hold a Wharf secret key: it must hold 32 random bytes or their Base64, such as "
                    "\"wharf secrets generate-key --new-key-file PATH\" writes.")
                     .arg(source);
        return std::nullopt;
    }
    SecretKey key;
    std::memcpy(key.m_bytes.data(), decoded.constData(), kSize);
    key.computeId();
    return key;
}

std::optional<SecretKey> SecretKey::fromFile(const QString &path, QString *error)
{
    return read(path, true, error);
}

std::optional<SecretKey> SecretKey::fromCredential(QString *error)
{
    const QString directory = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (directory.isEmpty())
        return std::nullopt;
    const QString path = QDir(directory).filePath(QString::fromLatin1(kCredentialName));
    if (!QFile::exists(path))
        return std::nullopt;
    // systemd makes the credential readable by the service's user only and keeps it off disk; its
    // mode is systemd's business, not the administrator's.
    return read(path, false, error);
}

std::optional<SecretKey> SecretKey::read(const QString &path, bool checkMode, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat info
    {
    };
    if (::stat(native.constData(), &info) != 0) {
        *error =
            tr("Wharf cannot read the secret key file %1: %2.").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    if (!S_ISREG(info.st_mode)) {
        *error = tr("The secret key file %1 is not a regular file.").arg(path);
        return std::nullopt;
    }
    if (checkMode && (info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        *error = tr("The secret key file %1 can be read or changed by other users (mode %2): make it readable by "
                    "its owner only, with \"chmod 600 %1\", and start Wharf again.")
                     .arg(path)
                     .arg(QString::number(info.st_mode & 0777, 8));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Wharf cannot read the secret key file %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.read(4096);
    Wipe wipe {bytes};
    return fromBytes(bytes, path, error);
}

void SecretKey::computeId()
{
    static const unsigned char label[] = "wharf secret key id v1";
    unsigned char hash[8];
    crypto_generichash(hash, sizeof hash, label, sizeof label - 1, m_bytes.data(), m_bytes.size());
    m_id = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex());
}

QByteArray SecretKey::toBase64() const
{
    QByteArray raw(reinterpret_cast<const char *>(m_bytes.data()), kSize);
    Wipe wipe {raw};
    return raw.toBase64();
}

} // namespace wharf
