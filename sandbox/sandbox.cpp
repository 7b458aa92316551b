#include "sandbox.h"

#include "controlapi.h"
#include "httpendpoint.h"
#include "logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wharf::sandbox {

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
{
}

Sandbox::~Sandbox()
{
    stop();
}

bool Sandbox::start()
{
    return start(Options {});
}

bool Sandbox::start(const Options &options)
{
    stop();
    if (options.https && !m_ca.generate(&m_error)) {
        qCWarning(lcSandbox) << m_error;
        return false;
    }
    if (!addStore(options.store, options.https, options.untrustedCertificate)) {
        m_error = u"the WooCommerce store could not listen"_s;
        return false;
    }
    m_wms = new CartonCloudServer(options.wms, this);
    std::optional<QSslConfiguration> wmsTls;
    if (options.https)
        wmsTls = m_ca.serverConfiguration(true);
    if (!m_wms->start(wmsTls)) {
        m_error = u"the CartonCloud server could not listen on port %1"_s.arg(options.wms.port);
        return false;
    }
    if (options.controlApi) {
        m_control = new ControlApi(this);
        m_controlEndpoint = new HttpEndpoint(m_control, this);
        if (!m_controlEndpoint->listenLocal(options.controlPort)) {
            m_error = u"the control API could not listen on port %1"_s.arg(options.controlPort);
            return false;
        }
    }
    return true;
}

void Sandbox::stop()
{
    delete m_controlEndpoint;
    m_controlEndpoint = nullptr;
    delete m_control;
    m_control = nullptr;
    qDeleteAll(m_stores);
    m_stores.clear();
    delete m_wms;
    m_wms = nullptr;
}

WooStore *Sandbox::addStore(const WooStore::Options &options, bool https, bool untrustedCertificate)
{
    auto *store = new WooStore(options, this);
    std::optional<QSslConfiguration> tls;
    if (https) {
        if (m_ca.caCertificatePath().isEmpty() && !m_ca.generate(&m_error)) {
            delete store;
            return nullptr;
        }
        tls = m_ca.serverConfiguration(!untrustedCertificate);
    }
    if (!store->start(tls)) {
        m_error = u"the WooCommerce store could not listen"_s;
        delete store;
        return nullptr;
    }
    m_stores.append(store);
    return store;
}

QSslConfiguration Sandbox::clientSslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificates(m_ca.caCertificates());
    return config;
}

QUrl Sandbox::controlUrl() const
{
    return m_controlEndpoint ? m_controlEndpoint->baseUrl() : QUrl();
}

QJsonObject Sandbox::describe() const
{
    QJsonArray stores;
    for (const WooStore *store : m_stores) {
        stores.append(QJsonObject {
            {u"name"_s, store->options().name},
            {u"httpUrl"_s, store->httpUrl().toString()},
            {u"httpsUrl"_s, store->httpsUrl().toString()},
            {u"consumerKey"_s, store->consumerKey()},
            {u"consumerSecret"_s, store->consumerSecret()},
            {u"readOnlyConsumerKey"_s, store->consumerKey(WooStore::KeyPermission::Read)},
            {u"readOnlyConsumerSecret"_s, store->consumerSecret(WooStore::KeyPermission::Read)},
            {u"writeOnlyConsumerKey"_s, store->consumerKey(WooStore::KeyPermission::Write)},
            {u"writeOnlyConsumerSecret"_s, store->consumerSecret(WooStore::KeyPermission::Write)},
        });
    }
    const WooStore *first = store();
    QJsonObject out {
        {u"wooHttpUrl"_s, first ? first->httpUrl().toString() : QString()},
        {u"wooHttpsUrl"_s, first ? first->httpsUrl().toString() : QString()},
        {u"wooConsumerKey"_s, first ? first->consumerKey() : QString()},
        {u"wooConsumerSecret"_s, first ? first->consumerSecret() : QString()},
        {u"caCertificate"_s, caCertificatePath()},
        {u"untrustedCaCertificate"_s, untrustedCaCertificatePath()},
        {u"stores"_s, stores},
    };
    if (m_wms) {
        out.insert(u"wmsUrl"_s, m_wms->baseUrl().toString());
        out.insert(u"wmsHttpsUrl"_s, m_wms->httpsUrl().toString());
        out.insert(u"wmsClientId"_s, m_wms->clientId());
        out.insert(u"wmsClientSecret"_s, m_wms->clientSecret());
        out.insert(u"wmsTenantId"_s, m_wms->tenantId());
    }
    out.insert(u"controlUrl"_s, controlUrl().toString());
    return out;
}

