#pragma once

#include <QDateTime>

#include <chrono>

namespace wharf::net {

// The schedule for an item (an order) that keeps failing: 25 s, then ×5 each time, never more than
// 24 h apart. Unlike RetryPolicy, which spaces the retries of one request, this spaces whole attempts
// across sync cycles. The bounds are constructor arguments so that tests can shrink them.
class Backoff
{
public:
    // Not explicit, so that a struct holding a Backoff can still be initialised with "= {}".
    Backoff();
    Backoff(std::chrono::seconds first, int factor, std::chrono::seconds max);

    // Delay after the given number of consecutive failures (1 = the first failure). Zero for none.
    std::chrono::seconds delayAfter(int failures) const;
    // `random01` in [0, 1) spreads items that failed together by up to a tenth of the delay, so that
    // a store coming back is not hit by all its items at once.
    std::chrono::seconds delayAfter(int failures, double random01) const;
    QDateTime nextAttempt(const QDateTime &lastFailure, int failures) const;

    std::chrono::seconds first() const { return m_first; }
    std::chrono::seconds max() const { return m_max; }

private:
    std::chrono::seconds m_first;
    int m_factor;
    std::chrono::seconds m_max;
};

} // namespace wharf::net
