// Requests per created order for each API over a full lifecycle, and the requests of an idle cycle
// (issue 5, "Benchmarks"; DESIGN.md, "Rates and costs").
//
// Lifecycle: a backlog of processing orders (default 300) is taken by one integration; the
// warehouse (the sandbox's hands) packs every order with a tracking number, then dispatches it;
// cycles run until every order is completed. Every request the store and CartonCloud received is
// counted by route. Goals per created order: <= 1.05 creates, <= 0.02 WooCommerce list calls,
// <= 0.02 completion calls, and <= 2.1 requests in all (issue 12: the floor is about 2.02 — one
// create, one tracking write, a hundredth of a list and of a completion batch). The backlog is
// spread over hours and the engine keeps its real overlap, as in a shop.
//
// Idle: several integrations (default 5, each with its own store) with orders in every state;
// once nothing changes any more, each further cycle's requests are counted. Goal: <= 3 per
// integration per cycle.
//
// With --idle-only, many integrations (issue 14: 1,000 on one engine): the far side is a
// `wharf-sandbox` process with one store per integration (its memory and CPU are not the
// engine's), the stores spread over --customers CartonCloud customers; the warehouse's hands and
// the request counts go through its control API. Goals: <= 3 requests per integration per cycle,
// <= 1 CartonCloud change search per customer per cycle.
//
//   bench_requests [--orders 300] [--integrations 5] [--idle-cycles 3] [--postgres]
//   bench_requests --idle-only --integrations 1000 [--customers 10] [--orders-per-store 2] [--postgres]

#include "benchreport.h"
#include "core/store/customerrepository.h"
#include "core/store/orderlinkrepository.h"
#include "core/sync/syncengine.h"
#include "enginefixture.h"
#include "sandbox/requestlog.h"
#include "sandboxprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace wharf;

