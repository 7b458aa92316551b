#pragma once

#include "core/secrets/secretkey.h"
#include "core/secrets/secretstore.h"

#include <QList>

#include <optional>

namespace wharf {

class Database;

// Server mode's secrets: kept in the database (table `secrets`), each sealed on its own with
// libsodium's XChaCha20-Poly1305 (a random nonce per secret, its name bound as associated data so
// that a sealed value cannot be moved to another row) under a master key that never enters the
// database. Each row names the key that sealed it by the key's id, so that a worker given the
// wrong key says so and rotation knows what is left to do.
//
// Until setKey() or setKeyMissing() is called, operations wait (the key may come from the keychain,
// which answers later); without a key every operation fails with a sentence, and nothing is
// ever stored or returned in clear.
class DatabaseSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit DatabaseSecretStore(const Database &database, QObject *parent = nullptr);
    ~DatabaseSecretStore() override;

    void setKey(const SecretKey &key);
    // No key could be had: `sentence` says why and what to do; every operation answers with it.
    void setKeyMissing(const QString &sentence);
    bool hasKey() const { return m_key.has_value(); }

    // True when every secret in the database was sealed under this store's key (or there are none);
    // otherwise false with a sentence naming the key ids.
    bool checkKey(QString *error) const;
    // Seals every secret again under `newKey`, in one transaction: all or none. The number of
    // secrets now under the new key, or -1 with a sentence (then nothing changed). Afterwards this
    // store uses the new key.
    int rotate(const SecretKey &newKey, QString *error);

    void read(const QString &key, const QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, const QObject *context, Callback done) override;
    void remove(const QString &key, const QObject *context, Callback done) override;
    QString description() const override;
    Place place() const override { return Place::Database; }

private:
    enum class KeyState { Waiting, Present, Missing };

    SecretResult readNow(const QString &key) const;
    SecretResult writeNow(const QString &key, const QString &secret) const;
    SecretResult removeNow(const QString &key) const;
    // Runs `operation` now, or when the key's fate is known.
    void whenKeyKnown(std::function<SecretResult()> operation, const QObject *context, Callback done);
    void deliver(const QObject *context, Callback done, const SecretResult &result);

    const Database &m_database;
    KeyState m_state = KeyState::Waiting;
    std::optional<SecretKey> m_key;
    QString m_missingSentence;
    QList<std::function<void()>> m_waiting;
};

} // namespace wharf
