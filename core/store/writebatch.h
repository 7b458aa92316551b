#pragma once

#include "core/store/repository.h"

namespace wharf {

// Many writes of one step in one transaction: one sync to disk instead of one per row (a cycle
// that takes in 500 orders writes 1,000 rows). Committed when it goes out of scope; if the
// transaction cannot begin (the file is busy), the writes simply go one by one, as before.
// Only for loops that make no network call: the write lock is held throughout.
class WriteBatch : private Repository
{
public:
    explicit WriteBatch(const Database &database);
    ~WriteBatch();
    WriteBatch(const WriteBatch &) = delete;
    WriteBatch &operator=(const WriteBatch &) = delete;

    bool isOpen() const { return m_open; }
    bool commit();

private:
    bool m_open = false;
};

} // namespace wharf