namespace {

const QString kCreateRoute = QStringLiteral("/tenants/<tenant>/outbound-orders");
const QString kListRoute = QStringLiteral("/wp-json/wc/v3/orders");
const QString kBatchRoute = QStringLiteral("/wp-json/wc/v3/orders/batch");

bool runOnce(SyncEngine &engine)
{
    QSignalSpy done(&engine, &SyncEngine::allCyclesFinished);
    engine.runOnce();
    if (!done.wait(300000))
        return false;
    for (const CycleReport &report : done.constFirst().constFirst().value<QList<CycleReport>>()) {
        if (!report.ok())
            std::fprintf(stderr, "bench_requests: cycle of %s failed: %s\n", qPrintable(report.integrationName),
                         qPrintable(report.error));
    }
    return true;
}

void addProducts(sandbox::WooStore *woo)
{
    woo->addProduct(QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("T-shirt"));
    woo->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
}

void printRoutes(bench::Report &report, const QString &service, const sandbox::RequestLog &log, int perOrders)
{
    const QMap<QString, int> counts = log.countsByRoute();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        report.note(QStringLiteral("%1 %2: %3 (%4 per order)")
                        .arg(service, it.key().leftJustified(70))
                        .arg(it.value(), 5)
                        .arg(perOrders ? double(it.value()) / perOrders : 0, 0, 'f', 3));
}

void lifecycle(bench::Report &report, int orderCount)
{
    report.section(QStringLiteral("Requests per created order over a full lifecycle (%1 orders, 1 integration: "
                                  "created -> packed with tracking -> dispatched -> completed)")
                       .arg(orderCount));
    test::EngineFixture world; // create limit lifted on both sides: pacing is bench_createrate's subject
    sandbox::WooStore *woo = world.sandbox.store();
    sandbox::CartonCloudServer *wms = world.sandbox.wms();
    const QString acme = world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"),
                                           {QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("CAP-RED")});
    addProducts(woo);
    const QList<int> orders = woo->generateOrders(orderCount, 5, QStringLiteral("processing"));
    // A backlog builds up over hours (here one order every 2 minutes, the last one now), not within
    // one second; a bulk action's many orders of one second are tst_syncengine's subject.
    woo->spreadOrders(orders, 120);
    const Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));
    SyncEngine::Options options = world.options;
    options.cycleOnStart = false;
    // The overlap a real engine uses (the test fixture shrinks it): every listing reads again the
    // changes of the 5 minutes before its cursor, and that is part of what an order costs.
    options.pipeline.overlap = PipelineOptions().overlap;
    SyncEngine engine(world.store.database, &world.secrets, options);
    QSignalSpy started(&engine, &SyncEngine::started);
    engine.start();
    if (!started.wait(30000) && started.isEmpty()) {
        report.note(QStringLiteral("the engine did not start"));
        return;
    }

    // What each cycle cost: WooCommerce list calls (intake pages / status checks), completion
    // batches, CartonCloud creates, and all requests.
    QStringList perCycle;
    int cycles = 0;
    const auto cycle = [&](const QString &what) {
        const qsizetype storeBefore = woo->requestLog().size();
        const qsizetype wmsBefore = wms->requestLog().size();
        runOnce(engine);
        ++cycles;
        const QList<sandbox::RequestLog::Entry> entries = woo->requestLog().entries();
        int pages = 0;
        int checks = 0;
        int batches = 0;
        for (qsizetype i = storeBefore; i < entries.size(); ++i) {
            if (entries[i].method == "GET" && entries[i].route == kListRoute)
                (entries[i].query.contains("include=") ? checks : pages) += 1;
            batches += entries[i].route == kBatchRoute ? 1 : 0;
        }
        int creates = 0;
        const QList<sandbox::RequestLog::Entry> wmsEntries = wms->requestLog().entries();
        for (qsizetype i = wmsBefore; i < wmsEntries.size(); ++i)
            creates += wmsEntries[i].method == "POST" && wmsEntries[i].route == kCreateRoute ? 1 : 0;
        perCycle.append(QStringLiteral("cycle %1 (%2): %3 intake list pages, %4 status checks, %5 completion "
                                       "batches, %6 creates; %7 store + %8 CartonCloud requests")
                            .arg(cycles)
                            .arg(what)
                            .arg(pages)
                            .arg(checks)
                            .arg(batches)
                            .arg(creates)
                            .arg(woo->requestLog().size() - storeBefore)
                            .arg(wms->requestLog().size() - wmsBefore));
    };
    // 1. Intake: the backlog is created.
    cycle(QStringLiteral("backlog waiting"));
    // 2. The warehouse packs everything, each with a tracking number; the engine writes tracking.
    int n = 0;
    for (const QString &id : wms->outboundOrderIds()) {
        wms->pack(id);
        ++n;
        wms->setTracking(id, QStringLiteral("TRK%1").arg(n), QStringLiteral("Australia Post"),
                         QStringLiteral("https://auspost.com.au/mypost/track/#/details/TRK%1").arg(n));
    }
    cycle(QStringLiteral("all packed, with tracking"));
    // 3. Dispatched; cycles until every order is completed.
    for (const QString &id : wms->outboundOrderIds())
        wms->dispatch(id);
    const OrderLinkRepository links(world.store.database);
    while (cycles < 40 && links.inState(integration.id, OrderLink::State::Completed).size() < orders.size())
        cycle(QStringLiteral("dispatched, %1 completed so far")
                  .arg(links.inState(integration.id, OrderLink::State::Completed).size()));
    engine.shutdown();

    const int created = int(wms->outboundOrderIds().size());
    const int completed = int(links.inState(integration.id, OrderLink::State::Completed).size());
    report.note(
        QStringLiteral("%1 orders created, %2 completed, in %3 cycles:").arg(created).arg(completed).arg(cycles));
    for (const QString &line : std::as_const(perCycle))
        report.note(QStringLiteral("   ") + line);
    if (created == 0)
        return;

    const sandbox::RequestLog &storeLog = woo->requestLog();
    const sandbox::RequestLog &wmsLog = wms->requestLog();
    int lists = 0;
    int listsForCompletion = 0;
    int intakePages = 0;
    for (const sandbox::RequestLog::Entry &entry : storeLog.entries()) {
        if (entry.method != "GET" || entry.route != kListRoute)
            continue;
        ++lists;
        if (entry.query.contains("include="))
            ++listsForCompletion;
        else
            ++intakePages;
    }
    const int creates = wmsLog.count(kCreateRoute, "POST");
    const int batches = storeLog.count(kBatchRoute);
    report.figure(QStringLiteral("CartonCloud creates per created order"), double(creates) / created, 4, {},
                  bench::Report::Goal::AtMost, 1.05);
    report.figure(QStringLiteral("WooCommerce list calls per created order"), double(lists) / created, 4,
                  QStringLiteral("(%1 calls)").arg(lists), bench::Report::Goal::AtMost, 0.02);
    report.note(QStringLiteral("   of which intake listings (one or more pages per cycle): %1; "
                               "status checks before completion (include=...): %2")
                    .arg(intakePages)
                    .arg(listsForCompletion));
    // Every cycle lists once even when nothing is new (that floor is the idle figure's subject);
    // what the orders themselves cost is the rest.
    report.figure(QStringLiteral("  ... beyond the one listing every cycle makes anyway"),
                  double(lists - cycles) / created, 4, QStringLiteral("(%1 calls)").arg(lists - cycles));
    report.figure(QStringLiteral("WooCommerce completion calls per created order"), double(batches) / created, 4,
                  QStringLiteral("(%1 calls)").arg(batches), bench::Report::Goal::AtMost, 0.02);
    report.figure(QStringLiteral("all WooCommerce requests per created order"), double(storeLog.size()) / created, 4,
                  QStringLiteral("(%1)").arg(storeLog.size()));
    report.figure(QStringLiteral("all CartonCloud requests per created order"), double(wmsLog.size()) / created, 4,
                  QStringLiteral("(%1)").arg(wmsLog.size()));
    report.figure(QStringLiteral("all requests per created order"), double(storeLog.size() + wmsLog.size()) / created,
                  4, QStringLiteral("(%1)").arg(storeLog.size() + wmsLog.size()), bench::Report::Goal::AtMost, 2.1);
    report.note(QStringLiteral("every request, by route:"));
    printRoutes(report, QStringLiteral("woo"), storeLog, created);
    printRoutes(report, QStringLiteral("wms"), wmsLog, created);
}

