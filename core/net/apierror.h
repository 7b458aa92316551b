#pragma once

#include <QMetaType>
#include <QString>

#include <chrono>

namespace wharf::net {

// What went wrong with a call, as a kind the code can act on and a sentence a warehouse person can act on.
struct ApiError
{
    enum class Kind {
        None, // no error: the call succeeded
        Auth, // credentials missing, wrong or expired
        Permission, // authenticated, but not allowed to do this
        NotFound,
        RateLimited, // the server asked us to slow down (429)
        Transient, // timeouts, 5xx, maintenance: worth trying again later
        InvalidResponse, // the server answered something we cannot read
        Tls, // certificate or handshake problem; never ignored
        Network, // host not found, connection refused, no route
        Validation, // the server understood the request and refused its content (400, 422)
    };

    Kind kind = Kind::None;
    // Translated, complete, actionable. Never contains a secret.
    QString sentence;
    // 0 when no HTTP status was received.
    int httpStatus = 0;
    // From Retry-After, when the server sent one; zero otherwise.
    std::chrono::seconds retryAfter {0};
    // The server's own error code when it sent one (e.g. "woocommerce_rest_cannot_view",
    // "DUPLICATE"): lets callers branch on facts rather than on sentences.
    QString serverCode;
    // The server's own message, untranslated, for logs and details views only.
    QString serverMessage;

    bool isError() const { return kind != Kind::None; }
    // Whether waiting and repeating the same request could succeed.
    bool isTransient() const { return kind == Kind::Transient || kind == Kind::RateLimited || kind == Kind::Network; }

    static ApiError make(Kind kind, const QString &sentence, int httpStatus = 0)
    {
        ApiError e;
        e.kind = kind;
        e.sentence = sentence;
        e.httpStatus = httpStatus;
        return e;
    }

    // Stable, untranslated name for logs and tests ("Auth", "RateLimited", …).
    static QString kindName(Kind kind);
};

} // namespace wharf::net

Q_DECLARE_METATYPE(wharf::net::ApiError)
