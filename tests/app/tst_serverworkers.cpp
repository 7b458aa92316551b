// Server mode: several `wharf --headless --database postgresql://…` workers share one PostgreSQL
// database and the integrations in it. Real processes, a real PostgreSQL server (scripts/test
// starts one), the real keychain, the sandbox. Three workers, 500 orders over 20 integrations, one
// worker SIGKILLed mid-run: every order is created once (create POSTs counted from the sandbox's
// request log with its duplicate check off), tracked and completed once; the dead worker's
// integrations are taken over within 30 s; the shared create budget keeps every worker under the
// API client's limit (no 429); and the integrations are spread over the workers.

#include "postgresfixture.h"
#include "processworld.h"
#include "sanitizerfactor.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace wharf;
using test::ProcessWorld;

namespace {

constexpr int kStores = 20;
constexpr int kOrdersPerStore = 25;
constexpr int kOrders = kStores * kOrdersPerStore;
constexpr int kWorkers = 3;

QJsonObject product(const QString &sku)
{
    return {{QStringLiteral("sku"), sku}, {QStringLiteral("name"), sku}};
}

QJsonObject storeSeed(int seed)
{
    return {{QStringLiteral("products"),
             QJsonArray {product(QStringLiteral("TSHIRT-BLK-M")), product(QStringLiteral("CAP-RED"))}},
            {QStringLiteral("generate"),
             QJsonObject {{QStringLiteral("count"), kOrdersPerStore},
                          {QStringLiteral("seed"), seed},
                          {QStringLiteral("status"), QStringLiteral("processing")}}}};
}

QJsonObject wmsProduct(const QString &customer, const QString &code)
{
    return {{QStringLiteral("customer"), customer}, {QStringLiteral("code"), code}, {QStringLiteral("stock"), 100000}};
}

QJsonObject wmsSeed()
{
    return {{QStringLiteral("customers"),
             QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme Apparel")},
                                      {QStringLiteral("code"), QStringLiteral("ACME")}},
                         QJsonObject {{QStringLiteral("name"), QStringLiteral("Beta Books")},
                                      {QStringLiteral("code"), QStringLiteral("BETA")}}}},
            {QStringLiteral("products"),
             QJsonArray {wmsProduct(QStringLiteral("ACME"), QStringLiteral("TSHIRT-BLK-M")),
                         wmsProduct(QStringLiteral("ACME"), QStringLiteral("CAP-RED")),
                         wmsProduct(QStringLiteral("BETA"), QStringLiteral("TSHIRT-BLK-M")),
                         wmsProduct(QStringLiteral("BETA"), QStringLiteral("CAP-RED"))}},
            {QStringLiteral("automatic"),
             QJsonObject {{QStringLiteral("packAfterMs"), 300}, {QStringLiteral("dispatchAfterMs"), 300}}},
            {QStringLiteral("hostile"), QJsonObject {{QStringLiteral("duplicateCheck"), false}}}};
}

} // namespace

class TestServerWorkers : public QObject
{
    Q_OBJECT

    static QString createsPath(const ProcessWorld &world)
    {
        return QStringLiteral("/tenants/%1/outbound-orders").arg(world.world[u"wmsTenantId"].toString());
    }

    static QJsonObject creates(ProcessWorld &world, const QString &status = {})
    {
        return world
            .control(QStringLiteral("/control/requests?service=wms&method=POST&path=%1%2")
                         .arg(createsPath(world), status.isEmpty() ? QString() : QStringLiteral("&status=") + status))
            .object();
    }

    static int completedEverywhere(ProcessWorld &world)
    {
        int completed = 0;
        for (int store = 0; store < kStores; ++store)
            completed += world.completedOrders(store);
        return completed;
    }

