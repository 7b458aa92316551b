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
        QString message; // why it failed (or, for a restore, what it means for billing), for people
        // add() refused because a deleted integration served this store: restore() it instead, so
        // that its links, cursors and history come back and no order is sent twice.
        qint64 restorableId = 0;
    };
    using Callback = std::function<void(const Outcome &)>;

    IntegrationRegistry(const Database &database, SecretStore &secrets, QObject *parent = nullptr);

    // A new integration: the row is written as a draft, then the secret; the draft is removed
    // again if the keychain refuses.
    void add(Integration integration, const QString &consumerSecret, Callback done);
    // Brings back the deleted integration `integration.id` with the settings in `integration`
    // (the wizard's): the store's order links, cursors and history are kept, so an order sent
    // before is never sent again; a new billing period starts, and a week already charged for
    // this store is not charged again (the message says so).
    void restore(Integration integration, const QString &consumerSecret, Callback done);
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
    // One live integration per store: the sentence that refuses a second one, naming the
    // customer and the integration that serves it, or empty when the store is free.
    QString storeTaken(const Integration &integration, qint64 *restorableId) const;

    const Database &m_database;
    SecretStore &m_secrets;
};

} // namespace wharf
