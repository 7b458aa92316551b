#pragma once

#include "core/model/enginecommand.h"
#include "core/store/repository.h"

#include <QList>

#include <optional>

namespace wharf {

// The engine commands table: asked by one process, taken and answered by the integration's owner.
class CommandRepository : public Repository
{
public:
    using Repository::Repository;

    bool insert(EngineCommand &command) const; // sets id and requestedAt
    // Claims an open command for `ownerId`; false when another engine took it first.
    bool take(qint64 commandId, const QString &ownerId) const;
    bool finish(const EngineCommand &command) const;

    std::optional<EngineCommand> find(qint64 id) const;
    // Commands nobody has taken yet, oldest first.
    QList<EngineCommand> open() const;
    // Commands of an integration taken by an owner that did not answer them (it died, and
    // `newOwnerId` took the integration over): offered again instead of lost.
    bool reofferAbandoned(qint64 integrationId, const QString &newOwnerId) const;
};

} // namespace wharf
