// Resident memory and start-up time of the headless engine with many integrations and a large
// history (issue 5, "Benchmarks": 20 integrations, 100,000 order links; issue 14: 1,000
// integrations, 1,000,000 order links), goal <= 150 MB, start-up <= 1 s.
//
// Real processes, as a server runs Wharf: a `wharf-sandbox` process is the far side (one store per
// integration); a data file is built here (the account, a customer, the integrations through the
// repositories; the order links by direct SQL in one transaction); the secrets are sealed in it
// under a key file, as a server keeps them (--secrets database; or, with --secrets keychain, in
// the keychain under a throw-away service name); then `wharf --headless` starts against them.
// Measured: the time from the process start to its "running headless" line, and VmRSS/VmHWM from
// /proc/<pid>/status once every integration has finished its first cycles. Then SIGTERM, and the
// time it takes to stop. WHARF_BENCH_VERBOSE=1 prints wharf's log, each line with the seconds
// since its start.
//
// --secrets keychain needs a Secret Service. Without a desktop session, run it in a private one,
// as scripts/test does:
//
//   dbus-run-session -- bash -c 'export HOME=$(mktemp -d); mkdir -p $HOME/.local/share/keyrings;
//       eval "$(printf "\n" | gnome-keyring-daemon --unlock --components=secrets)";
//       build/tests/bench/bench_memory --secrets keychain'
//
//   bench_memory [--integrations 20] [--links 100000] [--cycles 2] [--sync-interval 5] [--baseline]
//                [--secrets database|keychain] [--startup-only] [--keep]

#include "benchreport.h"
#include "core/model/orderlink.h"
#include "core/secrets/databasesecretstore.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/secretkey.h"
#include "core/secrets/secretkeys.h"
#include "core/store/accountrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/integrationrepository.h"
#include "core/store/repository.h"
#include "sandboxprocess.h"
#include "secretwaiter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>

using namespace wharf;

namespace {

struct Settings
{
    QString wharf;
    QString sandbox;
    QString service;
    int integrations = 20;
    int links = 100000;
    int cycles = 2;
    int syncInterval = 5;
    bool sealedSecrets = true; // --secrets database (a server's), or the keychain
    bool startupOnly = false; // stop once it runs: start-up is measured, memory is not
    bool keep = false; // leave the data folder and key file for a look afterwards
};

struct Measured
{
    bool ok = false;
    QString error;
    qint64 startupMs = 0;
    qint64 firstCycleMs = 0; // every integration has finished one cycle
    qint64 firstCyclesMs = 0;
    double rssMb = 0; // after the first cycles
    double hwmMb = 0; // peak resident set
    double rssAfterMoreMb = 0;
    qint64 stopMs = 0;
    int exitCode = -1;
    qint64 dataFileBytes = 0;
    int cyclesDone = 0;
    int cyclesFailed = 0;
};

// VmRSS / VmHWM of a process, in MB (10^6 bytes; the kernel's "kB" are KiB).
std::optional<double> procStatusMb(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field)) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2)
                return parts[1].toDouble() * 1024.0 / 1e6;
        }
    }
    return std::nullopt;
}

