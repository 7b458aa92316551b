// Exactly once across crashes: the headless Wharf is killed with SIGKILL at random moments of a
// 300-order run and started again each time. At the end no order is missing or duplicated in
// CartonCloud, every dispatched order is completed exactly once in WooCommerce, and every order
// carries exactly one tracking entry. Real processes, real SQLite, the real keychain of
// scripts/test, the sandbox over loopback.

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestRestarts : public QObject
{
    Q_OBJECT

    static constexpr int kOrders = 300;
    static constexpr int kKills = 10;

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QJsonObject m_world;
    QNetworkAccessManager m_nam;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();

    static QString wharf() { return qEnvironmentVariable("WHARF_EXECUTABLE"); }
    static QString sandboxExecutable() { return qEnvironmentVariable("WHARF_SANDBOX_EXECUTABLE"); }

    QStringList common() const
    {
        return {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("--ca-file"),
                m_world[u"caCertificate"].toString(), QStringLiteral("--wms-create-limit"), QStringLiteral("6000"),
                // Short leases: each run after a kill takes over within a second.
                QStringLiteral("--lease-seconds"), QStringLiteral("1"), QStringLiteral("--interrupted-create-wait"),
                QStringLiteral("1")};
    }

    int runWharf(const QStringList &arguments, const QByteArray &input = {}, QString *output = nullptr)
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

    QJsonDocument control(const QString &path)
    {
        QNetworkReply *reply = m_nam.get(QNetworkRequest(QUrl(m_world[u"controlUrl"].toString() + path)));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(30000);
        const QJsonDocument json = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return json;
    }

    int completedOrders()
    {
        int completed = 0;
        for (const QJsonValue &order : control(QStringLiteral("/control/woo/orders")).array())
            completed += order[u"status"].toString() == QLatin1String("completed") ? 1 : 0;
        return completed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIntValue("WHARF_REQUIRE_KEYCHAIN") != 1)
            QSKIP("Needs the Secret Service that scripts/test starts (the headless Wharf keeps its secrets there).");
        QVERIFY(QFile::exists(wharf()));
        QVERIFY(QFile::exists(sandboxExecutable()));
        m_env.insert(QStringLiteral("WHARF_KEYCHAIN_SERVICE"),
                     QStringLiteral("wharf-test-restarts-%1").arg(QCoreApplication::applicationPid()));

        // A store with 300 orders in processing; a warehouse that packs (with a tracking number)
        // and dispatches every order by itself shortly after it arrives.
        const QJsonObject seed {
            {QStringLiteral("store"),
             QJsonObject {{QStringLiteral("products"),
                           QJsonArray {QJsonObject {{QStringLiteral("sku"), QStringLiteral("TSHIRT-BLK-M")},
                                                    {QStringLiteral("name"), QStringLiteral("T-shirt")}},
                                       QJsonObject {{QStringLiteral("sku"), QStringLiteral("CAP-RED")},
                                                    {QStringLiteral("name"), QStringLiteral("Cap")}}}},
                          {QStringLiteral("generate"),
                           QJsonObject {{QStringLiteral("count"), kOrders},
                                        {QStringLiteral("seed"), 5},
                                        {QStringLiteral("status"), QStringLiteral("processing")}}}}},
            {QStringLiteral("wms"),
             QJsonObject {
                 {QStringLiteral("customers"),
                  QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme Apparel")},
                                           {QStringLiteral("code"), QStringLiteral("ACME")}}}},
                 {QStringLiteral("products"),
                  QJsonArray {QJsonObject {{QStringLiteral("customer"), QStringLiteral("ACME")},
                                           {QStringLiteral("code"), QStringLiteral("TSHIRT-BLK-M")},
                                           {QStringLiteral("name"), QStringLiteral("T-shirt")},
                                           {QStringLiteral("stock"), 100000}},
                              QJsonObject {{QStringLiteral("customer"), QStringLiteral("ACME")},
                                           {QStringLiteral("code"), QStringLiteral("CAP-RED")},
                                           {QStringLiteral("name"), QStringLiteral("Cap")},
                                           {QStringLiteral("stock"), 100000}}}},
                 {QStringLiteral("createLimit"), 0},
                 {QStringLiteral("automatic"),
                  QJsonObject {{QStringLiteral("packAfterMs"), 300}, {QStringLiteral("dispatchAfterMs"), 300}}}}},
        };
        QFile seedFile(m_dir.filePath(QStringLiteral("seed.json")));
        QVERIFY(seedFile.open(QIODevice::WriteOnly));
        seedFile.write(QJsonDocument(seed).toJson());
        seedFile.close();

        m_sandbox.start(sandboxExecutable(), {QStringLiteral("--seed"), seedFile.fileName()});
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 30000);
        m_world = QJsonDocument::fromJson(m_sandbox.readLine()).object();
        QVERIFY(!m_world.isEmpty());

        QString output;
        QCOMPARE(
            runWharf({QStringLiteral("account"), QStringLiteral("connect"), QStringLiteral("--base-url"),
                      m_world[u"wmsUrl"].toString(), QStringLiteral("--client-id"), m_world[u"wmsClientId"].toString()},
                     m_world[u"wmsClientSecret"].toString().toUtf8() + '\n', &output),
            0);
        QCOMPARE(
            runWharf({QStringLiteral("integration"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Acme web shop"), QStringLiteral("--customer"), QStringLiteral("ACME Apparel"),
                      QStringLiteral("--store-url"), m_world[u"wooHttpsUrl"].toString(),
                      QStringLiteral("--consumer-key"), m_world[u"wooConsumerKey"].toString()},
                     m_world[u"wooConsumerSecret"].toString().toUtf8() + '\n', &output),
            0);
    }

    void cleanupTestCase()
    {
        if (m_sandbox.state() == QProcess::Running) {
            m_sandbox.terminate();
            m_sandbox.waitForFinished(10000);
        }
    }

    void killedTenTimesStillExactlyOnce()
    {
        QRandomGenerator random(20261127);
        for (int kill = 0; kill < kKills; ++kill) {
            QProcess headless;
            headless.setProcessEnvironment(m_env);
            headless.start(wharf(),
                           common()
                               + QStringList {QStringLiteral("--headless"), QStringLiteral("--sync-interval"),
                                              QStringLiteral("1")});
            QVERIFY(headless.waitForStarted());
            QTest::qWait(200 + int(random.bounded(2500)));
            ::kill(pid_t(headless.processId()), SIGKILL);
            QVERIFY(headless.waitForFinished(10000));
            QCOMPARE(headless.exitStatus(), QProcess::CrashExit);
        }

        // How far the killed runs got, so that a run which never reached the creates shows.
        qInfo("after %d kills: %lld outbound orders, %d orders completed", kKills,
              qlonglong(control(QStringLiteral("/control/wms/orders")).array().size()), completedOrders());

        // Then it is left to finish: cycles until every order is completed (or a bound is hit).
        int cycle = 0;
        for (; cycle < 40 && completedOrders() < kOrders; ++cycle) {
            QString output;
            runWharf({QStringLiteral("sync"), QStringLiteral("--once")}, {}, &output);
            QTest::qWait(700); // the automatic warehouse packs and dispatches in between
        }

        qInfo("finished after %d more cycles", cycle);

        // No outbound order missing, none twice.
        const QJsonArray outbound = control(QStringLiteral("/control/wms/orders")).array();
        QSet<QString> references;
        for (const QJsonValue &order : outbound)
            references.insert(order[u"reference"].toString());
        QCOMPARE(outbound.size(), kOrders);
        QCOMPARE(references.size(), kOrders);

        // Every order completed exactly once, with exactly the consignment's tracking.
        const QJsonArray orders = control(QStringLiteral("/control/woo/orders")).array();
        QCOMPARE(orders.size(), kOrders);
        for (const QJsonValue &summary : orders) {
            const QJsonObject order =
                control(QStringLiteral("/control/woo/orders/%1").arg(summary[u"id"].toInteger())).object();
            QCOMPARE(order[u"status"].toString(), QStringLiteral("completed"));
            int completions = 0;
            for (const QJsonValue &note : order[u"_notes"].toArray())
                completions += note[u"note"].toString().contains(QLatin1String("to Completed")) ? 1 : 0;
            QCOMPARE(completions, 1);
            QCOMPARE(order[u"_tracking"].toArray().size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestRestarts)
#include "tst_restarts.moc"
