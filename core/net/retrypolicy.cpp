#include "core/net/retrypolicy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wharf::net {

std::chrono::milliseconds RetryPolicy::delayBefore(int attempt, std::chrono::seconds retryAfter, double random01) const
{
    const int step = std::clamp(attempt - 2, 0, 30);
    const double exponential = std::min(double(baseDelay.count()) * std::pow(2.0, step), double(maxDelay.count()));
    const double jitter = std::clamp(random01, 0.0, 1.0);
    auto delay = std::chrono::milliseconds(qint64(exponential / 2.0 + jitter * exponential / 2.0));
    if (retryAfter.count() > 0)
        delay = std::max<std::chrono::milliseconds>(delay, retryAfter);
    return delay;
}

std::chrono::seconds RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::chrono::seconds(0);
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return std::chrono::seconds(std::max<qint64>(0, seconds));
    // IMF-fixdate, the only date form a sender may generate: "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid())
        return std::chrono::seconds(0);
    when.setTimeSpec(Qt::UTC);
    return std::chrono::seconds(std::max<qint64>(0, nowUtc.secsTo(when)));
}

} // namespace wharf::net
