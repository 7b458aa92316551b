#pragma once

#include "faultinjector.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "requestlog.h"

#include <QString>

namespace wharf::sandbox {

// What an HttpEndpoint serves: a WooCommerce store, the CartonCloud API or the control API.
// The endpoint owns sockets, faults and logging; the service only maps a request to a response.
class HttpService
{
public:
    virtual ~HttpService() = default;

    // The route template a request resolves to ("/wp-json/wc/v3/orders/<id>"), or empty.
    virtual QString routeOf(const HttpRequest &request) const = 0;
    virtual HttpResponse handle(const HttpRequest &request) = 0;
    // A reply with `status` in this service's own error shape, for Fault::Kind::Status.
    virtual HttpResponse errorResponse(int status) const = 0;
    // > 0: the request is handled this many ms after it arrived, and handled even if the client
    // has gone by then (a server that finishes work its client gave up waiting for).
    virtual int commitDelayMs(const HttpRequest &request) const
    {
        Q_UNUSED(request);
        return 0;
    }

    FaultInjector &faults() { return m_faults; }
    RequestLog &requestLog() { return m_log; }
    const RequestLog &requestLog() const { return m_log; }

private:
    FaultInjector m_faults;
    RequestLog m_log;
};

} // namespace wharf::sandbox
