// Stock back to WooCommerce (issue 15): a stock sync of 5,000 products against the sandbox. Prints
// the store write requests per 100 products changed (goal <= 1.1), and checks that a second run
// with nothing changed writes nothing. Usage: bench_stocksync [--products 5000] [--changed 1234]
// [--variable 200 --variations 5]
#include "benchreport.h"
#include "core/net/httpclient.h"
#include "core/stock/stocksync.h"
#include "core/wms/wmsclient.h"
#include "core/woo/wooclient.h"
#include "sandbox/sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTest>

using namespace wharf;
using namespace std::chrono_literals;

namespace {

struct World
{
    sandbox::Sandbox sandbox;
    QNetworkAccessManager nam;
    std::unique_ptr<woo::WooClient> woo;
    std::unique_ptr<wms::WmsClient> wms;
    QString customer;
    QHash<QString, QString> productIdByCode; // CartonCloud's
};

int writes(sandbox::WooStore *store)
{
    return store->requestLog().count(QStringLiteral("/wp-json/wc/v3/products/batch"))
        + store->requestLog().count(QStringLiteral("/wp-json/wc/v3/products/<product_id>/variations/batch"));
}

bool setUp(World &world, int simple, int variable, int variationsEach)
{
    if (!world.sandbox.start())
        return false;
    sandbox::WooStore *store = world.sandbox.store();
    sandbox::WooStore::CatalogueShape shape;
    shape.prefix = QStringLiteral("P");
    shape.simple = simple;
    shape.variable = variable;
    shape.variationsEach = variationsEach;
    shape.manageStock = true;
    shape.stock = 10;
    store->generateCatalogue(shape);
    world.customer = world.sandbox.wms()->addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"));
    // Every orderable SKU of the store is a product code of the customer.
    for (const int id : store->productIds()) {
        const QJsonObject product = store->product(id);
        const QString sku = product.value(QStringLiteral("sku")).toString();
        if (sku.isEmpty() || product.value(QStringLiteral("type")).toString() == QStringLiteral("variable")
            || world.productIdByCode.contains(sku))
            continue;
        world.productIdByCode.insert(sku, world.sandbox.wms()->addProduct(world.customer, sku, sku, 10));
    }
    world.woo = std::make_unique<woo::WooClient>(&world.nam);
    woo::WooConnection connection;
    connection.home = store->httpsUrl();
    connection.auth = woo::WooConnection::AuthMode::Basic;
    connection.consumerKey = store->consumerKey();
    connection.consumerSecret = store->consumerSecret();
    world.woo->setConnection(connection);
    world.woo->http()->setSslConfiguration(world.sandbox.clientSslConfiguration());
    world.wms = std::make_unique<wms::WmsClient>(&world.nam);
    wms::WmsConnection wmsConnection;
    wmsConnection.baseUrl = world.sandbox.wms()->baseUrl();
    wmsConnection.clientId = world.sandbox.wms()->clientId();
    wmsConnection.clientSecret = world.sandbox.wms()->clientSecret();
    wmsConnection.tenantId = world.sandbox.wms()->tenantId();
    world.wms->setConnection(wmsConnection);
    // The report run's real first poll is after 10 s; the sandbox's run ends at once.
    wms::StockReportRun::Polling polling;
    polling.first = 10ms;
    world.wms->setReportPolling(polling);
    return true;
}

struct Run
{
    bool ok = false;
    QString error;
    int changed = 0;
    int written = 0;
    int writeRequests = 0;
    qint64 ms = 0;
};

Run runOnce(World &world)
{
    world.sandbox.store()->requestLog().clear();
    stock::StockSync sync(world.woo.get(), world.wms.get(), world.customer);
    Run run;
    bool done = false;
    QElapsedTimer timer;
    timer.start();
    sync.run([&](const net::Result<stock::StockSyncResult> &result) {
        run.ok = result.ok();
        run.error = result.error.sentence;
        run.changed = int(result.value.plan.changes.size());
        run.written = int(result.value.written.size());
        run.writeRequests = writes(world.sandbox.store());
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 600000))
        run.error = QStringLiteral("no answer within 10 minutes");
    run.ms = timer.elapsed();
    return run;
}

void changeStock(World &world, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QStringList codes = world.productIdByCode.keys();
    codes.sort();
    for (int i = 0; i < count && !codes.isEmpty(); ++i) {
        const QString code = codes.takeAt(random.bounded(int(codes.size())));
        const QString id = world.productIdByCode.value(code);
        world.sandbox.wms()->setStock(id, world.sandbox.wms()->stock(id) + 1 + random.bounded(20));
    }
}

bool reportRuns(bench::Report &report, World &world, const QString &label, int changed, bool goal)
{
    report.section(label);
    // Run 1: every product's stock differs from the store's (10).
    changeStock(world, int(world.productIdByCode.size()), 1);
    const Run first = runOnce(world);
    if (!first.ok) {
        report.note(QStringLiteral("the first run failed: ") + first.error);
        return false;
    }
    report.figure(QStringLiteral("first run: products changed"), first.changed, 0, QString());
    report.figure(QStringLiteral("first run: store write requests"), first.writeRequests, 0, QString());
    report.figure(QStringLiteral("first run: write requests per 100 changed"),
                  first.changed ? 100.0 * first.writeRequests / first.changed : 0, 2, QString(),
                  goal ? bench::Report::Goal::AtMost : bench::Report::Goal::Info, 1.1);
    report.figure(QStringLiteral("first run: time"), first.ms / 1000.0, 1, QStringLiteral("s"));
    // Run 2: nothing changed in CartonCloud.
    const Run second = runOnce(world);
    report.figure(QStringLiteral("second run, nothing changed: store write requests"), second.writeRequests, 0,
                  QString(), bench::Report::Goal::AtMost, 0);
    report.figure(QStringLiteral("second run: time"), second.ms / 1000.0, 1, QStringLiteral("s"));
    // Run 3: some products' stock moved.
    changeStock(world, changed, 2);
    const Run third = runOnce(world);
    report.figure(QStringLiteral("third run: products changed"), third.changed, 0, QString());
    report.figure(QStringLiteral("third run: write requests per 100 changed"),
                  third.changed ? 100.0 * third.writeRequests / third.changed : 0, 2, QString(),
                  goal ? bench::Report::Goal::AtMost : bench::Report::Goal::Info, 1.1);
    return first.ok && second.ok && third.ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("products"), QStringLiteral("Simple products."), QStringLiteral("N"), QStringLiteral("5000")},
         {QStringLiteral("changed"), QStringLiteral("Products whose stock moves before the third run."),
          QStringLiteral("N"), QStringLiteral("1234")},
         {QStringLiteral("variable"), QStringLiteral("Variable products of the second catalogue."), QStringLiteral("N"),
          QStringLiteral("200")},
         {QStringLiteral("variations"), QStringLiteral("Variations of each."), QStringLiteral("N"),
          QStringLiteral("5")}});
    parser.process(app);
    const int products = parser.value(QStringLiteral("products")).toInt();
    const int changed = parser.value(QStringLiteral("changed")).toInt();
    const int variable = parser.value(QStringLiteral("variable")).toInt();
    const int variations = parser.value(QStringLiteral("variations")).toInt();

    bench::Report report("bench_stocksync: store writes per 100 products changed, and none when nothing changed");
    {
        World world;
        if (!setUp(world, products, 0, 0)) {
            report.note(QStringLiteral("the sandbox did not start"));
            return 2;
        }
        if (!reportRuns(report, world, QStringLiteral("%1 simple products").arg(products), changed, true))
            return 2;
    }
    if (variable > 0) {
        // Variations are written through their own product's route, so a catalogue of many variable
        // products with few variations each costs more requests: shown, not a goal.
        World world;
        const int simple = qMax(0, products - variable * variations);
        if (!setUp(world, simple, variable, variations)) {
            report.note(QStringLiteral("the sandbox did not start"));
            return 2;
        }
        reportRuns(report, world,
                   QStringLiteral("%1 simple products and %2 variable products with %3 variations each")
                       .arg(simple)
                       .arg(variable)
                       .arg(variations),
                   changed, false);
    }
    return report.finish();
}
