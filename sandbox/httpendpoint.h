#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QSslConfiguration>

#include <optional>

class QTcpSocket;

namespace wharf::sandbox {

class HttpService;
struct Fault;

// One listening socket on 127.0.0.1 (plain or TLS) in front of an HttpService. It is built on
// QAbstractHttpServer rather than QHttpServer's router because Qt 6.4's responders cannot
// answer late, cut a body short or reset a connection, and fault injection needs all three.
class HttpEndpoint : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HttpEndpoint(HttpService *service, QObject *parent = nullptr);

    // Binds 127.0.0.1:port (0 = any free port). With `ssl` the listener speaks HTTPS only.
    bool listenLocal(quint16 port, const std::optional<QSslConfiguration> &ssl = std::nullopt);
    quint16 port() const { return m_port; }
    bool isSecure() const { return m_secure; }
    QUrl baseUrl() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void serve(QPointer<QTcpSocket> socket, const HttpRequest &request, qsizetype logIndex,
               const std::optional<Fault> &fault, bool evenIfGone = false);
    void write(QTcpSocket *socket, const HttpRequest &request, HttpResponse response);
    static void reset(QTcpSocket *socket);

    HttpService *m_service;
    quint16 m_port = 0;
    bool m_secure = false;
};

} // namespace wharf::sandbox
