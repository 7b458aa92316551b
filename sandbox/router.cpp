#include "router.h"

namespace wharf::sandbox {

void Router::add(const QByteArrayList &methods, const QString &pattern, const QString &name, Handler handler)
{
    Route route;
    route.methods = methods;
    route.pattern = QRegularExpression(QRegularExpression::anchoredPattern(pattern));
    route.name = name;
    route.handler = std::move(handler);
    m_routes.append(std::move(route));
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch m = route.pattern.match(path);
        if (!m.hasMatch())
            continue;
        if (result.name.isEmpty())
            result.name = route.name;
        if (!route.methods.contains(method))
            continue;
        result.route = &route;
        result.name = route.name;
        result.captures = m.capturedTexts().mid(1);
        return result;
    }
    return result;
}

} // namespace wharf::sandbox
