#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace wharf {

// Wharf's data: an SQLite file on one desk, or a PostgreSQL database that several workers share
// (a location "postgresql://user@host:port/dbname"). Opening it, migrating its schema and handing
// each thread its own connection (QSqlDatabase connections must not cross threads). Failures
// become one sentence a person can act on; data Wharf cannot understand is never changed.
class Database
{
public:
    static constexpr auto kFileName = "wharf.sqlite";

    // location: a file path, or a postgresql:// (or postgres://) URL. A URL never carries a
    // password: libpq takes it from PGPASSWORD, PGPASSFILE or ~/.pgpass, so that it stays out of
    // command lines, settings and logs.
    // busyTimeout: how long a write waits for another process's lock before giving up.
    explicit Database(QString location, std::chrono::milliseconds busyTimeout = std::chrono::seconds(5));
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens the file (creating it and its folder if needed) and migrates it to the latest schema.
    bool open();
    // Opens without migrating beyond `version`; for tests of older schemas.
    bool openAtVersion(int version);

    // The file path, or the server URL (never with a password) for messages and logs.
    QString filePath() const { return m_filePath; }
    bool isServer() const { return m_server.isValid(); }
    static bool isServerLocation(const QString &location);
    QString errorString() const { return m_error; }

    // The calling thread's connection, created on first use. Threads other than the opener's must
    // call closeThreadConnection() before they end.
    QSqlDatabase connection() const;
    void closeThreadConnection() const;

    int schemaVersion() const;
    // A random id made once per data file: keychain entries carry it, so that two data folders
    // never share (or delete) each other's secrets.
    QString dataFolderId() const;
    static int latestSchemaVersion();

    // The data folder: QStandardPaths::AppDataLocation unless the user chose another.
    static QString defaultDataDir();
    static QString filePathIn(const QString &dataDir);

private:
    bool openAndMigrate(int targetVersion);
    bool migrate(QSqlDatabase &db, int targetVersion);
    bool checkVersion(QSqlDatabase &db);
    QString connectionNameForThisThread() const;
    QString sentenceFor(const class QSqlError &error) const;

    bool openServer();

    QString m_filePath;
    QUrl m_server; // valid for PostgreSQL
    std::chrono::milliseconds m_busyTimeout;
    QString m_error;
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
};

} // namespace wharf
