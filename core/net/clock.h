#pragma once

#include <chrono>
#include <functional>

namespace wharf::net {

// A monotonic time source that tests can replace, so that timing logic is tested without sleeping.
class Clock
{
public:
    using Function = std::function<std::chrono::milliseconds()>;

    // Milliseconds on the steady clock (arbitrary epoch, never jumps).
    static std::chrono::milliseconds steadyNow();
    static Function steady() { return &Clock::steadyNow; }
};

} // namespace wharf::net
