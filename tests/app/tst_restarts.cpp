// Exactly once across crashes: the headless Wharf is killed with SIGKILL at random moments of a
// 300-order run and started again each time. At the end no order is missing or duplicated in
// CartonCloud, every dispatched order is completed exactly once in WooCommerce, and every order
// carries exactly one tracking entry. Real processes, real SQLite, the real keychain of
// scripts/test, the sandbox over loopback.

#include "processworld.h"

#include <QRandomGenerator>
#include <QSet>

#include <memory>

using wharf::test::ProcessWorld;

class TestRestarts : public QObject
{
    Q_OBJECT

    static constexpr int kOrders = 300;
    static constexpr int kKills = 10;

    std::unique_ptr<ProcessWorld> m_world;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIntValue("WHARF_REQUIRE_KEYCHAIN") != 1)
            QSKIP("Needs the Secret Service that scripts/test starts (the headless Wharf keeps its secrets there).");
        QVERIFY(QFile::exists(ProcessWorld::wharf()));
        QVERIFY(QFile::exists(ProcessWorld::sandboxExecutable()));
        m_world = std::make_unique<ProcessWorld>(
            QStringLiteral("wharf-test-restarts-%1").arg(QCoreApplication::applicationPid()));

        // A store with 300 orders in processing; a warehouse that packs (with a tracking number)
        // and dispatches every order by itself shortly after it arrives.
        auto product = [](const char *sku, const char *name) {
            return QJsonObject {{QStringLiteral("sku"), QString::fromLatin1(sku)},
                                {QStringLiteral("name"), QString::fromLatin1(name)}};
        };
        auto stock = [](const char *code, const char *name) {
            return QJsonObject {{QStringLiteral("customer"), QStringLiteral("ACME")},
                                {QStringLiteral("code"), QString::fromLatin1(code)},
                                {QStringLiteral("name"), QString::fromLatin1(name)},
                                {QStringLiteral("stock"), 100000}};
        };
        const QJsonObject seed {
            {QStringLiteral("store"),
             QJsonObject {{QStringLiteral("products"),
                           QJsonArray {product("TSHIRT-BLK-M", "T-shirt"), product("CAP-RED", "Cap")}},
                          {QStringLiteral("generate"),
                           QJsonObject {{QStringLiteral("count"), kOrders},
                                        {QStringLiteral("seed"), 5},
                                        {QStringLiteral("status"), QStringLiteral("processing")}}}}},
            {QStringLiteral("wms"),
             QJsonObject {
                 {QStringLiteral("customers"),
                  QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme Apparel")},
                                           {QStringLiteral("code"), QStringLiteral("ACME")}}}},
                 {QStringLiteral("products"), QJsonArray {stock("TSHIRT-BLK-M", "T-shirt"), stock("CAP-RED", "Cap")}},
                 {QStringLiteral("createLimit"), 0},
                 {QStringLiteral("automatic"),
                  QJsonObject {{QStringLiteral("packAfterMs"), 300}, {QStringLiteral("dispatchAfterMs"), 300}}}}},
        };
        QVERIFY(m_world->startSandbox(seed));
        m_world->setCommonArguments({QStringLiteral("--wms-create-limit"), QStringLiteral("6000"),
                                     // Short leases: each run after a kill takes over within a second.
                                     QStringLiteral("--lease-seconds"), QStringLiteral("1"),
                                     QStringLiteral("--interrupted-create-wait"), QStringLiteral("1")});
        QVERIFY(m_world->connectAccount());
        QCOMPARE(m_world->addIntegration(0, QStringLiteral("Acme web shop"), QStringLiteral("ACME Apparel")), 0);
    }

    void cleanupTestCase() { m_world.reset(); }

    void killedTenTimesStillExactlyOnce()
    {
        QRandomGenerator random(20261127);
        for (int kill = 0; kill < kKills; ++kill) {
            QProcess *headless =
                m_world->spawn({QStringLiteral("--headless"), QStringLiteral("--sync-interval"), QStringLiteral("1")});
            QVERIFY(headless);
            QTest::qWait(200 + int(random.bounded(2500)));
            ::kill(pid_t(headless->processId()), SIGKILL);
            QVERIFY(headless->waitForFinished(10000));
            QCOMPARE(headless->exitStatus(), QProcess::CrashExit);
        }

        // How far the killed runs got, so that a run which never reached the creates shows.
        qInfo("after %d kills: %lld outbound orders, %d orders completed", kKills,
              qlonglong(m_world->control(QStringLiteral("/control/wms/orders")).array().size()),
              m_world->completedOrders());

        // Then it is left to finish: cycles until every order is completed (or a bound is hit).
        int cycle = 0;
        for (; cycle < 40 && m_world->completedOrders() < kOrders; ++cycle) {
            m_world->run({QStringLiteral("sync"), QStringLiteral("--once")});
            QTest::qWait(700); // the automatic warehouse packs and dispatches in between
        }

        qInfo("finished after %d more cycles", cycle);

        // No outbound order missing, none twice.
        const QJsonArray outbound = m_world->control(QStringLiteral("/control/wms/orders")).array();
        QSet<QString> references;
        for (const QJsonValue &order : outbound)
            references.insert(order[u"reference"].toString());
        QCOMPARE(outbound.size(), kOrders);
        QCOMPARE(references.size(), kOrders);

        // Every order completed exactly once, with exactly the consignment's tracking.
        const QJsonArray orders = m_world->control(QStringLiteral("/control/woo/orders")).array();
        QCOMPARE(orders.size(), kOrders);
        for (const QJsonValue &summary : orders) {
            const QJsonObject order =
                m_world->control(QStringLiteral("/control/woo/orders/%1").arg(summary[u"id"].toInteger())).object();
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
