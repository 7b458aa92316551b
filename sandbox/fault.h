#pragma once

#include <QByteArray>
#include <QString>

namespace wharf::sandbox {

// One injected misbehaviour. A fault matches a request by method (empty = any) and by path:
// the pattern is compared with the request path and with the route template (e.g.
// "/wp-json/wc/v3/orders/<id>"); a trailing '*' makes it a prefix match, "*" alone matches all.
struct Fault
{
    enum class Kind {
        Status, // reply with `status` and a body in the service's own error shape (or `body`)
        Latency, // answer normally, but only after `delayMs`
        NeverReply, // read the request and keep the connection open without ever answering
        ConnectionReset, // close the connection with a TCP RST instead of answering
        NotJson, // status 200, Content-Type JSON, body "<br />\n<b>Fatal error</b>..." (PHP noise)
        TruncatedBody, // the normal answer cut in half (Content-Length matches the cut body)
        HtmlLoginPage, // status 200 with a WordPress/SSO HTML login page (a captive proxy)
        RateLimited, // 429, with `Retry-After: retryAfterSeconds` unless that is negative
    };

    Kind kind = Kind::Status;
    QByteArray method; // "GET", "POST", ... or empty for any
    QString path = QStringLiteral("*");
    int status = 500; // Kind::Status
    int delayMs = 0; // added before any kind (Latency uses only this)
    int retryAfterSeconds = -1; // Kind::RateLimited; < 0 = no Retry-After header
    int times = -1; // how many matching requests it applies to; -1 = until cleared
    QByteArray body; // optional body for Kind::Status

    static Fault httpStatus(const QString &path, int code, int times = -1);
    static Fault latency(const QString &path, int delayMs, int times = -1);
    static Fault of(Kind kind, const QString &path, int times = -1);
    static Fault rateLimited(const QString &path, int retryAfterSeconds, int times = -1);

    // "status", "latency", "never-reply", "reset", "not-json", "truncated", "html-login",
    // "rate-limited" (used by the control API and the command line).
    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
};

} // namespace wharf::sandbox