// Requests the far side received from the engine in one cycle of every integration.
struct Counts
{
    qsizetype store = 0; // all stores
    qsizetype wms = 0;
};

Counts countNow(test::EngineFixture &world)
{
    Counts counts;
    for (sandbox::WooStore *store : world.sandbox.stores())
        counts.store += store->requestLog().size();
    counts.wms = world.sandbox.wms()->requestLog().size();
    return counts;
}

void idle(bench::Report &report, int integrations, int idleCycles, bool withOpenOrders, int ordersPerStore = 20)
{
    report.section(QStringLiteral("Requests of an idle cycle, %1 integrations (%2)")
                       .arg(integrations)
                       .arg(withOpenOrders ? QStringLiteral(
                                "each with 10 completed orders, 5 packed awaiting dispatch and 5 awaiting "
                                "pick and pack; nothing changes")
                                           : QStringLiteral("each with 20 completed orders; nothing changes")));
    test::EngineFixture world;
    sandbox::CartonCloudServer *wms = world.sandbox.wms();
    const QString acme = world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"),
                                           {QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("CAP-RED")});
    for (int i = 0; i < integrations; ++i) {
        sandbox::WooStore *woo = i == 0 ? world.sandbox.store() : world.sandbox.addStore({});
        addProducts(woo);
        woo->generateOrders(ordersPerStore, quint32(100 + i), QStringLiteral("processing"));
        world.addIntegration(woo, acme, QStringLiteral("Store %1").arg(i + 1));
    }
    SyncEngine::Options options = world.options;
    options.cycleOnStart = false;
    SyncEngine engine(world.store.database, &world.secrets, options);
    QSignalSpy started(&engine, &SyncEngine::started);
    engine.start();
    if (!started.wait(30000) && started.isEmpty()) {
        report.note(QStringLiteral("the engine did not start"));
        return;
    }
    runOnce(engine); // everything created
    // Per store: 10 dispatched (and completed), 5 packed with tracking, 5 left awaiting — or all 20
    // dispatched.
    int n = 0;
    const QStringList ids = wms->outboundOrderIds();
    for (int i = 0; i < ids.size(); ++i) {
        const int slot = i % 20; // with fewer orders per store, the mix spreads over stores
        if (!withOpenOrders || slot < 10) {
            wms->setTracking(ids[i], QStringLiteral("TRK%1").arg(++n), QStringLiteral("Australia Post"));
            wms->dispatch(ids[i]);
        } else if (slot < 15) {
            wms->pack(ids[i]);
            wms->setTracking(ids[i], QStringLiteral("TRK%1").arg(++n), QStringLiteral("Australia Post"));
        }
    }
    // Until nothing changes: two cycles in a row that cost the same and did nothing.
    for (int settle = 0; settle < 4; ++settle)
        runOnce(engine);

    QList<double> perIntegration;
    double worst = 0;
    qsizetype storeTotal = 0;
    qsizetype wmsTotal = 0;
    QHash<QString, int> routes;
    QList<qsizetype> storeSizes;
    for (sandbox::WooStore *store : world.sandbox.stores())
        storeSizes.append(store->requestLog().size());
    const qsizetype wmsSize = wms->requestLog().size();
    for (int c = 0; c < idleCycles; ++c) {
        const Counts a = countNow(world);
        runOnce(engine);
        const Counts b = countNow(world);
        const double cost = double((b.store - a.store) + (b.wms - a.wms)) / integrations;
        perIntegration.append(cost);
        worst = std::max(worst, cost);
        storeTotal += b.store - a.store;
        wmsTotal += b.wms - a.wms;
    }
    engine.shutdown();
    // Which requests an idle cycle makes.
    for (int s = 0; s < world.sandbox.stores().size(); ++s) {
        const QList<sandbox::RequestLog::Entry> entries = world.sandbox.stores()[s]->requestLog().entries();
        for (qsizetype i = storeSizes[s]; i < entries.size(); ++i)
            routes[QStringLiteral("woo ") + QString::fromLatin1(entries[i].method) + QLatin1Char(' ')
                   + entries[i].route] += 1;
    }
    const QList<sandbox::RequestLog::Entry> wmsEntries = wms->requestLog().entries();
    for (qsizetype i = wmsSize; i < wmsEntries.size(); ++i)
        routes[QStringLiteral("wms ") + QString::fromLatin1(wmsEntries[i].method) + QLatin1Char(' ')
               + wmsEntries[i].route] += 1;

    QStringList each;
    for (const double cost : perIntegration)
        each.append(QString::number(cost, 'f', 2));
    report.note(QStringLiteral("%1 idle cycles of all %2 integrations: %3 store and %4 CartonCloud requests; "
                               "per integration per cycle: %5")
                    .arg(idleCycles)
                    .arg(integrations)
                    .arg(storeTotal)
                    .arg(wmsTotal)
                    .arg(each.join(QStringLiteral(", "))));
    for (auto it = routes.cbegin(); it != routes.cend(); ++it)
        report.note(QStringLiteral("%1: %2 per integration per cycle")
                        .arg(it.key().leftJustified(72))
                        .arg(double(it.value()) / integrations / idleCycles, 0, 'f', 2));
    report.figure(QStringLiteral("requests per integration per idle cycle (worst cycle)"), worst, 2, {},
                  bench::Report::Goal::AtMost, 3);
}

