#include "core/net/httpresult.h"

namespace wharf::net {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

int HttpResult::intHeader(const QByteArray &name, int fallback) const
{
    bool ok = false;
    const int v = header(name).trimmed().toInt(&ok);
    return ok ? v : fallback;
}

} // namespace wharf::net
