// The SKU pre-flight on a large catalogue (issue 15): requests, wall time over loopback, and the
// comparison's own time (SkuPreflight runs it on the thread pool, off the GUI thread).
//
//   build/tests/bench/bench_skupreflight [--simple 4000] [--variable 200] [--variations 5]

#include "benchreport.h"
#include "core/catalogue/skupreflight.h"
#include "core/wms/wmsclient.h"
#include "core/woo/wooclient.h"
#include "sandbox/sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wharf;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"simple"_s, u"Simple products."_s, u"n"_s, u"4000"_s});
    parser.addOption({u"variable"_s, u"Variable products."_s, u"n"_s, u"200"_s});
    parser.addOption({u"variations"_s, u"Variations of each."_s, u"n"_s, u"5"_s});
    parser.addHelpOption();
    parser.process(app);

    bench::Report report("bench_skupreflight");
    sandbox::Sandbox sandbox;
    if (!sandbox.start()) {
        qWarning("%s", qPrintable(sandbox.errorString()));
        return 2;
    }
    sandbox::WooStore::CatalogueShape shape;
    shape.simple = parser.value(u"simple"_s).toInt();
    shape.variable = parser.value(u"variable"_s).toInt();
    shape.variationsEach = parser.value(u"variations"_s).toInt();
    shape.withoutSku = 20;
    shape.duplicates = 10;
    sandbox.store()->generateCatalogue(shape);
    const QString acme = sandbox.wms()->addCustomer(u"Acme Apparel"_s, u"ACME"_s);
    // Nine in ten simple products are product codes.
    for (int i = 1; i <= shape.simple * 9 / 10; ++i)
        sandbox.wms()->addProduct(acme, u"GEN-%1"_s.arg(i, 5, 10, QLatin1Char('0')), u"P"_s);

    QNetworkAccessManager nam;
    woo::WooClient woo(&nam);
    woo::WooConnection connection;
    connection.home = sandbox.store()->httpUrl();
    connection.auth = woo::WooConnection::AuthMode::OAuth1;
    connection.consumerKey = sandbox.store()->consumerKey();
    connection.consumerSecret = sandbox.store()->consumerSecret();
    woo.setConnection(connection);
    wms::WmsClient wmsClient(&nam);
    wms::WmsConnection wms;
    wms.baseUrl = sandbox.wms()->baseUrl();
    wms.clientId = sandbox.wms()->clientId();
    wms.clientSecret = sandbox.wms()->clientSecret();
    wms.tenantId = sandbox.wms()->tenantId();
    wmsClient.setConnection(wms);

    catalogue::SkuPreflight preflight(&woo, &wmsClient);
    QSignalSpy finished(&preflight, &catalogue::SkuPreflight::finished);
    QSignalSpy progress(&preflight, &catalogue::SkuPreflight::progress);
    QElapsedTimer wall;
    wall.start();
    preflight.start(acme, u"Acme Apparel"_s);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !preflight.isRunning(); }, 600000) || finished.isEmpty()) {
        qWarning("the pre-flight did not finish");
        return 2;
    }
    const qint64 wallMs = wall.elapsed();
    const auto result = finished.first().first().value<catalogue::SkuPreflightResult>();

    report.section(
        u"catalogue of %1 simple and %2 variable products (× %3 variations), over loopback"_s.arg(shape.simple)
            .arg(shape.variable)
            .arg(shape.variationsEach));
    const int storeRequests = int(sandbox.store()->requestLog().size());
    const int items = result.checked + result.notForSale;
    report.figure(u"products and variations checked"_s, result.checked, 0, QString());
    report.figure(u"store requests"_s, storeRequests, 0, QString());
    report.figure(u"store requests per 100 products and variations"_s, 100.0 * storeRequests / std::max(1, items), 2,
                  QString());
    report.figure(u"progress signals"_s, progress.size(), 0, QString());
    // Every product code is read, however many pages (--simple 6000 makes 5,400 codes: 55 pages).
    report.figure(u"CartonCloud product codes"_s, shape.simple * 9 / 10, 0, QString());
    report.figure(u"CartonCloud product searches"_s,
                  sandbox.wms()->requestLog().count(u"/tenants/<tenant>/warehouse-products/search"_s), 0, QString());
    report.figure(u"products and variations matched"_s, result.matched, 0, QString());
    report.figure(u"wall time (store and CartonCloud read at once)"_s, wallMs, 0, u"ms"_s);

    // The comparison alone, as it runs once both answers are in (median of 5); off the GUI thread, so
    // a figure to watch rather than a goal.
    woo::WooCatalogue catalogue;
    bool read = false;
    woo.readCatalogue(&app, {}, [&](const net::Result<woo::WooCatalogue> &r) {
        catalogue = r.value;
        read = true;
    });
    if (!QTest::qWaitFor([&] { return read; }, 600000)) {
        qWarning("the catalogue was not read");
        return 2;
    }
    QList<wms::WmsProduct> codes;
    for (int i = 1; i <= shape.simple * 9 / 10; ++i)
        codes.append({QString::number(i), u"GEN-%1"_s.arg(i, 5, 10, QLatin1Char('0')), u"P"_s, true});
    QList<qint64> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        const auto r = catalogue::SkuPreflightResult::compare(catalogue.products, codes);
        times.append(t.nsecsElapsed() / 1000);
        Q_UNUSED(r);
    }
    std::sort(times.begin(), times.end());
    report.figure(u"comparison on the thread pool (median of 5)"_s, times.at(2) / 1000.0, 2, u"ms"_s);
    return report.finish();
}
