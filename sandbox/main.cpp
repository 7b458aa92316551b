// wharf-sandbox: the loopback WooCommerce store and CartonCloud tenant as a process, for scripts,
// demos and acceptance checks. See --help.

#include "controlapi.h"
#include "fault.h"
#include "sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace wharf::sandbox;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

bool parsePort(const QCommandLineParser &parser, const QString &name, quint16 *port)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const uint value = parser.value(name).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

const QString kDescription = uR"(Loopback WooCommerce and CartonCloud for Wharf's tests and demos. Everything listens on
127.0.0.1 only; a port of 0 (the default) means "pick a free one".

Once listening, it prints ONE line of JSON on standard output:
  {"wooHttpUrl", "wooHttpsUrl", "wooConsumerKey", "wooConsumerSecret", "caCertificate",
   "untrustedCaCertificate", "stores": [{... plus read-only and write-only keys}], "wmsUrl",
   "wmsClientId", "wmsClientSecret", "wmsTenantId", "controlUrl"}
and runs until SIGTERM or SIGINT, on which it stops cleanly (exit status 0).

WooCommerce store: REST API v3 under /wp-json/ (also ?rest_route=), plain HTTP with OAuth 1.0a
(HMAC-SHA1/HMAC-SHA256, +-15 min timestamps, nonces not reusable) and HTTPS with Basic auth or
consumer_key/consumer_secret in the query. Trust the HTTPS listener by adding the "caCertificate"
file to the client's CA list. Keys: read_write (printed), read-only and write-only (in "stores").
Shipment tracking as the official plugin (wc-shipment-tracking/v3) or as Advanced Shipment
Tracking (wc-ast/v3 and copies), or none.

CartonCloud: /uaa/oauth/token (client id/secret in Basic, grant_type=client_credentials),
/uaa/userinfo, /tenants/{tenant}/customers, warehouse-products, outbound-orders (create, get,
delete, search), consignments (get, search), report-runs (STOCK_ON_HAND: POST starts a run,
GET /report-runs/{id} answers IN_PROCESS, then SUCCESS with "items" (stock per product code of the
customer) or FAILED; see reportRunMs and reportRunsFail below). Accept-Version: 1 is required on
every call. Creates are limited per API client (--wms-create-limit per minute, 429 beyond).

