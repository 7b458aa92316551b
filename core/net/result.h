#pragma once

#include "core/net/apierror.h"

#include <functional>
#include <utility>

namespace wharf::net {

// The outcome of an asynchronous client call: a value, or an error (never both meaningful).
template<typename T> struct Result
{
    T value {};
    ApiError error;

    bool ok() const { return !error.isError(); }

    static Result success(T v)
    {
        Result r;
        r.value = std::move(v);
        return r;
    }
    static Result failure(ApiError e)
    {
        Result r;
        r.error = std::move(e);
        return r;
    }
};

// Calls complete by invoking a callback on the client's thread, and only while the caller's context
// object is alive (the same contract as QTimer::singleShot with a context).
template<typename T> using Callback = std::function<void(const Result<T> &)>;

// For calls whose only outcome is success or an error.
struct Done
{
};

} // namespace wharf::net
