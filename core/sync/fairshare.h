#pragma once

#include <chrono>

namespace wharf {

// How many integrations one engine works when several engines (workers on servers, a window on a
// desk) share one database: each takes free integrations only up to its fair share, so that no
// worker takes everything while others idle. The rule:
// - share = ceil(live integrations / live engines);
// - an engine takes a free integration while it holds fewer than its share, or whatever its count
//   when the integration has stayed free for a whole lease period (nobody else took it: better
//   one engine too many than an integration nobody syncs);
// - it lets go of those beyond share + 1 (the slack keeps two engines from passing one
//   integration back and forth when the numbers do not divide evenly).
class FairShare
{
public:
    static constexpr int kSlack = 1;

    FairShare(int liveIntegrations, int liveEngines);
    // A window opened on a server database is a console: the workers sync, it watches. It is not
    // counted among the engines, takes an integration only when it stayed free for a lease period
    // (no worker runs), and hands everything back as soon as a worker is alive.
    static FairShare forConsole(int liveWorkers);

    int share() const { return m_share; }
    bool mayTake(int held, std::chrono::milliseconds freeFor, std::chrono::milliseconds leasePeriod) const;
    // How many of its integrations an engine holding `held` should let go of.
    int surplus(int held) const;

private:
    FairShare() = default;

    int m_share = 0;
    bool m_console = false;
    bool m_workersAlive = false;
};

} // namespace wharf
