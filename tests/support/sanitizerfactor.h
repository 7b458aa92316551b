#pragma once

namespace wharf::test {

// How many times longer a bounded wait may take in a sanitized build: the same factor by which
// cmake/WharfTesting.cmake multiplies ctest timeouts (ThreadSanitizer 5, AddressSanitizer 3).
// Only for waits on whole-system progress (many processes on a busy machine), never for timing
// targets: those belong in tests/bench.
constexpr int sanitizerFactor()
{
#if defined(__SANITIZE_THREAD__)
    return 5;
#elif defined(__SANITIZE_ADDRESS__)
    return 3;
#else
    return 1;
#endif
}

} // namespace wharf::test
