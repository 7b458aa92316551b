#pragma once

#include <chrono>
#include <functional>

class QObject;

namespace wharf::net {

// The right to send one CartonCloud outbound-order create. CartonCloud counts 30 creates per
// minute per API client, whoever sends them; a budget hands out slots so that the count is never
// reached. RateLimiter keeps it in memory (one process, tests); SharedCreateBudget keeps it in the
// database, shared by every process and worker and surviving restarts.
class CreateBudget
{
public:
    // Runs `go` on the context's thread after `wait`, unless the context is destroyed first.
    using Scheduler = std::function<void(std::chrono::milliseconds wait, QObject *context, std::function<void()> go)>;

    virtual ~CreateBudget() = default;

    // Reserves the next free slot and returns how long from now the caller must wait before
    // sending. A reservation is spent whether or not the caller then sends.
    virtual std::chrono::milliseconds reserve() = 0;
    // The server said 429 anyway: hold every grant until `duration` from now.
    virtual void holdFor(std::chrono::milliseconds duration) = 0;

    // Runs `go` on the context's thread once a slot is reached, without blocking. Nothing runs if
    // the context is destroyed first (the slot is then lost, which only errs on the slow side).
    void acquire(QObject *context, std::function<void()> go);

    // How acquire() waits: a timer by default. Tests of pacing give a scheduler that moves their
    // own clock forward instead (tests/support/virtualclock.h), so that what they prove does not
    // depend on the machine's speed.
    void setScheduler(Scheduler scheduler) { m_scheduler = std::move(scheduler); }

private:
    Scheduler m_scheduler;
};

} // namespace wharf::net
