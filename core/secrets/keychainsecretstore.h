#pragma once

#include "core/secrets/secretstore.h"

#include <chrono>

namespace wharf {

// Secrets in the operating system's keychain through QtKeychain (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows). The plaintext fallback is never enabled:
// where no keychain answers, Wharf says so and stores nothing.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr auto kServiceName = "Wharf";

    // `service` lets tests keep their entries apart from a real installation's.
    explicit KeychainSecretStore(QString service = QString::fromLatin1(kServiceName), QObject *parent = nullptr);

    void read(const QString &key, const QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, const QObject *context, Callback done) override;
    void remove(const QString &key, const QObject *context, Callback done) override;
    QString description() const override;
    Place place() const override { return Place::Keychain; }

    // Keys are kept under this data folder's id ("<id>/v1/integration/5/consumer-secret"), so that
    // two Wharf data folders (--data-dir) on one desk never overwrite or delete each other's
    // secrets. An entry found only under the key of before (no id) is copied under the id on first
    // read, and left where it was: another data folder may need it too.
    void setDataFolderId(const QString &id) { m_folderId = id; }
    QString storedKey(const QString &key) const;

    // At login the Secret Service may not be up yet: an operation that finds no backend is tried
    // once more after this delay (Nextcloud's client does the same, for the same reason).
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

private:
    enum class Operation { Read, Write, Remove };
    void start(Operation operation, const QString &key, const QString &secret, const QObject *context, Callback done,
               bool isRetry);

    void deliver(const QObject *context, Callback done, const SecretResult &result);

    QString m_service;
    QString m_folderId;
    std::chrono::milliseconds m_retryDelay {std::chrono::seconds(3)};
};

} // namespace wharf
