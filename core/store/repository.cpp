#include "core/store/repository.h"

#include "core/logging.h"
#include "core/store/database.h"
#include "core/store/sqldialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace wharf {

Repository::Repository(const Database &database)
    : m_database(database)
{
}

QSqlQuery Repository::prepare(const QString &sql) const
{
    QSqlQuery query(m_database.connection());
    if (!query.prepare(sql)) {
        m_error = QCoreApplication::translate("wharf::Repository", "Wharf could not read or write its data file: %1.")
                      .arg(query.lastError().text());
        qCWarning(lcStore) << "prepare failed:" << query.lastError().text();
    }
    return query;
}

bool Repository::exec(QSqlQuery &query) const
{
    // A null QString binds as SQL NULL; Wharf's text columns mean "empty" by it. Real NULLs (an
    // unset time) are bound as an invalid QVariant and are left alone.
    const QVariantList values = query.boundValues();
    // Flags live in integer columns (0/1) on both databases; PostgreSQL would refuse a boolean there.
    for (int i = 0; i < values.size(); ++i) {
        if (values.at(i).typeId() == QMetaType::QString && values.at(i).toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else if (values.at(i).typeId() == QMetaType::Bool)
            query.bindValue(i, values.at(i).toBool() ? 1 : 0);
    }
    if (query.exec()) {
        m_error.clear();
        return true;
    }
    m_error = QCoreApplication::translate("wharf::Repository", "Wharf could not read or write its data file: %1.")
                  .arg(query.lastError().text());
    qCWarning(lcStore) << "query failed:" << query.lastError().text();
    return false;
}

bool Repository::transaction() const
{
    QSqlDatabase db = m_database.connection();
    return SqlDialect::of(db).beginExclusive(db);
}

bool Repository::commit() const
{
    QSqlDatabase db = m_database.connection();
    if (db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery end(db);
        return end.exec(QStringLiteral("COMMIT"));
    }
    return db.commit();
}

void Repository::rollback() const
{
    QSqlDatabase db = m_database.connection();
    if (db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery end(db);
        end.exec(QStringLiteral("ROLLBACK"));
        return;
    }
    db.rollback();
}

QVariant Repository::timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Repository::timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    // Stored with a trailing Z, so the parse already yields UTC.
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace wharf
