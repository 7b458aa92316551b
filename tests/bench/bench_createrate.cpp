// Creates per minute as a fraction of CartonCloud's limit, over a backlog of processing orders
// (issue 5, "Benchmarks"; DESIGN.md, "Rates and costs"): the engine must pace its creates at the
// account's limit (goal >= 0.97 of it) without ever drawing a 429.
//
// The sandbox (in-process, loopback) counts creates per sliding window like CartonCloud; the
// engine's limiter is told the same limit and window. A 300-order backlog at 30 per minute takes
// ten real minutes, so by default the window is scaled (30 per 6 s: both sides shrunk together,
// the engine's safety margin scales with it); --real runs the real minute.
//
//   bench_createrate                      30 per 6 s (scaled) and 600 per 60 s (real)
//   bench_createrate --real               the same, plus 30 per 60 s (the real minute: 10 minutes)
//   bench_createrate --window-ms 3000 --orders 300 --raised 600 --raised-window-ms 60000

#include "benchreport.h"
#include "core/sync/syncengine.h"
#include "enginefixture.h"
#include "sandbox/requestlog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace wharf;

namespace {

struct Row
{
    int limit = 30;
    int windowMs = 60000;
    int orders = 300;
};

void runRow(bench::Report &report, const Row &row)
{
    const bool scaled = row.windowMs != 60000;
    report.section(QStringLiteral("%1 creates per %2 ms window, %3-order backlog — %4")
                       .arg(row.limit)
                       .arg(row.windowMs)
                       .arg(row.orders)
                       .arg(scaled ? QStringLiteral("SCALED run (the real limit is %1 per minute; both the sandbox's "
                                                    "window and the engine's Options::createWindow are %2 ms)")
                                         .arg(row.limit)
                                         .arg(row.windowMs)
                                   : QStringLiteral("REAL-minute run")));

    test::EngineFixture world;
    sandbox::WooStore *woo = world.sandbox.store();
    const QString acme = world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"),
                                           {QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("CAP-RED")});
    woo->addProduct(QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("T-shirt"));
    woo->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
    const QList<int> orders = woo->generateOrders(row.orders, 21, QStringLiteral("processing"));
    world.sandbox.wms()->setCreateRateLimit(row.limit, row.windowMs, false);
    world.options.createsPerMinute = row.limit;
    world.options.createWindow = std::chrono::milliseconds(row.windowMs);
    world.options.intervalSeconds = 24 * 3600; // one cycle: the one at start
    world.addIntegration(woo, acme, QStringLiteral("Acme store"));

    SyncEngine engine(world.store.database, &world.secrets, world.options);
    QSignalSpy cycles(&engine, &SyncEngine::cycleFinished);
    QElapsedTimer clock;
    clock.start();
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    engine.start();
    // Generous: three times the paced duration plus a minute.
    const int expectedMs = int(double(row.orders) / row.limit * row.windowMs);
    const bool finished = QTest::qWaitFor([&] { return cycles.count() >= 1; }, 3 * expectedMs + 60000);
    const qint64 cycleMs = clock.elapsed();
    engine.shutdown();

    QList<qint64> createdAt; // ms since start, of each create that succeeded
    int tooMany = 0;
    int otherFailures = 0;
    for (const sandbox::RequestLog::Entry &entry : world.sandbox.wms()->requestLog().entries()) {
        if (entry.method != "POST" || entry.route != QLatin1String("/tenants/<tenant>/outbound-orders"))
            continue;
        if (entry.status == 429)
            ++tooMany;
        else if (entry.status == 201 || entry.status == 228)
            createdAt.append(startedAt.msecsTo(entry.time));
        else
            ++otherFailures;
    }
    std::sort(createdAt.begin(), createdAt.end());
    const int created = int(createdAt.size());
    if (!finished)
        report.note(QStringLiteral("the cycle did not finish in time (after %1 ms)").arg(cycleMs));
    report.note(QStringLiteral("%1 of %2 orders created; cycle took %3 ms; first create at +%4 ms, last at +%5 ms")
                    .arg(created)
                    .arg(orders.size())
                    .arg(cycleMs)
                    .arg(createdAt.value(0))
                    .arg(createdAt.isEmpty() ? 0 : createdAt.constLast()));
    if (otherFailures)
        report.note(QStringLiteral("%1 creates failed otherwise than with 429").arg(otherFailures));

