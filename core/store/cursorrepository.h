#pragma once

#include "core/store/repository.h"

namespace wharf {

// Named positions an integration's sync has reached ("woo.modified", "wms.modified" …): the
// engine resumes from these after any stop.
class CursorRepository : public Repository
{
public:
    using Repository::Repository;

    QString value(qint64 integrationId, const QString &name) const; // empty when never set
    bool setValue(qint64 integrationId, const QString &name, const QString &value) const;
};

} // namespace wharf
