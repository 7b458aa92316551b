#pragma once

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace wharf::test {

// The two stores Wharf runs on. Store tests run against both: a test class adds them as global
// data (addBackends in initTestCase_data) and picks the row's in init() (WHARF_USE_BACKEND), and
// every StoreFixture made in that test uses it.
enum class Backend { Sqlite, Postgres };

inline Backend &currentBackend()
{
    static Backend backend = Backend::Sqlite;
    return backend;
}

inline void addBackends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

// The server scripts/test starts (WHARF_TEST_POSTGRES_URL); empty when there is none.
inline QString postgresServerUrl()
{
    return qEnvironmentVariable("WHARF_TEST_POSTGRES_URL");
}

// scripts/test sets WHARF_REQUIRE_POSTGRES: there, a missing server fails the test instead of
// skipping it, so that a suite that never reached PostgreSQL cannot pass.
inline bool postgresRequired()
{
    return qEnvironmentVariableIntValue("WHARF_REQUIRE_POSTGRES") == 1;
}

inline QString postgresMissingSentence()
{
    return QStringLiteral("No PostgreSQL server for the tests: WHARF_TEST_POSTGRES_URL is not set (scripts/test "
                          "starts one; run the test through it).");
}

// A fresh, empty PostgreSQL database on the test server for one fixture, dropped when the guard
// goes (after the Database that used it, which closes its connections first). Each test gets its
// own, so that tests never share rows.
class PostgresDatabase
{
public:
    PostgresDatabase() = default;
    Q_DISABLE_COPY_MOVE(PostgresDatabase)

    // Makes the database; the URL to give Database, or empty with why in *error.
    QString create(QString *error)
    {
        const QUrl server(postgresServerUrl());
        if (server.isEmpty()) {
            *error = postgresMissingSentence();
            return {};
        }
        static QAtomicInt counter;
        m_name = QStringLiteral("wharf_t_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        QSqlDatabase admin = adminConnection(server);
        if (!admin.isOpen()) {
            *error = QStringLiteral("The test PostgreSQL server at %1 does not answer: %2")
                         .arg(server.toDisplayString(QUrl::RemovePassword), admin.lastError().text());
            m_name.clear();
            return {};
        }
        QSqlQuery query(admin);
        if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name))) {
            *error = QStringLiteral("Cannot create a test database: %1").arg(query.lastError().text());
            m_name.clear();
            return {};
        }
        QUrl url = server;
        url.setPath(QLatin1Char('/') + m_name);
        return url.toString();
    }

    ~PostgresDatabase()
    {
        if (m_name.isEmpty())
            return;
        QSqlDatabase admin = QSqlDatabase::database(QLatin1String(kAdmin), false);
        if (admin.isOpen()) {
            QSqlQuery query(admin);
            // FORCE: a connection a test's thread forgot to close must not keep the database.
            if (!query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)))
                qWarning("cannot drop the test database %s: %s", qPrintable(m_name),
                         qPrintable(query.lastError().text()));
        }
    }

private:
    static constexpr auto kAdmin = "wharf-test-postgres-admin";

    static QSqlDatabase adminConnection(const QUrl &server)
    {
        if (QSqlDatabase::contains(QLatin1String(kAdmin)))
            return QSqlDatabase::database(QLatin1String(kAdmin));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QLatin1String(kAdmin));
        db.setHostName(server.host());
        db.setPort(server.port(5432));
        db.setUserName(server.userName());
        db.setDatabaseName(server.path().mid(1));
        db.open();
        return db;
    }

    QString m_name;
};

// A fresh, empty store location for a test that opens Database itself (migrations, several
// processes): a file path in a temporary folder, or a fresh database's URL. Declare it before
// the Databases that use it.
class FreshLocation
{
public:
    explicit FreshLocation(Backend backend)
        : m_backend(backend)
    {
    }

    // Empty, with why in *error, when it cannot be made.
    QString location(QString *error)
    {
        if (m_backend == Backend::Sqlite)
            return m_dir.path() + QStringLiteral("/wharf.sqlite");
        return m_postgres.create(error);
    }

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    PostgresDatabase m_postgres;
};

// Picks the global data row's backend for this test function; a PostgreSQL row without a server
// fails under scripts/test (WHARF_REQUIRE_POSTGRES) and is skipped elsewhere.
#define WHARF_USE_BACKEND() WHARF_USE_BACKEND_IMPL(QFETCH_GLOBAL)
// The same for a test function whose own data has a "backend" column.
#define WHARF_USE_BACKEND_ROW() WHARF_USE_BACKEND_IMPL(QFETCH)

#define WHARF_USE_BACKEND_IMPL(fetch)                                                                                  \
    do {                                                                                                               \
        fetch(QString, backend);                                                                                       \
        const bool wharfPostgres = backend == QLatin1String("postgresql");                                             \
        wharf::test::currentBackend() = wharfPostgres ? wharf::test::Backend::Postgres : wharf::test::Backend::Sqlite; \
        if (wharfPostgres && wharf::test::postgresServerUrl().isEmpty()) {                                             \
            if (wharf::test::postgresRequired())                                                                       \
                QFAIL(qPrintable(wharf::test::postgresMissingSentence()));                                             \
            QSKIP(qPrintable(wharf::test::postgresMissingSentence()));                                                 \
        }                                                                                                              \
    } while (false)

} // namespace wharf::test
