#include "app/secretscommand.h"

#include "core/logging.h"
#include "core/secrets/databasesecretstore.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/secretkey.h"
#include "core/store/database.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

namespace wharf {

namespace {

const QString kSecretsOption = QStringLiteral("secrets");
const QString kKeyFileOption = QStringLiteral("secret-key-file");
const QString kNewKeyFileOption = QStringLiteral("new-key-file");

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
}

// A file made for the key alone: created here (never an existing file overwritten), readable and
// writable by its owner only from the first byte on.
bool writeKeyFile(const QString &path, const SecretKey &key, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QCoreApplication::translate("wharf::SecretsCommand",
                                             "Wharf cannot create the key file %1 (it must not exist yet): %2.")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    QByteArray text = key.toBase64() + '\n';
    const bool written = ::write(fd, text.constData(), size_t(text.size())) == text.size();
    sodium_memzero(text.data(), size_t(text.size()));
    const bool closed = ::close(fd) == 0;
    if (!written || !closed) {
        ::unlink(QFile::encodeName(path).constData());
        *error =
            QCoreApplication::translate("wharf::SecretsCommand", "Wharf could not write the key file %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace

void SecretsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({kSecretsOption,
                      tr("Where secrets are kept: \"keychain\" (the desktop's, the default) or \"database\" "
                         "(encrypted in the database under a master key, for servers; the default with a "
                         "PostgreSQL --database)."),
                      tr("keychain|database")});
    parser.addOption({kKeyFileOption,
                      tr("With --secrets database: read the master key from <file>, which only its owner may read. "
                         "A systemd credential named wharf-key comes first; on a desk, the keychain comes last."),
                      tr("file")});
    parser.addOption({kNewKeyFileOption,
                      tr("For \"wharf secrets generate-key|rotate-key\": the new master key's file."), tr("file")});
}

bool SecretsCommand::isCommand(const QString &word)
{
    return word == QLatin1String("secrets");
}

QString SecretsCommand::usage()
{
    return tr("Secrets on servers (--secrets database: encrypted in the database under a master key read from\n"
              "$CREDENTIALS_DIRECTORY/wharf-key, --secret-key-file FILE or, on a desk, the keychain):\n"
              "  wharf secrets generate-key --new-key-file FILE   a new random master key in FILE (mode 600)\n"
              "  wharf secrets rotate-key --new-key-file FILE     every secret encrypted again under FILE's key,\n"
              "                                                   in one transaction\n"
              "  wharf secrets import-key --secret-key-file FILE  the master key kept in this desk's keychain");
}

QString SecretsCommand::badArguments(const QCommandLineParser &parser)
{
    if (!parser.isSet(kSecretsOption))
        return {};
    const QString mode = parser.value(kSecretsOption);
    if (mode == QLatin1String("keychain") || mode == QLatin1String("database"))
        return {};
    return tr("--secrets takes \"keychain\" or \"database\", not \"%1\".").arg(mode);
}

bool SecretsCommand::databaseMode(const QCommandLineParser &parser)
{
    if (parser.isSet(kSecretsOption))
        return parser.value(kSecretsOption) == QLatin1String("database");
    // optionNames() lists only what was given, so no option of another part is asked for by name
    // unless it exists.
    if (parser.optionNames().contains(QStringLiteral("database")))
        return parser.value(QStringLiteral("database")).startsWith(QLatin1String("postgres"));
    return false;
}

std::unique_ptr<SecretStore> SecretsCommand::makeStore(const QCommandLineParser &parser, const Database &database,
                                                       const QString &keychainService, QString *error)
{
    auto store = std::make_unique<DatabaseSecretStore>(database);
    std::optional<SecretKey> key = SecretKey::fromCredential(error);
    if (!key && error->isEmpty() && parser.isSet(kKeyFileOption))
        key = SecretKey::fromFile(parser.value(kKeyFileOption), error);
    if (!error->isEmpty())
        return nullptr;
    if (key) {
        store->setKey(*key);
        if (!store->checkKey(error))
            return nullptr;
        return store;
    }
    const QString noKey =
        tr("Wharf keeps its secrets in the database (--secrets database) but has no key to open them: give it the "
           "master key as the systemd credential wharf-key or with --secret-key-file FILE (on a desk, \"wharf "
           "secrets import-key\" keeps it in the keychain), or create one with \"wharf secrets generate-key\".");
    if (parser.isSet(QStringLiteral("headless"))) {
        // A worker without its key syncs nothing: it says so and stops, taking no integration.
        *error = noKey;
        return nullptr;
    }
    if (isCommand(parser.positionalArguments().value(0))) {
        // "wharf secrets generate-key" makes the key it has not got yet; rotate-key, which needs
        // the current one, is answered with the sentence by the store.
        store->setKeyMissing(noKey);
        return store;
    }
    // On a desk, the keychain may hold the key ("wharf secrets import-key"). Waited for here, before
    // any engine starts: a console without the key must not take integrations' leases from the
    // workers that can sync them, so it stops like a worker does.
    KeychainSecretStore keychain(keychainService);
    keychain.setDataFolderId(database.dataFolderId());
    QEventLoop loop;
    std::optional<SecretResult> answer;
    keychain.read(SecretKeys::serverSecretsMasterKey(), &loop, [&answer, &loop](const SecretResult &result) {
        answer = result;
        loop.quit();
    });
    loop.exec();
    if (!answer || !answer->ok()) {
        // A keychain that is locked or absent says so first; one that has no key needs no more words.
        const bool keychainTrouble = answer && answer->status != SecretResult::Status::Missing;
        *error = keychainTrouble ? answer->message + QLatin1Char(' ') + noKey : noKey;
        return nullptr;
    }
    QByteArray bytes = answer->secret.toLatin1();
    answer.reset();
    key = SecretKey::fromBytes(bytes, tr("The keychain's entry for the master key"), error);
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    if (!key)
        return nullptr;
    store->setKey(*key);
    if (!store->checkKey(error))
        return nullptr;
    return store;
}

SecretsCommand::SecretsCommand(const Database &database, SecretStore &secrets, QString keychainService, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_keychainService(std::move(keychainService))
{
}

void SecretsCommand::finish(int exitCode, const QString &sentence)
{
    if (!sentence.isEmpty())
        printLine(exitCode == 0 ? stdout : stderr, sentence);
    // After run() returned, so that main's event loop is there to end.
    QMetaObject::invokeMethod(
        this, [this, exitCode] { Q_EMIT finished(exitCode); }, Qt::QueuedConnection);
}

void SecretsCommand::run(const QStringList &positional, const QCommandLineParser &parser)
{
    const QString action = positional.value(1);
    if (positional.size() != 2) {
        finish(2, usage());
        return;
    }
    if (action == QLatin1String("generate-key")) {
        generateKey(parser);
        return;
    }
    auto *store = qobject_cast<DatabaseSecretStore *>(&m_secrets);
    if (!store) {
        finish(2,
               tr("\"wharf secrets %1\" works on secrets kept in the database: add --secrets database.").arg(action));
        return;
    }
    if (action == QLatin1String("rotate-key"))
        rotateKey(*store, parser);
    else if (action == QLatin1String("import-key"))
        importKey(parser); // the store was opened with this key, so it is the database's

    else
        finish(2, tr("Unknown command \"secrets %1\".\n").arg(action) + usage());
}

void SecretsCommand::generateKey(const QCommandLineParser &parser)
{
    if (!parser.isSet(kNewKeyFileOption)) {
        finish(2, tr("\"wharf secrets generate-key\" needs --new-key-file FILE."));
        return;
    }
    const SecretKey key = SecretKey::generate();
    QString error;
    if (!writeKeyFile(parser.value(kNewKeyFileOption), key, &error)) {
        finish(1, error);
        return;
    }
    finish(0,
           tr("Wrote a new master key (id %1) to %2, readable by its owner only.")
               .arg(key.id(), parser.value(kNewKeyFileOption)));
}

void SecretsCommand::rotateKey(DatabaseSecretStore &store, const QCommandLineParser &parser)
{
    if (!parser.isSet(kNewKeyFileOption)) {
        finish(2,
               tr("\"wharf secrets rotate-key\" needs --new-key-file FILE (make one with \"wharf secrets "
                  "generate-key\")."));
        return;
    }
    QString error;
    const std::optional<SecretKey> newKey = SecretKey::fromFile(parser.value(kNewKeyFileOption), &error);
    if (!newKey) {
        finish(1, error);
        return;
    }
    // The probe waits for the current key, which may come from the keychain.
    store.probe(this, [this, &store, newKey](const SecretResult &probe) {
        if (!probe.ok()) {
            finish(1, probe.message);
            return;
        }
        QString rotateError;
        const int count = store.rotate(*newKey, &rotateError);
        if (count < 0) {
            finish(1, rotateError);
            return;
        }
        finish(0,
               tr("Secrets now encrypted under the new key (id %1): %2. Give every worker and console the new "
                  "key file in place of the old one and restart them; the old key no longer opens anything.")
                   .arg(newKey->id())
                   .arg(count));
    });
}

void SecretsCommand::importKey(const QCommandLineParser &parser)
{
    if (!parser.isSet(kKeyFileOption)) {
        finish(2, tr("\"wharf secrets import-key\" needs --secret-key-file FILE."));
        return;
    }
    QString error;
    const std::optional<SecretKey> key = SecretKey::fromFile(parser.value(kKeyFileOption), &error);
    if (!key) {
        finish(1, error);
        return;
    }
    auto *keychain = new KeychainSecretStore(m_keychainService, this);
    keychain->setDataFolderId(m_database.dataFolderId());
    QByteArray text = key->toBase64();
    const QString secret = QString::fromLatin1(text);
    sodium_memzero(text.data(), size_t(text.size()));
    keychain->write(
        SecretKeys::serverSecretsMasterKey(), secret, this,
        [this, keychain, id = key->id()](const SecretResult &written) {
            if (!written.ok()) {
                finish(1, written.message);
                return;
            }
            finish(0,
                   tr("The master key (id %1) is now in %2; this desk opens the database's secrets without a key "
                      "file.")
                       .arg(id, keychain->description()));
        });
}

} // namespace wharf
