// Server mode's secrets, end to end: a real `wharf --headless --secrets database` worker syncs
// orders from the sandbox with secrets it can only have read from the database, sealed under a
// key file; then the data file (every row of every table, and every byte of the folder), every
// process's output and every command line are searched for the secrets, and hold none. A worker
// without the key, or with the wrong one, says so and stops. No keychain is involved. A worker given
// only a settings file (--config) takes its PostgreSQL database, secrets mode and key file from it;
// the command line wins over the file.

#include "postgresfixture.h"
#include "processworld.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTest>

using namespace wharf;
using test::ProcessWorld;

namespace {

QJsonObject product(const QString &sku)
{
    return {{QStringLiteral("sku"), sku}, {QStringLiteral("name"), sku}};
}

QJsonObject wmsProduct(const QString &customer, const QString &code)
{
    return {{QStringLiteral("customer"), customer}, {QStringLiteral("code"), code}, {QStringLiteral("stock"), 1000}};
}

QJsonObject seed(int orders)
{
    const QJsonObject store {{QStringLiteral("products"), QJsonArray {product(QStringLiteral("CAP-RED"))}},
                             {QStringLiteral("generate"),
                              QJsonObject {{QStringLiteral("count"), orders},
                                           {QStringLiteral("seed"), 5},
                                           {QStringLiteral("status"), QStringLiteral("processing")}}}};
    const QJsonObject wms {
        {QStringLiteral("customers"),
         QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme Apparel")},
                                  {QStringLiteral("code"), QStringLiteral("ACME")}}}},
        {QStringLiteral("products"), QJsonArray {wmsProduct(QStringLiteral("ACME"), QStringLiteral("CAP-RED"))}},
        {QStringLiteral("automatic"),
         QJsonObject {{QStringLiteral("packAfterMs"), 200}, {QStringLiteral("dispatchAfterMs"), 200}}}};
    return {{QStringLiteral("store"), store}, {QStringLiteral("wms"), wms}};
}

