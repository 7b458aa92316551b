#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestWharfProcess : public QObject
{
    Q_OBJECT

    static QString wharf() { return qEnvironmentVariable("WHARF_EXECUTABLE"); }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(wharf(), arguments);
        Run result;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // An HTTP GET over loopback: {status, body}.
    static std::pair<int, QByteArray> get(const QUrl &url)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(20000))
            return {-1, {}};
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return {status, body};
    }

    static QString usageSentence() { return QStringLiteral("Commands (secrets are read from standard input"); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(wharf()), "WHARF_EXECUTABLE must name the wharf binary"); }

    void printsItsVersion()
    {
        const Run result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("wharf ")), qPrintable(result.out));
    }

    void badArgumentsGetAUsageSentenceAndStatus2()
    {
        Run result = run({QStringLiteral("--headless"), QStringLiteral("--no-such-option")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("wharf --help")), qPrintable(result.err));
        result = run({QStringLiteral("--headless"), QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("Unknown command")), qPrintable(result.err));
    }

    void aDamagedDataFileStopsWithASentence()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("wharf.sqlite")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const Run result = run({QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("is damaged or is not a Wharf data file")), qPrintable(result.err));
    }

    void newCommandsRefuseBadArgumentsWithAUsageSentenceAndStatus2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("sentence");
        const auto row = [](const char *name, const QStringList &arguments, const char *sentence) {
            QTest::newRow(name) << arguments << QString::fromUtf8(sentence);
        };
        row("attention without id", {QStringLiteral("integration"), QStringLiteral("attention")},
            "takes one integration id");
        row("attention of a word", {QStringLiteral("integration"), QStringLiteral("attention"), QStringLiteral("acme")},
            "takes an integration id");
        row("retry without --order or --all",
            {QStringLiteral("integration"), QStringLiteral("retry"), QStringLiteral("1")},
            "integration retry takes --order NUMBER or --all.");
        row("retry with both",
            {QStringLiteral("integration"), QStringLiteral("retry"), QStringLiteral("1"), QStringLiteral("--all"),
             QStringLiteral("--order"), QStringLiteral("7")},
            "integration retry takes --order NUMBER or --all.");
        row("pause of two",
            {QStringLiteral("integration"), QStringLiteral("pause"), QStringLiteral("1"), QStringLiteral("2")},
            "takes one integration id");
        row("update without a setting", {QStringLiteral("integration"), QStringLiteral("update"), QStringLiteral("1")},
            "needs a setting to change");
        row("update of the store's address",
            {QStringLiteral("integration"), QStringLiteral("update"), QStringLiteral("1"),
             QStringLiteral("--store-url"), QStringLiteral("https://other.example")},
            "another store is another integration");
        row("update contradicting itself",
            {QStringLiteral("integration"), QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--complete"),
             QStringLiteral("--no-complete")},
            "contradict each other");
        row("update with a bad date",
            {QStringLiteral("integration"), QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--since"),
             QStringLiteral("yesterday")},
            "--since takes a date");
        row("events without id", {QStringLiteral("integration"), QStringLiteral("events")}, "takes one integration id");
        row("billing --to alone", {QStringLiteral("billing"), QStringLiteral("--to"), QStringLiteral("2026-11-01")},
            "billing --to needs --from too.");
        row("billing bad date", {QStringLiteral("billing"), QStringLiteral("--from"), QStringLiteral("last week")},
            "--from and --to take dates");
        row("billing csv and json", {QStringLiteral("billing"), QStringLiteral("--csv"), QStringLiteral("--json")},
            "Choose --csv or --json, not both.");
        row("status with a word", {QStringLiteral("status"), QStringLiteral("now")}, "status takes no words");
    }

    void newCommandsRefuseBadArgumentsWithAUsageSentenceAndStatus2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, sentence);
        QTemporaryDir dir;
        const Run result = run(QStringList {QStringLiteral("--data-dir"), dir.path()} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(sentence), qPrintable(result.err));
        QVERIFY2(result.err.contains(usageSentence()), qPrintable(result.err));
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    }

    void anIntegrationThatDoesNotExistIsASentenceAndStatus1_data()
    {
        QTest::addColumn<QStringList>("arguments");
        for (const char *sub : {"attention", "pause", "resume", "events"})
            QTest::newRow(sub) << QStringList {QStringLiteral("integration"), QString::fromLatin1(sub),
                                               QStringLiteral("42")};
        QTest::newRow("retry") << QStringList {QStringLiteral("integration"), QStringLiteral("retry"),
                                               QStringLiteral("42"), QStringLiteral("--all")};
        QTest::newRow("update") << QStringList {QStringLiteral("integration"), QStringLiteral("update"),
                                                QStringLiteral("42"), QStringLiteral("--name"), QStringLiteral("X")};
    }

    void anIntegrationThatDoesNotExistIsASentenceAndStatus1()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const Run result = run(QStringList {QStringLiteral("--data-dir"), dir.path()} + arguments
                               + QStringList {QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("There is no integration 42. See: wharf integration list")),
                 qPrintable(result.err));
        QVERIFY2(!result.err.contains(usageSentence()), qPrintable(result.err));
    }

    void statusAndBillingOfAnEmptyDataFolder()
    {
        QTemporaryDir dir;
        Run result =
            run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QJsonObject status = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(status[u"status"].toString(), QStringLiteral("ok"));
        QCOMPARE(status[u"exitCode"].toInt(-1), 0);
        QVERIFY(status[u"integrations"].isArray());
        result = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("status")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("OK: no integrations.")), qPrintable(result.out));

        result = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("billing"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject billing = QJsonDocument::fromJson(result.out.toUtf8()).object();
        for (const char *key : {"from", "to", "timeZone", "currency", "totalCents", "lines"})
            QVERIFY2(billing.contains(QLatin1String(key)), key);
        QCOMPARE(billing[u"totalCents"].toInt(-1), 0);
        // A week, Monday to Monday, as the window's "last completed week".
        const QDateTime from = QDateTime::fromString(billing[u"from"].toString(), Qt::ISODate);
        const QDateTime to = QDateTime::fromString(billing[u"to"].toString(), Qt::ISODate);
        QCOMPARE(from.daysTo(to), 7);
        QCOMPARE(from.date().dayOfWeek(), 1);
        result = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("billing"), QStringLiteral("--csv"),
                      QStringLiteral("--from"), QStringLiteral("2026-11-02"), QStringLiteral("--to"),
                      QStringLiteral("2026-11-20")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("week_begins,week_ends,time_zone,customer,")),
                 qPrintable(result.out));
    }

    void metricsListenRefusesWhatItShouldNotServe_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("not loopback") << QStringList {QStringLiteral("--headless"), QStringLiteral("--metrics-listen"),
                                                      QStringLiteral("192.0.2.1:9108")}
                                      << QStringLiteral("is not a loopback address");
        QTest::newRow("no port") << QStringList {QStringLiteral("--headless"), QStringLiteral("--metrics-listen"),
                                                 QStringLiteral("127.0.0.1")}
                                 << QStringLiteral("--metrics-listen takes an address and a port");
        QTest::newRow("a name") << QStringList {QStringLiteral("--headless"), QStringLiteral("--metrics-listen"),
                                                QStringLiteral("metrics.example:9108")}
                                << QStringLiteral("takes a numeric address");
        QTest::newRow("without --headless")
            << QStringList {QStringLiteral("status"), QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:0")}
            << QStringLiteral("--metrics-listen works with --headless.");
    }

    void metricsListenRefusesWhatItShouldNotServe()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, sentence);
        QTemporaryDir dir;
        const Run result = run(QStringList {QStringLiteral("--data-dir"), dir.path()} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(sentence), qPrintable(result.err));
    }

    void headlessServesMetricsAndHealthAndLogsJson()
    {
        QTemporaryDir dir;
        QProcess process;
        // To a file, never to a pipe nobody reads.
        process.setStandardOutputFile(dir.filePath(QStringLiteral("out.log")));
        process.setStandardErrorFile(dir.filePath(QStringLiteral("err.log")));
        process.start(wharf(),
                      {QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                       QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--log-json")});
        QVERIFY(process.waitForStarted());
        QFile log(dir.filePath(QStringLiteral("err.log")));
        QByteArray logged;
        auto readLog = [&log, &logged] {
            if (log.isOpen() || log.open(QIODevice::ReadOnly))
                logged += log.readAll();
            return logged;
        };
        QTRY_VERIFY_WITH_TIMEOUT(readLog().contains("running headless"), 20000);
        const QRegularExpression bound(QStringLiteral("metrics listening on (http://127\\.0\\.0\\.1:(\\d+))/metrics"));
        const QRegularExpressionMatch match = bound.match(QString::fromUtf8(logged));
        QVERIFY2(match.hasMatch(), logged.constData());
        QVERIFY(match.captured(2).toInt() > 0);
        const QString base = match.captured(1);

        const auto health = get(QUrl(base + QStringLiteral("/healthz")));
        QCOMPARE(health.first, 200);
        QVERIFY2(health.second.contains("engine: running"), health.second.constData());
        const auto metrics = get(QUrl(base + QStringLiteral("/metrics")));
        QCOMPARE(metrics.first, 200);
        const QString text = QString::fromUtf8(metrics.second);
        for (const char *family :
             {"wharf_engine_running", "wharf_database_up", "wharf_orders", "wharf_integration_health",
              "wharf_integration_last_success_timestamp_seconds", "wharf_integration_lease", "wharf_leases_held",
              "wharf_http_requests_total", "wharf_http_rate_limited_total", "wharf_http_request_errors_total",
              "wharf_cycles_total", "wharf_orders_created_total", "wharf_cycle_duration_seconds"})
            QVERIFY2(text.contains(QStringLiteral("# TYPE %1 ").arg(QLatin1String(family))), family);
        QVERIFY2(text.contains(QStringLiteral("\nwharf_engine_running 1\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\nwharf_database_up 1\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("wharf_cycle_duration_seconds_bucket{le=\"+Inf\"} 0\n")),
                 qPrintable(text));
        // Every sample line is "name{labels} value" or "name value".
        const QRegularExpression sample(QStringLiteral("^[a-z_]+(\\{[^}]*\\})? -?[0-9.e+]+$"));
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1Char('#')))
                QVERIFY2(sample.match(line).hasMatch(), qPrintable(line));
        }
        QCOMPARE(get(QUrl(base + QStringLiteral("/nothing"))).first, 404);

        // The data file stops answering what the engine reads: /healthz says so, then recovers.
        auto alter = [&dir](const char *sql) {
            bool ok = false;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alter"));
                db.setDatabaseName(dir.filePath(QStringLiteral("data/wharf.sqlite")));
                db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
                QSqlQuery query(db);
                ok = db.open() && query.exec(QString::fromLatin1(sql));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("alter"));
            return ok;
        };
        QVERIFY(alter("ALTER TABLE integrations RENAME TO integrations_away"));
        const auto unhealthy = get(QUrl(base + QStringLiteral("/healthz")));
        QCOMPARE(unhealthy.first, 503);
        QVERIFY2(unhealthy.second.contains("database: not answering"), unhealthy.second.constData());
        QVERIFY(get(QUrl(base + QStringLiteral("/metrics"))).second.contains("\nwharf_database_up 0\n"));
        QVERIFY(alter("ALTER TABLE integrations_away RENAME TO integrations"));
        QCOMPARE(get(QUrl(base + QStringLiteral("/healthz"))).first, 200);

        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);
        readLog();
        // --log-json: every line one JSON object with the four keys.
        int lines = 0;
        for (const QByteArray &line : logged.split('\n')) {
            if (line.isEmpty())
                continue;
            ++lines;
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            for (const char *key : {"time", "level", "category", "message"})
                QVERIFY2(object.contains(QLatin1String(key)), line.constData());
            QVERIFY(QDateTime::fromString(object[u"time"].toString(), Qt::ISODateWithMs).isValid());
        }
        QVERIFY(lines >= 3);
        QVERIFY2(logged.contains("\"category\":\"wharf.app\""), logged.constData());
    }

    void headlessRunsUntilSigtermAndStopsCleanly()
    {
        QTemporaryDir dir;
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(wharf(), {QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(process.waitForStarted());
        // It is up once it says so; then it must keep running until told to stop.
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += process.readAll()).contains("running headless"), 20000);
        QTest::qWait(200);
        QCOMPARE(process.state(), QProcess::Running);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("wharf.sqlite"))));

        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWharfProcess)
#include "tst_wharfprocess.moc"
