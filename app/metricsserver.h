#pragma once

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;

namespace wharf {

class Database;

// `wharf --headless --metrics-listen 127.0.0.1:PORT`: /metrics for Prometheus (MetricsExposition)
// and /healthz for a load balancer or systemd's watchdog script: 200 while the engine runs and
// the database answers, 503 otherwise. Loopback only unless the address is allowed explicitly:
// the figures name customers and hosts, and the port has no authentication.
class MetricsServer : public QObject
{
    Q_OBJECT

public:
    explicit MetricsServer(const Database &database, QObject *parent = nullptr);
    ~MetricsServer() override;

    // "127.0.0.1:9108", "[::1]:9108", "localhost:0" (0: any free port). False with a sentence.
    static bool parseAddress(const QString &text, bool allowRemote, QHostAddress *address, quint16 *port,
                             QString *error);

    // The port bound (useful with 0), or 0 with a sentence.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);

    void setEngineRunning(bool running) { m_engineRunning = running; }

private:
    bool databaseAnswers() const;

    const Database &m_database;
    std::unique_ptr<QHttpServer> m_server;
    bool m_engineRunning = false;
};

} // namespace wharf
