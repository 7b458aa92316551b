#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>

namespace wharf::net {

// How HttpClient repeats a safe request that failed transiently: exponential backoff with jitter,
// never sooner than the server's Retry-After. The numbers are members so that tests can shrink them.
struct RetryPolicy
{
    // Attempts in total, the first included. 1 disables retries.
    int maxAttempts = 4;
    std::chrono::milliseconds baseDelay {1000};
    std::chrono::milliseconds maxDelay {30000};
    // A Retry-After longer than this is not waited out inside one call: the call fails as
    // RateLimited carrying retryAfter, and the caller (sync engine) reschedules the work instead of
    // holding a request open for minutes.
    std::chrono::seconds maxRetryAfter {120};

    // Delay before attempt number `attempt` (2 for the first retry). `random01` in [0, 1) supplies
    // the jitter, so that many clients that failed together do not retry together ("equal jitter":
    // between half and all of the exponential step).
    std::chrono::milliseconds delayBefore(int attempt, std::chrono::seconds retryAfter, double random01) const;

    // Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3). Zero when absent,
    // unreadable or in the past.
    static std::chrono::seconds parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

    static RetryPolicy noRetries()
    {
        RetryPolicy p;
        p.maxAttempts = 1;
        return p;
    }
};

} // namespace wharf::net
