#pragma once

#include "core/model/integration.h"

#include <QObject>

#include <functional>

namespace wharf {

class Database;
class SecretStore;

// Saves, reconfigures and deletes integrations together with their consumer secrets, so that the
// database row and the keychain entry are never left half-saved: a secret the keychain refuses
// leaves no integration behind, and the user gets the keychain's sentence.
class IntegrationRegistry : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;
        Integration integration;
        QString message; // why it failed, for people
    };
    using Callback = std::function<void(const Outcome &)>;

    IntegrationRegistry(const Database &database, SecretStore &secrets, QObject *parent = nullptr);

    // A new integration: the row is written as a draft, then the secret; the draft is removed
    // again if the keychain refuses.
    void add(Integration integration, const QString &consumerSecret, Callback done);
    // Reconfigure: an empty secret keeps the stored one.
    void update(Integration integration, const QString &newConsumerSecret, Callback done);
    // Delete Integration: billing stops at this moment; the history stays readable; the secret
    // leaves the keychain.
    void remove(qint64 integrationId, Callback done);

Q_SIGNALS:
    void integrationAdded(const wharf::Integration &integration);
    void integrationUpdated(const wharf::Integration &integration);
    void integrationRemoved(qint64 integrationId);

private:
    bool validate(const Integration &integration, QString *message) const;

    const Database &m_database;
    SecretStore &m_secrets;
};

} // namespace wharf
