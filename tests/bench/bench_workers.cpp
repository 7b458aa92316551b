// Server mode's idle figure split over several workers (issue 14, "the same work split over three
// workers"): many integrations (default 1,000, of 10 customers, 2 orders per store, half completed,
// a quarter packed, a quarter awaiting pick and pack) on one PostgreSQL database, synced by N real
// `wharf --headless --database postgresql://… --secrets database` processes. Printed: requests per
// integration per cycle (goal <= 3) and CartonCloud change searches per customer per round (goal
// <= 1) from the sandbox's request counts over a measured window, and each worker's share of the
// integrations (its leases and its cycles, from its own /metrics), its start-up and its memory.
//
// Needs a PostgreSQL server: WHARF_TEST_POSTGRES_URL, as scripts/lib/postgres.sh starts one
// (source it, then wharf_start_postgres). The far side is a wharf-sandbox process.
//
//   bench_workers [--workers 3] [--integrations 1000] [--customers 10] [--orders-per-store 2]
//                 [--sync-interval 20] [--rounds 3]

#include "benchreport.h"
#include "core/secrets/databasesecretstore.h"
#include "core/secrets/secretkey.h"
#include "core/secrets/secretkeys.h"
#include "core/store/accountrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/integrationrepository.h"
#include "postgresfixture.h"
#include "sandboxprocess.h"
#include "secretwaiter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace wharf;

namespace {

QElapsedTimer &benchClock()
{
    static QElapsedTimer clock;
    return clock;
}

void progress(const QString &what)
{
    std::fprintf(stderr, "bench_workers: %7.1f s %s\n", double(benchClock().elapsed()) / 1000, qPrintable(what));
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

double residentMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.simplified().split(' ').value(1).toDouble() * 1024.0 / 1e6;
    }
    return 0;
}

// One worker: the process, its log file (never a pipe nobody reads) and its /metrics.
struct Worker
{
    std::unique_ptr<QProcess> process;
    QString log;
    quint16 port = 0;
    qint64 startupMs = -1;

    QByteArray logText() const
    {
        QFile file(log);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

// The samples of one /metrics page: "name{labels}" -> value.
QHash<QString, double> scrape(QNetworkAccessManager &nam, quint16 port)
{
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port))));
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000);
    QHash<QString, double> samples;
    for (const QByteArray &line : reply->readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.lastIndexOf(' ');
        samples.insert(QString::fromUtf8(line.left(space)), line.mid(space + 1).toDouble());
    }
    reply->deleteLater();
    return samples;
}

struct WorkerFigures
{
    double cycles = 0; // this process's cycles so far
    double leases = 0;
    double requests = 0; // this process's HTTP requests, retries included
};

WorkerFigures figures(const QHash<QString, double> &samples)
{
    WorkerFigures f;
    f.cycles = samples.value(QStringLiteral("wharf_cycle_duration_seconds_count"));
    f.leases = samples.value(QStringLiteral("wharf_leases_held"));
    for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("wharf_http_requests_total")))
            f.requests += it.value();
    }
    return f;
}

// Cycles of each integration so far, over every worker's /metrics.
QHash<QString, double> cyclesByIntegration(const QList<QHash<QString, double>> &pages)
{
    static const QRegularExpression sample(QStringLiteral("^wharf_cycles_total\\{integration=\"(\\d+)\""));
    QHash<QString, double> cycles;
    for (const QHash<QString, double> &page : pages) {
        for (auto it = page.cbegin(); it != page.cend(); ++it) {
            const QRegularExpressionMatch match = sample.match(it.key());
            if (match.hasMatch())
                cycles[match.captured(1)] += it.value();
        }
    }
    return cycles;
}

struct Settings
{
    QString wharf;
    QString sandbox;
    int workers = 3;
    int integrations = 1000;
    int customers = 10;
    int ordersPerStore = 2;
    int syncInterval = 20;
    int rounds = 3;
};

