#pragma once

#include "core/net/clock.h"
#include "core/net/createbudget.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <map>
#include <memory>

namespace wharf::test {

// A clock for tests of create pacing, which only waiting moves: a wait of N ms is not slept, it
// moves the clock N ms ahead (never backwards) when the wait's turn comes, and runs the waiter.
// The create budget (SyncEngine::Options::createClock/createScheduler) and the sandbox's rate
// limit (CartonCloudServer::setRateLimitClock) are given the same clock, so that the time between
// the budget's grant and the server's count is the budget's own, whatever the machine's speed: a
// sanitizer or a loaded machine cannot turn a correct pacer into a 429, nor hide a wrong one.
//
// The clock stands still from a grant until the server has counted that create (it reads the
// clock then), as real time would barely move in between; a grant whose create never arrives (the
// sender changed its mind) releases the clock after a second of real time.
class VirtualClock
{
public:
    VirtualClock()
        : m_state(std::make_shared<State>())
    {
    }

    qint64 nowMs() const { return m_state->now; }

    // For the budget: the clock as it is.
    net::Clock::Function function() const
    {
        auto state = m_state;
        return [state]() {
            return std::chrono::milliseconds(state->now);
        };
    }
    // For the server: the clock, read as a create is counted — which releases the next waiter.
    std::function<qint64()> arrivals() const
    {
        auto state = m_state;
        return [state]() {
            if (state->granted > 0)
                --state->granted;
            pumpLater(state);
            return state->now;
        };
    }
    net::CreateBudget::Scheduler scheduler() const
    {
        auto state = m_state;
        return [state](std::chrono::milliseconds wait, QObject *context, std::function<void()> go) {
            state->waiting.emplace(state->now + wait.count(), Waiter {QPointer<QObject>(context), std::move(go)});
            pumpLater(state);
        };
    }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> go;
    };
    struct State
    {
        qint64 now = 1'700'000'000'000;
        int granted = 0; // grants whose create the server has not counted yet
        QElapsedTimer grantedAt;
        std::multimap<qint64, Waiter> waiting; // by due time, then in the order asked
    };

    static void pumpLater(const std::shared_ptr<State> &state)
    {
        QTimer::singleShot(0, [state]() { pump(state); });
    }

    static void pump(const std::shared_ptr<State> &state)
    {
        if (state->waiting.empty())
            return;
        if (state->granted > 0) {
            if (state->grantedAt.elapsed() < 1000) {
                QTimer::singleShot(20, [state]() { pump(state); });
                return;
            }
            state->granted = 0;
        }
        auto next = state->waiting.begin();
        const qint64 due = next->first;
        Waiter waiter = std::move(next->second);
        state->waiting.erase(next);
        if (!waiter.context) {
            pumpLater(state);
            return;
        }
        state->now = std::max(state->now, due);
        state->granted = 1;
        state->grantedAt.start();
        QMetaObject::invokeMethod(waiter.context, std::move(waiter.go), Qt::QueuedConnection);
    }

    std::shared_ptr<State> m_state;
};

} // namespace wharf::test
