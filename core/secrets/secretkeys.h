#pragma once

#include <QString>

namespace wharf::SecretKeys {

// Keys are versioned so that a later change of layout can migrate entries instead of losing them.
inline QString integrationConsumerSecret(qint64 integrationId)
{
    return QStringLiteral("v1/integration/%1/consumer-secret").arg(integrationId);
}

inline QString accountClientSecret(qint64 accountId)
{
    return QStringLiteral("v1/account/%1/client-secret").arg(accountId);
}

// Server mode's master key (DatabaseSecretStore), in a desk's keychain: for a window or command
// that opens the shared database without a key file. Never in the database itself.
inline QString serverSecretsMasterKey()
{
    return QStringLiteral("v1/server-secrets/master-key");
}

// Never written: SecretStore::probe() reads it to learn whether the keychain answers at all.
inline QString probe()
{
    return QStringLiteral("v1/probe");
}

} // namespace wharf::SecretKeys
