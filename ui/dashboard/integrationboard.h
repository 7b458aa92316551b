#pragma once

#include "core/model/integration.h"
#include "core/sync/integrationstatus.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace wharf {

class Database;
class EngineControl;
class IntegrationRegistry;

// What the dashboard knows of every integration: its row from the database and the status the
// engine last reported for it. The customers list, the integrations table and the tray read from
// here, so they all agree, and each engine signal is handled once.
class IntegrationBoard : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        Integration integration;
        IntegrationStatus status;
    };

    // `registry` may be null (then additions and deletions are learnt from reload() only).
    IntegrationBoard(const Database &database, EngineControl &engine, IntegrationRegistry *registry,
                     QObject *parent = nullptr);

    // Reads every integration (deleted ones too) and what the database knows of its orders.
    void reload();
    // Re-reads one integration, after the wizard saved it or it was deleted.
    void reloadIntegration(qint64 integrationId);

    std::optional<Entry> entry(qint64 integrationId) const;
    // A deleted integration reports Paused here: it is not live and it does nothing.
    Health health(qint64 integrationId) const;
    QList<Entry> entries() const;
    QList<Entry> forCustomer(qint64 accountId, const QString &customerId, bool includeDeleted) const;

Q_SIGNALS:
    void integrationChanged(qint64 integrationId, const QString &customerId);
    void healthChanged(qint64 integrationId, wharf::Health before, wharf::Health after);
    void reset();

private:
    void onStatus(const IntegrationStatus &status);
    IntegrationStatus statusFromDatabase(const Integration &integration) const;

    const Database &m_database;
    QHash<qint64, Entry> m_entries;
};

} // namespace wharf
