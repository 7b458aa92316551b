#include "core/net/clock.h"

namespace wharf::net {

std::chrono::milliseconds Clock::steadyNow()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch());
}

} // namespace wharf::net
