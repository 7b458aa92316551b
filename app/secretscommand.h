#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QCommandLineParser;

namespace wharf {

class Database;
class DatabaseSecretStore;
class SecretStore;

// Server mode's secrets, for main(): the choice between the keychain and the database
// (--secrets), the database store with its master key (a systemd credential, --secret-key-file,
// or on a desk the keychain), and the `wharf secrets …` commands: generate-key, rotate-key,
// import-key. Kept apart from CommandLineTool so that main() needs only a few lines for it.
class SecretsCommand : public QObject
{
    Q_OBJECT

public:
    static void addOptions(QCommandLineParser &parser);
    static bool isCommand(const QString &word);
    static QString usage();
    // A usage sentence when --secrets has a value Wharf does not know; empty otherwise.
    static QString badArguments(const QCommandLineParser &parser);
    // Whether secrets live in the database: --secrets database, or a PostgreSQL --database that
    // several machines share (no desk's keychain can serve them all) unless --secrets keychain.
    static bool databaseMode(const QCommandLineParser &parser);
    // The database store with its key, checked against the secrets already sealed; nullptr with a
    // sentence when Wharf must not go on (no key, a key file others can read, the wrong key): a
    // worker then syncs nothing rather than run without its secrets.
    static std::unique_ptr<SecretStore> makeStore(const QCommandLineParser &parser, const Database &database,
                                                  const QString &keychainService, QString *error);

    SecretsCommand(const Database &database, SecretStore &secrets, QString keychainService, QObject *parent = nullptr);

    // Starts `wharf secrets …`; `finished` carries the exit status (0 done, 1 failed, 2 usage).
    void run(const QStringList &positional, const QCommandLineParser &parser);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void generateKey(const QCommandLineParser &parser);
    void rotateKey(DatabaseSecretStore &store, const QCommandLineParser &parser);
    void importKey(const QCommandLineParser &parser);
    void finish(int exitCode, const QString &sentence);

    const Database &m_database;
    SecretStore &m_secrets;
    QString m_keychainService;
};

} // namespace wharf
