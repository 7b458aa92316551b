#include "core/monitoring/enginemetrics.h"

#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace wharf;

class TestEngineMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { EngineMetrics::instance().reset(); }

    void countsFromSeveralThreadsLoseNothing()
    {
        // The sync thread counts requests while the main thread counts cycles and a scrape reads.
        constexpr int kThreads = 4;
        constexpr int kEach = 5000;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back(QThread::create([t] {
                for (int i = 0; i < kEach; ++i) {
                    EngineMetrics::instance().recordAttempt(t % 2 == 0 ? QStringLiteral("woo") : QStringLiteral("wms"),
                                                            i % 10 == 0 ? 429 : 200);
                    if (i % 100 == 0)
                        EngineMetrics::instance().recordFailure(QStringLiteral("wms"), QStringLiteral("Transient"));
                }
            }));
            threads.back()->start();
        }
        // The scrape reads each snapshot while the threads go on counting, as /metrics does (under
        // ThreadSanitizer a snapshot sharing its data with the live counters was reported here): a
        // snapshot is a consistent moment, so the totals never go back.
        quint64 seen = 0;
        for (int i = 0; i < 100; ++i) {
            const EngineMetrics::Snapshot snapshot = EngineMetrics::instance().snapshot();
            quint64 total = 0;
            for (const quint64 count : snapshot.requests)
                total += count;
            QVERIFY(total >= seen);
            seen = total;
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(30000));
        const EngineMetrics::Snapshot snapshot = EngineMetrics::instance().snapshot();
        QCOMPARE(snapshot.requests.value(QStringLiteral("woo")), quint64(2 * kEach));
        QCOMPARE(snapshot.requests.value(QStringLiteral("wms")), quint64(2 * kEach));
        QCOMPARE(snapshot.rateLimited.value(QStringLiteral("woo")), quint64(2 * kEach / 10));
        QCOMPARE(snapshot.errors.value(QStringLiteral("wms")).value(QStringLiteral("Transient")),
                 quint64(kThreads * kEach / 100));
    }

    void cyclesFillACumulativeHistogram()
    {
        EngineMetrics &metrics = EngineMetrics::instance();
        metrics.recordCycle(1, 0.05, true, 3, 1, 2);
        metrics.recordCycle(1, 4.0, false, 0, 0, 0);
        metrics.recordCycle(2, 1000.0, true, 1, 0, 1);
        const EngineMetrics::Snapshot snapshot = metrics.snapshot();
        QCOMPARE(snapshot.cycleCount, quint64(3));
        QCOMPARE(snapshot.cycleSecondsSum, 1004.05);
        QCOMPARE(snapshot.cycleBucketCounts.front(), quint64(1)); // <= 0.1 s
        QCOMPARE(snapshot.cycleBucketCounts.at(5), quint64(2)); // <= 5 s
        QCOMPARE(snapshot.cycleBucketCounts.back(), quint64(2)); // <= 300 s: the 1000 s one only in +Inf
        QCOMPARE(snapshot.cycles.value(1).ok, quint64(1));
        QCOMPARE(snapshot.cycles.value(1).failed, quint64(1));
        QCOMPARE(snapshot.cycles.value(1).created, quint64(3));
        QCOMPARE(snapshot.cycles.value(2).completed, quint64(1));
    }

    void theApiIsTheFirstWordOfTheRequestsLabel()
    {
        QCOMPARE(EngineMetrics::apiOf(QStringLiteral("wms POST /tenants/x/outbound-orders")), QStringLiteral("wms"));
        QCOMPARE(EngineMetrics::apiOf(QStringLiteral("woo orders")), QStringLiteral("woo"));
        QCOMPARE(EngineMetrics::apiOf(QString()), QStringLiteral("other"));
    }
};

QTEST_GUILESS_MAIN(TestEngineMetrics)
#include "tst_enginemetrics.moc"
