#include "fault.h"

#include <array>
#include <utility>

namespace wharf::sandbox {

namespace {
constexpr std::array kKindNames {
    std::pair {Fault::Kind::Status, u"status"},
    std::pair {Fault::Kind::Latency, u"latency"},
    std::pair {Fault::Kind::NeverReply, u"never-reply"},
    std::pair {Fault::Kind::ConnectionReset, u"reset"},
    std::pair {Fault::Kind::NotJson, u"not-json"},
    std::pair {Fault::Kind::TruncatedBody, u"truncated"},
    std::pair {Fault::Kind::HtmlLoginPage, u"html-login"},
    std::pair {Fault::Kind::RateLimited, u"rate-limited"},
};
} // namespace

Fault Fault::httpStatus(const QString &path, int code, int times)
{
    Fault fault;
    fault.kind = Kind::Status;
    fault.path = path;
    fault.status = code;
    fault.times = times;
    return fault;
}

Fault Fault::latency(const QString &path, int delayMs, int times)
{
    Fault fault;
    fault.kind = Kind::Latency;
    fault.path = path;
    fault.delayMs = delayMs;
    fault.times = times;
    return fault;
}

Fault Fault::of(Kind kind, const QString &path, int times)
{
    Fault fault;
    fault.kind = kind;
    fault.path = path;
    fault.times = times;
    return fault;
}

Fault Fault::rateLimited(const QString &path, int retryAfterSeconds, int times)
{
    Fault fault;
    fault.kind = Kind::RateLimited;
    fault.path = path;
    fault.status = 429;
    fault.retryAfterSeconds = retryAfterSeconds;
    fault.times = times;
    return fault;
}

QString Fault::kindName(Kind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return QString::fromUtf16(name);
    }
    return {};
}

bool Fault::kindFromName(const QString &name, Kind *kind)
{
    for (const auto &[k, n] : kKindNames) {
        if (name == QStringView(n)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace wharf::sandbox
