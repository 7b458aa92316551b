#pragma once

#include "core/secrets/secretstore.h"

#include <QHash>

namespace wharf {

// Secrets kept in memory only: for unit tests, and for the demo where it is labelled as such.
// Results are delivered asynchronously, as the keychain's are, so code cannot come to rely on a
// synchronous answer. setUnavailable() makes it behave like a keychain that does not answer.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, const QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, const QObject *context, Callback done) override;
    void remove(const QString &key, const QObject *context, Callback done) override;
    QString description() const override;
    Place place() const override { return m_place; }
    // Tests of what people are told about where secrets go: this store stands in for that place.
    void setPlace(Place place) { m_place = place; }

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    int count() const { return int(m_secrets.size()); }

private:
    void deliver(const QObject *context, Callback done, SecretResult result);

    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
    Place m_place = Place::Memory;
};

} // namespace wharf
