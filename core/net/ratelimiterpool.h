#pragma once

#include "core/net/ratelimiter.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

namespace wharf::net {

// Hands out one RateLimiter per CartonCloud account (keyed by base URL + API client id), so that all
// integrations of an account share the account's create budget. The sync engine owns one pool.
class RateLimiterPool
{
public:
    explicit RateLimiterPool(int limit = 30, std::chrono::milliseconds window = std::chrono::seconds(60),
                             std::chrono::milliseconds margin = std::chrono::seconds(1),
                             Clock::Function clock = Clock::steady());

    std::shared_ptr<RateLimiter> limiterFor(const QString &accountKey);

private:
    int m_limit;
    std::chrono::milliseconds m_window;
    std::chrono::milliseconds m_margin;
    Clock::Function m_clock;
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<RateLimiter>> m_limiters;
};

} // namespace wharf::net