// --- seeds ---------------------------------------------------------------------------------------

QString Sandbox::seedFormat()
{
    return uR"seed({
  "store": {
    "name": "Acme Store",
    "trackingPlugin": "shipment-tracking" | "advanced-shipment-tracking" | "none",
    "dropAuthorizationHeader": false,
    "products": [ {"sku": "TSHIRT-BLK-M", "name": "T-shirt Black M", "price": "39.95",
                   "type": "simple" | "variable", "status": "publish", "manageStock": true, "stock": 5,
                   "stockStatus": "instock", "variations": [ {"sku": "TEE-BLU-L" (empty: the parent's),
                   "option": "Blue, L", "price": "39.95", "manageStock": true, "stock": 3} ]} ],
    "catalogue": {"prefix": "GEN", "simple": 400, "variable": 10, "variationsEach": 3, "withoutSku": 6,
                  "duplicates": 2, "manageStock": true, "stock": 10},   (SKUs GEN-00001…, GEN-V001-1…)
    "customers": [ {"first_name": "Jane", "billing": {...}, "shipping": {...}} ],
    "orders": [ <partial WooCommerce order: status, billing, shipping, line_items[{sku|product_id,
                quantity}], shipping_lines[{method_id: "flat_rate"|"local_pickup"|"pickup_location"}],
                customer_note, date_created_gmt, meta_data, refunds[{amount, reason,
                line_items[{sku, quantity, refund_total}]}] (refunded after it is made)> ],
    "generate": {"count": 10000, "seed": 1, "status": ""},
    "bulkEdit": {"status": "processing", "ids": []},   (after the orders: one date_modified for all)
    "hostile": {"firewallBlocks": 1, "clockSkewSeconds": 1200, ...}   (keys as --woo-hostile)
  },
  "moreStores": [ {<as "store">} ],   (more stores on their own ports, listed in "stores")
  "wms": {
    "warehouses": [ {"name": "Brisbane"} ],
    "customers": [ {"name": "Acme Apparel", "code": "ACME",
                    "unknownProduct": "reject" | "remove-line", "outOfStock": "reject" | "remove-line",
                    "consignment": "never" | "on-packed" | "on-import"} ],
    "products": [ {"customer": "ACME", "code": "TSHIRT-BLK-M", "name": "T-shirt Black M", "stock": 100},
                  {"customer": "ACME", "range": {"prefix": "GEN", "from": 1, "to": 400}} ],
    "createLimit": 30,
    "deletableStatuses": ["DRAFT", "AWAITING_STOCK", "AWAITING_PICK_AND_PACK", "REJECTED"],
                        (the organisation setting: statuses in which DELETE of an outbound order is allowed)
    "automatic": {"packAfterMs": 5000, "dispatchAfterMs": 5000},
    "hostile": {"searchLagMs": 2000, "duplicateCheck": false, ...}   (keys as --wms-hostile)
  }
})seed"_s;
}

bool Sandbox::seedFromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return false;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = path + u": "_s + parseError.errorString();
        return false;
    }
    return seed(doc.object(), error);
}

