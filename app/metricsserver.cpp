#include "app/metricsserver.h"

#include "core/monitoring/enginemetrics.h"
#include "core/monitoring/metricsexposition.h"
#include "core/store/database.h"
#include "core/store/integrationrepository.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QHttpServer>
#include <QHttpServerResponse>

namespace wharf {

MetricsServer::MetricsServer(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_server(std::make_unique<QHttpServer>())
{
    m_server->route(QStringLiteral("/metrics"), [this] {
        MetricsExposition::Process process;
        process.host = QHostInfo::localHostName();
        process.pid = QCoreApplication::applicationPid();
        process.engineRunning = m_engineRunning;
        const QString text = MetricsExposition::render(m_database, EngineMetrics::instance().snapshot(), process);
        return QHttpServerResponse(QByteArray(MetricsExposition::kContentType), text.toUtf8());
    });
    m_server->route(QStringLiteral("/healthz"), [this] {
        const bool answers = databaseAnswers();
        const bool healthy = m_engineRunning && answers;
        const QByteArray body = QByteArrayLiteral("engine: ") + (m_engineRunning ? "running" : "stopped")
            + QByteArrayLiteral("\ndatabase: ") + (answers ? "ok" : "not answering") + '\n';
        return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"), body,
                                   healthy ? QHttpServerResponse::StatusCode::Ok
                                           : QHttpServerResponse::StatusCode::ServiceUnavailable);
    });
}

MetricsServer::~MetricsServer() = default;

bool MetricsServer::parseAddress(const QString &text, bool allowRemote, QHostAddress *address, quint16 *port,
                                 QString *error)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint number = colon > 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!portOk || number > 65535 || host.isEmpty()) {
        *error = QCoreApplication::translate(
                     "wharf::MetricsServer",
                     "--metrics-listen takes an address and a port, such as 127.0.0.1:9108, not \"%1\".")
                     .arg(text);
        return false;
    }
    QHostAddress parsed;
    if (host == QLatin1String("localhost"))
        parsed = QHostAddress(QHostAddress::LocalHost);
    else if (!parsed.setAddress(host)) {
        *error = QCoreApplication::translate("wharf::MetricsServer",
                                             "--metrics-listen takes a numeric address (or localhost), not \"%1\".")
                     .arg(host);
        return false;
    }
    if (!parsed.isLoopback() && !allowRemote) {
        *error = QCoreApplication::translate(
                     "wharf::MetricsServer",
                     "%1 is not a loopback address: /metrics names customers and has no password. Put a proxy with "
                     "authentication in front of a loopback address, or add --metrics-allow-remote.")
                     .arg(host);
        return false;
    }
    *address = parsed;
    *port = quint16(number);
    return true;
}

quint16 MetricsServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0)
        *error = tr("Wharf cannot serve metrics on %1:%2: the port is taken or not allowed.")
                     .arg(address.toString())
                     .arg(port);
    return bound;
}

bool MetricsServer::databaseAnswers() const
{
    // A read of a real table (not "SELECT 1", which an open connection answers whatever became of
    // the file or server): the one the engines read every lease tick.
    bool ok = false;
    IntegrationRepository(m_database).settingsRevisions(&ok);
    return ok;
}

} // namespace wharf
