#pragma once

#include "core/net/clock.h"
#include "core/net/createbudget.h"

#include <QMutex>

#include <chrono>
#include <deque>
#include <functional>

class QObject;

namespace wharf::net {

// Paces one kind of request (CartonCloud outbound-order creates) so that the server's limit is never
// reached: CartonCloud allows 30 creates per minute per API client and answers 429 beyond that. This
// budget lives in one process's memory (a WmsClient on its own, tests); the engine uses
// SharedCreateBudget, kept in the database, because the server counts per API client, whichever
// process sends.
//
// Two rules together: at most `limit` grants in any sliding window of `window + margin`, and grants
// spaced at least (window + margin) / limit apart, so work flows evenly instead of in bursts. The
// margin absorbs the difference between when we send and when the server counts (latency, clocks).
//
// Slots are reserved in order, so waiting callers are served first come, first served. Thread-safe.
class RateLimiter : public CreateBudget
{
public:
    explicit RateLimiter(int limit = 30, std::chrono::milliseconds window = std::chrono::seconds(60),
                         std::chrono::milliseconds margin = std::chrono::seconds(1),
                         Clock::Function clock = Clock::steady());

    // Reserves the next free slot and returns how long from now the caller must wait before sending.
    // A reservation is spent whether or not the caller then sends.
    std::chrono::milliseconds reserve() override;
    // How long a reservation made now would wait, without making one.
    std::chrono::milliseconds waitIfReservedNow() const;
    // The server said 429 anyway (another program on the same API client, say): hold every grant
    // until `duration` from now.
    void holdFor(std::chrono::milliseconds duration) override;

    int limit() const { return m_limit; }
    std::chrono::milliseconds window() const { return m_window; }
    std::chrono::milliseconds spacing() const { return m_spacing; }

private:
    std::chrono::milliseconds nextSlotLocked(std::chrono::milliseconds now) const;

    const int m_limit;
    const std::chrono::milliseconds m_window; // including the margin
    const std::chrono::milliseconds m_spacing;
    Clock::Function m_clock;
    mutable QMutex m_mutex;
    std::deque<std::chrono::milliseconds> m_grants; // the last `limit` grant times, oldest first
    std::chrono::milliseconds m_heldUntil {0};
};

} // namespace wharf::net
