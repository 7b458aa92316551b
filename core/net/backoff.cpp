#include "core/net/backoff.h"

#include <algorithm>

namespace wharf::net {

Backoff::Backoff()
    : Backoff(std::chrono::seconds(25), 5, std::chrono::hours(24))
{
}

Backoff::Backoff(std::chrono::seconds first, int factor, std::chrono::seconds max)
    : m_first(std::max<std::chrono::seconds>(first, std::chrono::seconds(0)))
    , m_factor(std::max(1, factor))
    , m_max(std::max(max, m_first))
{
}

std::chrono::seconds Backoff::delayAfter(int failures) const
{
    if (failures <= 0)
        return std::chrono::seconds(0);
    qint64 delay = m_first.count();
    for (int i = 1; i < failures && delay < m_max.count(); ++i)
        delay *= m_factor;
    return std::chrono::seconds(std::min<qint64>(delay, m_max.count()));
}

std::chrono::seconds Backoff::delayAfter(int failures, double random01) const
{
    const auto base = delayAfter(failures);
    const double jitter = std::clamp(random01, 0.0, 1.0) * double(base.count()) / 10.0;
    return std::min(m_max, base + std::chrono::seconds(qint64(jitter)));
}

QDateTime Backoff::nextAttempt(const QDateTime &lastFailure, int failures) const
{
    return lastFailure.addSecs(delayAfter(failures).count());
}

} // namespace wharf::net
