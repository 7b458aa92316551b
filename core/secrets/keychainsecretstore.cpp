#include "core/secrets/keychainsecretstore.h"

#include "core/logging.h"
#include "core/threadinbox.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace wharf {

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

QString KeychainSecretStore::storedKey(const QString &key) const
{
    return m_folderId.isEmpty() ? key : m_folderId + QLatin1Char('/') + key;
}

void KeychainSecretStore::deliver(const QObject *context, Callback done, const SecretResult &result)
{
    // ThreadInbox, not a queued invokeMethod: the caller is often on the engine's thread, and
    // ThreadSanitizer can follow the hand-over only there. It drops the call once `context` is gone.
    ThreadInbox::post(context, [done = std::move(done), result] { done(result); });
}

void KeychainSecretStore::read(const QString &key, const QObject *context, Callback done)
{
    if (m_folderId.isEmpty()) {
        start(Operation::Read, key, {}, context, std::move(done), false);
        return;
    }
    QPointer<const QObject> guard(context);
    auto moveLegacy = [this, key, guard](Callback answer, SecretResult missing) {
        // Written before keys carried the data folder's id: copied under the id. Each step waits
        // for the one before, so that no job of this store is left running when its caller is done.
        start(
            Operation::Read, key, {}, this,
            [this, key, guard, answer = std::move(answer), missing](const SecretResult &legacy) mutable {
                if (!guard)
                    return;
                if (!legacy.ok()) {
                    deliver(guard.data(), std::move(answer), missing);
                    return;
                }
                start(
                    Operation::Write, storedKey(key), legacy.secret, this,
                    [this, key, guard, answer = std::move(answer), legacy](const SecretResult &moved) mutable {
                        if (!moved.ok()) {
                            if (guard)
                                deliver(guard.data(), std::move(answer), legacy);
                            return;
                        }
                        // Copied, not moved: before the id, every data folder used these keys,
                        // so another folder may need the same entry too.
                        qCInfo(lcSecrets) << "keychain entry" << key << "copied under the data folder id";
                        if (guard)
                            deliver(guard.data(), std::move(answer), legacy);
                    },
                    false);
            },
            false);
    };
    start(
        Operation::Read, storedKey(key), {}, this,
        [this, guard, done = std::move(done), moveLegacy](const SecretResult &result) mutable {
            if (!guard)
                return;
            if (result.status != SecretResult::Status::Missing) {
                deliver(guard.data(), std::move(done), result);
                return;
            }
            moveLegacy(std::move(done), result);
        },
        false);
}

void KeychainSecretStore::write(const QString &key, const QString &secret, const QObject *context, Callback done)
{
    start(Operation::Write, storedKey(key), secret, context, std::move(done), false);
}

void KeychainSecretStore::remove(const QString &key, const QObject *context, Callback done)
{
    // Only this data folder's entry: an entry of before the id may still be another folder's.
    start(Operation::Remove, storedKey(key), {}, context, std::move(done), false);
}

QString KeychainSecretStore::description() const
{
    return tr("the system keychain (service \"%1\")").arg(m_service);
}

void KeychainSecretStore::start(Operation operation, const QString &key, const QString &secret, const QObject *context,
                                Callback done, bool isRetry)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service, this);
        writeJob->setTextData(secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    // Never: a secret written to a plain file is a secret leaked.
    job->setInsecureFallback(false);

    QPointer<const QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, key, secret, guard, done = std::move(done), isRetry](QKeychain::Job *finished) mutable {
                const QKeychain::Error error = finished->error();
                const bool backendNotUp = error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
                if (backendNotUp && !isRetry && guard) {
                    qCInfo(lcSecrets) << "keychain not answering for" << key << "- trying once more in"
                                      << m_retryDelay.count() << "ms:" << finished->errorString();
                    QTimer::singleShot(m_retryDelay, this,
                                       [this, operation, key, secret, guard, done = std::move(done)]() mutable {
                                           if (guard)
                                               start(operation, key, secret, guard.data(), std::move(done), true);
                                       });
                    return;
                }

                SecretResult result;
                switch (error) {
                case QKeychain::NoError:
                    if (operation == Operation::Read)
                        result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                    break;
                case QKeychain::EntryNotFound:
                    // Deleting what is not there leaves the wanted state: gone.
                    if (operation != Operation::Remove) {
                        result.status = SecretResult::Status::Missing;
                        result.message = tr("The keychain has no secret for this entry; enter it again.");
                    }
                    break;
                case QKeychain::AccessDenied:
                case QKeychain::AccessDeniedByUser:
                    result.status = SecretResult::Status::Denied;
                    result.message = tr("The keychain refused access. Unlock it or allow Wharf to use it, then try "
                                        "again.");
                    break;
                case QKeychain::NoBackendAvailable:
                case QKeychain::NotImplemented:
                    result.status = SecretResult::Status::Unavailable;
                    result.message = tr("No keychain is available, so Wharf cannot store secrets. Start your "
                                        "desktop's keychain (Secret Service, such as GNOME Keyring or KWallet) and "
                                        "try again.");
                    break;
                case QKeychain::CouldNotDeleteEntry:
                case QKeychain::OtherError:
                    result.status = SecretResult::Status::Failed;
                    result.message = tr("The keychain did not answer as expected (%1). Check that it is running and "
                                        "unlocked, then try again.")
                                         .arg(finished->errorString());
                    break;
                }
                if (result.status != SecretResult::Status::Ok && result.status != SecretResult::Status::Missing)
                    qCWarning(lcSecrets) << "keychain operation on" << key << "failed:" << finished->errorString();

                if (!guard)
                    return;
                ThreadInbox::post(guard.data(), [done = std::move(done), result = std::move(result)] { done(result); });
            });
    job->start();
}

} // namespace wharf
