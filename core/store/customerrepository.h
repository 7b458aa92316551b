#pragma once

#include "core/model/customer.h"
#include "core/store/repository.h"

#include <QList>

#include <optional>

namespace wharf {

// The customers of an account, as last read from CartonCloud, with the account owner's
// per-customer permission to self-manage integrations (which is Wharf's, not CartonCloud's).
class CustomerRepository : public Repository
{
public:
    using Repository::Repository;

    // Inserts or renames; keeps the permission of a customer already known.
    bool upsert(const Customer &customer) const;
    bool setMaySelfManage(qint64 accountId, const QString &customerId, bool allowed) const;
    std::optional<Customer> find(qint64 accountId, const QString &customerId) const;
    QList<Customer> forAccount(qint64 accountId) const;
};

} // namespace wharf
