#include "core/store/cursorrepository.h"

namespace wharf {

QString CursorRepository::value(qint64 integrationId, const QString &name) const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT value FROM sync_cursors WHERE integration_id = ? AND name = ?"));
    query.addBindValue(integrationId);
    query.addBindValue(name);
    if (!exec(query) || !query.next())
        return {};
    return query.value(0).toString();
}

bool CursorRepository::setValue(qint64 integrationId, const QString &name, const QString &value) const
{
    QSqlQuery query =
        prepare(QStringLiteral("INSERT INTO sync_cursors (integration_id, name, value) VALUES (?, ?, ?) "
                               "ON CONFLICT (integration_id, name) DO UPDATE SET value = excluded.value"));
    query.addBindValue(integrationId);
    query.addBindValue(name);
    query.addBindValue(value);
    return exec(query);
}

} // namespace wharf
