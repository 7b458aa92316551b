#pragma once

#include <QObject>
#include <QSslConfiguration>
#include <QStringList>

#include <chrono>
#include <functional>

class QCommandLineParser;
class QNetworkAccessManager;

namespace wharf {

class Database;
class SecretStore;

// Wharf without its window, for scripts and servers: `wharf account connect`, `wharf integration
// add|list|show|remove`, `wharf sync --once` here; the newer families (integration attention|retry|
// pause|resume|update|events, billing, status) in CliCommand subclasses it starts. Secrets are read from standard input
// (or a prompt that does not echo), never from arguments. Exit status: 0 done, 1 failed (with a sentence), 2 bad
// arguments (with a usage sentence).
class CommandLineTool : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        int createsPerMinute = 30;
        // `wharf sync --once` runs an engine of its own: ownership and pacing as the service's.
        std::chrono::milliseconds leaseTtl {std::chrono::seconds(20)};
        std::chrono::milliseconds interruptedCreateGuard {std::chrono::seconds(90)};
        std::chrono::milliseconds remoteCycleTimeout {std::chrono::minutes(10)};
    };

    CommandLineTool(const Database &database, SecretStore &secrets, Settings settings, QObject *parent = nullptr);
    ~CommandLineTool() override;

    // The options every subcommand may take; main() adds them to its parser.
    static void addOptions(QCommandLineParser &parser);
    static bool isCommand(const QString &word);
    static QString usage();

    // Starts the command; `finished` carries its exit status.
    void run(const QStringList &positional, const QCommandLineParser &parser);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void accountConnect(const QCommandLineParser &parser);
    void integrationAdd(const QCommandLineParser &parser);
    void integrationList(const QCommandLineParser &parser);
    void integrationShow(const QString &id, const QCommandLineParser &parser);
    void integrationRemove(const QString &id);
    void syncOnce(const QCommandLineParser &parser);

    void usageError(const QString &sentence);
    void failure(const QString &sentence);
    void done(const QString &output = {});
    QString readSecret(const QString &prompt);

    const Database &m_database;
    SecretStore &m_secrets;
    Settings m_settings;
    QNetworkAccessManager *m_nam;
    bool m_json = false; // --json: what was done as one JSON object
};

} // namespace wharf
