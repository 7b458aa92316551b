#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>

namespace wharf {

// The master key that server-mode secrets are encrypted under (DatabaseSecretStore): 32 random
// bytes, and an id derived from them that may be shown and stored, so that each row says which key
// sealed it and rotation knows what is left to do. The bytes are wiped when the key is destroyed.
class SecretKey
{
public:
    static constexpr int kSize = 32;
    // The systemd credential (LoadCredential=wharf-key:…) looked for in $CREDENTIALS_DIRECTORY.
    static constexpr auto kCredentialName = "wharf-key";

    SecretKey();
    ~SecretKey();
    SecretKey(const SecretKey &other);
    SecretKey &operator=(const SecretKey &other);

    // A new key from the system's random source.
    static SecretKey generate();
    // Raw 32 bytes, or their Base64 (surrounding white space ignored); nullopt with a sentence
    // otherwise. `source` names where the bytes came from, for that sentence.
    static std::optional<SecretKey> fromBytes(const QByteArray &bytes, const QString &source, QString *error);
    // A key file given on the command line: refused with a sentence unless only its owner can
    // read it, since a key that others can read protects nothing.
    static std::optional<SecretKey> fromFile(const QString &path, QString *error);
    // The systemd credential, when the service manager handed one over; nullopt without an error
    // when there is none.
    static std::optional<SecretKey> fromCredential(QString *error);

    // 16 hex digits: a keyed BLAKE2b hash of a fixed text under the key, which tells keys apart
    // without revealing anything about them.
    QString id() const { return m_id; }
    const unsigned char *data() const { return m_bytes.data(); }
    // The key as Base64 text, for a key file or the keychain. The caller wipes it when done.
    QByteArray toBase64() const;

private:
    static std::optional<SecretKey> read(const QString &path, bool checkMode, QString *error);
    void computeId();

    std::array<unsigned char, kSize> m_bytes {};
    QString m_id;
};

} // namespace wharf