    // Steady rate: creates between the first and the last, over the time between them. The sandbox
    // stamps each request as it arrives, so the figure is the server's view.
    double perWindow = 0;
    if (created >= 2) {
        const qint64 span = createdAt.constLast() - createdAt.constFirst();
        perWindow = span > 0 ? double(created - 1) * row.windowMs / double(span) : 0;
    }
    // The whole backlog, from the engine's start to the last create (includes token, discovery,
    // listing and the product codes).
    const double overall =
        created > 0 ? double(created) * row.windowMs / double(std::max<qint64>(1, createdAt.constLast())) : 0;
    report.figure(QStringLiteral("creates per window (first to last create)"), perWindow, 2,
                  QStringLiteral("(= %1 per minute%2)")
                      .arg(perWindow * 60000.0 / row.windowMs, 0, 'f', 1)
                      .arg(scaled ? QStringLiteral(" in scaled time") : QString()));
    report.figure(QStringLiteral("fraction of the limit (%1 per %2 ms)").arg(row.limit).arg(row.windowMs),
                  perWindow / row.limit, 4, {}, bench::Report::Goal::AtLeast, 0.97);
    report.figure(QStringLiteral("fraction of the limit incl. start-up (engine start to last create)"),
                  overall / row.limit, 4, {});
    report.figure(QStringLiteral("429 answers"), tooMany, 0, {}, bench::Report::Goal::AtMost, 0);
    report.figure(QStringLiteral("orders created of the backlog"), created, 0,
                  QStringLiteral("of %1").arg(orders.size()), bench::Report::Goal::AtLeast, orders.size());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<QList<CycleReport>>();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Creates per minute as a fraction of the sandbox's create limit, over a backlog of processing orders."));
    parser.addHelpOption();
    const QCommandLineOption windowOption(
        QStringLiteral("window-ms"),
        QStringLiteral("Window of the 30-per-minute run, scaled on both sides (default 6000; 60000 = real)."),
        QStringLiteral("ms"), QStringLiteral("6000"));
    const QCommandLineOption realOption(QStringLiteral("real"),
                                        QStringLiteral("Also run the 30-per-minute row over the real minute (10 "
                                                       "minutes for 300 orders)."));
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("Backlog size (default 300)."),
                                          QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QStringLiteral("The base limit (default 30)."),
                                         QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption raisedOption(QStringLiteral("raised"),
                                          QStringLiteral("The raised limit (default 600; 0 skips that row)."),
                                          QStringLiteral("n"), QStringLiteral("600"));
    const QCommandLineOption raisedWindowOption(
        QStringLiteral("raised-window-ms"),
        QStringLiteral("Window of the raised-limit run (default 60000: real; 300 orders take 30 s)."),
        QStringLiteral("ms"), QStringLiteral("60000"));
    parser.addOptions({windowOption, realOption, ordersOption, limitOption, raisedOption, raisedWindowOption});
    parser.process(app);

    const int orders = parser.value(ordersOption).toInt();
    const int limit = parser.value(limitOption).toInt();
    const int raised = parser.value(raisedOption).toInt();
    const int window = parser.value(windowOption).toInt();
    const int raisedWindow = parser.value(raisedWindowOption).toInt();
    if (orders < 2 || limit < 1 || raised < 0 || window < 100 || raisedWindow < 100) {
        std::fprintf(stderr, "bench_createrate: bad arguments; see --help\n");
        return 2;
    }

    bench::Report report("bench_createrate: creates per minute against the create limit (goal >= 0.97, no 429)");
    QList<Row> rows;
    rows.append({limit, window, orders});
    if (parser.isSet(realOption) && window != 60000)
        rows.append({limit, 60000, orders});
    if (raised > 0)
        rows.append({raised, raisedWindow, orders});
    for (const Row &row : rows)
        runRow(report, row);
    return report.finish();
}
