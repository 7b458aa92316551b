#include "core/secrets/memorysecretstore.h"

#include "core/threadinbox.h"

#include <QMetaObject>
#include <QPointer>

namespace wharf {

void MemorySecretStore::deliver(const QObject *context, Callback done, SecretResult result)
{
    if (m_unavailable) {
        result = {SecretResult::Status::Unavailable,
                  {},
                  tr("No keychain is available, so Wharf cannot store secrets. Start your desktop's keychain "
                     "(Secret Service) and try again.")};
    }
    ThreadInbox::post(context, [done = std::move(done), result = std::move(result)] { done(result); });
}

void MemorySecretStore::read(const QString &key, const QObject *context, Callback done)
{
    SecretResult result;
    if (!m_unavailable) {
        const auto found = m_secrets.constFind(key);
        if (found == m_secrets.cend())
            result = {SecretResult::Status::Missing, {}, tr("No secret is stored for this entry.")};
        else
            result.secret = *found;
    }
    deliver(context, std::move(done), result);
}

void MemorySecretStore::write(const QString &key, const QString &secret, const QObject *context, Callback done)
{
    if (!m_unavailable)
        m_secrets.insert(key, secret);
    deliver(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString &key, const QObject *context, Callback done)
{
    if (!m_unavailable)
        m_secrets.remove(key);
    deliver(context, std::move(done), {});
}

QString MemorySecretStore::description() const
{
    return tr("memory only (demo): secrets are forgotten when Wharf quits");
}

} // namespace wharf
