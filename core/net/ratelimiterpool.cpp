#include "core/net/ratelimiterpool.h"

namespace wharf::net {

RateLimiterPool::RateLimiterPool(int limit, std::chrono::milliseconds window, std::chrono::milliseconds margin,
                                 Clock::Function clock)
    : m_limit(limit)
    , m_window(window)
    , m_margin(margin)
    , m_clock(std::move(clock))
{
}

std::shared_ptr<RateLimiter> RateLimiterPool::limiterFor(const QString &accountKey)
{
    QMutexLocker lock(&m_mutex);
    auto &limiter = m_limiters[accountKey];
    if (!limiter)
        limiter = std::make_shared<RateLimiter>(m_limit, m_window, m_margin, m_clock);
    return limiter;
}

} // namespace wharf::net
