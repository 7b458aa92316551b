#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QByteArrayList>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <functional>

namespace wharf::sandbox {

// A small regex router: the services own their routes, and the route template doubles as the
// request log's name for the route.
class Router
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &request, const QStringList &captures)>;

    struct Route
    {
        QByteArrayList methods;
        QRegularExpression pattern;
        QString name;
        Handler handler;
    };

    struct Match
    {
        const Route *route = nullptr; // path and method matched
        QString name; // template of the first route whose path matched, whatever the method
        QStringList captures;
    };

    // `pattern` is anchored automatically; `name` is the template shown in logs.
    void add(const QByteArrayList &methods, const QString &pattern, const QString &name, Handler handler);
    Match match(const QByteArray &method, const QString &path) const;

private:
    QList<Route> m_routes;
};

} // namespace wharf::sandbox
