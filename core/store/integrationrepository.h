#pragma once

#include "core/model/integration.h"
#include "core/store/repository.h"

#include <QList>

#include <optional>

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
    bool markDeleted(qint64 id, const QDateTime &at) const;
    // Removes a draft that never went live (a save whose secret could not be stored).
    bool removeDraft(qint64 id) const;

    std::optional<Integration> find(qint64 id) const;
    QList<Integration> all(bool includeDeleted = false) const;
    QList<Integration> forCustomer(qint64 accountId, const QString &customerId, bool includeDeleted = false) const;
    // True when the customer already has a live (not deleted) integration of that name, ignoring
    // case and surrounding spaces; `exceptId` lets Reconfigure keep its own name.
    bool nameTaken(qint64 accountId, const QString &customerId, const QString &name, qint64 exceptId = 0) const;

private:
    QList<Integration> select(const QString &where, const QVariantList &values) const;
};

} // namespace wharf
