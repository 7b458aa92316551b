#pragma once

#include "httpservice.h"

namespace wharf::sandbox {

class Sandbox;
class Router;

// The sandbox's own HTTP API, for scripts and for tests in other processes: read the request
// logs, arm faults, play the warehouse (pack, dispatch, tracking, reject, delete), switch the
// automatic mode and the store's behaviour, add orders. Every route is listed by GET /control.
class ControlApi : public HttpService
{
public:
    explicit ControlApi(Sandbox *sandbox);
    ~ControlApi() override;

    QString routeOf(const HttpRequest &request) const override;
    HttpResponse handle(const HttpRequest &request) override;
    HttpResponse errorResponse(int status) const override;

    static QString usage();

private:
    void buildRoutes();
    HttpService *service(const HttpRequest &request, QString *error) const;

    Sandbox *m_sandbox;
    std::unique_ptr<Router> m_router;
};

} // namespace wharf::sandbox