// The data file: one account, one customer, `integrations` live integrations of the sandbox's store,
// and `links` order links spread over them, in the states a long-running installation has.
bool buildDataFile(const QString &dataDir, const QJsonObject &world, const QString &customer, const Settings &settings,
                   QList<qint64> *integrationIds, qint64 *accountId, QString *error)
{
    Database database(Database::filePathIn(dataDir));
    if (!database.open()) {
        *error = database.errorString();
        return false;
    }
    WmsAccount account;
    account.baseUrl = world[u"wmsUrl"].toString();
    account.clientId = world[u"wmsClientId"].toString();
    account.tenantId = world[u"wmsTenantId"].toString();
    account.tenantName = QStringLiteral("Sandbox 3PL");
    if (!AccountRepository(database).insert(account)) {
        *error = QStringLiteral("cannot insert the account");
        return false;
    }
    *accountId = account.id;
    CustomerRepository(database).upsert({customer, account.id, QStringLiteral("Acme Apparel"), false});
    for (int i = 0; i < settings.integrations; ++i) {
        Integration integration;
        integration.accountId = account.id;
        integration.customerId = customer;
        integration.name = QStringLiteral("Store %1").arg(i + 1);
        // One store each: a store is one integration's (issue 11).
        const QJsonObject store = world[u"stores"].toArray().at(i).toObject();
        integration.storeUrl = store[u"httpsUrl"].toString();
        integration.consumerKey = store[u"consumerKey"].toString();
        integration.health = Health::Live;
        integration.healthReason = QStringLiteral("Syncing normally.");
        if (!IntegrationRepository(database).insert(integration)) {
            *error = QStringLiteral("cannot insert an integration");
            return false;
        }
        integrationIds->append(integration.id);
    }

    // The links: per integration, mostly completed long ago; a few in flight (awaiting pick and
    // pack, packed), needing attention (next attempt tomorrow) or skipped (pickup).
    QSqlDatabase db = database.connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO order_links (integration_id, woo_order_id, woo_order_number, state, reference, wms_order_id, "
        "wms_status, reason, reason_since, attempts, next_attempt_at, tracking_number, tracking_carrier, "
        "tracking_url, woo_tracking_id, woo_modified_at, created_at, updated_at, completed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // Text columns are NOT NULL: an empty QString must not be bound as NULL.
    const auto text = [](const QString &value) {
        return value.isEmpty() ? QStringLiteral("") : value;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QVariant tomorrow = Repository::timeValue(now.addDays(1));
    for (int n = 0; n < settings.links; ++n) {
        const int integrationIndex = n % settings.integrations;
        const int wooId = 1000 + n / settings.integrations;
        const int kind = (n / settings.integrations) % 100; // 0..97 completed, 98 in flight, 99 other
        const QDateTime created = now.addSecs(-qint64(settings.links - n) * 60);
        OrderLink::State state = OrderLink::State::Completed;
        QString wmsStatus = QStringLiteral("DISPATCHED");
        QString reason;
        QVariant nextAttempt;
        QString wmsOrderId = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
        if (kind == 98) {
            state = OrderLink::State::Created;
            wmsStatus = n % 2 ? QStringLiteral("PACKED") : QStringLiteral("AWAITING_PICK_AND_PACK");
        } else if (kind == 99) {
            wmsOrderId.clear();
            wmsStatus.clear();
            if (n % 2) {
                state = OrderLink::State::NeedsAttention;
                reason = QStringLiteral("SKU MUG-02 is not a product code of customer Acme Apparel in CartonCloud.");
                nextAttempt = tomorrow;
            } else {
                state = OrderLink::State::Skipped;
                reason = QStringLiteral("Local pickup: the customer collects this order, so it is not sent to "
                                        "CartonCloud.");
            }
        }
        const bool completed = state == OrderLink::State::Completed;
        const QString number = QString::number(wooId);
        query.addBindValue(qint64(integrationIds->at(integrationIndex)));
        query.addBindValue(wooId);
        query.addBindValue(number);
        query.addBindValue(OrderLink::stateKey(state));
        query.addBindValue(QStringLiteral("WC-%1-%2").arg(integrationIndex + 1).arg(number));
        query.addBindValue(text(wmsOrderId));
        query.addBindValue(text(wmsStatus));
        query.addBindValue(text(reason));
        query.addBindValue(reason.isEmpty() ? QVariant() : Repository::timeValue(created));
        query.addBindValue(reason.isEmpty() ? 0 : 1);
        query.addBindValue(nextAttempt);
        query.addBindValue(text(completed ? QStringLiteral("TRK%1").arg(n) : QString()));
        query.addBindValue(text(completed ? QStringLiteral("Australia Post") : QString()));
        query.addBindValue(
            text(completed ? QStringLiteral("https://auspost.com.au/mypost/track/#/details/TRK%1").arg(n) : QString()));
        query.addBindValue(text(completed ? QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0')) : QString()));
        query.addBindValue(Repository::timeValue(created));
        query.addBindValue(Repository::timeValue(created));
        query.addBindValue(Repository::timeValue(created.addSecs(completed ? 86400 : 0)));
        query.addBindValue(completed ? Repository::timeValue(created.addSecs(86400)) : QVariant());
        if (!query.exec()) {
            *error = query.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool writeSecrets(SecretStore &secrets, const QJsonObject &world, qint64 accountId, const QList<qint64> &integrationIds,
                  QString *error)
{
    test::SecretWaiter waiter;
    SecretResult result =
        waiter.write(secrets, SecretKeys::accountClientSecret(accountId), world[u"wmsClientSecret"].toString());
    const QJsonArray stores = world[u"stores"].toArray();
    for (qsizetype i = 0; i < integrationIds.size() && result.ok(); ++i)
        result = waiter.write(secrets, SecretKeys::integrationConsumerSecret(integrationIds.at(i)),
                              stores.at(i)[u"consumerSecret"].toString());
    if (!result.ok()) {
        *error = QStringLiteral("%1 refused a secret (%2). With --secrets keychain, run inside a D-Bus session "
                                "with an unlocked Secret Service; see the top of bench_memory.cpp.")
                     .arg(secrets.description(), result.message);
        return false;
    }
    return true;
}

// Server mode: a master key in an owner-only file, the secrets sealed under it in the data file.
bool writeSealedSecrets(const QString &dataDir, const QString &keyFile, const QJsonObject &world, qint64 accountId,
                        const QList<qint64> &integrationIds, QString *error)
{
    const SecretKey key = SecretKey::generate();
    QFile file(keyFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || file.write(key.toBase64() + '\n') <= 0) {
        *error = QStringLiteral("cannot write the key file ") + keyFile;
        return false;
    }
    file.close();
    Database database(Database::filePathIn(dataDir));
    if (!database.open()) {
        *error = database.errorString();
        return false;
    }
    DatabaseSecretStore secrets(database);
    secrets.setKey(key);
    return writeSecrets(secrets, world, accountId, integrationIds, error);
}

void removeSecrets(KeychainSecretStore &secrets, qint64 accountId, const QList<qint64> &integrationIds)
{
    test::SecretWaiter waiter;
    waiter.remove(secrets, SecretKeys::accountClientSecret(accountId));
    for (const qint64 id : integrationIds)
        waiter.remove(secrets, SecretKeys::integrationConsumerSecret(id));
}

Measured measure(const Settings &settings, int links)
{
    Measured m;
    QTemporaryDir dir;
    if (settings.keep) {
        dir.setAutoRemove(false);
        std::fprintf(stderr, "bench_memory: data folder and key file kept in %s\n", qPrintable(dir.path()));
    }
    QJsonArray moreStores;
    for (int i = 1; i < settings.integrations; ++i)
        moreStores.append(QJsonObject {});
    const QJsonObject seed {
        {QStringLiteral("moreStores"), moreStores},
        {QStringLiteral("wms"),
         QJsonObject {{QStringLiteral("customers"),
                       QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme Apparel")},
                                                {QStringLiteral("code"), QStringLiteral("ACME")}}}},
                      {QStringLiteral("products"),
                       QJsonArray {QJsonObject {{QStringLiteral("customer"), QStringLiteral("ACME")},
                                                {QStringLiteral("code"), QStringLiteral("CAP-RED")},
                                                {QStringLiteral("name"), QStringLiteral("Cap")},
                                                {QStringLiteral("stock"), 100000}}}}}},
    };
    QFile seedFile(dir.filePath(QStringLiteral("seed.json")));
    if (!seedFile.open(QIODevice::WriteOnly)) {
        m.error = QStringLiteral("cannot write the seed");
        return m;
    }
    seedFile.write(QJsonDocument(seed).toJson());
    seedFile.close();

    bench::SandboxProcess sandbox;
    if (!sandbox.start(settings.sandbox, seedFile.fileName(), &m.error,
                       {QStringLiteral("--wms-create-limit"), QStringLiteral("30")}))
        return m;
    const QString customer = sandbox.customerId(QStringLiteral("ACME"), QStringLiteral("Acme Apparel"), &m.error);
    if (customer.isEmpty())
        return m;

    const QString dataDir = dir.filePath(QStringLiteral("data"));
    QList<qint64> integrationIds;
    qint64 accountId = 0;
    Settings forRun = settings;
    forRun.links = links;
    QElapsedTimer buildClock;
    buildClock.start();
    if (!buildDataFile(dataDir, sandbox.world, customer, forRun, &integrationIds, &accountId, &m.error))
        return m;
    m.dataFileBytes = QFileInfo(Database::filePathIn(dataDir)).size();
    std::fprintf(stderr, "bench_memory: data file with %d links built in %lld ms\n", links,
                 static_cast<long long>(buildClock.elapsed()));

    KeychainSecretStore secrets(settings.service);
    const QString keyFile = dir.filePath(QStringLiteral("wharf-key"));
    if (settings.sealedSecrets) {
        if (!writeSealedSecrets(dataDir, keyFile, sandbox.world, accountId, integrationIds, &m.error))
            return m;
    } else if (!writeSecrets(secrets, sandbox.world, accountId, integrationIds, &m.error)) {
        removeSecrets(secrets, accountId, integrationIds);
        return m;
    }
    const QStringList secretsArguments = settings.sealedSecrets
        ? QStringList {QStringLiteral("--secrets"), QStringLiteral("database"), QStringLiteral("--secret-key-file"),
                       keyFile}
        : QStringList {QStringLiteral("--secrets"), QStringLiteral("keychain")};

    QProcess wharf;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WHARF_KEYCHAIN_SERVICE"), settings.service);
    // Each log line with the time since the process started: where start-up goes.
    env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{time process} %{category}: %{message}"));
    wharf.setProcessEnvironment(env);
    wharf.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    wharf.start(settings.wharf,
                QStringList {QStringLiteral("--headless"), QStringLiteral("--data-dir"), dataDir,
                             QStringLiteral("--ca-file"), sandbox.world[u"caCertificate"].toString(),
                             QStringLiteral("--wms-create-limit"), QStringLiteral("30"),
                             QStringLiteral("--sync-interval"), QString::number(settings.syncInterval)}
                    + secretsArguments);
    const auto readSome = [&] {
        wharf.waitForReadyRead(50);
        output += wharf.readAll();
    };
    // Cycles counted from the log as it comes, each line once: with 1,000 integrations the log
    // grows by megabytes, and reading it all again at every poll would make this process the
    // slow one.
    QHash<QString, int> perIntegration;
    qsizetype parsedUpTo = 0;
    const auto countCycles = [&] {
        static const QRegularExpression done(QStringLiteral("integration (\\d+) cycle (done|failed)"));
        const qsizetype end = output.lastIndexOf('\n') + 1;
        if (end > parsedUpTo) {
            const QString fresh = QString::fromUtf8(output.mid(parsedUpTo, end - parsedUpTo));
            parsedUpTo = end;
            for (auto it = done.globalMatch(fresh); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                perIntegration[match.captured(1)] += 1;
                (match.captured(2) == u"done" ? m.cyclesDone : m.cyclesFailed) += 1;
            }
        }
        int least = perIntegration.size() < settings.integrations ? 0 : INT_MAX;
        for (const int count : std::as_const(perIntegration))
            least = std::min(least, count);
        return least;
    };

    if (!wharf.waitForStarted(10000)) {
        m.error = QStringLiteral("wharf did not start: ") + wharf.errorString();
        if (!settings.sealedSecrets)
            removeSecrets(secrets, accountId, integrationIds);
        return m;
    }
    const qint64 pid = wharf.processId();
    while (!output.contains("running headless") && clock.elapsed() < 120000 && wharf.state() == QProcess::Running)
        readSome();
    m.startupMs = clock.elapsed();
    double peakSampled = 0;
    if (output.contains("running headless") && settings.startupOnly) {
        m.rssMb = procStatusMb(pid, "VmRSS:").value_or(0);
        m.ok = true;
    } else if (output.contains("running headless")) {
        while (countCycles() < settings.cycles && clock.elapsed() < 600000 && wharf.state() == QProcess::Running) {
            readSome();
            if (m.firstCycleMs == 0 && countCycles() >= 1)
                m.firstCycleMs = clock.elapsed();
            peakSampled = std::max(peakSampled, procStatusMb(pid, "VmRSS:").value_or(0));
        }
        m.firstCyclesMs = clock.elapsed();
        m.rssMb = procStatusMb(pid, "VmRSS:").value_or(0);
        // One more round of cycles: does it keep growing?
        const int target = countCycles() + 1;
        while (countCycles() < target && clock.elapsed() < 600000 && wharf.state() == QProcess::Running)
            readSome();
        m.rssAfterMoreMb = procStatusMb(pid, "VmRSS:").value_or(0);
        m.hwmMb = procStatusMb(pid, "VmHWM:").value_or(0);
        m.ok = m.rssMb > 0;
        if (!m.ok)
            m.error = QStringLiteral("could not read /proc/%1/status").arg(pid);
    } else {
        m.error = QStringLiteral("wharf never said \"running headless\"; its output:\n") + QString::fromUtf8(output);
    }
    QElapsedTimer stopClock;
    stopClock.start();
    ::kill(pid_t(pid), SIGTERM);
    if (!wharf.waitForFinished(60000)) {
        wharf.kill();
        wharf.waitForFinished(5000);
    }
    m.stopMs = stopClock.elapsed();
    m.exitCode = wharf.exitStatus() == QProcess::NormalExit ? wharf.exitCode() : -1;
    output += wharf.readAll();
    if (qEnvironmentVariableIntValue("WHARF_BENCH_VERBOSE"))
        std::fprintf(stderr, "%s\n", output.constData());
    if (!settings.sealedSecrets)
        removeSecrets(secrets, accountId, integrationIds);
    return m;
}

void print(bench::Report &report, const Settings &settings, int links, const Measured &m, bool withGoals)
{
    report.section(QStringLiteral("wharf --headless, %1 integrations, %2 order links (data file %3 MB)")
                       .arg(settings.integrations)
                       .arg(links)
                       .arg(double(m.dataFileBytes) / 1e6, 0, 'f', 1));
    if (!m.ok) {
        report.note(QStringLiteral("NOT MEASURED: ") + m.error);
        return;
    }
    report.note(QStringLiteral("%1 cycles done, %2 failed, by %3 ms after the start; SIGTERM -> exit %4 in %5 ms")
                    .arg(m.cyclesDone)
                    .arg(m.cyclesFailed)
                    .arg(m.firstCyclesMs)
                    .arg(m.exitCode)
                    .arg(m.stopMs));
    const auto goal = withGoals ? bench::Report::Goal::AtMost : bench::Report::Goal::Info;
    report.figure(QStringLiteral("start-up time (process start to \"running headless\")"), double(m.startupMs), 0,
                  QStringLiteral("ms"), goal, 1000);
    if (settings.startupOnly) {
        report.note(QStringLiteral("--startup-only: stopped once running; VmRSS then %1 MB").arg(m.rssMb, 0, 'f', 1));
        return;
    }
    report.figure(QStringLiteral("time to the end of every integration's first cycle"), double(m.firstCycleMs), 0,
                  QStringLiteral("ms"));
    report.figure(QStringLiteral("VmRSS after %1 cycles of every integration").arg(settings.cycles), m.rssMb, 1,
                  QStringLiteral("MB"), goal, 150);
    report.figure(QStringLiteral("VmRSS after one more round"), m.rssAfterMoreMb, 1, QStringLiteral("MB"), goal, 150);
    report.figure(QStringLiteral("VmHWM (peak resident)"), m.hwmMb, 1, QStringLiteral("MB"), goal, 150);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Resident memory and start-up time of wharf --headless with many integrations and order links. Needs a "
        "Secret Service (see the top of bench_memory.cpp)."));
    parser.addHelpOption();
    const QCommandLineOption integrationsOption(QStringLiteral("integrations"),
                                                QStringLiteral("Integrations (default 20)."), QStringLiteral("n"),
                                                QStringLiteral("20"));
    const QCommandLineOption linksOption(QStringLiteral("links"), QStringLiteral("Order links (default 100000)."),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption cyclesOption(QStringLiteral("cycles"),
                                          QStringLiteral("Cycles of every integration before measuring (default 2)."),
                                          QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption intervalOption(QStringLiteral("sync-interval"),
                                            QStringLiteral("wharf's --sync-interval in seconds (default 5)."),
                                            QStringLiteral("s"), QStringLiteral("5"));
    const QCommandLineOption baselineOption(QStringLiteral("baseline"),
                                            QStringLiteral("First measure the same integrations without links."));
    const QCommandLineOption wharfOption(QStringLiteral("wharf"), QStringLiteral("The wharf executable."),
                                         QStringLiteral("path"), QStringLiteral(WHARF_EXECUTABLE));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"), QStringLiteral("The wharf-sandbox executable."),
                                           QStringLiteral("path"), QStringLiteral(WHARF_SANDBOX_EXECUTABLE));
    const QCommandLineOption secretsOption(
        QStringLiteral("secrets"),
        QStringLiteral("Where wharf reads its secrets: database (sealed in the data file under a key file, as a "
                       "server keeps them; the default) or keychain (needs a Secret Service)."),
        QStringLiteral("database|keychain"), QStringLiteral("database"));
    const QCommandLineOption startupOnlyOption(
        QStringLiteral("startup-only"),
        QStringLiteral("Stop wharf once it says it runs: the start-up time only, without the cycles."));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QStringLiteral("Leave the temporary folder (data file, key file) for a look afterwards, e.g. to start "
                       "wharf --headless against it again."));
    parser.addOptions({integrationsOption, linksOption, cyclesOption, intervalOption, baselineOption, wharfOption,
                       sandboxOption, secretsOption, startupOnlyOption, keepOption});
    parser.process(app);

    Settings settings;
    settings.wharf = parser.value(wharfOption);
    settings.sandbox = parser.value(sandboxOption);
    settings.integrations = parser.value(integrationsOption).toInt();
    settings.links = parser.value(linksOption).toInt();
    settings.cycles = parser.value(cyclesOption).toInt();
    settings.syncInterval = parser.value(intervalOption).toInt();
    settings.service = QStringLiteral("wharf-bench-memory-%1").arg(QCoreApplication::applicationPid());
    settings.sealedSecrets = parser.value(secretsOption) != QLatin1String("keychain");
    settings.startupOnly = parser.isSet(startupOnlyOption);
    settings.keep = parser.isSet(keepOption);
    if (settings.integrations < 1 || settings.links < 0 || settings.cycles < 1 || settings.syncInterval < 1) {
        std::fprintf(stderr, "bench_memory: bad arguments; see --help\n");
        return 2;
    }
    if (!QFileInfo::exists(settings.wharf) || !QFileInfo::exists(settings.sandbox)) {
        std::fprintf(stderr, "bench_memory: build wharf and wharf-sandbox first (%s, %s)\n", qPrintable(settings.wharf),
                     qPrintable(settings.sandbox));
        return 2;
    }

    bench::Report report("bench_memory: resident memory (goal <= 150 MB) and start-up of wharf --headless");
    report.note(settings.sealedSecrets
                    ? QStringLiteral("secrets sealed in the data file under a key file (--secrets database)")
                    : QStringLiteral("keychain service %1 (entries removed afterwards)").arg(settings.service));
    if (parser.isSet(baselineOption))
        print(report, settings, 0, measure(settings, 0), false);
    const Measured m = measure(settings, settings.links);
    print(report, settings, settings.links, m, true);
    const int status = report.finish();
    return m.ok ? status : 2;
}
