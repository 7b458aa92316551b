#pragma once

#include "core/model/integration.h"
#include "core/store/repository.h"

#include <QHash>
#include <QList>

#include <optional>
#include <utility>

namespace wharf {

// Integrations, including deleted ones: a deleted integration keeps its row (deleted_at set) so
// that its history and its billing stay readable.
class IntegrationRepository : public Repository
{
public:
    using Repository::Repository;

    bool insert(Integration &integration) const; // sets id, createdAt, updatedAt
    // The user's settings only (sets updatedAt); health is the engine's, through setHealth().
    bool update(Integration &integration) const;
    bool setHealth(qint64 id, Health health, const QString &reason) const;
    // An integration left without its store (migration 4: another live one served it) takes it,
    // when no live integration serves it any more.
    bool claimStore(qint64 id) const;
    bool setLastSync(qint64 id, const QDateTime &lastSync, const QDateTime &lastSuccess) const;
    // When the engine last sent stock to the store (not a setting: no revision bump).
    bool setStockSyncedAt(qint64 id, const QDateTime &at) const;
    // Deletes: billing's period ends, the row and its links stay (the store's history).
    bool markDeleted(qint64 id, const QDateTime &at) const;
    // Brings a deleted integration back with these settings: its links, cursors and history
    // are the store's and come with it; a new billing period starts at `at`.
    bool restore(Integration &integration, const QDateTime &at) const;
    // Removes a draft that never went live (a save whose secret could not be stored).
    bool removeDraft(qint64 id) const;

    std::optional<Integration> find(qint64 id) const;
    QList<Integration> all(bool includeDeleted = false) const;
    QList<Integration> forCustomer(qint64 accountId, const QString &customerId, bool includeDeleted = false) const;
    // True when the customer already has a live (not deleted) integration of that name, ignoring
    // case and surrounding spaces; `exceptId` lets Reconfigure keep its own name.
    // The store's live integration, or the one that served it last before being deleted.
    std::optional<Integration> liveForStore(const QString &storeKey) const;
    std::optional<Integration> deletedForStore(const QString &storeKey) const;
    // id → settings revision of every live integration: what an engine compares each tick.
    QHash<qint64, qint64> settingsRevisions(bool *ok) const;
    bool nameTaken(qint64 accountId, const QString &customerId, const QString &name, qint64 exceptId = 0) const;

private:
    std::optional<std::pair<qint64, QString>> ensureStore(const QString &storeKey) const;
    bool startPeriod(qint64 integrationId, const QDateTime &at) const;
    QList<Integration> select(const QString &where, const QVariantList &values) const;
};

} // namespace wharf
