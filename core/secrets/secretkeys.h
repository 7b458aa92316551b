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

// Never written: SecretStore::probe() reads it to learn whether the keychain answers at all.
inline QString probe()
{
    return QStringLiteral("v1/probe");
}

} // namespace wharf::SecretKeys
