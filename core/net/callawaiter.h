#pragma once

#include "core/net/apierror.h"
#include "core/net/httpresult.h"
#include "core/net/result.h"

#include <QCoreApplication>
#include <QObject>

#include <coroutine>
#include <functional>
#include <memory>
#include <optional>

namespace wharf::net {

// The one bridge from the clients' callback API to coroutines: `co_await CallAwaiter<R>(owner,
// start)` starts a call and suspends until its callback delivers the result R.
//
// The clients call back only while the call's context object is alive (result.h). Each awaited
// call gets a context of its own, a child of `owner`: when the owner is deleted before the answer
// comes, the context dies with it and the coroutine is resumed at once with a "cancelled" result
// instead of never — so that no coroutine frame is left suspended for ever. A coroutine resumed
// that way must not touch the owner's members unless it knows them alive (IntegrationPipeline
// cancels its calls in its destructor, while everything is still there).
//
// Not QCoro's own adapters: the clients' one request path (HttpClient) stays callback-based, so
// that the wizard's controllers and the engine share it unchanged; this wraps it once.
template<typename R> class CallAwaiter
{
public:
    using Start = std::function<void(QObject *context, std::function<void(const R &)> done)>;

    CallAwaiter(QObject *owner, Start start)
        : m_owner(owner)
        , m_start(std::move(start))
        , m_state(std::make_shared<State>())
    {
    }

    bool await_ready() const noexcept { return false; }

    // Returns false (do not suspend) when the client answered before start() returned, so that
    // the coroutine is never resumed from inside its own suspension.
    bool await_suspend(std::coroutine_handle<> awaiting)
    {
        auto state = m_state;
        auto *context = new QObject(m_owner);
        state->awaiting = awaiting;
        QObject::connect(context, &QObject::destroyed, [state]() {
            if (state->result)
                return;
            state->result = cancelled();
            if (!state->starting)
                state->awaiting.resume();
        });
        state->starting = true;
        m_start(context, [state, context](const R &result) {
            if (state->result)
                return;
            state->result = result;
            context->deleteLater();
            if (!state->starting)
                state->awaiting.resume();
        });
        state->starting = false;
        return !state->result;
    }

    R await_resume() { return std::move(*m_state->result); }

    // The result a coroutine sees when its owner went away before the answer came.
    static R cancelled()
    {
        R result;
        result.error =
            ApiError::make(ApiError::Kind::Transient,
                           QCoreApplication::translate("wharf::net::CallAwaiter", "The request was cancelled."));
        result.error.serverCode = QStringLiteral("wharf_cancelled");
        return result;
    }

private:
    struct State
    {
        std::optional<R> result;
        std::coroutine_handle<> awaiting;
        bool starting = false;
    };

    QObject *m_owner;
    Start m_start;
    std::shared_ptr<State> m_state;
};

// The usual forms: a client call that answers with Result<T>, and a raw HTTP call.
template<typename T> using ResultAwaiter = CallAwaiter<Result<T>>;
using HttpAwaiter = CallAwaiter<HttpResult>;

} // namespace wharf::net