// The idle figure for many integrations, against a wharf-sandbox process; the engine runs here,
// on SQLite or (--postgres) PostgreSQL, its cycles started and awaited one round at a time.
void idleAgainstSandboxProcess(bench::Report &report, const QString &sandboxExecutable, int integrations, int customers,
                               int idleCycles, int ordersPerStore)
{
    report.section(QStringLiteral("Requests of an idle cycle, %1 integrations of %2 customers on one engine, %3 "
                                  "orders per store (half completed, a quarter packed, a quarter awaiting pick and "
                                  "pack); the far side a wharf-sandbox process; data on %4")
                       .arg(integrations)
                       .arg(customers)
                       .arg(ordersPerStore)
                       .arg(test::currentBackend() == test::Backend::Postgres ? QStringLiteral("PostgreSQL")
                                                                              : QStringLiteral("SQLite")));
    QElapsedTimer clock;
    clock.start();
    const auto progress = [&clock](const QString &what) {
        std::fprintf(stderr, "bench_requests: %6.1f s %s\n", double(clock.elapsed()) / 1000, qPrintable(what));
    };
    QTemporaryDir dir;
    const QJsonObject seed = bench::manyStoresSeed(integrations, customers, ordersPerStore);
    QFile seedFile(dir.filePath(QStringLiteral("seed.json")));
    if (!seedFile.open(QIODevice::WriteOnly) || seedFile.write(QJsonDocument(seed).toJson()) <= 0) {
        report.note(QStringLiteral("NOT MEASURED: cannot write the seed"));
        return;
    }
    seedFile.close();
    bench::SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(sandboxExecutable, seedFile.fileName(), &error)) {
        report.note(QStringLiteral("NOT MEASURED: ") + error);
        return;
    }
    progress(QStringLiteral("sandbox up with %1 stores").arg(sandbox.world[u"stores"].toArray().size()));

    test::StoreFixture store;
    store.account.baseUrl = sandbox.world[u"wmsUrl"].toString();
    store.account.clientId = sandbox.world[u"wmsClientId"].toString();
    store.account.tenantId = sandbox.world[u"wmsTenantId"].toString();
    AccountRepository(store.database).update(store.account);
    MemorySecretStore secrets;
    test::SecretWaiter waiter;
    waiter.write(secrets, SecretKeys::accountClientSecret(store.account.id),
                 sandbox.world[u"wmsClientSecret"].toString());
    QStringList customerIds;
    for (int c = 0; c < customers; ++c) {
        const QString code = bench::customerCode(c);
        const QString id = sandbox.customerId(code, bench::customerName(c), &error);
        if (id.isEmpty()) {
            report.note(QStringLiteral("NOT MEASURED: ") + error);
            return;
        }
        CustomerRepository(store.database).upsert({id, store.account.id, QStringLiteral("Customer ") + code, false});
        customerIds.append(id);
    }
    const QJsonArray stores = sandbox.world[u"stores"].toArray();
    for (int i = 0; i < integrations; ++i) {
        Integration integration = store.sampleIntegration(QStringLiteral("Store %1").arg(i + 1));
        integration.customerId = customerIds.at(i % customers);
        integration.storeUrl = stores.at(i)[u"httpsUrl"].toString();
        integration.consumerKey = stores.at(i)[u"consumerKey"].toString();
        integration.health = Health::Live;
        integration.createdAt = QDateTime::currentDateTimeUtc().addDays(-1);
        IntegrationRepository(store.database).insert(integration);
        waiter.write(secrets, SecretKeys::integrationConsumerSecret(integration.id),
                     stores.at(i)[u"consumerSecret"].toString());
    }
    progress(QStringLiteral("%1 integrations saved").arg(integrations));

    SyncEngine::Options options;
    QFile ca(sandbox.world[u"caCertificate"].toString());
    if (ca.open(QIODevice::ReadOnly))
        options.extraCaCertificates = QSslCertificate::fromData(ca.readAll());
    options.createsPerMinute = 1000000; // pacing is bench_createrate's subject
    options.pipeline.overlap = std::chrono::seconds(0);
    options.pipeline.interruptedCreateGuard = std::chrono::milliseconds(0);
    options.cycleOnStart = false;
    SyncEngine engine(store.database, &secrets, options);
    QSignalSpy started(&engine, &SyncEngine::started);
    engine.start();
    if (!started.wait(120000) && started.isEmpty()) {
        report.note(QStringLiteral("NOT MEASURED: the engine did not start"));
        return;
    }
    progress(QStringLiteral("engine started"));
    QElapsedTimer cycleClock;
    cycleClock.start();
    // Until every order is created: with a thousand stores, first rounds on a busy machine see
    // timeouts, and an idle figure needs the orders in CartonCloud.
    const int expected = integrations * ordersPerStore;
    int created = 0;
    for (int round = 1; round <= 8 && created < expected; ++round) {
        cycleClock.restart();
        runOnce(engine);
        created = int(sandbox.control(QStringLiteral("/control/wms/orders")).array().size());
        progress(QStringLiteral("creating round %1 in %2 s: %3 of %4 orders created")
                     .arg(round)
                     .arg(double(cycleClock.elapsed()) / 1000, 0, 'f', 1)
                     .arg(created)
                     .arg(expected));
    }
    if (created < expected)
        report.note(QStringLiteral("only %1 of %2 orders were created in 8 rounds").arg(created).arg(expected));

    const int inWarehouse = sandbox.applyWarehouseMix();
    progress(QStringLiteral("%1 outbound orders in the warehouse's mix").arg(inWarehouse));
    for (int settle = 0; settle < 3; ++settle) {
        cycleClock.restart();
        runOnce(engine);
        progress(QStringLiteral("settling round %1 in %2 s")
                     .arg(settle + 1)
                     .arg(double(cycleClock.elapsed()) / 1000, 0, 'f', 1));
    }

    QHash<QString, int> routes;
    QList<double> perIntegration;
    QList<double> roundSeconds;
    double worst = 0;
    double worstSearches = 0;
    for (int c = 0; c < idleCycles; ++c) {
        const QHash<QString, int> before = sandbox.totals();
        cycleClock.restart();
        runOnce(engine);
        roundSeconds.append(double(cycleClock.elapsed()) / 1000);
        const QHash<QString, int> after = sandbox.totals();
        int requests = 0;
        int searches = 0;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            const int made = it.value() - before.value(it.key());
            requests += made;
            routes[it.key()] += made;
            if (it.key() == QLatin1String("wms POST /tenants/<tenant>/outbound-orders/search"))
                searches += made;
        }
        const double cost = double(requests) / integrations;
        perIntegration.append(cost);
        worst = std::max(worst, cost);
        worstSearches = std::max(worstSearches, double(searches) / customers);
        progress(
            QStringLiteral("idle round %1: %2 requests in %3 s").arg(c + 1).arg(requests).arg(roundSeconds.last()));
    }
    engine.shutdown();

    QStringList each;
    for (const double cost : std::as_const(perIntegration))
        each.append(QString::number(cost, 'f', 2));
    QStringList seconds;
    for (const double s : std::as_const(roundSeconds))
        seconds.append(QString::number(s, 'f', 1));
    report.note(QStringLiteral("per integration per cycle, each idle round: %1; each round took %2 s")
                    .arg(each.join(QStringLiteral(", ")), seconds.join(QStringLiteral(", "))));
    for (auto it = routes.cbegin(); it != routes.cend(); ++it) {
        if (it.value() > 0)
            report.note(QStringLiteral("%1: %2 per integration per cycle")
                            .arg(it.key().leftJustified(72))
                            .arg(double(it.value()) / integrations / idleCycles, 0, 'f', 3));
    }
    report.figure(QStringLiteral("requests per integration per idle cycle (worst round)"), worst, 2, {},
                  bench::Report::Goal::AtMost, 3);
    report.figure(QStringLiteral("CartonCloud change searches per customer per idle cycle (worst round)"),
                  worstSearches, 2, {}, bench::Report::Goal::AtMost, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<QList<CycleReport>>();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Requests per created order for each API over a full lifecycle, and of an idle cycle."));
    parser.addHelpOption();
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("Lifecycle backlog (default 300)."),
                                          QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption integrationsOption(QStringLiteral("integrations"),
                                                QStringLiteral("Integrations of the idle run (default 5)."),
                                                QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption idleCyclesOption(QStringLiteral("idle-cycles"),
                                              QStringLiteral("Idle cycles measured (default 3)."), QStringLiteral("n"),
                                              QStringLiteral("3"));
    const QCommandLineOption postgresOption(
        QStringLiteral("postgres"),
        QStringLiteral("Keep the engine's data in a fresh database on WHARF_TEST_POSTGRES_URL instead of SQLite."));
    const QCommandLineOption idleOnlyOption(
        QStringLiteral("idle-only"),
        QStringLiteral("Only the idle run with open orders, against a wharf-sandbox process (for many integrations)."));
    const QCommandLineOption customersOption(
        QStringLiteral("customers"), QStringLiteral("With --idle-only: CartonCloud customers the stores belong to."),
        QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption ordersPerStoreOption(QStringLiteral("orders-per-store"),
                                                  QStringLiteral("With --idle-only: orders of each store."),
                                                  QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           QStringLiteral("With --idle-only: the wharf-sandbox executable."),
                                           QStringLiteral("path"), QStringLiteral(WHARF_SANDBOX_EXECUTABLE));
    parser.addOptions({ordersOption, integrationsOption, idleCyclesOption, postgresOption, idleOnlyOption,
                       customersOption, ordersPerStoreOption, sandboxOption});
    parser.process(app);
    const int orders = parser.value(ordersOption).toInt();
    const int integrations = parser.value(integrationsOption).toInt();
    const int idleCycles = parser.value(idleCyclesOption).toInt();
    if (orders < 1 || integrations < 1 || idleCycles < 1) {
        std::fprintf(stderr, "bench_requests: bad arguments; see --help\n");
        return 2;
    }

    if (parser.isSet(postgresOption)) {
        if (test::postgresServerUrl().isEmpty()) {
            std::fprintf(stderr, "bench_requests: %s\n", qPrintable(test::postgresMissingSentence()));
            return 2;
        }
        test::currentBackend() = test::Backend::Postgres;
    }

    bench::Report report("bench_requests: requests per created order, and of an idle cycle");
    if (parser.isSet(idleOnlyOption)) {
        const int customers = std::clamp(parser.value(customersOption).toInt(), 1, integrations);
        idleAgainstSandboxProcess(report, parser.value(sandboxOption), integrations, customers, idleCycles,
                                  std::max(1, parser.value(ordersPerStoreOption).toInt()));
        return report.finish();
    }
    lifecycle(report, orders);
    idle(report, integrations, idleCycles, true);
    idle(report, integrations, idleCycles, false);
    return report.finish();
}
