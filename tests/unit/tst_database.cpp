#include "core/store/database.h"
#include "core/store/integrationrepository.h"
#include "core/store/orderlinkrepository.h"
#include "core/store/schema.h"
#include "postgresfixture.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace wharf;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static QStringList tables(const Database &database)
    {
        QStringList names;
        QSqlQuery query(database.connection());
        query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (query.next())
            names.append(query.value(0).toString());
        return names;
    }

    static QString probe() { return qEnvironmentVariable("WHARF_STOREPROBE"); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void migratesAnEmptyFileToTheLatestSchema()
    {
        QTemporaryDir dir;
        Database database(Database::filePathIn(dir.path() + QStringLiteral("/nested/folder")));
        QVERIFY2(database.open(), qPrintable(database.errorString()));
        QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion());
        const QStringList names = tables(database);
        for (const char *table : {"wms_accounts", "customers", "integrations", "order_links", "sync_cursors",
                                  "sync_events", "billing_ledger"})
            QVERIFY2(names.contains(QLatin1String(table)), table);

        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    // The same migrations make the same schema on SQLite and on PostgreSQL.
    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("startVersion");
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            for (const Migration &migration : schemaMigrations()) {
                if (migration.version < Database::latestSchemaVersion())
                    QTest::addRow("%s from v%d", qPrintable(backend), migration.version)
                        << backend << migration.version;
            }
        }
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, startVersion);
        WHARF_USE_BACKEND_ROW();
        test::FreshLocation location(test::currentBackend());
        QString problem;
        const QString file = location.location(&problem);
        QVERIFY2(!file.isEmpty(), qPrintable(problem));
        {
            Database old(file);
            QVERIFY(old.openAtVersion(startVersion));
            QCOMPARE(old.schemaVersion(), startVersion);
            // Data written under the old schema must survive the migration.
            QSqlQuery query(old.connection());
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO wms_accounts (base_url, client_id, created_at) VALUES "
                                          "('https://api.cartoncloud.com', 'old-client', '2026-01-01T00:00:00Z')")));
        }
        Database current(file);
        QVERIFY2(current.open(), qPrintable(current.errorString()));
        QCOMPARE(current.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery query(current.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT client_id FROM wms_accounts")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("old-client"));
    }

    void version4GivesEveryIntegrationItsStoreAndKeepsReferences_data() { test::addBackends(); }

    void version4GivesEveryIntegrationItsStoreAndKeepsReferences()
    {
        WHARF_USE_BACKEND_ROW();
        test::FreshLocation location(test::currentBackend());
        QString problem;
        const QString file = location.location(&problem);
        QVERIFY2(!file.isEmpty(), qPrintable(problem));
        {
            Database old(file);
            QVERIFY(old.openAtVersion(3));
            QSqlQuery query(old.connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO wms_accounts (id, base_url, client_id, created_at) VALUES "
                                              "(1, 'https://api.cartoncloud.com', 'c', '2026-01-01T00:00:00Z')")));
            // Before stores were known: one store connected twice (live both), and once more after
            // a delete; another store once.
            const QString insert = QStringLiteral(
                "INSERT INTO integrations (id, account_id, customer_id, name, store_url, consumer_key, created_at, "
                "updated_at, deleted_at) VALUES (%1, 1, 'c1', '%2', '%3', 'ck', '2026-01-0%1T00:00:00Z', "
                "'2026-01-01T00:00:00Z', %4)");
            QVERIFY(query.exec(insert.arg(1).arg(QStringLiteral("First"), QStringLiteral("https://shop.example"),
                                                 QStringLiteral("'2026-01-02T00:00:00Z'"))));
            QVERIFY(query.exec(insert.arg(2).arg(QStringLiteral("Second"), QStringLiteral("https://www.shop.example/"),
                                                 QStringLiteral("NULL"))));
            QVERIFY(query.exec(insert.arg(3).arg(QStringLiteral("Third"), QStringLiteral("http://shop.example"),
                                                 QStringLiteral("NULL"))));
            QVERIFY(query.exec(insert.arg(4).arg(QStringLiteral("Other"), QStringLiteral("https://other.example"),
                                                 QStringLiteral("NULL"))));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO order_links (integration_id, woo_order_id, woo_order_number, state, reference, "
                "created_at, updated_at) VALUES (2, 10, '10', 'created', 'WC-1A2B-10', '2026-01-01T00:00:00Z', "
                "'2026-01-01T00:00:00Z')")));
        }
        Database current(file);
        QVERIFY2(current.open(), qPrintable(current.errorString()));
        const IntegrationRepository integrations(current);
        const Integration first = *integrations.find(1);
        const Integration second = *integrations.find(2);
        const Integration third = *integrations.find(3);
        // The deleted one and the first live one share the store; the later live one is told why
        // it no longer runs instead of sending every order a second time.
        QCOMPARE(first.storeKey, QStringLiteral("shop.example"));
        QCOMPARE(second.storeId, first.storeId);
        QCOMPARE(third.storeId, 0);
        QCOMPARE(third.health, Health::Failing);
        QVERIFY2(third.healthReason.contains(QStringLiteral("Second")), qPrintable(third.healthReason));
        QVERIFY(integrations.find(4)->storeId != first.storeId);
        // Billing periods come from the old creation and deletion times.
        QCOMPARE(first.activePeriods.size(), 1);
        QVERIFY(first.activePeriods.constFirst().second.isValid());
        QVERIFY(!second.activePeriods.constFirst().second.isValid());
        // Links keep the reference they were sent with.
        QCOMPARE(OrderLinkRepository(current).find(2, 10)->reference, QStringLiteral("WC-1A2B-10"));
        QVERIFY(!current.dataFolderId().isEmpty());
    }

    void aNewDataFolderAndFileAreTheOwnersAlone()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("new/wharf"));
        Database database(Database::filePathIn(folder));
        QVERIFY(database.open());
        QCOMPARE(QFileInfo(folder).permissions() & 0x7077, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(QFileInfo(database.filePath()).permissions() & 0x7077, QFile::ReadOwner | QFile::WriteOwner);
        // Two data files, two ids: their keychain entries never meet.
        QTemporaryDir otherDir;
        Database other(Database::filePathIn(otherDir.path()));
        QVERIFY(other.open());
        QVERIFY(other.dataFolderId() != database.dataFolderId());
    }

    void refusesAFileFromANewerWharfWithoutChangingIt()
    {
        QTemporaryDir dir;
        const QString file = Database::filePathIn(dir.path());
        {
            Database database(file);
            QVERIFY(database.open());
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        Database database(file);
        QVERIFY(!database.open());
        QVERIFY2(database.errorString().contains(QStringLiteral("newer version of Wharf")),
                 qPrintable(database.errorString()));
        QCOMPARE(database.schemaVersion(), 999);
    }

    void aCorruptFileGivesASentenceAndIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString file = Database::filePathIn(dir.path());
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(char((i * 7919) % 251));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(garbage);
        }
        Database database(file);
        QVERIFY(!database.open());
        QVERIFY2(database.errorString().contains(QStringLiteral("damaged or is not a Wharf data file")),
                 qPrintable(database.errorString()));
        QVERIFY(database.errorString().contains(file));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), garbage);
    }

    void aLockedFileGivesASentence()
    {
        QTemporaryDir dir;
        const QString file = Database::filePathIn(dir.path());
        // Another program holds an exclusive lock on a file in rollback-journal mode: nobody else
        // may even read it until it lets go.
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(file);
            QVERIFY(holder.open());
            QSqlQuery query(holder);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE other_program (x)")));
            QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO other_program VALUES (1)")));

            Database database(file, std::chrono::milliseconds(100));
            QVERIFY(!database.open());
            QVERIFY2(database.errorString().contains(QStringLiteral("locked by another program")),
                     qPrintable(database.errorString()));

            QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        // Once the other program lets go, Wharf opens the same file.
        Database database(file);
        QVERIFY2(database.open(), qPrintable(database.errorString()));
    }

    void aFolderThatCannotBeCreatedGivesASentence()
    {
        // /proc refuses new folders even to root.
        Database database(Database::filePathIn(QStringLiteral("/proc/wharf-cannot-be-here")));
        QVERIFY(!database.open());
        QVERIFY2(database.errorString().contains(QStringLiteral("cannot create its data folder")),
                 qPrintable(database.errorString()));
    }

    void aReadOnlyFileGivesASentence()
    {
        QVERIFY2(QFile::exists(probe()), "WHARF_STOREPROBE must name the storeprobe helper");
        QTemporaryDir dir;
        const QString file = Database::filePathIn(dir.path());
        {
            Database database(file);
            QVERIFY(database.open());
        }
        QFile::remove(file + QStringLiteral("-wal"));
        QFile::remove(file + QStringLiteral("-shm"));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                          | QFile::ReadOther | QFile::ExeOther));

        // Root may write anything, so the file is opened by an unprivileged user, as a person
        // whose file it is not would.
        QProcess process;
        if (::geteuid() == 0) {
            process.start(QStringLiteral("setpriv"),
                          {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups"), probe(), QStringLiteral("open"), dir.path()});
        } else {
            process.start(probe(), {QStringLiteral("open"), dir.path()});
        }
        QVERIFY(process.waitForFinished(30000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(output.contains(QStringLiteral("cannot write to its data file")), qPrintable(output));
    }

    void dataWrittenByOneProcessIsReadByAnother()
    {
        QVERIFY2(QFile::exists(probe()), "WHARF_STOREPROBE must name the storeprobe helper");
        QTemporaryDir dir;
        for (const QString &name : {QStringLiteral("Acme web shop"), QStringLiteral("Ünïcode Bücher")}) {
            QProcess writer;
            writer.start(probe(), {QStringLiteral("write"), dir.path(), name});
            QVERIFY(writer.waitForFinished(30000));
            QCOMPARE(writer.exitCode(), 0);
        }
        QProcess reader;
        reader.start(probe(), {QStringLiteral("read"), dir.path()});
        QVERIFY(reader.waitForFinished(30000));
        QCOMPARE(reader.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(reader.readAllStandardOutput()), QStringLiteral("Acme web shop\nÜnïcode Bücher\n"));

        // And this process sees what the others wrote, while it has the file open too.
        Database database(Database::filePathIn(dir.path()));
        QVERIFY(database.open());
        QCOMPARE(IntegrationRepository(database).all().size(), 2);
    }

    void aServerAddressWithAPasswordIsRefusedWithoutShowingIt()
    {
        Database database(QStringLiteral("postgresql://wharf:s3cret-pw@127.0.0.1:1/wharf"));
        QVERIFY(!database.open());
        QVERIFY2(database.errorString().contains(QStringLiteral(".pgpass")), qPrintable(database.errorString()));
        QVERIFY(!database.errorString().contains(QStringLiteral("s3cret-pw")));
        QVERIFY(!database.filePath().contains(QStringLiteral("s3cret-pw")));
    }

    void aServerThatDoesNotAnswerGivesASentence()
    {
        // Port 1 on loopback: nothing listens there.
        Database database(QStringLiteral("postgresql://wharf@127.0.0.1:1/wharf"));
        QVERIFY(!database.open());
        QVERIFY2(database.errorString().startsWith(
                     QStringLiteral("Wharf cannot use the database postgresql://wharf@127.0.0.1:1/wharf")),
                 qPrintable(database.errorString()));
    }

    void workersStartingTogetherMigrateAServerOnce()
    {
        if (test::postgresServerUrl().isEmpty()) {
            if (test::postgresRequired())
                QFAIL(qPrintable(test::postgresMissingSentence()));
            QSKIP(qPrintable(test::postgresMissingSentence()));
        }
        test::FreshLocation location(test::Backend::Postgres);
        QString problem;
        const QString url = location.location(&problem);
        QVERIFY2(!url.isEmpty(), qPrintable(problem));
        // Four "workers" open the empty database at the same moment: the migration lock lets one
        // migrate; the others find the schema done and go on.
        QList<QThread *> threads;
        QAtomicInt opened;
        for (int i = 0; i < 4; ++i) {
            threads.append(QThread::create([url, &opened] {
                Database database(url);
                if (database.open() && database.schemaVersion() == Database::latestSchemaVersion())
                    opened.ref();
                database.closeThreadConnection();
            }));
        }
        for (QThread *thread : std::as_const(threads))
            thread->start();
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(opened.loadRelaxed(), 4);
        Database database(url);
        QVERIFY(database.open());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM settings WHERE name = 'data-folder-id'"))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void eachThreadGetsItsOwnConnection()
    {
        QTemporaryDir dir;
        Database database(Database::filePathIn(dir.path()));
        QVERIFY(database.open());
        const QString mine = database.connection().connectionName();
        QString theirs;
        bool wroteFromThread = false;
        QThread *thread = QThread::create([&] {
            theirs = database.connection().connectionName();
            QSqlQuery query(database.connection());
            wroteFromThread = query.exec(QStringLiteral(
                "INSERT INTO wms_accounts (base_url, client_id, created_at) VALUES ('u', 'thread', 't')"));
            database.closeThreadConnection();
        });
        thread->start();
        QVERIFY(thread->wait(30000));
        delete thread;
        QVERIFY(wroteFromThread);
        QVERIFY(!theirs.isEmpty());
        QVERIFY(mine != theirs);
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM wms_accounts WHERE client_id = 'thread'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
