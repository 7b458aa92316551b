#include "core/net/ratelimiter.h"

#include <algorithm>

namespace wharf::net {

RateLimiter::RateLimiter(int limit, std::chrono::milliseconds window, std::chrono::milliseconds margin,
                         Clock::Function clock)
    : m_limit(std::max(1, limit))
    , m_window(window + margin)
    , m_spacing(m_window / m_limit + std::chrono::milliseconds((m_window.count() % m_limit) ? 1 : 0))
    , m_clock(clock ? std::move(clock) : Clock::steady())
{
}

std::chrono::milliseconds RateLimiter::nextSlotLocked(std::chrono::milliseconds now) const
{
    auto slot = std::max(now, m_heldUntil);
    if (!m_grants.empty())
        slot = std::max(slot, m_grants.back() + m_spacing);
    // The oldest of the last `limit` grants must have left the window before another one goes.
    if (int(m_grants.size()) >= m_limit)
        slot = std::max(slot, m_grants[m_grants.size() - size_t(m_limit)] + m_window);
    return slot;
}

std::chrono::milliseconds RateLimiter::reserve()
{
    QMutexLocker lock(&m_mutex);
    const auto now = m_clock();
    const auto slot = nextSlotLocked(now);
    m_grants.push_back(slot);
    while (int(m_grants.size()) > m_limit)
        m_grants.pop_front();
    return slot - now;
}

std::chrono::milliseconds RateLimiter::waitIfReservedNow() const
{
    QMutexLocker lock(&m_mutex);
    const auto now = m_clock();
    return nextSlotLocked(now) - now;
}

void RateLimiter::holdFor(std::chrono::milliseconds duration)
{
    QMutexLocker lock(&m_mutex);
    m_heldUntil = std::max(m_heldUntil, m_clock() + duration);
}

} // namespace wharf::net
