#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace wharf {

// The few places where SQLite and PostgreSQL speak differently, kept here so that the schema, its
// migrations and every repository's SQL are written once. Statements are written in the portable
// subset both read the same way; what is not portable is asked of this class.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {
    }
    static SqlDialect of(const QSqlDatabase &db);
    static QString driverFor(Kind kind);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }

    // A migration's DDL is written for SQLite, where every integer is 64-bit and "INTEGER PRIMARY
    // KEY" numbers rows by itself. PostgreSQL's INTEGER is 32-bit (lease expiries in milliseconds
    // do not fit) and needs an identity column for the same numbering.
    QString ddl(const QString &statement) const;

    // An SQL expression: the database's own clock in milliseconds since the epoch. Workers on
    // several machines compare leases by this one clock rather than by each machine's.
    QString nowMsExpression() const;

    // Starts a write transaction that excludes every other writer until it ends, as SQLite's
    // BEGIN IMMEDIATE does: code that reads and then writes in one transaction may rely on it.
    bool beginExclusive(QSqlDatabase &db) const;

    // Another writer held the database too long, or a concurrent transaction had to give way:
    // "locked, try again", the same answer on both.
    bool isBusy(const QSqlError &error) const;

    // The schema version: SQLite's PRAGMA user_version, a one-row table on PostgreSQL.
    bool ensureVersionTable(QSqlDatabase &db) const;
    int schemaVersion(QSqlDatabase &db, QSqlError *error) const;
    bool setSchemaVersion(QSqlDatabase &db, int version) const;
    // A migration's transaction: only one process migrates at a time, and the others then find
    // the version already moved on.
    bool beginMigration(QSqlDatabase &db) const;

private:
    Kind m_kind;
};

} // namespace wharf
