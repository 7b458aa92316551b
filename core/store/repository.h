#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace wharf {

class Database;

// What every repository shares: the calling thread's connection, and the last error as a
// sentence. Times are stored as UTC ISO 8601 text so that the file reads the same everywhere.
class Repository
{
public:
    explicit Repository(const Database &database);

    QString errorString() const { return m_error; }

    static QVariant timeValue(const QDateTime &time);
    static QDateTime timeFrom(const QVariant &value);

protected:
    QSqlQuery prepare(const QString &sql) const;
    bool exec(QSqlQuery &query) const;
    bool transaction() const;
    bool commit() const;
    void rollback() const;

    const Database &m_database;
    mutable QString m_error;
};

} // namespace wharf