bool Sandbox::seed(const QJsonObject &seed, QString *error)
{
    if (!store() || !m_wms) {
        *error = u"start the sandbox before seeding it"_s;
        return false;
    }
    const QJsonObject wms = seed.value(u"wms"_s).toObject();
    for (const QJsonValue &value : wms.value(u"warehouses"_s).toArray())
        m_wms->addWarehouse(value[u"name"_s].toString());
    if (m_wms->defaultWarehouseId().isEmpty())
        m_wms->addWarehouse(u"Main Warehouse"_s);
    const auto policy = [](const QString &name) {
        return name == u"remove-line" ? CartonCloudServer::ProblemPolicy::RemoveLine
                                      : CartonCloudServer::ProblemPolicy::Reject;
    };
    for (const QJsonValue &value : wms.value(u"customers"_s).toArray()) {
        const QJsonObject c = value.toObject();
        if (c.value(u"name"_s).toString().isEmpty()) {
            *error = u"wms.customers[]: every customer needs a name"_s;
            return false;
        }
        CartonCloudServer::CustomerSettings settings;
        settings.unknownProduct = policy(c.value(u"unknownProduct"_s).toString());
        settings.outOfStock = policy(c.value(u"outOfStock"_s).toString());
        const QString consignment = c.value(u"consignment"_s).toString();
        settings.consignment = consignment == u"never" ? CartonCloudServer::ConsignmentPolicy::Never
            : consignment == u"on-import"              ? CartonCloudServer::ConsignmentPolicy::OnImport
                                                       : CartonCloudServer::ConsignmentPolicy::OnPacked;
        m_wms->addCustomer(c.value(u"name"_s).toString(), c.value(u"code"_s).toString(), settings);
    }
    for (const QJsonValue &value : wms.value(u"products"_s).toArray()) {
        const QJsonObject p = value.toObject();
        const QString customerId = m_wms->customerIdByCode(p.value(u"customer"_s).toString());
        if (customerId.isEmpty()) {
            *error = u"wms.products[]: unknown customer code "_s + p.value(u"customer"_s).toString();
            return false;
        }
        if (p.contains(u"range"_s)) {
            // Product codes as a generated catalogue names its SKUs: <prefix>-00001 … <prefix>-<to>.
            const QJsonObject range = p.value(u"range"_s).toObject();
            const QString prefix = range.value(u"prefix"_s).toString(u"GEN"_s);
            for (int i = range.value(u"from"_s).toInt(1); i <= range.value(u"to"_s).toInt(); ++i) {
                const QString code = u"%1-%2"_s.arg(prefix).arg(i, 5, 10, QLatin1Char('0'));
                m_wms->addProduct(customerId, code, code, p.value(u"stock"_s).toDouble(1000));
            }
            continue;
        }
        m_wms->addProduct(customerId, p.value(u"code"_s).toString(),
                          p.value(u"name"_s).toString(p.value(u"code"_s).toString()),
                          p.value(u"stock"_s).toDouble(1000));
    }
    if (wms.contains(u"createLimit"_s))
        m_wms->setCreateRateLimit(wms.value(u"createLimit"_s).toInt());
    if (wms.contains(u"deletableStatuses"_s)) {
        QStringList statuses;
        for (const QJsonValue &status : wms.value(u"deletableStatuses"_s).toArray())
            statuses.append(status.toString());
        m_wms->setDeletableStatuses(statuses);
    }
    if (wms.contains(u"hostile"_s)) {
        CartonCloudHostility hostility = m_wms->hostility();
        if (!hostility.merge(wms.value(u"hostile"_s).toObject(), error)) {
            *error = u"wms.hostile: "_s + *error;
            return false;
        }
        m_wms->setHostility(hostility);
    }
    if (wms.contains(u"automatic"_s)) {
        const QJsonObject a = wms.value(u"automatic"_s).toObject();
        m_wms->setAutomaticMode(true, a.value(u"packAfterMs"_s).toInt(5000), a.value(u"dispatchAfterMs"_s).toInt(5000));
    }

    if (!seedStore(store(), seed.value(u"store"_s).toObject(), error))
        return false;
    // More stores on their own ports, each seeded like the first: several integrations of one
    // CartonCloud account in a sandbox process.
    for (const QJsonValue &value : seed.value(u"moreStores"_s).toArray()) {
        WooStore *more = addStore(WooStore::Options {});
        if (!more) {
            *error = m_error;
            return false;
        }
        if (!seedStore(more, value.toObject(), error))
            return false;
    }
    return true;
}

