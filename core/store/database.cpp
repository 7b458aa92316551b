#include "core/store/database.h"

#include "core/logging.h"
#include "core/store/schema.h"
#include "core/store/sqldialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrlQuery>

#include <atomic>

namespace wharf {

namespace {

// SQLite's primary result codes, as the QSQLITE driver reports them in nativeErrorCode().
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADatabase = 26;

QString tr(const char *text)
{
    return QCoreApplication::translate("wharf::Database", text);
}

std::atomic<int> s_instanceCounter {0};

} // namespace

Database::Database(QString location, std::chrono::milliseconds busyTimeout)
    : m_filePath(std::move(location))
    , m_busyTimeout(busyTimeout)
    , m_connectionPrefix(QStringLiteral("wharf-db-%1").arg(++s_instanceCounter))
{
    if (isServerLocation(m_filePath)) {
        m_server = QUrl(m_filePath);
        // Whatever was given, messages and logs show the address without a password.
        m_filePath = m_server.toDisplayString(QUrl::RemovePassword);
    }
}

bool Database::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Database::~Database()
{
    const QMutexLocker locker(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Database::filePathIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QString::fromLatin1(kFileName));
}

int Database::latestSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

bool Database::open()
{
    return openAndMigrate(latestSchemaVersion());
}

bool Database::openAtVersion(int version)
{
    return openAndMigrate(version);
}

QString Database::connectionNameForThisThread() const
{
    return m_connectionPrefix + QLatin1Char('/')
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionNameForThisThread();
    const QMutexLocker locker(&m_mutex);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);

    if (isServer()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_server.host());
        if (m_server.port() > 0)
            db.setPort(m_server.port());
        db.setUserName(m_server.userName());
        db.setDatabaseName(m_server.path().mid(1));
        // libpq's own parameters (sslmode, sslrootcert, connect_timeout, application_name...)
        // pass through from the URL's query. Never a password: see the constructor.
        QStringList options;
        const QUrlQuery query(m_server);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key.compare(QLatin1String("password"), Qt::CaseInsensitive) != 0)
                options.append(key + QLatin1Char('=') + value);
        }
        db.setConnectOptions(options.join(QLatin1Char(';')));
        m_connectionNames.append(name);
        if (!db.open()) {
            qCWarning(lcStore) << "cannot open" << m_filePath << db.lastError().text();
            return db;
        }
        QSqlQuery session(db);
        // The same bound on waiting for another writer as SQLite's busy timeout.
        session.exec(QStringLiteral("SET lock_timeout = %1").arg(m_busyTimeout.count()));
        // The server's NOTICEs ("already exists, skipping") would land on stderr through libpq.
        session.exec(QStringLiteral("SET client_min_messages = warning"));
        return db;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeout.count()));
    m_connectionNames.append(name);
    if (!db.open()) {
        qCWarning(lcStore) << "cannot open" << m_filePath << db.lastError().text();
        return db;
    }
    QSqlQuery pragma(db);
    // Foreign keys are per connection in SQLite; FULL sync so that a link recorded before a create
    // call survives a power cut as well as a crash (exactly-once depends on it).
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    return db;
}

void Database::closeThreadConnection() const
{
    const QString name = connectionNameForThisThread();
    const QMutexLocker locker(&m_mutex);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    m_connectionNames.removeAll(name);
}

QString Database::dataFolderId() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT value FROM settings WHERE name = 'data-folder-id'")) || !query.next())
        return {};
    return query.value(0).toString();
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    return SqlDialect::of(db).schemaVersion(db, nullptr);
}

QString Database::sentenceFor(const QSqlError &error) const
{
    if (isServer()) {
        if (SqlDialect(SqlDialect::Kind::Postgres).isBusy(error))
            return tr("The database %1 is busy: another Wharf held it too long. Try again.").arg(m_filePath);
        return tr("Wharf cannot use the database %1: %2. Check that the server runs, that the user and database "
                  "exist, and that its password (if it needs one) is in ~/.pgpass, PGPASSFILE or PGPASSWORD.")
            .arg(m_filePath, error.text().trimmed());
    }
    const QString file = QDir::toNativeSeparators(m_filePath);
    if (SqlDialect(SqlDialect::Kind::Sqlite).isBusy(error))
        return tr("The data file %1 is locked by another program. Close the other copy of Wharf (or the program "
                  "holding the file) and try again.")
            .arg(file);
    // The driver may report an extended result code; its low byte is the primary code.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case kSqliteNotADatabase:
    case kSqliteCorrupt:
        return tr("The data file %1 is damaged or is not a Wharf data file. Wharf has not changed it: move it "
                  "aside or restore it from a backup, then start Wharf again.")
            .arg(file);
    case kSqliteReadOnly:
    case kSqliteCantOpen:
        return tr("Wharf cannot write to its data file %1. Check that your user may write to that file and its "
                  "folder, or choose another folder with --data-dir.")
            .arg(file);
    default:
        return tr("Wharf cannot use its data file %1: %2.").arg(file, error.text());
    }
}

