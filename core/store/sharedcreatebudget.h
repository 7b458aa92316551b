#pragma once

#include "core/net/clock.h"
#include "core/net/createbudget.h"
#include "core/store/repository.h"

#include <QString>

namespace wharf {

// One CartonCloud API client's create budget, kept in the database: the next free slot is one
// row, moved forward by one statement per reservation, so every process and worker that uses the
// API client draws from the same budget, and a restart does not start with a fresh one.
//
// Slots are spaced (window + margin) / limit apart, which keeps any window of `window` to at most
// `limit` creates: a token bucket of one token. Times are wall-clock milliseconds because the
// budget is compared between processes (the clock can be replaced in tests).
class SharedCreateBudget : public net::CreateBudget, private Repository
{
public:
    using WallClock = net::Clock::Function; // milliseconds since the epoch

    SharedCreateBudget(const Database &database, QString accountKey, int limit = 30,
                       std::chrono::milliseconds window = std::chrono::minutes(1),
                       std::chrono::milliseconds margin = std::chrono::seconds(1), WallClock clock = {});

    std::chrono::milliseconds reserve() override;
    void holdFor(std::chrono::milliseconds duration) override;

    std::chrono::milliseconds spacing() const { return m_spacing; }

private:
    QString m_accountKey;
    std::chrono::milliseconds m_spacing;
    WallClock m_clock;
};

} // namespace wharf