    // How many integrations each worker (by pid) holds now.
    static QHash<qint64, int> heldByWorker(ProcessWorld &world)
    {
        QHash<qint64, int> held;
        const QHash<qint64, qint64> owners = world.leaseOwners();
        for (const qint64 pid : owners)
            ++held[pid];
        return held;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIntValue("WHARF_REQUIRE_KEYCHAIN") != 1)
            QSKIP("Needs the Secret Service that scripts/test starts (Wharf keeps its secrets there).");
        if (test::postgresServerUrl().isEmpty()) {
            if (test::postgresRequired())
                QFAIL(qPrintable(test::postgresMissingSentence()));
            QSKIP(qPrintable(test::postgresMissingSentence()));
        }
        QVERIFY(QFile::exists(ProcessWorld::wharf()));
        QVERIFY(QFile::exists(ProcessWorld::sandboxExecutable()));
    }

    void threeWorkersShareTwentyIntegrationsAndSurviveAKill()
    {
        test::PostgresDatabase database;
        QString problem;
        const QString url = database.create(&problem);
        QVERIFY2(!url.isEmpty(), qPrintable(problem));

        ProcessWorld world(QStringLiteral("wharf-test-serverworkers-%1").arg(QCoreApplication::applicationPid()));
        QJsonArray more;
        for (int store = 1; store < kStores; ++store)
            more.append(storeSeed(100 + store));
        QVERIFY(world.startSandbox({{QStringLiteral("store"), storeSeed(100)},
                                    {QStringLiteral("moreStores"), more},
                                    {QStringLiteral("wms"), wmsSeed()}}));
        QCOMPARE(world.world[u"stores"].toArray().size(), kStores);
        // The API client's limit, shrunk in time for speed (60 creates per 6 s); the workers pace
        // for 480 a minute (8 a second) through the one budget they share in the database: the
        // sandbox's window is a tenth of the workers' minute, so jitter of the pacing timers needs
        // the margin.
        world.control(QStringLiteral("/control/wms/settings"), "POST",
                      {{QStringLiteral("createLimit"), 60}, {QStringLiteral("createWindowMs"), 6000}});
        world.setDatabase(url);
        // Workers on a server database keep secrets sealed in it (implied by --database
        // postgresql://…), under a master key file every worker reads.
        QTemporaryDir keys;
        QVERIFY(keys.isValid());
        const QString key = keys.filePath(QStringLiteral("wharf-key"));
        QCOMPARE(world.run({QStringLiteral("secrets"), QStringLiteral("generate-key"), QStringLiteral("--new-key-file"),
                            key}),
                 0);
        world.setCommonArguments(
            {QStringLiteral("--secret-key-file"), key, QStringLiteral("--wms-create-limit"), QStringLiteral("480")});
        QVERIFY(world.connectAccount());
        for (int store = 0; store < kStores; ++store) {
            QString output;
            QCOMPARE(world.addIntegration(store, QStringLiteral("Shop %1").arg(store),
                                          store % 2 ? QStringLiteral("Beta Books") : QStringLiteral("Acme Apparel"),
                                          &output),
                     0);
        }

        const QStringList worker {QStringLiteral("--headless"), QStringLiteral("--sync-interval"),
                                  QStringLiteral("1"),          QStringLiteral("--lease-seconds"),
                                  QStringLiteral("6"),          QStringLiteral("--interrupted-create-wait"),
                                  QStringLiteral("3")};
        QList<QProcess *> workers;
        for (int i = 0; i < kWorkers; ++i) {
            workers.append(world.spawn(worker));
            QVERIFY(workers.last());
        }

        QElapsedTimer run;
        run.start();
        QHash<qint64, int> mostHeld; // by pid, before the kill
        bool killed = false;
        qint64 victimPid = 0;
        qint64 takeoverMs = -1;
        qint64 lastReportMs = 0;
        // Longer under the sanitizers, where the same work takes several times as long.
        while (completedEverywhere(world) < kOrders && run.elapsed() < 170000 * test::sanitizerFactor()) {
            const QHash<qint64, int> held = heldByWorker(world);
            if (!killed) {
                for (auto it = held.cbegin(); it != held.cend(); ++it)
                    mostHeld[it.key()] = std::max(mostHeld.value(it.key()), it.value());
            }
            if (!killed && creates(world)[u"count"].toInt() >= kOrders / 3) {
                // The worker holding the most dies without a word, in the middle of its creates.
                victimPid = std::max_element(held.cbegin(), held.cend()).key();
                QProcess *victim = *std::find_if(workers.cbegin(), workers.cend(),
                                                 [victimPid](QProcess *p) { return p->processId() == victimPid; });
                ::kill(pid_t(victimPid), SIGKILL);
                victim->waitForFinished(10000);
                killed = true;
                QElapsedTimer takeover;
                takeover.start();
                auto takenOver = [&] {
                    const QHash<qint64, qint64> owners = world.leaseOwners();
                    return owners.size() == kStores
                        && std::none_of(owners.cbegin(), owners.cend(),
                                        [victimPid](qint64 pid) { return pid == victimPid; });
                };
                while (!takenOver() && takeover.elapsed() < 60000)
                    QTest::qWait(200);
                takeoverMs = takeover.elapsed();
                QVERIFY2(takenOver(), "the killed worker's integrations were not taken over");
            }
            if (run.elapsed() - lastReportMs > 15000) {
                lastReportMs = run.elapsed();
                qInfo("%lld s: %d creates, %d orders completed", qlonglong(run.elapsed() / 1000),
                      creates(world)[u"count"].toInt(), completedEverywhere(world));
            }
            QTest::qWait(500);
        }
        if (const QString keep = qEnvironmentVariable("WHARF_TEST_KEEP_LOGS"); !keep.isEmpty()) {
            for (int i = 0; i < kWorkers; ++i)
                QFile::copy(world.logFile(i), QStringLiteral("%1/worker-%2.log").arg(keep).arg(i));
        }
        const QHash<qint64, int> afterKill = heldByWorker(world);
        QStringList spread;
        for (auto it = mostHeld.cbegin(); it != mostHeld.cend(); ++it)
            spread.append(QStringLiteral("%1:%2").arg(it.key()).arg(it.value()));
        QStringList survivors;
        for (auto it = afterKill.cbegin(); it != afterKill.cend(); ++it)
            survivors.append(QStringLiteral("%1:%2").arg(it.key()).arg(it.value()));
        qInfo("3 workers, %d orders over %d integrations: takeover after SIGKILL %lld ms; most held before the kill "
              "(pid:count) %s; after %s; %lld ms in all",
              kOrders, kStores, takeoverMs, qPrintable(spread.join(u' ')), qPrintable(survivors.join(u' ')),
              qlonglong(run.elapsed()));
        QVERIFY(killed);
        QVERIFY2(takeoverMs <= 30000, qPrintable(QString::number(takeoverMs)));
        // Spread: every worker worked some integrations (no worker took all while others idled),
        // and the two survivors share the twenty between them afterwards.
        QCOMPARE(mostHeld.size(), kWorkers);
        for (const int held : std::as_const(mostHeld))
            QVERIFY2(held >= 3, qPrintable(spread.join(u' ')));
        QCOMPARE(afterKill.size(), kWorkers - 1);
        for (const int held : afterKill)
            QVERIFY2(held >= 5, qPrintable(survivors.join(u' ')));
        QCOMPARE(completedEverywhere(world), kOrders);

        // One create POST per order, never a 422 (duplicate) nor a 429 (over the shared limit).
        const QJsonObject posts = creates(world);
        QCOMPARE(posts[u"count"].toInt(), kOrders);
        const QJsonObject byReference = posts[u"byReference"].toObject();
        QCOMPARE(byReference.size(), kOrders);
        for (auto it = byReference.constBegin(); it != byReference.constEnd(); ++it)
            QVERIFY2(it.value().toInt() == 1, qPrintable(it.key()));
        QCOMPARE(creates(world, QStringLiteral("422"))[u"count"].toInt(), 0);
        QCOMPARE(creates(world, QStringLiteral("429"))[u"count"].toInt(), 0);
        QCOMPARE(world.control(QStringLiteral("/control/wms/orders")).array().size(), kOrders);

        // Exactly one tracking entry and one completion per order.
        for (int store = 0; store < kStores; ++store) {
            for (const QJsonValue &summary :
                 world.control(QStringLiteral("/control/woo/orders?store=%1").arg(store)).array()) {
                const QJsonObject order = world
                                              .control(QStringLiteral("/control/woo/orders/%1?store=%2")
                                                           .arg(summary[u"id"].toInteger())
                                                           .arg(store))
                                              .object();
                int completions = 0;
                for (const QJsonValue &note : order[u"_notes"].toArray())
                    completions += note[u"note"].toString().contains(QLatin1String("to Completed")) ? 1 : 0;
                QCOMPARE(completions, 1);
                QCOMPARE(order[u"_tracking"].toArray().size(), 1);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestServerWorkers)
#include "tst_serverworkers.moc"
