#include "core/monitoring/enginemetrics.h"

namespace wharf {

EngineMetrics &EngineMetrics::instance()
{
    static EngineMetrics metrics;
    return metrics;
}

void EngineMetrics::recordAttempt(const QString &api, int httpStatus)
{
    const QMutexLocker lock(&m_mutex);
    ++m_data.requests[api];
    if (httpStatus == 429)
        ++m_data.rateLimited[api];
}

void EngineMetrics::recordFailure(const QString &api, const QString &errorKind)
{
    const QMutexLocker lock(&m_mutex);
    ++m_data.errors[api][errorKind];
}

void EngineMetrics::recordCycle(qint64 integrationId, double seconds, bool ok, int created, int needAttention,
                                int completed)
{
    const QMutexLocker lock(&m_mutex);
    Cycles &cycles = m_data.cycles[integrationId];
    ++(ok ? cycles.ok : cycles.failed);
    cycles.created += quint64(std::max(0, created));
    cycles.needAttention += quint64(std::max(0, needAttention));
    cycles.completed += quint64(std::max(0, completed));
    for (size_t i = 0; i < kCycleBuckets.size(); ++i) {
        if (seconds <= kCycleBuckets.at(i))
            ++m_data.cycleBucketCounts.at(i);
    }
    ++m_data.cycleCount;
    m_data.cycleSecondsSum += seconds;
}

EngineMetrics::Snapshot EngineMetrics::snapshot() const
{
    const QMutexLocker lock(&m_mutex);
    // A deep copy, made under the lock. A plain copy would share the hashes' data with m_data: the
    // reader (the /metrics server, on the main thread) reads it after the lock is gone, and once it
    // drops its copy the sync thread's next count sees the data unshared and writes it in place,
    // ordered with that read only by Qt's relaxed check of the reference count, not by this mutex
    // (ThreadSanitizer reported it in a headless wharf). Detached here, the copy shares no container
    // data with m_data; the shared QString keys are never written.
    Snapshot copy = m_data;
    copy.requests.detach();
    copy.rateLimited.detach();
    copy.errors.detach();
    for (auto &byKind : copy.errors)
        byKind.detach();
    copy.cycles.detach();
    return copy;
}

void EngineMetrics::reset()
{
    const QMutexLocker lock(&m_mutex);
    m_data = {};
}

QString EngineMetrics::apiOf(const QString &label)
{
    const QString first = label.section(QLatin1Char(' '), 0, 0).trimmed();
    return first.isEmpty() ? QStringLiteral("other") : first;
}

} // namespace wharf