Faults (--fault, repeatable): SERVICE:KIND:PATH[:ARG[:TIMES]]
  SERVICE woo | wms; KIND status (ARG = code) | latency (ARG = ms) | never-reply | reset |
  not-json | truncated | html-login | rate-limited (ARG = Retry-After seconds, -1 for none);
  PATH a request path or route template, '*' at the end for a prefix, '*' for all.
  e.g. --fault wms:status:/tenants/*:503:2   --fault woo:latency:/wp-json/wc/v3/orders:1500

The real world's unkindness (issue 12), all off by default. --wms-hostile KEY=VALUE and
--woo-hostile KEY=VALUE (repeatable; VALUE is JSON where it parses as JSON, else a string), the
seed's "wms"/"store" "hostile" objects and POST /control/wms|woo/hostile take the same keys:
CartonCloud (--wms-hostile):
)"_s + CartonCloudHostility::keysHelp()
    + uR"(WooCommerce (--woo-hostile):
)"_s + WooHostility::keysHelp()
    + uR"(Bulk action (many orders with one date_modified): --woo-bulk-edit STATUS after loading the
data, the seed's "bulkEdit", or POST /control/woo/bulk. Actions at a given moment: DELETE
/control/wms/orders/{id} (the warehouse deletes an order), POST /control/wms/orders/{id}/tracking
(tracking changed after dispatch), POST /control/woo/orders/{id}/trash|status, DELETE
/control/woo/orders/{id}.
e.g. --wms-hostile searchLagMs=2000 --wms-hostile duplicateCheck=false
     --wms-hostile overrideStatuses=REJECTED,AWAITING_PICK_AND_PACK
     --woo-hostile firewallBlocks=1 --woo-hostile home=plain-http
     --woo-hostile 'afterRead={"action":"status","status":"cancelled","times":1}'

)"_s;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"wharf-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WHARF_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(kDescription + ControlApi::usage() + u"\nSeed file format (--seed FILE):\n"_s
                                     + Sandbox::seedFormat());
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<QCommandLineOption> options {
        {u"woo-http-port"_s, u"Port of the store's plain HTTP listener (OAuth 1.0a)."_s, u"P"_s, u"0"_s},
        {u"woo-https-port"_s, u"Port of the store's HTTPS listener (Basic or query keys)."_s, u"P"_s, u"0"_s},
        {u"wms-port"_s, u"Port of the CartonCloud API."_s, u"P"_s, u"0"_s},
        {u"control-port"_s, u"Port of the control API."_s, u"P"_s, u"0"_s},
        {u"seed"_s, u"Load customers, products and orders from a JSON seed file."_s, u"FILE"_s},
        {u"demo"_s, u"Load the demo data set (several statuses and countries, unicode, pickup, unknown SKUs)."_s},
        {u"wms-create-limit"_s, u"Outbound-order creates per minute per API client (0 = unlimited)."_s, u"N"_s,
         u"30"_s},
        {u"wms-token-lifetime"_s, u"Lifetime of CartonCloud access tokens in seconds."_s, u"S"_s, u"3600"_s},
        {u"auto"_s, u"Automatic warehouse: pack new orders after PACK_MS, dispatch DISPATCH_MS later."_s,
         u"PACK_MS,DISPATCH_MS"_s},
        {u"store-name"_s, u"The store's site name."_s, u"NAME"_s, u"Sandbox Store"_s},
        {u"tracking-plugin"_s, u"none, shipment-tracking (default) or advanced-shipment-tracking."_s, u"PLUGIN"_s,
         u"shipment-tracking"_s},
        {u"drop-authorization"_s, u"Make the store ignore the Authorization header (Apache/FastCGI hosts)."_s},
        {u"untrusted-certificate"_s, u"Serve HTTPS with the certificate of the CA nobody trusts."_s},
        {u"no-https"_s, u"Do not start the HTTPS listener."_s},
        {u"generate-orders"_s, u"Add N generated orders to the store (e.g. 10000 for a large store)."_s, u"N"_s},
        {u"order-interval"_s, u"Keep new processing orders arriving, one every MS milliseconds."_s, u"MS"_s},
        {u"fault"_s, u"Arm a fault (see below); repeatable."_s, u"SPEC"_s},
        {u"wms-hostile"_s, u"A CartonCloud unkindness (see above); repeatable."_s, u"KEY=VALUE"_s},
        {u"woo-hostile"_s, u"A WooCommerce unkindness (see above); repeatable."_s, u"KEY=VALUE"_s},
        {u"woo-bulk-edit"_s, u"Give every order STATUS and one date_modified, as a bulk action."_s, u"STATUS"_s},
    };
    parser.addOptions(options);
    parser.process(app);

    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "wharf-sandbox: %s\n", qPrintable(message));
        return 2;
    };
    if (parser.isSet(u"seed"_s) && parser.isSet(u"demo"_s))
        return fail(u"--seed and --demo cannot be combined"_s);

    Sandbox::Options config;
    config.controlApi = true;
    config.https = !parser.isSet(u"no-https"_s);
    config.untrustedCertificate = parser.isSet(u"untrusted-certificate"_s);
    config.store.name = parser.value(u"store-name"_s);
    const QString plugin = parser.value(u"tracking-plugin"_s);
    if (plugin == u"none")
        config.store.tracking = WooStore::TrackingPlugin::None;
    else if (plugin == u"advanced-shipment-tracking")
        config.store.tracking = WooStore::TrackingPlugin::AdvancedShipmentTracking;
    else if (plugin != u"shipment-tracking")
        return fail(u"unknown --tracking-plugin "_s + plugin);
    if (!parsePort(parser, u"woo-http-port"_s, &config.store.httpPort)
        || !parsePort(parser, u"woo-https-port"_s, &config.store.httpsPort)
        || !parsePort(parser, u"wms-port"_s, &config.wms.port)
        || !parsePort(parser, u"control-port"_s, &config.controlPort))
        return fail(u"a port must be a number from 0 to 65535"_s);
    bool ok = false;
    config.wms.createLimit = parser.value(u"wms-create-limit"_s).toInt(&ok);
    if (!ok || config.wms.createLimit < 0)
        return fail(u"--wms-create-limit must be a number >= 0"_s);
    config.wms.tokenLifetimeSeconds = parser.value(u"wms-token-lifetime"_s).toInt(&ok);
    if (!ok || config.wms.tokenLifetimeSeconds < 1)
        return fail(u"--wms-token-lifetime must be a number >= 1"_s);

    Sandbox sandbox;
    if (!sandbox.start(config))
        return fail(sandbox.errorString());
    WooStore *store = sandbox.store();
    store->setDropAuthorizationHeader(parser.isSet(u"drop-authorization"_s));

    QString error;
    if (parser.isSet(u"demo"_s))
        sandbox.seedDemo();
    else if (parser.isSet(u"seed"_s) && !sandbox.seedFromFile(parser.value(u"seed"_s), &error))
        return fail(error);
    if (sandbox.wms()->defaultWarehouseId().isEmpty())
        sandbox.wms()->addWarehouse(u"Main Warehouse"_s);
    if (parser.isSet(u"generate-orders"_s))
        store->generateOrders(parser.value(u"generate-orders"_s).toInt(), 1);
    if (parser.isSet(u"order-interval"_s))
        store->setOrderGenerator(parser.value(u"order-interval"_s).toInt());
    if (parser.isSet(u"auto"_s)) {
        const QStringList parts = parser.value(u"auto"_s).split(u',');
        sandbox.wms()->setAutomaticMode(true, parts.value(0).toInt(), parts.value(1, parts.value(0)).toInt());
    }
    for (const QString &spec : parser.values(u"fault"_s)) {
        const QStringList parts = spec.split(u':');
        Fault fault;
        if (parts.size() < 3 || (parts[0] != u"woo" && parts[0] != u"wms")
            || !Fault::kindFromName(parts[1], &fault.kind))
            return fail(u"bad --fault "_s + spec);
        fault.path = parts[2];
        const int arg = parts.value(3, u"-1"_s).toInt();
        if (fault.kind == Fault::Kind::Status)
            fault.status = arg > 0 ? arg : 500;
        else if (fault.kind == Fault::Kind::Latency)
            fault.delayMs = qMax(0, arg);
        else if (fault.kind == Fault::Kind::RateLimited)
            fault.retryAfterSeconds = arg;
        fault.times = parts.value(4, u"-1"_s).toInt();
        HttpService *service = parts[0] == u"woo" ? static_cast<HttpService *>(store) : sandbox.wms();
        service->faults().add(fault);
    }

    // KEY=VALUE, VALUE as JSON where it parses (numbers, true, objects), else as a string.
    const auto hostileJson = [](const QStringList &specs, QJsonObject *out, QString *why) {
        for (const QString &spec : specs) {
            const qsizetype eq = spec.indexOf(u'=');
            if (eq <= 0) {
                *why = u"expected KEY=VALUE, got "_s + spec;
                return false;
            }
            const QString value = spec.mid(eq + 1);
            const QJsonDocument doc = QJsonDocument::fromJson(u"["_s.append(value).append(u']').toUtf8());
            out->insert(spec.left(eq),
                        doc.isArray() && doc.array().size() == 1 ? doc.array().first() : QJsonValue(value));
        }
        return true;
    };
    QJsonObject wmsHostile, wooHostile;
    if (!hostileJson(parser.values(u"wms-hostile"_s), &wmsHostile, &error)
        || !hostileJson(parser.values(u"woo-hostile"_s), &wooHostile, &error))
        return fail(error);
    CartonCloudHostility wmsHostility = sandbox.wms()->hostility();
    if (!wmsHostility.merge(wmsHostile, &error))
        return fail(u"--wms-hostile: "_s + error);
    sandbox.wms()->setHostility(wmsHostility);
    WooHostility wooHostility = store->hostility();
    if (!wooHostility.merge(wooHostile, &error))
        return fail(u"--woo-hostile: "_s + error);
    store->setHostility(wooHostility);
    if (parser.isSet(u"woo-bulk-edit"_s))
        store->bulkEdit({}, parser.value(u"woo-bulk-edit"_s));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return fail(u"cannot create the signal pipe"_s);
    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&notifier] {
        notifier.setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto bytes = ::read(g_signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);

    const QByteArray line = QJsonDocument(sandbox.describe()).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);

    const int status = QCoreApplication::exec();
    sandbox.stop();
    return status;
}