// Every value of every row of every table, as `sqlite3 .dump` would show them.
QString everyRow(const QString &file)
{
    QString dump;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            for (const QString &table : db.tables()) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
                while (query.next()) {
                    for (int i = 0; i < query.record().count(); ++i)
                        dump += table + QLatin1Char(' ') + query.value(i).toString() + QLatin1Char('\n');
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    return dump;
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

// wharf run to its end with the given arguments only; its exit status and everything it said.
int runWharf(const QStringList &arguments, QString *said)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(ProcessWorld::wharf(), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return -1;
    *said = QString::fromUtf8(process.readAll());
    return process.exitCode();
}

QByteArray everyByteIn(const QString &dir)
{
    QByteArray all;
    QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestServerSecrets : public QObject
{
    Q_OBJECT

    static bool metricsSupported()
    {
        QProcess help;
        help.start(ProcessWorld::wharf(), {QStringLiteral("--help")});
        help.waitForFinished(30000);
        return help.readAllStandardOutput().contains("--metrics-listen");
    }

    static QString freeLoopbackAddress()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return {};
        return QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
    }

    static QByteArray get(const QString &url)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(url)));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const QByteArray body = reply->readAll();
        delete reply;
        return body;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(ProcessWorld::wharf()));
        QVERIFY(QFile::exists(ProcessWorld::sandboxExecutable()));
    }

    void aWorkerSyncsWithSealedSecretsAndNoSecretIsFoundAnywhere()
    {
        constexpr int kOrders = 4;
        ProcessWorld world(QStringLiteral("wharf-test-serversecrets-unused"));
        QVERIFY(world.startSandbox(seed(kOrders)));
        QTemporaryDir keys;
        const QString key = keys.filePath(QStringLiteral("key"));
        QString said;
        QStringList outputs; // everything every command printed
        QStringList commandLines;
        auto run = [&](const QStringList &arguments, const QByteArray &input = {}) {
            commandLines.append((world.common() + arguments).join(QLatin1Char(' ')));
            const int status = world.run(arguments, input, &said);
            outputs.append(said);
            return status;
        };

        QCOMPARE(
            run({QStringLiteral("secrets"), QStringLiteral("generate-key"), QStringLiteral("--new-key-file"), key}), 0);
        QVERIFY2(said.contains(QStringLiteral("readable by its owner only")), qPrintable(said));
        QCOMPARE(QFile::permissions(key) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
                 QFile::Permissions());

        const QStringList server {QStringLiteral("--secrets"),          QStringLiteral("database"),
                                  QStringLiteral("--secret-key-file"),  key,
                                  QStringLiteral("--wms-create-limit"), QStringLiteral("6000")};
        world.setCommonArguments(server);
        commandLines.append(world.common().join(QLatin1Char(' ')) + QStringLiteral(" account connect"));
        QVERIFY(world.connectAccount());
        QCOMPARE(world.addIntegration(0, QStringLiteral("Acme web shop"), QStringLiteral("Acme Apparel"), &said), 0);
        outputs.append(said);

        QStringList service {QStringLiteral("--headless"), QStringLiteral("--sync-interval"), QStringLiteral("1")};
        // /metrics is searched too where this build serves it (issue 14's monitoring part).
        const QString metricsAddress = metricsSupported() ? freeLoopbackAddress() : QString();
        if (!metricsAddress.isEmpty())
            service << QStringLiteral("--metrics-listen") << metricsAddress;
        QProcess *worker = world.spawn(service);
        QVERIFY(worker);
        commandLines.append((world.common() + service).join(QLatin1Char(' ')));
        // Orders completed: the worker read both secrets from the database and used them.
        QTRY_COMPARE_WITH_TIMEOUT(world.completedOrders(), kOrders, 120000);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(worker->processId()));
        if (cmdline.open(QIODevice::ReadOnly))
            commandLines.append(QString::fromUtf8(cmdline.readAll().replace('\0', ' ')));
        QByteArray metrics;
        if (!metricsAddress.isEmpty()) {
            metrics = get(QStringLiteral("http://%1/metrics").arg(metricsAddress))
                + get(QStringLiteral("http://%1/healthz").arg(metricsAddress));
            QVERIFY2(!metrics.isEmpty(), "the worker serves no /metrics");
        } else {
            qInfo("this build has no --metrics-listen: /metrics not searched");
        }
        worker->terminate();
        QVERIFY(worker->waitForFinished(20000));

        // Without the key, with the wrong key, or with a key others can read: a sentence, no sync.
        world.setCommonArguments({QStringLiteral("--secrets"), QStringLiteral("database")});
        QCOMPARE(run(service), 1);
        QVERIFY2(said.contains(QStringLiteral("has no key to open them")), qPrintable(said));
        const QString wrong = keys.filePath(QStringLiteral("wrong"));
        QCOMPARE(
            run({QStringLiteral("secrets"), QStringLiteral("generate-key"), QStringLiteral("--new-key-file"), wrong}),
            0);
        world.setCommonArguments(
            {QStringLiteral("--secrets"), QStringLiteral("database"), QStringLiteral("--secret-key-file"), wrong});
        QCOMPARE(run(service), 1);
        QVERIFY2(said.contains(QStringLiteral("encrypted with another key")), qPrintable(said));
        QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        world.setCommonArguments(server);
        QCOMPARE(run(service), 1);
        QVERIFY2(said.contains(QStringLiteral("can be read or changed by other users")), qPrintable(said));
        QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner));

        // Rotation: the new key opens them, the old one no longer does.
        const QString next = keys.filePath(QStringLiteral("next"));
        QCOMPARE(
            run({QStringLiteral("secrets"), QStringLiteral("generate-key"), QStringLiteral("--new-key-file"), next}),
            0);
        QCOMPARE(run({QStringLiteral("secrets"), QStringLiteral("rotate-key"), QStringLiteral("--new-key-file"), next}),
                 0);
        QVERIFY2(said.contains(QStringLiteral("now encrypted under the new key"))
                     && said.contains(QStringLiteral(": 2.")),
                 qPrintable(said));
        QCOMPARE(run(service), 1);
        QVERIFY2(said.contains(QStringLiteral("encrypted with another key")), qPrintable(said));

        // Nothing of any secret anywhere.
        const QString consumerSecret = world.world[u"stores"].toArray().at(0).toObject()[u"consumerSecret"].toString();
        const QString clientSecret = world.world[u"wmsClientSecret"].toString();
        QVERIFY(consumerSecret.size() >= 8 && clientSecret.size() >= 8);
        const QString dataFile = world.dataDir() + QStringLiteral("/wharf.sqlite");
        const QString rowsDump = everyRow(dataFile);
        QVERIFY2(rowsDump.contains(QStringLiteral("v1/integration/1/consumer-secret")), "no sealed secret rows");
        QByteArray logs;
        QDirIterator logFiles(QFileInfo(world.dataDir()).path(), {QStringLiteral("wharf-*.log")}, QDir::Files);
        while (logFiles.hasNext()) {
            QFile log(logFiles.next());
            QVERIFY(log.open(QIODevice::ReadOnly));
            logs += log.readAll();
        }
        QVERIFY2(logs.contains("running headless"), logs.constData());
        const QByteArray files = everyByteIn(world.dataDir());
        QStringList keyTexts;
        for (const QString &path : {key, wrong, next}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            keyTexts.append(QString::fromLatin1(file.readAll().trimmed()));
        }
        for (const QString &secret : QStringList {consumerSecret, clientSecret} + keyTexts) {
            QVERIFY2(!rowsDump.contains(secret), "a secret in the database's rows");
            QVERIFY2(!files.contains(secret.toUtf8()), "a secret in the data folder's bytes");
            QVERIFY2(!logs.contains(secret.toUtf8()), "a secret in the worker's log");
            QVERIFY2(!metrics.contains(secret.toUtf8()), "a secret in /metrics or /healthz");
            QVERIFY2(!outputs.join(QLatin1Char('\n')).contains(secret), "a secret in a command's output");
            QVERIFY2(!commandLines.join(QLatin1Char('\n')).contains(secret), "a secret on a command line");
        }
    }

    // systemd's LoadCredential= hands the key over in $CREDENTIALS_DIRECTORY/wharf-key: a worker
    // given no key file uses it, and the secrets are sealed under it.
    void theSystemdCredentialIsTheKeyAWorkerUses()
    {
        constexpr int kOrders = 2;
        QTemporaryDir credentials;
        qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(credentials.path()));
        ProcessWorld world(QStringLiteral("wharf-test-serversecrets-unused")); // takes the environment
        qunsetenv("CREDENTIALS_DIRECTORY");
        QVERIFY(world.startSandbox(seed(kOrders)));
        const QString credential = credentials.filePath(QStringLiteral("wharf-key"));
        QString said;
        QCOMPARE(world.run({QStringLiteral("secrets"), QStringLiteral("generate-key"), QStringLiteral("--new-key-file"),
                            credential},
                           {}, &said),
                 0);
        const QString keyId = QRegularExpression(QStringLiteral("\\(id ([0-9a-f]{16})\\)")).match(said).captured(1);
        QVERIFY2(!keyId.isEmpty(), qPrintable(said));

        world.setCommonArguments({QStringLiteral("--secrets"), QStringLiteral("database"),
                                  QStringLiteral("--wms-create-limit"), QStringLiteral("6000")});
        QVERIFY(world.connectAccount());
        QCOMPARE(world.addIntegration(0, QStringLiteral("Acme web shop"), QStringLiteral("Acme Apparel"), &said), 0);
        QVERIFY(world.spawn({QStringLiteral("--headless"), QStringLiteral("--sync-interval"), QStringLiteral("1")}));
        QTRY_COMPARE_WITH_TIMEOUT(world.completedOrders(), kOrders, 120000);

        const QString rows = everyRow(world.dataDir() + QStringLiteral("/wharf.sqlite"));
        QVERIFY2(rows.contains(QStringLiteral("secrets ") + keyId), qPrintable(rows.right(600)));
        QVERIFY(!rows.contains(world.world[u"wmsClientSecret"].toString()));
    }

    // Issue 14: "--database postgresql://… (and the same in a settings file)". The worker's command
    // line names nothing but the settings file; the file names the PostgreSQL database, the secrets
    // mode and the key file (relative to the file's folder). The worker syncs, and the lease it
    // holds is a row in PostgreSQL.
    void aWorkerStartedWithOnlyASettingsFileUsesPostgreSQL()
    {
        test::PostgresDatabase database;
        QString problem;
        const QString url = database.create(&problem);
        if (url.isEmpty()) {
            if (test::postgresRequired())
                QFAIL(qPrintable(problem));
            QSKIP(qPrintable(problem));
        }
        constexpr int kOrders = 2;
        ProcessWorld world(QStringLiteral("wharf-test-serversecrets-unused"));
        QVERIFY(world.startSandbox(seed(kOrders)));
        QTemporaryDir etc;
        const QString key = etc.filePath(QStringLiteral("key"));
        QString said;
        QCOMPARE(world.run(
                     {QStringLiteral("secrets"), QStringLiteral("generate-key"), QStringLiteral("--new-key-file"), key},
                     {}, &said),
                 0);
        // generate-key ran on the world's data folder; nothing may use it from here on.
        QVERIFY(QDir(world.dataDir()).removeRecursively());
        const QString config = etc.filePath(QStringLiteral("wharf.conf"));
        QVERIFY(writeFile(config,
                          "# the worker's settings\n"
                          "database = "
                              + url.toUtf8()
                              + "\n"
                                "secrets = database\n"
                                "secret-key-file = key\n"
                                "wms-create-limit = 6000\n"));
        world.setConfigFile(config);
        world.setDatabase(url); // for the test's own look at the leases; the processes get --config only
        QVERIFY(world.connectAccount());
        QCOMPARE(world.addIntegration(0, QStringLiteral("Acme web shop"), QStringLiteral("Acme Apparel"), &said), 0);
        QProcess *worker =
            world.spawn({QStringLiteral("--headless"), QStringLiteral("--sync-interval"), QStringLiteral("1")});
        QVERIFY(worker);
        QTRY_COMPARE_WITH_TIMEOUT(world.completedOrders(), kOrders, 120000);
        QCOMPARE(world.leaseOwnerPid(1), worker->processId());
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(worker->processId()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        const QByteArray commandLine = cmdline.readAll().replace('\0', ' ');
        QVERIFY2(!commandLine.contains("postgresql") && !commandLine.contains("--secrets")
                     && commandLine.contains("--config"),
                 commandLine.constData());
        QVERIFY2(!QFile::exists(world.dataDir() + QStringLiteral("/wharf.sqlite")), "a SQLite file was made");
        worker->terminate();
        QVERIFY(worker->waitForFinished(20000));
        QFile log(world.logFile(0));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logged = log.readAll();
        QVERIFY2(logged.contains("running headless"), logged.constData());
    }

    // Where secrets live in the database, a missing one is said to be missing from there: the
    // sentence a person reads must not send them to a keychain the server does not have.
    void aMissingSecretIsSaidToBeMissingFromTheDatabase()
    {
        ProcessWorld world(QStringLiteral("wharf-test-serversecrets-unused"));
        QVERIFY(world.startSandbox(seed(1)));
        QTemporaryDir keys;
        const QString key = keys.filePath(QStringLiteral("key"));
        QString said;
        QCOMPARE(world.run(
                     {QStringLiteral("secrets"), QStringLiteral("generate-key"), QStringLiteral("--new-key-file"), key},
                     {}, &said),
                 0);
        world.setCommonArguments({QStringLiteral("--secrets"), QStringLiteral("database"),
                                  QStringLiteral("--secret-key-file"), key, QStringLiteral("--wms-create-limit"),
                                  QStringLiteral("6000")});
        QVERIFY(world.connectAccount());
        QCOMPARE(world.addIntegration(0, QStringLiteral("Acme web shop"), QStringLiteral("Acme Apparel"), &said), 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forget"));
            db.setDatabaseName(world.dataDir() + QStringLiteral("/wharf.sqlite"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("DELETE FROM secrets WHERE name = 'v1/integration/1/consumer-secret'")));
            QCOMPARE(query.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("forget"));

        world.run({QStringLiteral("sync"), QStringLiteral("--once")}, {}, &said);
        QVERIFY2(said.contains(QStringLiteral("consumer secret is missing from the secrets in Wharf's database")),
                 qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("keychain")), qPrintable(said));
        QCOMPARE(world.run({QStringLiteral("integration"), QStringLiteral("show"), QStringLiteral("1")}, {}, &said), 0);
        QVERIFY2(said.contains(QStringLiteral("missing from the secrets in Wharf's database")), qPrintable(said));
    }

    // The command line wins over the settings file: its own --data-dir or --database replaces the
    // file's database, its own values replace the file's; a key Wharf does not know, or a file
    // that is not there, is a sentence and exit status 2.
    void theCommandLineWinsOverTheSettingsFile()
    {
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("wharf.conf"));
        QVERIFY(writeFile(config, "database=from-file.sqlite\nsync-interval=soon\n"));
        const QString fromFile = dir.filePath(QStringLiteral("from-file.sqlite"));
        const QStringList list {QStringLiteral("integration"), QStringLiteral("list"), QStringLiteral("--json")};
        QString said;

        // The file's values are used: its database is made, its bad interval refused.
        QCOMPARE(runWharf(QStringList {QStringLiteral("--config"), config} + list, &said), 2);
        QVERIFY2(said.contains(QStringLiteral("--sync-interval takes a positive number")), qPrintable(said));
        QVERIFY(writeFile(config, "database=from-file.sqlite\nsync-interval=30\n"));
        QCOMPARE(runWharf(QStringList {QStringLiteral("--config"), config} + list, &said), 0);
        QVERIFY2(QFile::exists(fromFile), qPrintable(said));
        QVERIFY(QFile::remove(fromFile));

        // The command line's place for the data wins, whether a data folder or a database.
        const QString folder = dir.filePath(QStringLiteral("folder"));
        QCOMPARE(runWharf(QStringList {QStringLiteral("--config"), config, QStringLiteral("--data-dir"), folder} + list,
                          &said),
                 0);
        QVERIFY2(QFile::exists(folder + QStringLiteral("/wharf.sqlite")), qPrintable(said));
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        QCOMPARE(runWharf(QStringList {QStringLiteral("--config"), config, QStringLiteral("--database"), other} + list,
                          &said),
                 0);
        QVERIFY2(QFile::exists(other), qPrintable(said));
        QVERIFY(!QFile::exists(fromFile));
        // ... and so do its values.
        QVERIFY(writeFile(config, "database=from-file.sqlite\nsync-interval=soon\n"));
        QCOMPARE(runWharf(QStringList {QStringLiteral("--config"), config, QStringLiteral("--sync-interval"),
                                       QStringLiteral("30")}
                              + list,
                          &said),
                 0);

        QVERIFY(writeFile(config, "databse=from-file.sqlite\n"));
        QCOMPARE(runWharf(QStringList {QStringLiteral("--config"), config} + list, &said), 2);
        QVERIFY2(said.contains(QStringLiteral("\"databse\", which is not a Wharf setting")), qPrintable(said));
        QCOMPARE(
            runWharf(QStringList {QStringLiteral("--config"), dir.filePath(QStringLiteral("none.conf"))} + list, &said),
            2);
        QVERIFY2(said.contains(QStringLiteral("cannot read its settings file")), qPrintable(said));
    }

    // A console on a desk keeps the master key in its keychain ("wharf secrets import-key") and
    // then needs no key file; a worker (--headless) never looks there.
    void aDeskKeepsTheKeyInItsKeychain()
    {
        if (qEnvironmentVariableIntValue("WHARF_REQUIRE_KEYCHAIN") != 1)
            QSKIP("Needs the Secret Service that scripts/test starts.");
        ProcessWorld world(QStringLiteral("wharf-test-serversecrets-%1").arg(QCoreApplication::applicationPid()));
        QVERIFY(world.startSandbox(seed(1)));
        QTemporaryDir keys;
        const QString key = keys.filePath(QStringLiteral("key"));
        QString said;
        QCOMPARE(world.run(
                     {QStringLiteral("secrets"), QStringLiteral("generate-key"), QStringLiteral("--new-key-file"), key},
                     {}, &said),
                 0);
        const QString keyId = QRegularExpression(QStringLiteral("\\(id ([0-9a-f]{16})\\)")).match(said).captured(1);
        QCOMPARE(
            world.run({QStringLiteral("--secrets"), QStringLiteral("database"), QStringLiteral("--secret-key-file"),
                       key, QStringLiteral("secrets"), QStringLiteral("import-key")},
                      {}, &said),
            0);
        QVERIFY2(said.contains(QStringLiteral("is now in the system keychain")), qPrintable(said));

        world.setCommonArguments({QStringLiteral("--secrets"), QStringLiteral("database")});
        QVERIFY(world.connectAccount());
        QCOMPARE(world.addIntegration(0, QStringLiteral("Acme web shop"), QStringLiteral("Acme Apparel"), &said), 0);
        const QString rows = everyRow(world.dataDir() + QStringLiteral("/wharf.sqlite"));
        QVERIFY2(rows.contains(QStringLiteral("secrets ") + keyId), qPrintable(rows.right(600)));
        QCOMPARE(world.run({QStringLiteral("--headless")}, {}, &said), 1);
        QVERIFY2(said.contains(QStringLiteral("has no key to open them")), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TestServerSecrets)
#include "tst_serversecrets.moc"
