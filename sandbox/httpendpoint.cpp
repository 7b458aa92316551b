#include "httpendpoint.h"

#include "fault.h"
#include "httpservice.h"
#include "logging.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace wharf::sandbox {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 204:
        return "No Content"_ba;
    case 228:
        return "Created with issues"_ba; // CartonCloud's own code
    case 301:
        return "Moved Permanently"_ba;
    case 302:
        return "Found"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 406:
        return "Not Acceptable"_ba;
    case 409:
        return "Conflict"_ba;
    case 412:
        return "Precondition Failed"_ba;
    case 413:
        return "Payload Too Large"_ba;
    case 422:
        return "Unprocessable Entity"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 501:
        return "Not Implemented"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 504:
        return "Gateway Timeout"_ba;
    default:
        return "Status"_ba;
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    case QHttpServerRequest::Method::Connect:
        return "CONNECT"_ba;
    case QHttpServerRequest::Method::Trace:
        return "TRACE"_ba;
    default:
        return "UNKNOWN"_ba;
    }
}

const QByteArray kLoginPage = R"(<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8"><title>Log In &lsaquo; Sandbox Store &#8212; WordPress</title></head>
<body class="login no-js login-action-login wp-core-ui">
<div id="login"><h1><a href="https://wordpress.org/">Powered by WordPress</a></h1>
<form name="loginform" id="loginform" action="/wp-login.php" method="post">
<p><label for="user_login">Username or Email Address</label><input type="text" name="log" id="user_login"></p>
<p><label for="user_pass">Password</label><input type="password" name="pwd" id="user_pass"></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" value="Log In"></p>
</form></div></body></html>
)"_ba;

const QByteArray kPhpNoise = "<br />\n<b>Fatal error</b>:  Allowed memory size of 134217728 bytes exhausted "
                             "(tried to allocate 20480 bytes) in <b>/var/www/html/wp-includes/wp-db.php</b> "
                             "on line <b>2056</b><br />\n"_ba;

} // namespace

HttpEndpoint::HttpEndpoint(HttpService *service, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
{
}

bool HttpEndpoint::listenLocal(quint16 port, const std::optional<QSslConfiguration> &ssl)
{
    if (ssl) {
        sslSetup(*ssl);
        m_secure = true;
    }
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port == 0)
        qCWarning(lcSandbox) << "cannot listen on 127.0.0.1 port" << port;
    return m_port != 0;
}

QUrl HttpEndpoint::baseUrl() const
{
    QUrl url;
    url.setScheme(m_secure ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

bool HttpEndpoint::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest copy;
    copy.method = methodName(request.method());
    const QUrl url = request.url();
    copy.path = url.path();
    copy.rawPath = url.path(QUrl::FullyEncoded).toUtf8();
    copy.rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
    copy.headers = request.headers();
    copy.body = request.body();
    copy.secure = m_secure;
    copy.localPort = m_port;

    const QString route = m_service->routeOf(copy);
    const std::optional<Fault> fault = m_service->faults().take(copy.method, copy.path, route);

    RequestLog::Entry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = copy.method;
    entry.path = copy.path;
    entry.route = route;
    entry.query = copy.rawQuery;
    entry.headers = copy.headers;
    entry.body = copy.body;
    entry.secure = m_secure;
    entry.peerPort = socket ? socket->peerPort() : 0;
    if (fault)
        entry.fault = Fault::kindName(fault->kind);
    const qsizetype logIndex = m_service->requestLog().append(std::move(entry));

    QPointer<QTcpSocket> guarded(socket);
    const int commitDelay = m_service->commitDelayMs(copy);
    const int delay = (fault ? fault->delayMs : 0) + commitDelay;
    if (delay > 0) {
        const bool evenIfGone = commitDelay > 0;
        QTimer::singleShot(delay, this, [this, guarded, copy, logIndex, fault, evenIfGone] {
            serve(guarded, copy, logIndex, fault, evenIfGone);
        });
    } else {
        serve(guarded, copy, logIndex, fault);
    }
    return true;
}

void HttpEndpoint::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() answers everything, including unknown routes.
}

void HttpEndpoint::serve(QPointer<QTcpSocket> socket, const HttpRequest &request, qsizetype logIndex,
                         const std::optional<Fault> &fault, bool evenIfGone)
{
    RequestLog &log = m_service->requestLog();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        // The client gave up; a server that commits late still does the work (only faults that
        // answer normally let it through: the others never reach the service anyway).
        if (evenIfGone && (!fault || fault->kind == Fault::Kind::Latency)) {
            log.finish(logIndex, m_service->handle(request).status, false);
            return;
        }
        log.finish(logIndex, 0);
        return;
    }
    HttpResponse response;
    if (!fault || fault->kind == Fault::Kind::Latency) {
        response = m_service->handle(request);
    } else {
        switch (fault->kind) {
        case Fault::Kind::NeverReply:
            log.finish(logIndex, 0);
            return;
        case Fault::Kind::ConnectionReset:
            log.finish(logIndex, -1);
            reset(socket);
            return;
        case Fault::Kind::Status:
            response = m_service->errorResponse(fault->status);
            if (!fault->body.isEmpty())
                response.body = fault->body;
            break;
        case Fault::Kind::RateLimited:
            response = m_service->errorResponse(429);
            if (fault->retryAfterSeconds >= 0)
                response.setHeader("Retry-After", QByteArray::number(fault->retryAfterSeconds));
            break;
        case Fault::Kind::NotJson:
            response = HttpResponse::text(200, kPhpNoise, "application/json; charset=UTF-8"_ba);
            break;
        case Fault::Kind::HtmlLoginPage:
            response = HttpResponse::text(200, kLoginPage, "text/html; charset=UTF-8"_ba);
            break;
        case Fault::Kind::TruncatedBody:
            // The state change happens (the server did the work); only the answer is cut.
            response = m_service->handle(request);
            response.body.truncate(response.body.size() / 2);
            break;
        case Fault::Kind::Latency:
            break;
        }
    }
    log.finish(logIndex, response.status);
    write(socket, request, std::move(response));
}

void HttpEndpoint::write(QTcpSocket *socket, const HttpRequest &request, HttpResponse response)
{
    QByteArray out;
    out.reserve(response.body.size() + 512);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    bool hasType = false;
    for (const auto &[name, value] : std::as_const(response.headers)) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            hasType = true;
        out += name + ": " + value + "\r\n";
    }
    if (!hasType && !response.body.isEmpty())
        out += "Content-Type: application/octet-stream\r\n";
    if (response.status != 204)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    const bool close = request.header("Connection").toLower() == "close";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (request.method != "HEAD" && response.status != 204)
        out += response.body;
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

void HttpEndpoint::reset(QTcpSocket *socket)
{
    // SO_LINGER with a zero timeout makes close() send RST, which is what a crashed proxy or a
    // killed PHP worker looks like to the client; a plain close would be an orderly FIN.
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        linger option {1, 0};
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
    socket->abort();
}

} // namespace wharf::sandbox
