#pragma once

#include "core/model/wmsaccount.h"
#include "core/store/repository.h"

#include <QList>

#include <optional>

namespace wharf {

// The CartonCloud accounts Wharf works through (no secrets: those are in the keychain).
class AccountRepository : public Repository
{
public:
    using Repository::Repository;

    bool insert(WmsAccount &account) const; // sets account.id
    bool update(const WmsAccount &account) const;
    // Removes an account that never worked (its secret could not be stored) with its customers;
    // refused while any integration, even a deleted one, still refers to it.
    bool remove(qint64 id) const;
    std::optional<WmsAccount> find(qint64 id) const;
    QList<WmsAccount> all() const;
};

} // namespace wharf