bool Database::openServer()
{
    if (!m_server.isValid() || m_server.host().isEmpty() || m_server.path().size() < 2) {
        m_error = tr("%1 is not a database address Wharf understands. Write it as "
                     "postgresql://user@host:port/dbname.")
                      .arg(m_filePath);
        return false;
    }
    if (!m_server.password().isEmpty() || QUrlQuery(m_server).hasQueryItem(QStringLiteral("password"))) {
        m_error = tr("The database address %1 holds a password. Wharf does not take passwords on its command line "
                     "or in its settings: put it in ~/.pgpass (or the file PGPASSFILE names) and leave it out of "
                     "the address.")
                      .arg(m_filePath);
        return false;
    }
    return true;
}

bool Database::openAndMigrate(int targetVersion)
{
    m_error.clear();
    if (isServer() || isServerLocation(m_filePath)) {
        if (!openServer())
            return false;
        QSqlDatabase db = connection();
        if (!db.isOpen()) {
            m_error = sentenceFor(db.lastError());
            return false;
        }
        const SqlDialect dialect = SqlDialect::of(db);
        QSqlError error;
        if (!dialect.ensureVersionTable(db) || dialect.schemaVersion(db, &error) < 0) {
            m_error = sentenceFor(error.type() == QSqlError::NoError ? db.lastError() : error);
            return false;
        }
        return checkVersion(db) && migrate(db, targetVersion);
    }
    const QFileInfo info(m_filePath);
    const bool folderIsNew = !QFileInfo::exists(info.absolutePath());
    const bool fileIsNew = !info.exists();
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = tr("Wharf cannot create its data folder %1. Check that your user may write there, or choose "
                     "another folder with --data-dir.")
                      .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    if (info.exists() && !info.isFile()) {
        m_error = tr("The data file %1 is a folder or a device, not a file. Choose another folder with --data-dir.")
                      .arg(QDir::toNativeSeparators(m_filePath));
        return false;
    }

    // The file holds customers' order details: only its owner may read it. A folder Wharf makes
    // is its owner's alone; a folder the user chose keeps the permissions the user gave it.
    if (folderIsNew)
        QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (fileIsNew) {
        // NewOnly: another Wharf starting at the same moment may have made (and begun to fill) it;
        // an empty file is a valid, empty SQLite database.
        QFile file(m_filePath);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            file.close();
        }
    }

    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        m_error = sentenceFor(db.lastError());
        return false;
    }

    // Reading the version is the first statement that touches the file's contents: it is where a
    // file that is not a database shows itself, before anything could be written to it.
    if (!checkVersion(db))
        return false;
    QSqlQuery query(db);

    // WAL lets the GUI read while the sync thread writes. Setting it writes to the file, so a
    // read-only file fails here with a sentence instead of later in the middle of a sync.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
        m_error = sentenceFor(query.lastError());
        return false;
    }
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        qCWarning(lcStore) << "journal mode stays" << query.value(0).toString();
    }
    query.finish();

    return migrate(db, targetVersion);
}

bool Database::checkVersion(QSqlDatabase &db)
{
    QSqlError error;
    const int current = SqlDialect::of(db).schemaVersion(db, &error);
    if (current < 0) {
        m_error = sentenceFor(error);
        return false;
    }
    if (current > latestSchemaVersion()) {
        m_error = tr("The data file %1 was written by a newer version of Wharf (data version %2; this version knows "
                     "up to %3). Install the newer Wharf; the file has not been changed.")
                      .arg(isServer() ? m_filePath : QDir::toNativeSeparators(m_filePath))
                      .arg(current)
                      .arg(latestSchemaVersion());
        return false;
    }
    return true;
}

bool Database::migrate(QSqlDatabase &db, int targetVersion)
{
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery query(db);
    for (const Migration &migration : schemaMigrations()) {
        if (migration.version > targetVersion)
            break;
        QSqlError error;
        const int current = dialect.schemaVersion(db, &error);
        if (current < 0) {
            m_error = sentenceFor(error);
            return false;
        }
        if (migration.version <= current)
            continue;

        // Takes the write (or migration) lock at once: two Wharf processes starting together
        // cannot both run the same migration.
        if (!dialect.beginMigration(db)) {
            m_error = sentenceFor(db.lastError());
            return false;
        }
        // Another process may have migrated while we waited for the lock.
        const int underLock = dialect.schemaVersion(db, nullptr);
        if (migration.version <= underLock) {
            query.exec(QStringLiteral("COMMIT"));
            continue;
        }
        for (const QString &statement : migration.statements) {
            if (!query.exec(dialect.ddl(statement))) {
                m_error = sentenceFor(query.lastError());
                qCWarning(lcStore) << "migration" << migration.version << "failed:" << query.lastError().text();
                query.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
        if (migration.finish) {
            QString problem;
            if (!migration.finish(db, &problem)) {
                m_error = tr("Wharf could not bring its data file %1 up to date: %2")
                              .arg(QDir::toNativeSeparators(m_filePath), problem);
                qCWarning(lcStore) << "migration" << migration.version << "failed:" << problem;
                query.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
        if (!dialect.setSchemaVersion(db, migration.version) || !query.exec(QStringLiteral("COMMIT"))) {
            m_error = sentenceFor(query.lastError());
            query.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        qCInfo(lcStore) << "data file migrated to version" << migration.version << "-" << migration.description;
    }
    return true;
}

} // namespace wharf
