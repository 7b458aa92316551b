#include "core/sync/fairshare.h"

#include <algorithm>

namespace wharf {

FairShare::FairShare(int liveIntegrations, int liveEngines)
{
    // An engine always counts itself, even before its first heartbeat is read back.
    const int engines = std::max(1, liveEngines);
    const int integrations = std::max(0, liveIntegrations);
    m_share = (integrations + engines - 1) / engines;
}

FairShare FairShare::forConsole(int liveWorkers)
{
    FairShare console;
    console.m_console = true;
    console.m_workersAlive = liveWorkers > 0;
    return console;
}

bool FairShare::mayTake(int held, std::chrono::milliseconds freeFor, std::chrono::milliseconds leasePeriod) const
{
    return held < m_share || freeFor >= leasePeriod;
}

int FairShare::surplus(int held) const
{
    if (m_console)
        return m_workersAlive ? std::max(0, held) : 0;
    return std::max(0, held - (m_share + kSlack));
}

} // namespace wharf