bool Sandbox::seedStore(WooStore *woo, const QJsonObject &s, QString *error)
{
    if (!s.value(u"name"_s).toString().isEmpty())
        woo->setName(s.value(u"name"_s).toString());
    const QString plugin = s.value(u"trackingPlugin"_s).toString();
    if (plugin == u"none")
        woo->setTrackingPlugin(WooStore::TrackingPlugin::None);
    else if (plugin == u"advanced-shipment-tracking")
        woo->setTrackingPlugin(WooStore::TrackingPlugin::AdvancedShipmentTracking);
    else if (plugin == u"shipment-tracking")
        woo->setTrackingPlugin(WooStore::TrackingPlugin::ShipmentTracking);
    woo->setDropAuthorizationHeader(s.value(u"dropAuthorizationHeader"_s).toBool());
    for (const QJsonValue &value : s.value(u"products"_s).toArray()) {
        if (woo->addProductFromJson(value.toObject(), error).isEmpty()) {
            *error = u"store.products[]: "_s + *error;
            return false;
        }
    }
    if (s.contains(u"catalogue"_s)) {
        const QJsonObject c = s.value(u"catalogue"_s).toObject();
        WooStore::CatalogueShape shape;
        shape.prefix = c.value(u"prefix"_s).toString(shape.prefix);
        shape.simple = c.value(u"simple"_s).toInt();
        shape.variable = c.value(u"variable"_s).toInt();
        shape.variationsEach = c.value(u"variationsEach"_s).toInt(shape.variationsEach);
        shape.withoutSku = c.value(u"withoutSku"_s).toInt();
        shape.duplicates = c.value(u"duplicates"_s).toInt();
        shape.manageStock = c.value(u"manageStock"_s).toBool(shape.manageStock);
        shape.stock = c.value(u"stock"_s).toInt(shape.stock);
        woo->generateCatalogue(shape);
    }
    for (const QJsonValue &value : s.value(u"customers"_s).toArray())
        woo->addCustomer(value.toObject());
    for (const QJsonValue &value : s.value(u"orders"_s).toArray())
        woo->addOrder(value.toObject());
    if (s.contains(u"generate"_s)) {
        const QJsonObject g = s.value(u"generate"_s).toObject();
        woo->generateOrders(g.value(u"count"_s).toInt(), quint32(g.value(u"seed"_s).toInt(1)),
                            g.value(u"status"_s).toString());
    }
    if (s.contains(u"bulkEdit"_s)) {
        const QJsonObject b = s.value(u"bulkEdit"_s).toObject();
        QList<int> ids;
        for (const QJsonValue &id : b.value(u"ids"_s).toArray())
            ids.append(id.toInt());
        woo->bulkEdit(ids, b.value(u"status"_s).toString());
    }
    if (s.contains(u"hostile"_s)) {
        WooHostility hostility = woo->hostility();
        if (!hostility.merge(s.value(u"hostile"_s).toObject(), error)) {
            *error = u"store.hostile: "_s + *error;
            return false;
        }
        woo->setHostility(hostility);
    }
    return true;
}

