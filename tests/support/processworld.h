#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>

namespace wharf::test {

// Real processes on one machine, as a warehouse runs them: the sandbox (wharf-sandbox, the far
// side of the wire) and any number of `wharf` processes on one data folder. Tests of ownership,
// restarts and the shared create budget are built on it; they need the keychain of scripts/test.
class ProcessWorld
{
public:
    explicit ProcessWorld(const QString &keychainService)
    {
        m_env.insert(QStringLiteral("WHARF_KEYCHAIN_SERVICE"), keychainService);
    }

    ~ProcessWorld()
    {
        for (QProcess *process : std::as_const(m_processes)) {
            if (process->state() == QProcess::Running) {
                process->kill();
                process->waitForFinished(5000);
            }
            delete process;
        }
        if (m_sandbox.state() == QProcess::Running) {
            m_sandbox.terminate();
            m_sandbox.waitForFinished(10000);
        }
    }

    static QString wharf() { return qEnvironmentVariable("WHARF_EXECUTABLE"); }
    static QString sandboxExecutable() { return qEnvironmentVariable("WHARF_SANDBOX_EXECUTABLE"); }

    bool startSandbox(const QJsonObject &seed, const QStringList &extraArguments = {})
    {
        QFile seedFile(m_dir.filePath(QStringLiteral("seed.json")));
        if (!seedFile.open(QIODevice::WriteOnly))
            return false;
        seedFile.write(QJsonDocument(seed).toJson());
        seedFile.close();
        m_sandbox.start(sandboxExecutable(),
                        QStringList {QStringLiteral("--seed"), seedFile.fileName()} + extraArguments);
        if (!m_sandbox.waitForStarted())
            return false;
        QDeadlineTimer deadline(30000);
        while (!m_sandbox.canReadLine() && !deadline.hasExpired())
            m_sandbox.waitForReadyRead(200);
        world = QJsonDocument::fromJson(m_sandbox.readLine()).object();
        return !world.isEmpty();
    }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    // Every wharf process of this world uses this PostgreSQL database instead of the data folder.
    void setDatabase(const QString &url) { m_database = url; }

    // Every wharf process of this world is given this settings file (--config) and no data folder
    // or database on its command line: the file says where the data is.
    void setConfigFile(const QString &path) { m_configFile = path; }

    // Arguments every wharf process of this world gets (say, --wms-create-limit).
    void setCommonArguments(const QStringList &arguments) { m_commonArguments = arguments; }
    QStringList common() const
    {
        const QStringList store = !m_configFile.isEmpty() ? QStringList {QStringLiteral("--config"), m_configFile}
            : m_database.isEmpty()                        ? QStringList {QStringLiteral("--data-dir"), dataDir()}
                                                          : QStringList {QStringLiteral("--database"), m_database};
        return store + QStringList {QStringLiteral("--ca-file"), world[u"caCertificate"].toString()}
        + m_commonArguments;
    }

    // Runs a wharf command to its end; -1 when it did not end in two minutes.
    int run(const QStringList &arguments, const QByteArray &input = {}, QString *output = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(wharf(), common() + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            return -1;
        if (output)
            *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitCode();
    }

    // Starts a long-running wharf (e.g. --headless); it is killed when the world ends.
    QProcess *spawn(const QStringList &arguments)
    {
        auto *process = new QProcess;
        process->setProcessEnvironment(m_env);
        // To a file, never to a pipe nobody reads: a full pipe would stop the process in its log.
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->setStandardOutputFile(logFile(int(m_processes.size())));
        process->start(wharf(), common() + arguments);
        m_processes.append(process);
        return process->waitForStarted() ? process : nullptr;
    }

    // The log file of the index-th spawned process.
    QString logFile(int index) const { return m_dir.filePath(QStringLiteral("wharf-%1.log").arg(index)); }

    bool connectAccount()
    {
        return run({QStringLiteral("account"), QStringLiteral("connect"), QStringLiteral("--base-url"),
                    world[u"wmsUrl"].toString(), QStringLiteral("--client-id"), world[u"wmsClientId"].toString()},
                   world[u"wmsClientSecret"].toString().toUtf8() + '\n')
            == 0;
    }

    // Connects sandbox store `index` for the customer; the command's exit status and words.
    int addIntegration(int index, const QString &name, const QString &customer, QString *output = nullptr,
                       const QStringList &extra = {})
    {
        const QJsonObject store = world[u"stores"].toArray().at(index).toObject();
        return run(QStringList {QStringLiteral("integration"), QStringLiteral("add"), QStringLiteral("--name"), name,
                                QStringLiteral("--customer"), customer, QStringLiteral("--store-url"),
                                store[u"httpsUrl"].toString(), QStringLiteral("--consumer-key"),
                                store[u"consumerKey"].toString()}
                       + extra,
                   store[u"consumerSecret"].toString().toUtf8() + '\n', output);
    }

    QJsonDocument control(const QString &path, const QByteArray &method = "GET", const QJsonObject &body = {})
    {
        QNetworkRequest request(QUrl(world[u"controlUrl"].toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(30000);
        const QJsonDocument json = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return json;
    }

    int completedOrders(int store = 0)
    {
        int completed = 0;
        for (const QJsonValue &order : control(QStringLiteral("/control/woo/orders?store=%1").arg(store)).array())
            completed += order[u"status"].toString() == QLatin1String("completed") ? 1 : 0;
        return completed;
    }

    // The data file as another process sees it: who holds each integration's lease.
    qint64 leaseOwnerPid(qint64 integrationId) { return leaseOwners().value(integrationId); }

    // Every lease: integration id -> the pid of the process holding it (expired ones included).
    QHash<qint64, qint64> leaseOwners()
    {
        const QString name = QStringLiteral("probe-%1").arg(++m_probes);
        QHash<qint64, qint64> owners;
        {
            QSqlDatabase db;
            if (m_database.isEmpty()) {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(dataDir() + QStringLiteral("/wharf.sqlite"));
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            } else {
                const QUrl url(m_database);
                db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                db.setHostName(url.host());
                db.setPort(url.port(5432));
                db.setUserName(url.userName());
                db.setDatabaseName(url.path().mid(1));
            }
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT integration_id, owner_pid FROM leases"))) {
                    while (query.next())
                        owners.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return owners;
    }

    QJsonObject world;

private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QNetworkAccessManager m_nam;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QList<QProcess *> m_processes;
    QStringList m_commonArguments;
    QString m_database;
    QString m_configFile;
    int m_probes = 0;
};

} // namespace wharf::test
