#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <array>

namespace wharf {

// What this process's engine did since it started, for /metrics: counters the database does not
// keep. Fed from several threads (the sync thread's requests, the main thread's cycle reports),
// so every call locks; each is a few additions, far cheaper than the request it counts.
class EngineMetrics
{
public:
    // Upper bounds of the cycle-duration histogram, in seconds (a cycle at the create limit can take
    // minutes).
    static constexpr std::array<double, 10> kCycleBuckets {0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300};

    struct Cycles
    {
        quint64 ok = 0;
        quint64 failed = 0;
        quint64 created = 0; // outbound orders created (or linked after an interrupted create)
        quint64 needAttention = 0;
        quint64 completed = 0;
    };

    struct Snapshot
    {
        QHash<QString, quint64> requests; // by API ("woo", "wms"): every attempt sent
        QHash<QString, quint64> rateLimited; // by API: 429 answers
        QHash<QString, QHash<QString, quint64>> errors; // by API, then ApiError kind: requests that failed
        QHash<qint64, Cycles> cycles; // by integration
        std::array<quint64, kCycleBuckets.size()> cycleBucketCounts {}; // cumulative, as Prometheus wants
        quint64 cycleCount = 0;
        double cycleSecondsSum = 0;
    };

    static EngineMetrics &instance();

    // `api` is the first word of the request's label ("woo orders" → "woo"); status 0 means no
    // HTTP answer came.
    void recordAttempt(const QString &api, int httpStatus);
    void recordFailure(const QString &api, const QString &errorKind);
    void recordCycle(qint64 integrationId, double seconds, bool ok, int created, int needAttention, int completed);

    Snapshot snapshot() const;
    void reset();

    // "woo orders list" → "woo"; a request without a label counts as "other".
    static QString apiOf(const QString &label);

private:
    mutable QMutex m_mutex;
    Snapshot m_data;
};

} // namespace wharf
