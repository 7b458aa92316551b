#include "core/store/commandrepository.h"

namespace wharf {

namespace {
constexpr auto kColumns = "id, integration_id, order_link_id, kind, requested_by, requested_at, taken_by, finished_at, "
                          "ok, message, done_by, result";

EngineCommand commandFrom(const QSqlQuery &query)
{
    EngineCommand command;
    command.id = query.value(0).toLongLong();
    command.integrationId = query.value(1).toLongLong();
    command.orderLinkId = query.value(2).toLongLong();
    command.kind = EngineCommand::kindFromKey(query.value(3).toString());
    command.requestedBy = query.value(4).toString();
    command.requestedAt = Repository::timeFrom(query.value(5));
    command.takenBy = query.value(6).toString();
    command.finishedAt = Repository::timeFrom(query.value(7));
    command.ok = query.value(8).toInt() != 0;
    command.message = query.value(9).toString();
    command.doneBy = query.value(10).toString();
    command.result = query.value(11).toString();
    return command;
}
} // namespace

bool CommandRepository::insert(EngineCommand &command) const
{
    command.requestedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query = prepare(QStringLiteral("INSERT INTO engine_commands (integration_id, order_link_id, kind, "
                                             "requested_by, requested_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(command.integrationId);
    query.addBindValue(command.orderLinkId);
    query.addBindValue(EngineCommand::kindKey(command.kind));
    query.addBindValue(command.requestedBy);
    query.addBindValue(timeValue(command.requestedAt));
    if (!exec(query))
        return false;
    command.id = query.lastInsertId().toLongLong();
    return true;
}

bool CommandRepository::take(qint64 commandId, const QString &ownerId) const
{
    QSqlQuery query =
        prepare(QStringLiteral("UPDATE engine_commands SET taken_by = ? WHERE id = ? AND taken_by = '' AND finished_at "
                               "IS NULL"));
    query.addBindValue(ownerId);
    query.addBindValue(commandId);
    return exec(query) && query.numRowsAffected() == 1;
}

bool CommandRepository::finish(const EngineCommand &command) const
{
    QSqlQuery query = prepare(QStringLiteral(
        "UPDATE engine_commands SET finished_at = ?, ok = ?, message = ?, done_by = ?, result = ? WHERE id = ? AND "
        "finished_at IS NULL"));
    query.addBindValue(timeValue(command.finishedAt.isValid() ? command.finishedAt : QDateTime::currentDateTimeUtc()));
    query.addBindValue(command.ok ? 1 : 0);
    query.addBindValue(command.message);
    query.addBindValue(command.doneBy);
    query.addBindValue(command.result);
    query.addBindValue(command.id);
    return exec(query);
}

std::optional<EngineCommand> CommandRepository::find(qint64 id) const
{
    QSqlQuery query =
        prepare(QStringLiteral("SELECT %1 FROM engine_commands WHERE id = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return commandFrom(query);
}

QList<EngineCommand> CommandRepository::open() const
{
    QList<EngineCommand> commands;
    QSqlQuery query =
        prepare(QStringLiteral("SELECT %1 FROM engine_commands WHERE finished_at IS NULL AND taken_by = '' "
                               "ORDER BY id")
                    .arg(QLatin1String(kColumns)));
    if (!exec(query))
        return commands;
    while (query.next())
        commands.append(commandFrom(query));
    return commands;
}

bool CommandRepository::reofferAbandoned(qint64 integrationId, const QString &newOwnerId) const
{
    QSqlQuery query = prepare(QStringLiteral("UPDATE engine_commands SET taken_by = '' WHERE integration_id = ? AND "
                                             "taken_by <> '' AND taken_by <> ? AND finished_at IS NULL"));
    query.addBindValue(integrationId);
    query.addBindValue(newOwnerId);
    return exec(query);
}

} // namespace wharf
