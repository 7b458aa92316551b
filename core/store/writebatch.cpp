#include "core/store/writebatch.h"

#include "core/logging.h"

namespace wharf {

WriteBatch::WriteBatch(const Database &database)
    : Repository(database)
    , m_open(transaction())
{
    if (!m_open)
        qCInfo(lcStore) << "writing without a batch:" << errorString();
}

WriteBatch::~WriteBatch()
{
    commit();
}

bool WriteBatch::commit()
{
    if (!m_open)
        return true;
    m_open = false;
    if (Repository::commit())
        return true;
    qCWarning(lcStore) << "a batch of writes could not be committed";
    rollback();
    return false;
}

} // namespace wharf