void Sandbox::seedDemo()
{
    const QJsonObject demo = QJsonDocument::fromJson(R"json({
  "wms": {
    "warehouses": [ {"name": "Brisbane"}, {"name": "Sydney"} ],
    "customers": [ {"name": "Acme Apparel", "code": "ACME"},
                   {"name": "Müller & Söhne GmbH", "code": "MUELLER", "unknownProduct": "remove-line"} ],
    "products": [
      {"customer": "ACME", "code": "TSHIRT-BLK-M", "name": "T-shirt Black M", "stock": 500},
      {"customer": "ACME", "code": "TSHIRT-BLK-L", "name": "T-shirt Black L", "stock": 500},
      {"customer": "ACME", "code": "CAP-RED", "name": "Red Cap", "stock": 200},
      {"customer": "ACME", "code": "MUG-01", "name": "Mug", "stock": 3},
      {"customer": "MUELLER", "code": "BROT-01", "name": "Roggenbrot", "stock": 50}
    ]
  },
  "store": {
    "name": "Acme Apparel Store",
    "products": [
      {"sku": "TSHIRT-BLK-M", "name": "T-shirt - Black, M", "price": "39.95"},
      {"sku": "TSHIRT-BLK-L", "name": "T-shirt - Black, L", "price": "39.95"},
      {"sku": "CAP-RED", "name": "Red Cap", "price": "19.95"},
      {"sku": "MUG-01", "name": "Mug", "price": "12.50"},
      {"sku": "MUG-02", "name": "Mug (new design)", "price": "14.50"},
      {"sku": "", "name": "Gift wrapping", "price": "5.00"}
    ],
    "orders": [
      {"status": "processing", "customer_note": "Please ring twice",
       "billing": {"first_name": "Jane", "last_name": "Citizen", "email": "jane@example.com", "phone": "+61 400 000 000",
                   "address_1": "12 Example St", "address_2": "Unit 4", "city": "Brisbane", "state": "QLD", "postcode": "4006", "country": "AU"},
       "line_items": [{"sku": "TSHIRT-BLK-M", "quantity": 2}, {"sku": "CAP-RED", "quantity": 1}]},
      {"status": "processing",
       "billing": {"first_name": "Zoë", "last_name": "Ångström", "email": "zoe@example.nz",
                   "address_1": "7 Kōwhai Road", "city": "Rotorua", "state": "BOP", "postcode": "3010", "country": "NZ"},
       "shipping": {"first_name": "Zoë", "last_name": "Ångström", "address_1": "7 Kōwhai Road", "city": "Rotorua",
                    "state": "BOP", "postcode": "3010", "country": "NZ", "phone": "+64 21 000 000"},
       "line_items": [{"sku": "TSHIRT-BLK-L", "quantity": 1}]},
      {"status": "processing",
       "billing": {"first_name": "小明", "last_name": "王", "email": "wang@example.jp",
                   "address_1": "1-2-3 Shibuya", "city": "東京", "state": "JP13", "postcode": "150-0002", "country": "JP"},
       "line_items": [{"sku": "CAP-RED", "quantity": 3}]},
      {"status": "processing", "customer_note": "Unknown SKU in CartonCloud",
       "billing": {"first_name": "Siobhán", "last_name": "O'Brien", "email": "siobhan@example.co.uk",
                   "address_1": "221B Baker St", "city": "London", "postcode": "NW1 6XE", "country": "GB"},
       "line_items": [{"sku": "MUG-02", "quantity": 1}]},
      {"status": "processing", "customer_note": "A line without SKU",
       "billing": {"first_name": "José", "last_name": "Müller", "company": "Bäckerei Müller", "email": "jose@example.de",
                   "address_1": "Hauptstraße 5", "city": "München", "state": "BY", "postcode": "80331", "country": "DE"},
       "line_items": [{"sku": "TSHIRT-BLK-M", "quantity": 1}, {"sku": "", "name": "Gift wrapping", "quantity": 1}]},
      {"status": "processing", "customer_note": "Pickup (classic local pickup)",
       "billing": {"first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.com",
                   "address_1": "1 Example St", "city": "Brisbane", "state": "QLD", "postcode": "4000", "country": "AU"},
       "line_items": [{"sku": "MUG-01", "quantity": 1}],
       "shipping_lines": [{"method_id": "local_pickup", "method_title": "Local pickup", "total": "0.00"}]},
      {"status": "processing", "customer_note": "Pickup (checkout block)",
       "billing": {"first_name": "Liam", "last_name": "Nguyễn", "email": "liam@example.com",
                   "address_1": "9 Queen St", "city": "Brisbane", "state": "QLD", "postcode": "4000", "country": "AU"},
       "line_items": [{"sku": "CAP-RED", "quantity": 1}],
       "shipping_lines": [{"method_id": "pickup_location", "method_title": "Pickup at Main store", "total": "0.00"}]},
      {"status": "processing", "customer_note": "More mugs than in stock",
       "billing": {"first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.com",
                   "address_1": "500 Market St", "city": "San Francisco", "state": "CA", "postcode": "94105", "country": "US"},
       "line_items": [{"sku": "MUG-01", "quantity": 10}]},
      {"status": "on-hold",
       "billing": {"first_name": "Jane", "last_name": "Citizen", "email": "jane@example.com",
                   "address_1": "12 Example St", "city": "Brisbane", "state": "QLD", "postcode": "4006", "country": "AU"},
       "line_items": [{"sku": "TSHIRT-BLK-M", "quantity": 1}]},
      {"status": "completed",
       "billing": {"first_name": "Jane", "last_name": "Citizen", "email": "jane@example.com",
                   "address_1": "12 Example St", "city": "Brisbane", "state": "QLD", "postcode": "4006", "country": "AU"},
       "line_items": [{"sku": "CAP-RED", "quantity": 1}]},
      {"status": "pending",
       "billing": {"first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.com",
                   "address_1": "500 Market St", "city": "San Francisco", "state": "CA", "postcode": "94105", "country": "US"},
       "line_items": [{"sku": "TSHIRT-BLK-L", "quantity": 1}]}
    ],
    "generate": {"count": 30, "seed": 42}
  }
})json")
                                 .object();
    QString error;
    if (!seed(demo, &error))
        qCWarning(lcSandbox) << "demo seed:" << error;
}

} // namespace wharf::sandbox