int run(const Settings &settings)
{
    bench::Report report("bench_workers: idle requests and each worker's share, several workers on PostgreSQL");
    report.section(QStringLiteral("%1 workers, %2 integrations of %3 customers, %4 orders per store, --sync-interval "
                                  "%5; PostgreSQL; secrets sealed in the database; the far side a wharf-sandbox "
                                  "process")
                       .arg(settings.workers)
                       .arg(settings.integrations)
                       .arg(settings.customers)
                       .arg(settings.ordersPerStore)
                       .arg(settings.syncInterval));
    test::PostgresDatabase postgres;
    QString error;
    const QString url = postgres.create(&error);
    if (url.isEmpty()) {
        std::fprintf(stderr, "bench_workers: %s\n", qPrintable(error));
        return 2;
    }
    QTemporaryDir dir;
    QFile seedFile(dir.filePath(QStringLiteral("seed.json")));
    if (!seedFile.open(QIODevice::WriteOnly)
        || seedFile.write(
               QJsonDocument(bench::manyStoresSeed(settings.integrations, settings.customers, settings.ordersPerStore))
                   .toJson())
            <= 0)
        return 2;
    seedFile.close();
    bench::SandboxProcess sandbox;
    if (!sandbox.start(settings.sandbox, seedFile.fileName(), &error)) {
        std::fprintf(stderr, "bench_workers: %s\n", qPrintable(error));
        return 2;
    }
    progress(QStringLiteral("sandbox up with %1 stores").arg(sandbox.world[u"stores"].toArray().size()));

    // The shared database as `wharf account connect` and `integration add` would leave it, the
    // secrets sealed under a key file every worker reads.
    const QString keyFile = dir.filePath(QStringLiteral("wharf-key"));
    {
        Database database(url);
        if (!database.open()) {
            std::fprintf(stderr, "bench_workers: %s\n", qPrintable(database.errorString()));
            return 2;
        }
        const SecretKey key = SecretKey::generate();
        QFile file(keyFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || file.write(key.toBase64() + '\n') <= 0)
            return 2;
        file.close();
        DatabaseSecretStore secrets(database);
        secrets.setKey(key);
        test::SecretWaiter waiter;
        WmsAccount account;
        account.baseUrl = sandbox.world[u"wmsUrl"].toString();
        account.clientId = sandbox.world[u"wmsClientId"].toString();
        account.tenantId = sandbox.world[u"wmsTenantId"].toString();
        account.tenantName = QStringLiteral("Sandbox 3PL");
        if (!AccountRepository(database).insert(account))
            return 2;
        waiter.write(secrets, SecretKeys::accountClientSecret(account.id),
                     sandbox.world[u"wmsClientSecret"].toString());
        QStringList customerIds;
        for (int c = 0; c < settings.customers; ++c) {
            const QString id = sandbox.customerId(bench::customerCode(c), bench::customerName(c), &error);
            if (id.isEmpty()) {
                std::fprintf(stderr, "bench_workers: %s\n", qPrintable(error));
                return 2;
            }
            CustomerRepository(database).upsert({id, account.id, QStringLiteral("Customer %1").arg(c + 1), false});
            customerIds.append(id);
        }
        const QJsonArray stores = sandbox.world[u"stores"].toArray();
        for (int i = 0; i < settings.integrations; ++i) {
            Integration integration;
            integration.accountId = account.id;
            integration.customerId = customerIds.at(i % settings.customers);
            integration.name = QStringLiteral("Store %1").arg(i + 1);
            integration.storeUrl = stores.at(i)[u"httpsUrl"].toString();
            integration.consumerKey = stores.at(i)[u"consumerKey"].toString();
            integration.health = Health::Live;
            if (!IntegrationRepository(database).insert(integration))
                return 2;
            const SecretResult written = waiter.write(secrets, SecretKeys::integrationConsumerSecret(integration.id),
                                                      stores.at(i)[u"consumerSecret"].toString());
            if (!written.ok()) {
                std::fprintf(stderr, "bench_workers: %s\n", qPrintable(written.message));
                return 2;
            }
        }
    }
    progress(QStringLiteral("database filled"));

    std::vector<Worker> workers;
    QElapsedTimer startClock;
    startClock.start();
    for (int w = 0; w < settings.workers; ++w) {
        Worker worker;
        worker.process = std::make_unique<QProcess>();
        worker.log = dir.filePath(QStringLiteral("worker-%1.log").arg(w));
        worker.port = freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{time process} %{category}: %{message}"));
        worker.process->setProcessEnvironment(env);
        worker.process->setProcessChannelMode(QProcess::MergedChannels);
        worker.process->setStandardOutputFile(worker.log);
        worker.process->start(
            settings.wharf,
            {QStringLiteral("--headless"), QStringLiteral("--database"), url, QStringLiteral("--secrets"),
             QStringLiteral("database"), QStringLiteral("--secret-key-file"), keyFile, QStringLiteral("--ca-file"),
             sandbox.world[u"caCertificate"].toString(), QStringLiteral("--wms-create-limit"),
             QStringLiteral("1000000"), QStringLiteral("--sync-interval"), QString::number(settings.syncInterval),
             QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:%1").arg(worker.port)});
        if (!worker.process->waitForStarted(10000))
            return 2;
        workers.push_back(std::move(worker));
    }
    const auto allRunning = [&workers] {
        return std::all_of(workers.cbegin(), workers.cend(),
                           [](const Worker &w) { return w.process->state() == QProcess::Running; });
    };
    while (allRunning() && startClock.elapsed() < 300000) {
        bool all = true;
        for (Worker &worker : workers) {
            if (worker.startupMs < 0 && worker.logText().contains("running headless"))
                worker.startupMs = startClock.elapsed();
            all = all && worker.startupMs >= 0;
        }
        if (all)
            break;
        QTest::qWait(20);
    }
    if (!allRunning()) {
        for (const Worker &worker : workers)
            std::fprintf(stderr, "%s\n", worker.logText().right(2000).constData());
        report.note(QStringLiteral("NOT MEASURED: a worker stopped"));
        report.finish();
        return 2;
    }
    progress(QStringLiteral("workers running"));

    QNetworkAccessManager nam;
    const auto scrapeAll = [&] {
        QList<QHash<QString, double>> pages;
        for (const Worker &worker : workers)
            pages.append(scrape(nam, worker.port));
        return pages;
    };
    // Waits until every integration has run `more` cycles beyond `base`; false on timeout.
    const auto waitForRounds = [&](const QHash<QString, double> &base, int more, qint64 timeoutMs) {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs && allRunning()) {
            const QHash<QString, double> now = cyclesByIntegration(scrapeAll());
            int behind = 0;
            for (int id = 1; id <= settings.integrations; ++id) {
                const QString key = QString::number(id);
                behind += now.value(key) - base.value(key) < more ? 1 : 0;
            }
            if (behind == 0)
                return true;
            QTest::qWait(1000);
        }
        return false;
    };

    // Every order created, then the warehouse's mix, then two rounds to settle.
    const int expected = settings.integrations * settings.ordersPerStore;
    QElapsedTimer createClock;
    createClock.start();
    while (allRunning() && createClock.elapsed() < 900000
           && sandbox.control(QStringLiteral("/control/wms/orders")).array().size() < expected)
        QTest::qWait(2000);
    progress(
        QStringLiteral("%1 orders created").arg(sandbox.control(QStringLiteral("/control/wms/orders")).array().size()));
    const int mixed = sandbox.applyWarehouseMix();
    progress(QStringLiteral("%1 outbound orders in the warehouse's mix").arg(mixed));
    if (!waitForRounds(cyclesByIntegration(scrapeAll()), 2, 1800000)) {
        report.note(QStringLiteral("NOT MEASURED: the integrations did not all settle in 30 minutes"));
        return 2;
    }
    progress(QStringLiteral("settled"));

    // The measured window: the far side's counts and every worker's figures before and after.
    const QDateTime windowStart = QDateTime::currentDateTimeUtc();
    const QHash<QString, int> before = sandbox.totals();
    const QList<QHash<QString, double>> pagesBefore = scrapeAll();
    QElapsedTimer window;
    window.start();
    const bool measured = waitForRounds(cyclesByIntegration(pagesBefore), settings.rounds, 1800000);
    const QHash<QString, int> after = sandbox.totals();
    const QList<QHash<QString, double>> pagesAfter = scrapeAll();
    const qint64 windowMs = window.elapsed();
    const bench::SandboxProcess::SearchCount searchCount = sandbox.outboundSearchesSince(windowStart);
    progress(QStringLiteral("window of %1 s").arg(double(windowMs) / 1000, 0, 'f', 1));

    double cycles = 0;
    QStringList shares;
    for (size_t w = 0; w < workers.size(); ++w) {
        const WorkerFigures a = figures(pagesBefore.at(qsizetype(w)));
        const WorkerFigures b = figures(pagesAfter.at(qsizetype(w)));
        cycles += b.cycles - a.cycles;
        shares.append(QStringLiteral("worker %1 (pid %2): %3 integrations held (%4 %), %5 cycles in the window, %6 "
                                     "requests sent; started in %7 ms; VmRSS %8 MB")
                          .arg(int(w) + 1)
                          .arg(workers.at(w).process->processId())
                          .arg(b.leases)
                          .arg(100.0 * b.leases / settings.integrations, 0, 'f', 1)
                          .arg(b.cycles - a.cycles)
                          .arg(b.requests - a.requests)
                          .arg(workers.at(w).startupMs)
                          .arg(residentMb(workers.at(w).process->processId()), 0, 'f', 1));
    }
    int requests = 0;
    int searches = 0;
    QMap<QString, int> routes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const int made = it.value() - before.value(it.key());
        requests += made;
        if (made > 0)
            routes.insert(it.key(), made);
        if (it.key() == QLatin1String("wms POST /tenants/<tenant>/outbound-orders/search"))
            searches += made;
    }
    for (const QString &line : std::as_const(shares))
        report.note(line);
    report.note(QStringLiteral("window: %1 s, %2 cycles (%3 rounds of every integration asked), %4 requests at the "
                               "far side")
                    .arg(double(windowMs) / 1000, 0, 'f', 1)
                    .arg(cycles)
                    .arg(settings.rounds)
                    .arg(requests));
    for (auto it = routes.cbegin(); it != routes.cend(); ++it)
        report.note(QStringLiteral("%1: %2 per integration per cycle")
                        .arg(it.key().leftJustified(72))
                        .arg(cycles > 0 ? it.value() / cycles : 0, 0, 'f', 3));
    if (!measured || cycles <= 0) {
        report.note(QStringLiteral("NOT MEASURED: the window's rounds did not complete"));
        return 2;
    }
    report.figure(QStringLiteral("requests per integration per idle cycle"), requests / cycles, 2, {},
                  bench::Report::Goal::AtMost, 3);
    const double roundsDone = cycles / settings.integrations;
    // A search is one or more pages (requests): both are shown, the goal is on searches. From the
    // sandbox's log, which keeps its last 100,000 requests; idle, its outbound-order searches are
    // change searches (a create's duplicate check is one too, and there are none).
    report.figure(QStringLiteral("CartonCloud change search requests (pages) per customer per round"),
                  searches / roundsDone / settings.customers, 2, {});
    report.note(QStringLiteral("in the sandbox's log since the window began: %1 search requests, %2 searches "
                               "(first pages)")
                    .arg(searchCount.requests)
                    .arg(searchCount.searches));
    report.figure(QStringLiteral("CartonCloud change searches per customer per round"),
                  searchCount.searches / roundsDone / settings.customers, 2, {}, bench::Report::Goal::AtMost, 1);
    double most = 0;
    double least = settings.integrations;
    for (const QHash<QString, double> &page : pagesAfter) {
        most = std::max(most, figures(page).leases);
        least = std::min(least, figures(page).leases);
    }
    report.figure(QStringLiteral("largest share of the integrations held by one worker"),
                  100.0 * most / settings.integrations, 1, QStringLiteral("%"));
    report.figure(QStringLiteral("smallest share of the integrations held by one worker"),
                  100.0 * least / settings.integrations, 1, QStringLiteral("%"));

    for (Worker &worker : workers) {
        worker.process->terminate();
        if (!worker.process->waitForFinished(60000))
            worker.process->kill();
    }
    return report.finish();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    benchClock().start();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Idle requests and each worker's share, several wharf --headless workers on PostgreSQL."));
    parser.addHelpOption();
    const QCommandLineOption workersOption(QStringLiteral("workers"), QStringLiteral("Workers (default 3)."),
                                           QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption integrationsOption(QStringLiteral("integrations"),
                                                QStringLiteral("Integrations (default 1000)."), QStringLiteral("n"),
                                                QStringLiteral("1000"));
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Customers (default 10)."),
                                             QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption ordersOption(QStringLiteral("orders-per-store"),
                                          QStringLiteral("Orders of each store (default 2)."), QStringLiteral("n"),
                                          QStringLiteral("2"));
    const QCommandLineOption intervalOption(QStringLiteral("sync-interval"),
                                            QStringLiteral("The workers' --sync-interval (default 20)."),
                                            QStringLiteral("s"), QStringLiteral("20"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Cycles of every integration measured (default 3)."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption wharfOption(QStringLiteral("wharf"), QStringLiteral("The wharf executable."),
                                         QStringLiteral("path"), QStringLiteral(WHARF_EXECUTABLE));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"), QStringLiteral("The wharf-sandbox executable."),
                                           QStringLiteral("path"), QStringLiteral(WHARF_SANDBOX_EXECUTABLE));
    parser.addOptions({workersOption, integrationsOption, customersOption, ordersOption, intervalOption, roundsOption,
                       wharfOption, sandboxOption});
    parser.process(app);
    Settings settings;
    settings.wharf = parser.value(wharfOption);
    settings.sandbox = parser.value(sandboxOption);
    settings.workers = parser.value(workersOption).toInt();
    settings.integrations = parser.value(integrationsOption).toInt();
    settings.customers = std::clamp(parser.value(customersOption).toInt(), 1, std::max(1, settings.integrations));
    settings.ordersPerStore = parser.value(ordersOption).toInt();
    settings.syncInterval = parser.value(intervalOption).toInt();
    settings.rounds = parser.value(roundsOption).toInt();
    if (settings.workers < 1 || settings.integrations < 1 || settings.ordersPerStore < 1 || settings.syncInterval < 1
        || settings.rounds < 1) {
        std::fprintf(stderr, "bench_workers: bad arguments; see --help\n");
        return 2;
    }
    if (test::postgresServerUrl().isEmpty()) {
        std::fprintf(stderr, "bench_workers: %s\n", qPrintable(test::postgresMissingSentence()));
        return 2;
    }
    return run(settings);
}
