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

bool FairShare::mayTake(int held, std::chrono::milliseconds freeFor, std::chrono::milliseconds leasePeriod) const
{
    return held < m_share || freeFor >= leasePeriod;
}

int FairShare::surplus(int held) const
{
    return std::max(0, held - (m_share + kSlack));
}

} // namespace wharf
