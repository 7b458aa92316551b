#include "cartoncloudserver.h"

#include "httpendpoint.h"
#include "logging.h"
#include "router.h"
#include "searchcondition.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wharf::sandbox {

namespace {

// Error bodies are always JSON arrays of {message[, field, type, details]}.
HttpResponse ccError(int status, const QString &message, const QString &field = {})
{
    QJsonObject error {{u"message"_s, message}};
    if (!field.isEmpty())
        error.insert(u"field"_s, field);
    return HttpResponse::json(status, QJsonArray {error});
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject parseBody(const HttpRequest &request, bool *ok)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

QJsonObject withStatusTimestamp(QJsonObject order, const QString &which, const QString &time)
{
    QJsonObject timestamps = order.value(u"timestamps"_s).toObject();
    timestamps.insert(which, QJsonObject {{u"time"_s, time}});
    timestamps.insert(u"modified"_s, QJsonObject {{u"time"_s, time}});
    order.insert(u"timestamps"_s, timestamps);
    return order;
}

} // namespace

CartonCloudServer::CartonCloudServer(QObject *parent)
    : CartonCloudServer(Options {}, parent)
{
}

CartonCloudServer::CartonCloudServer(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_router(std::make_unique<Router>())
    , m_clientId(uuid())
    , m_clientSecret(QString::fromLatin1(QByteArray::number(QRandomGenerator::global()->generate64(), 36)
                                         + QByteArray::number(QRandomGenerator::global()->generate64(), 36)))
    , m_tenantId(uuid())
    , m_deletable {u"DRAFT"_s, u"AWAITING_STOCK"_s, u"AWAITING_PICK_AND_PACK"_s, u"REJECTED"_s}
{
    m_clients.insert(m_clientId, m_clientSecret);
    m_clock.start();
    buildRoutes();
    connect(&m_auto, &QTimer::timeout, this, &CartonCloudServer::autoTick);
}

CartonCloudServer::~CartonCloudServer() = default;

bool CartonCloudServer::start(const std::optional<QSslConfiguration> &tls)
{
    stop();
    m_endpoint = new HttpEndpoint(this, this);
    if (!m_endpoint->listenLocal(m_options.port))
        return false;
    if (tls) {
        m_secureEndpoint = new HttpEndpoint(this, this);
        if (!m_secureEndpoint->listenLocal(0, tls))
            return false;
    }
    qCInfo(lcSandbox) << "CartonCloud on" << baseUrl() << httpsUrl();
    return true;
}

void CartonCloudServer::stop()
{
    delete m_endpoint;
    m_endpoint = nullptr;
    delete m_secureEndpoint;
    m_secureEndpoint = nullptr;
}

QUrl CartonCloudServer::httpsUrl() const
{
    return m_secureEndpoint ? m_secureEndpoint->baseUrl() : QUrl();
}

QUrl CartonCloudServer::baseUrl() const
{
    return m_endpoint ? m_endpoint->baseUrl() : QUrl();
}

void CartonCloudServer::addApiClient(const QString &clientId, const QString &clientSecret)
{
    m_clients.insert(clientId, clientSecret);
}

void CartonCloudServer::expireAllTokens()
{
    for (Token &token : m_tokens)
        token.expiresAtMs = 0;
}

void CartonCloudServer::setHostility(const CartonCloudHostility &hostility)
{
    m_hostility = hostility;
    m_hostility.consignmentsPerOrder = qMax(1, m_hostility.consignmentsPerOrder);
}

QHash<QString, int> CartonCloudServer::createPostsByReference() const
{
    QHash<QString, int> counts;
    for (const RequestLog::Entry &entry : requestLog().entries()) {
        if (entry.method == "POST" && entry.route == u"/tenants/<tenant>/outbound-orders")
            ++counts[entry.bodyReference()];
    }
    return counts;
}

int CartonCloudServer::answersWithStatus(int status, const QByteArray &method) const
{
    int n = 0;
    for (const RequestLog::Entry &entry : requestLog().entries()) {
        if (entry.status == status && (method.isEmpty() || entry.method == method))
            ++n;
    }
    return n;
}

void CartonCloudServer::setCreateRateLimit(int perWindow, int windowMs, bool sendRetryAfter)
{
    m_options.createLimit = perWindow;
    m_options.createWindowMs = windowMs;
    m_options.createLimitRetryAfter = sendRetryAfter;
    m_createTimes.clear();
}

QString CartonCloudServer::now() const
{
    return QDateTime::currentDateTimeUtc().toOffsetFromUtc(m_options.utcOffsetHours * 3600).toString(Qt::ISODate);
}

void CartonCloudServer::bump(QJsonObject &entity) const
{
    entity.insert(u"version"_s, entity.value(u"version"_s).toInt() + 1);
    QJsonObject timestamps = entity.value(u"timestamps"_s).toObject();
    timestamps.insert(u"modified"_s, QJsonObject {{u"time"_s, now()}});
    entity.insert(u"timestamps"_s, timestamps);
}

// --- master data -------------------------------------------------------------------------------

QString CartonCloudServer::addCustomer(const QString &name, const QString &code)
{
    return addCustomer(name, code, CustomerSettings {});
}

QString CartonCloudServer::addCustomer(const QString &name, const QString &code, const CustomerSettings &settings)
{
    Customer customer {uuid(), name, code, settings};
    m_customers.insert(customer.id, customer);
    m_customerOrder.append(customer.id);
    return customer.id;
}

void CartonCloudServer::setCustomerSettings(const QString &customerId, const CustomerSettings &settings)
{
    if (m_customers.contains(customerId))
        m_customers[customerId].settings = settings;
}

QString CartonCloudServer::customerIdByCode(const QString &code) const
{
    for (const Customer &customer : m_customers) {
        if (customer.code == code)
            return customer.id;
    }
    return {};
}

QString CartonCloudServer::addWarehouse(const QString &name)
{
    const QString id = uuid();
    m_warehouses.insert(id, name);
    if (m_defaultWarehouse.isEmpty())
        m_defaultWarehouse = id;
    return id;
}

QJsonObject CartonCloudServer::customerRef(const Customer &customer) const
{
    return QJsonObject {{u"id"_s, customer.id},
                        {u"name"_s, customer.name},
                        {u"references"_s, QJsonObject {{u"code"_s, customer.code}}},
                        {u"enabled"_s, true}};
}

QString CartonCloudServer::addProduct(const QString &customerId, const QString &code, const QString &name, double stock)
{
    const Customer customer = m_customers.value(customerId);
    Product product;
    product.stock = stock;
    const QString time = now();
    product.json = QJsonObject {
        {u"id"_s, uuid()},
        {u"scope"_s, u"WAREHOUSE"_s},
        {u"type"_s, u"WAREHOUSE_PRODUCT"_s},
        {u"name"_s, name},
        {u"description"_s, name},
        {u"references"_s, QJsonObject {{u"code"_s, code}, {u"barcode"_s, QJsonValue()}}},
        {u"customer"_s, customerRef(customer)},
        {u"details"_s, QJsonObject {{u"active"_s, true}, {u"variableWeight"_s, false}}},
        {u"itemPropertyRequirements"_s,
         QJsonObject {{u"expiry"_s, u"NOT_REQUIRED"_s}, {u"batch"_s, u"NOT_REQUIRED"_s}}},
        {u"defaultUnitOfMeasure"_s, u"UNITS"_s},
        {u"unitOfMeasures"_s,
         QJsonObject {{u"UNITS"_s,
                       QJsonObject {{u"baseQty"_s, 1},
                                    {u"weight"_s, 0.5},
                                    {u"barcode"_s, QJsonValue()},
                                    {u"isDirectlyShippable"_s, true}}}}},
        {u"version"_s, 1},
        {u"timestamps"_s,
         QJsonObject {{u"created"_s, QJsonObject {{u"time"_s, time}}},
                      {u"modified"_s, QJsonObject {{u"time"_s, time}}}}},
    };
    const QString id = product.json.value(u"id"_s).toString();
    m_products.insert(id, product);
    m_productOrder.append(id);
    return id;
}

void CartonCloudServer::setStock(const QString &productId, double stock)
{
    if (m_products.contains(productId))
        m_products[productId].stock = stock;
}

QString CartonCloudServer::productIdByCode(const QString &customerId, const QString &code) const
{
    for (const QString &id : m_productOrder) {
        const QJsonObject &json = m_products[id].json;
        if (json[u"references"_s][u"code"_s].toString() == code
            && json[u"customer"_s][u"id"_s].toString() == customerId)
            return id;
    }
    return {};
}

const CartonCloudServer::Customer *CartonCloudServer::resolveCustomer(const QJsonObject &ref) const
{
    // id, then references.code, then name: the first one given wins.
    if (ref.contains(u"id"_s)) {
        const auto it = m_customers.constFind(ref.value(u"id"_s).toString());
        return it == m_customers.cend() ? nullptr : &*it;
    }
    if (ref.contains(u"references"_s)) {
        const QString code = ref[u"references"_s][u"code"_s].toString();
        for (const Customer &customer : m_customers) {
            if (customer.code == code)
                return &customer;
        }
        return nullptr;
    }
    for (const Customer &customer : m_customers) {
        if (customer.name == ref.value(u"name"_s).toString())
            return &customer;
    }
    return nullptr;
}

// --- orders and the warehouse's hands -------------------------------------------------------------

QJsonObject CartonCloudServer::outboundOrder(const QString &id) const
{
    return m_orders.value(id);
}

QStringList CartonCloudServer::outboundOrderIds() const
{
    return m_orderOrder;
}

QString CartonCloudServer::outboundOrderIdByReference(const QString &customerReference) const
{
    for (const QString &id : m_orderOrder) {
        if (m_orders[id][u"references"_s][u"customer"_s].toString() == customerReference)
            return id;
    }
    return {};
}

QJsonObject CartonCloudServer::consignmentForOrder(const QString &outboundOrderId) const
{
    const QStringList ids = m_consignmentsByOrder.value(outboundOrderId);
    return ids.isEmpty() ? QJsonObject() : m_consignments.value(ids.first());
}

QList<QJsonObject> CartonCloudServer::consignmentsForOrder(const QString &outboundOrderId) const
{
    QList<QJsonObject> out;
    for (const QString &id : m_consignmentsByOrder.value(outboundOrderId))
        out.append(m_consignments.value(id));
    return out;
}

QStringList CartonCloudServer::ensureConsignments(const QString &orderId, const QString &status)
{
    const QStringList existing = m_consignmentsByOrder.value(orderId);
    if (!existing.isEmpty()) {
        for (const QString &id : existing) {
            QJsonObject &consignment = m_consignments[id];
            if (consignment.value(u"status"_s).toString() != status) {
                consignment.insert(u"status"_s, status);
                bump(consignment);
            }
        }
        return existing;
    }
    const QJsonObject order = m_orders.value(orderId);
    const QString time = now();
    QStringList ids;
    // A split shipment: several consignments generated from one order, each tracked on its own.
    for (int i = 0; i < m_hostility.consignmentsPerOrder; ++i) {
        const QJsonObject consignment {
            {u"id"_s, uuid()},
            {u"type"_s, u"CONSIGNMENT"_s},
            {u"status"_s, status},
            {u"version"_s, 1},
            {u"references"_s, QJsonObject {{u"customer"_s, order[u"references"_s][u"customer"_s]}}},
            {u"customer"_s, order.value(u"customer"_s)},
            {u"details"_s,
             QJsonObject {
                 {u"type"_s, u"DELIVERY"_s},
                 {u"deliver"_s, QJsonObject {{u"address"_s, order[u"details"_s][u"deliver"_s][u"address"_s]}}}}},
            {u"generatedFromTask"_s, QJsonObject {{u"id"_s, orderId}, {u"type"_s, u"OUTBOUND"_s}}},
            {u"items"_s, QJsonArray()},
            {u"timestamps"_s,
             QJsonObject {{u"created"_s, QJsonObject {{u"time"_s, time}}},
                          {u"modified"_s, QJsonObject {{u"time"_s, time}}}}},
        };
        const QString id = consignment.value(u"id"_s).toString();
        m_consignments.insert(id, consignment);
        ids.append(id);
    }
    m_consignmentsByOrder.insert(orderId, ids);
    return ids;
}

bool CartonCloudServer::setStatus(const QString &id, const QString &status)
{
    auto it = m_orders.find(id);
    if (it == m_orders.end())
        return false;
    if (it->value(u"status"_s).toString() == status)
        return true;
    it->insert(u"status"_s, status);
    const QString time = now();
    if (status == u"PACKED")
        *it = withStatusTimestamp(*it, u"packed"_s, time);
    else if (status == u"DISPATCHED")
        *it = withStatusTimestamp(*it, u"dispatched"_s, time);
    bump(*it);
    m_orderStates[id].stepStartedMs = m_clock.elapsed();
    emit outboundOrderChanged(id);
    return true;
}

bool CartonCloudServer::pack(const QString &id)
{
    auto it = m_orders.constFind(id);
    if (it == m_orders.cend() || it->value(u"status"_s).toString() == u"REJECTED")
        return false;
    const Customer customer = m_customers.value((*it)[u"customer"_s][u"id"_s].toString());
    if (!setStatus(id, u"PACKED"_s))
        return false;
    if (customer.settings.consignment != ConsignmentPolicy::Never)
        ensureConsignments(id, u"IN_WAREHOUSE"_s);
    return true;
}

bool CartonCloudServer::dispatch(const QString &id)
{
    auto it = m_orders.constFind(id);
    if (it == m_orders.cend() || it->value(u"status"_s).toString() == u"REJECTED")
        return false;
    if (it->value(u"status"_s).toString() != u"PACKED" && !pack(id))
        return false;
    if (!setStatus(id, u"DISPATCHED"_s))
        return false;
    if (m_consignmentsByOrder.contains(id))
        ensureConsignments(id, u"IN_TRANSIT_WAREHOUSE_DELIVERY"_s);
    return true;
}

bool CartonCloudServer::setTracking(const QString &orderId, const QString &trackingNumber, const QString &companyName,
                                    const QString &url, int consignmentIndex)
{
    if (!m_orders.contains(orderId))
        return false;
    const QStringList ids = ensureConsignments(orderId,
                                               m_consignmentsByOrder.contains(orderId)
                                                   ? consignmentForOrder(orderId)[u"status"_s].toString()
                                                   : u"IN_WAREHOUSE"_s);
    if (consignmentIndex < 0 || consignmentIndex >= ids.size())
        return false;
    QJsonObject &consignment = m_consignments[ids.at(consignmentIndex)];
    QStringList &history = m_trackingHistory[ids.at(consignmentIndex)];
    if (history.isEmpty() || history.constLast() != trackingNumber) {
        history.append(trackingNumber);
        m_trackingChangedAt.insert(ids.at(consignmentIndex), QDateTime::currentDateTimeUtc());
    }
    QJsonObject references = consignment.value(u"references"_s).toObject();
    references.insert(u"tracking"_s, trackingNumber);
    consignment.insert(u"references"_s, references);
    QJsonObject details = consignment.value(u"details"_s).toObject();
    details.insert(u"tracking"_s, QJsonObject {{u"companyName"_s, companyName}, {u"url"_s, url}});
    consignment.insert(u"details"_s, details);
    bump(consignment);
    emit outboundOrderChanged(orderId);
    return true;
}

bool CartonCloudServer::reject(const QString &id, const QString &message)
{
    auto it = m_orders.find(id);
    if (it == m_orders.end())
        return false;
    QJsonObject details = it->value(u"details"_s).toObject();
    QJsonArray errors = details.value(u"errors"_s).toArray();
    errors.append(QJsonObject {{u"message"_s, message}, {u"isResolved"_s, false}});
    details.insert(u"errors"_s, errors);
    it->insert(u"details"_s, details);
    return setStatus(id, u"REJECTED"_s);
}

bool CartonCloudServer::removeOrder(const QString &id)
{
    if (!m_orders.remove(id))
        return false;
    m_orderOrder.removeAll(id);
    m_orderStates.remove(id);
    emit outboundOrderChanged(id);
    return true;
}

void CartonCloudServer::setAutomaticMode(bool enabled, int packAfterMs, int dispatchAfterMs, int tickMs)
{
    m_packAfterMs = packAfterMs;
    m_dispatchAfterMs = dispatchAfterMs;
    if (enabled)
        m_auto.start(tickMs);
    else
        m_auto.stop();
}

void CartonCloudServer::autoTick()
{
    const qint64 nowMs = m_clock.elapsed();
    const QStringList ids = m_orderOrder;
    for (const QString &id : ids) {
        const QString status = m_orders.value(id).value(u"status"_s).toString();
        const qint64 since = nowMs - m_orderStates.value(id).stepStartedMs;
        const QString numericId = m_orders.value(id)[u"references"_s][u"numericId"_s].toString();
        const auto track = [&](const QString &marker) {
            for (int i = 0; i < m_consignmentsByOrder.value(id).size(); ++i) {
                const QString number =
                    u"SBX"_s + numericId + marker + (i == 0 ? QString() : u"-%1"_s.arg(i + 1)) + u"AU"_s;
                setTracking(id, number, u"Australia Post"_s,
                            u"https://auspost.com.au/mypost/track/#/details/"_s + number, i);
            }
        };
        if (status == u"AWAITING_PICK_AND_PACK" && since >= m_packAfterMs) {
            if (m_hostility.deleteEvery > 0 && ++m_autoPacked % m_hostility.deleteEvery == 0) {
                removeOrder(id);
                continue;
            }
            if (pack(id))
                track(QString());
        } else if (status == u"PACKED" && since >= m_dispatchAfterMs) {
            dispatch(id);
        } else if (status == u"DISPATCHED" && m_hostility.retrackAfterDispatchMs > 0
                   && since >= m_hostility.retrackAfterDispatchMs && !m_orderStates.value(id).retracked) {
            // The carrier re-labelled the parcel after it left: the tracking number changes.
            m_orderStates[id].retracked = true;
            track(u"R"_s);
        }
    }
}

// --- HTTP ----------------------------------------------------------------------------------------

void CartonCloudServer::buildRoutes()
{
    Router &r = *m_router;
    const QString t = u"/tenants/([^/]+)"_s;
    const QString id = u"([^/]+)"_s;

    r.add({"POST"_ba}, u"/uaa/oauth/token"_s, u"/uaa/oauth/token"_s,
          [this](const HttpRequest &rq, const QStringList &) { return token(rq); });
    r.add({"GET"_ba}, u"/uaa/userinfo"_s, u"/uaa/userinfo"_s, [this](const HttpRequest &, const QStringList &) {
        return HttpResponse::json(200,
                                  QJsonObject {{u"id"_s, m_currentClient},
                                               {u"name"_s, u"Sandbox API Client"_s},
                                               {u"email"_s, u"api-client@sandbox.invalid"_s},
                                               {u"tenants"_s,
                                                QJsonArray {QJsonObject {{u"id"_s, m_tenantId},
                                                                         {u"name"_s, m_options.tenantName},
                                                                         {u"slug"_s, u"sandbox-3pl"_s}}}}});
    });
    r.add({"GET"_ba}, t + u"/customers"_s, u"/tenants/<tenant>/customers"_s,
          [this](const HttpRequest &, const QStringList &) {
              QJsonArray out;
              for (const QString &cid : std::as_const(m_customerOrder))
                  out.append(QJsonObject {{u"name"_s, m_customers[cid].name}, {u"id"_s, cid}});
              return HttpResponse::json(200, out);
          });
    r.add({"POST"_ba}, t + u"/customers"_s, u"/tenants/<tenant>/customers"_s,
          [this](const HttpRequest &rq, const QStringList &) {
              bool ok = false;
              const QJsonObject body = parseBody(rq, &ok);
              if (!ok)
                  return ccError(400, u"Malformed JSON request"_s);
              const QString name = body.value(u"name"_s).toString();
              if (name.isEmpty())
                  return ccError(422, u"must not be blank"_s, u"/name"_s);
              const QString cid = addCustomer(name, body[u"references"_s][u"code"_s].toString(name.left(8).toUpper()));
              return HttpResponse::json(201, QJsonObject {{u"name"_s, name}, {u"id"_s, cid}});
          });
    r.add({"GET"_ba}, t + u"/customers/"_s + id, u"/tenants/<tenant>/customers/<id>"_s,
          [this](const HttpRequest &, const QStringList &c) {
              const auto it = m_customers.constFind(c.value(1));
              if (it == m_customers.cend())
                  return ccError(404, u"Customer not found"_s);
              return HttpResponse::json(200, QJsonObject {{u"name"_s, it->name}, {u"id"_s, it->id}});
          });
    r.add({"POST"_ba}, t + u"/warehouse-products"_s, u"/tenants/<tenant>/warehouse-products"_s,
          [this](const HttpRequest &rq, const QStringList &) { return createProduct(rq); });
    r.add({"GET"_ba}, t + u"/warehouse-products"_s, u"/tenants/<tenant>/warehouse-products"_s,
          [this](const HttpRequest &rq, const QStringList &c) {
              QList<QJsonObject> items;
              for (const QString &pid : std::as_const(m_productOrder))
                  items.append(m_products[pid].json);
              return paged(rq, items, u"/tenants/"_s + c.value(0) + u"/warehouse-products"_s);
          });
    r.add({"POST"_ba}, t + u"/warehouse-products/search"_s, u"/tenants/<tenant>/warehouse-products/search"_s,
          [this](const HttpRequest &rq, const QStringList &c) {
              bool ok = false;
              const QJsonObject body = parseBody(rq, &ok);
              if (!ok)
                  return ccError(400, u"Malformed JSON request"_s);
              QString error;
              const auto condition = SearchCondition::parse(body,
                                                            {{u"code"_s, u"/references/code"_s},
                                                             {u"name"_s, u"/name"_s},
                                                             {u"customerId"_s, u"/customer/id"_s},
                                                             {u"customerName"_s, u"/customer/name"_s}},
                                                            &error);
              if (!condition)
                  return ccError(400, error);
              QList<QJsonObject> items;
              for (const QString &pid : std::as_const(m_productOrder)) {
                  // The documented pointer is /code (not /references/code): offer both.
                  QJsonObject searchable = m_products[pid].json;
                  searchable.insert(u"code"_s, searchable[u"references"_s][u"code"_s]);
                  if (condition->matches(searchable))
                      items.append(m_products[pid].json);
              }
              return paged(rq, items, u"/tenants/"_s + c.value(0) + u"/warehouse-products/search"_s);
          });
    r.add({"GET"_ba}, t + u"/warehouse-products/"_s + id, u"/tenants/<tenant>/warehouse-products/<id>"_s,
          [this](const HttpRequest &, const QStringList &c) {
              const auto it = m_products.constFind(c.value(1));
              if (it == m_products.cend())
                  return ccError(404, u"Warehouse product not found"_s);
              return HttpResponse::json(200, it->json);
          });
    r.add({"POST"_ba}, t + u"/outbound-orders"_s, u"/tenants/<tenant>/outbound-orders"_s,
          [this](const HttpRequest &rq, const QStringList &) { return createOrder(rq); });
    r.add({"POST"_ba}, t + u"/outbound-orders/search"_s, u"/tenants/<tenant>/outbound-orders/search"_s,
          [this](const HttpRequest &rq, const QStringList &) { return searchOrders(rq); });
    r.add({"GET"_ba}, t + u"/outbound-orders/"_s + id, u"/tenants/<tenant>/outbound-orders/<id>"_s,
          [this](const HttpRequest &, const QStringList &c) {
              const auto it = m_orders.constFind(c.value(1));
              if (it == m_orders.cend())
                  return ccError(404, u"Sale Order not found"_s);
              return HttpResponse::json(200, *it);
          });
    r.add({"DELETE"_ba}, t + u"/outbound-orders/"_s + id, u"/tenants/<tenant>/outbound-orders/<id>"_s,
          [this](const HttpRequest &, const QStringList &c) {
              const auto it = m_orders.constFind(c.value(1));
              if (it == m_orders.cend())
                  return ccError(404, u"Sale Order not found"_s);
              const QString status = it->value(u"status"_s).toString();
              if (!m_deletable.contains(status))
                  return ccError(422, u"Sale Order cannot be deleted in status "_s + status);
              removeOrder(c.value(1));
              return HttpResponse::empty(204);
          });
    r.add({"POST"_ba}, t + u"/report-runs"_s, u"/tenants/<tenant>/report-runs"_s,
          [this](const HttpRequest &rq, const QStringList &) { return startReportRun(rq); });
    r.add({"GET"_ba}, t + u"/report-runs/"_s + id, u"/tenants/<tenant>/report-runs/<id>"_s,
          [this](const HttpRequest &, const QStringList &c) {
              const QJsonObject run = m_reportRuns.get(c.value(1), m_clock.elapsed());
              if (run.isEmpty())
                  return ccError(404, u"Report run not found"_s);
              return HttpResponse::json(200, run);
          });
    r.add({"GET"_ba}, t + u"/consignments/"_s + id, u"/tenants/<tenant>/consignments/<id>"_s,
          [this](const HttpRequest &, const QStringList &c) {
              const auto it = m_consignments.constFind(c.value(1));
              if (it == m_consignments.cend())
                  return ccError(404, u"Consignment not found"_s);
              return HttpResponse::json(200, *it);
          });
    r.add({"POST"_ba}, t + u"/consignments/search"_s, u"/tenants/<tenant>/consignments/search"_s,
          [this](const HttpRequest &rq, const QStringList &c) {
              bool ok = false;
              const QJsonObject body = parseBody(rq, &ok);
              if (!ok)
                  return ccError(400, u"Malformed JSON request"_s);
              QString error;
              const auto condition = SearchCondition::parse(body,
                                                            {{u"reference"_s, u"/references/customer"_s},
                                                             {u"customerName"_s, u"/customer/name"_s},
                                                             {u"customerId"_s, u"/customer/id"_s}},
                                                            &error);
              if (!condition)
                  return ccError(400, error);
              QList<QJsonObject> items;
              for (const QJsonObject &consignment : std::as_const(m_consignments)) {
                  if (condition->matches(consignment))
                      items.append(consignment);
              }
              return paged(rq, items, u"/tenants/"_s + c.value(0) + u"/consignments/search"_s);
          });
}

QString CartonCloudServer::routeOf(const HttpRequest &request) const
{
    return m_router->match(request.method, request.path).name;
}

HttpResponse CartonCloudServer::errorResponse(int status) const
{
    if (status == 429)
        return ccError(429, u"Too Many Requests"_s);
    if (status == 503)
        return ccError(503, u"The system is currently undergoing maintenance"_s);
    if (status >= 500)
        return ccError(status, u"An unexpected error occurred"_s);
    return ccError(status, u"Injected error"_s);
}

int CartonCloudServer::commitDelayMs(const HttpRequest &request) const
{
    if (m_hostility.commitDelayMs > 0 && request.method == "POST"
        && routeOf(request) == u"/tenants/<tenant>/outbound-orders")
        return m_hostility.commitDelayMs;
    return 0;
}

HttpResponse CartonCloudServer::handle(const HttpRequest &request)
{
    // Accept-Version is required on every call, the token call included.
    if (!request.hasHeader("Accept-Version"))
        return ccError(400, u"Missing required header: Accept-Version"_s);
    bool ok = false;
    const int version = request.header("Accept-Version").trimmed().toInt(&ok);
    if (!ok || version < 1 || version > 8)
        return ccError(406, u"Invalid Accept-Version header"_s);

    const Router::Match match = m_router->match(request.method, request.path);
    if (!match.route) {
        if (!match.name.isEmpty())
            return ccError(405, u"Request method '%1' not supported"_s.arg(QString::fromLatin1(request.method)));
        return ccError(404, u"Not Found"_s);
    }
    if (match.name != u"/uaa/oauth/token") {
        const QByteArray auth = request.header("Authorization");
        if (!auth.startsWith("Bearer "))
            return ccError(401, u"Full authentication is required to access this resource"_s);
        const QString value = QString::fromLatin1(auth.mid(7).trimmed());
        const auto it = m_tokens.constFind(value);
        if (it == m_tokens.cend())
            return ccError(401, u"Invalid access token"_s);
        if (it->expiresAtMs <= QDateTime::currentMSecsSinceEpoch())
            return ccError(401, u"Access token expired"_s);
        m_currentClient = it->clientId;
        if (request.path.startsWith(u"/tenants/") && match.captures.value(0) != m_tenantId)
            return ccError(403, u"Access is denied"_s);
    }
    return match.route->handler(request, match.captures);
}

HttpResponse CartonCloudServer::token(const HttpRequest &request)
{
    const QByteArray auth = request.header("Authorization");
    QString id, secret;
    if (auth.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            id = QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.left(colon)));
            secret = QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.mid(colon + 1)));
        }
    }
    if (id.isEmpty())
        return ccError(401, u"Full authentication is required to access this resource"_s);
    if (!m_clients.contains(id) || m_clients.value(id) != secret)
        return ccError(401, u"Bad credentials"_s);
    QString grant;
    for (const auto &[key, value] : HttpRequest::parseUrlEncoded(request.body)) {
        if (key == u"grant_type")
            grant = value;
    }
    if (grant.isEmpty())
        return ccError(400, u"Missing grant type"_s);
    if (grant != u"client_credentials")
        return ccError(400, u"Unsupported grant type: "_s + grant);
    const QString value = QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
    m_tokens.insert(value,
                    Token {id, QDateTime::currentMSecsSinceEpoch() + qint64(m_options.tokenLifetimeSeconds) * 1000});
    return HttpResponse::json(200,
                              QJsonObject {{u"access_token"_s, value},
                                           {u"token_type"_s, u"bearer"_s},
                                           {u"expires_in"_s, m_options.tokenLifetimeSeconds}});
}

HttpResponse CartonCloudServer::paged(const HttpRequest &request, QList<QJsonObject> items, const QString &path)
{
    bool ok = true;
    const int page = request.hasQueryItem(u"page"_s) ? request.queryValue(u"page"_s).toInt(&ok) : 1;
    if (!ok || page < 1)
        return ccError(400, u"Invalid page: "_s + request.queryValue(u"page"_s));
    int size = request.hasQueryItem(u"size"_s) ? request.queryValue(u"size"_s).toInt(&ok) : 50;
    if (!ok || size < 1)
        return ccError(400, u"Invalid size: "_s + request.queryValue(u"size"_s));
    // The maximum size is not documented (cartoncloud-api.md §3, [I]); capped, the sandbox cuts
    // the page and says so in Page-Size, as paging frameworks do, rather than refusing the call.
    if (m_hostility.maxPageSize > 0)
        size = qMin(size, m_hostility.maxPageSize);
    const int total = int(items.size());
    const int totalPages = (total + size - 1) / size;
    const bool minimal = request.header("Prefer").contains("return=minimal");
    QJsonArray out;
    for (int i = (page - 1) * size; i < total && i < page * size; ++i)
        out.append(minimal ? QJsonObject {{u"id"_s, items.at(i).value(u"id"_s)}} : items.at(i));
    HttpResponse response = HttpResponse::json(200, out);
    response.setHeader("Total-Pages", QByteArray::number(totalPages));
    response.setHeader("Page-Number", QByteArray::number(page));
    response.setHeader("Page-Size", QByteArray::number(size));
    response.setHeader("Total-Elements", QByteArray::number(total));
    if (minimal)
        response.setHeader("Preference-Applied", "return=minimal");
    const auto link = [&](int target, const char *rel) -> QByteArray {
        QUrl url = baseUrl();
        url.setPath(path);
        url.setQuery(u"page=%1&size=%2"_s.arg(target).arg(size));
        return "<" + url.toEncoded() + ">; rel=\"" + rel + "\"";
    };
    QByteArrayList links {link(1, "first")};
    if (page > 1)
        links << link(qMin(page - 1, qMax(totalPages, 1)), "prev");
    if (page < totalPages)
        links << link(page + 1, "next");
    links << link(qMax(totalPages, 1), "last");
    response.setHeader("Link", links.join(", "));
    return response;
}

HttpResponse CartonCloudServer::createProduct(const HttpRequest &request)
{
    bool ok = false;
    const QJsonObject body = parseBody(request, &ok);
    if (!ok)
        return ccError(400, u"Malformed JSON request"_s);
    const Customer *customer = resolveCustomer(body.value(u"customer"_s).toObject());
    if (!customer)
        return ccError(422, u"Customer not found"_s, u"/customer"_s);
    const QString code = body[u"references"_s][u"code"_s].toString();
    if (code.isEmpty())
        return ccError(422, u"must not be blank"_s, u"/references/code"_s);
    if (!productIdByCode(customer->id, code).isEmpty())
        return ccError(422, u"A product with this code already exists"_s, u"/references/code"_s);
    const QString id = addProduct(customer->id, code, body.value(u"name"_s).toString(code));
    return HttpResponse::json(201, m_products[id].json);
}

HttpResponse CartonCloudServer::startReportRun(const HttpRequest &request)
{
    bool ok = false;
    const QJsonObject body = parseBody(request, &ok);
    if (!ok)
        return ccError(400, u"Malformed JSON request"_s);
    const QString type = body.value(u"type"_s).toString();
    // Only the stock-on-hand report is emulated; the reference names no other type.
    if (type != u"STOCK_ON_HAND")
        return ccError(422, u"Unsupported report type"_s, u"/type"_s);
    const QJsonObject parameters = body.value(u"parameters"_s).toObject();
    const Customer *customer = nullptr;
    if (parameters.contains(u"customer"_s)) {
        customer = resolveCustomer(parameters.value(u"customer"_s).toObject());
        if (!customer)
            return ccError(422, u"Customer not found"_s, u"/parameters/customer"_s);
    }
    QList<ReportRuns::StockRow> rows;
    for (const QString &pid : std::as_const(m_productOrder)) {
        const Product &product = m_products[pid];
        const QJsonObject owner = product.json.value(u"customer"_s).toObject();
        if (customer && owner.value(u"id"_s).toString() != customer->id)
            continue;
        rows.append({pid, product.json[u"references"_s][u"code"_s].toString(), product.json.value(u"name"_s).toString(),
                     owner, product.stock});
    }
    const bool fails = m_hostility.reportRunsFail;
    const QJsonObject run =
        m_reportRuns.start(type, parameters, rows, fails, m_clock.elapsed(), m_hostility.reportRunMs, now());
    return HttpResponse::json(201, run);
}

HttpResponse CartonCloudServer::createOrder(const HttpRequest &request)
{
    // The limit counts every create call of the API client within the window.
    const qint64 nowMs = m_rateLimitClock ? m_rateLimitClock() : m_clock.elapsed();
    if (m_options.createLimit > 0) {
        QList<qint64> &times = m_createTimes[m_currentClient];
        times.removeIf([&](qint64 t) { return t <= nowMs - m_options.createWindowMs; });
        if (times.size() >= m_options.createLimit) {
            HttpResponse limited =
                ccError(429,
                        u"Rate limit exceeded: %1 requests per %2 seconds"_s.arg(m_options.createLimit)
                            .arg(m_options.createWindowMs / 1000.0));
            if (m_options.createLimitRetryAfter) {
                const qint64 wait = times.first() + m_options.createWindowMs - nowMs;
                limited.setHeader("Retry-After", QByteArray::number(qMax<qint64>(1, (wait + 999) / 1000)));
            }
            return limited;
        }
        times.append(nowMs);
    }

    bool ok = false;
    const QJsonObject body = parseBody(request, &ok);
    if (!ok)
        return ccError(400, u"Malformed JSON request"_s);
    const QString reference = body[u"references"_s][u"customer"_s].toString();
    if (!body.value(u"references"_s).isObject() || reference.isEmpty())
        return ccError(422, u"must not be blank"_s, u"/references/customer"_s);
    if (!body.value(u"customer"_s).isObject())
        return ccError(422, u"must not be null"_s, u"/customer"_s);
    const Customer *customer = resolveCustomer(body.value(u"customer"_s).toObject());
    if (!customer)
        return ccError(422, u"Customer not found"_s, u"/customer"_s);
    QString warehouseId = m_defaultWarehouse;
    if (body.value(u"warehouse"_s).isObject()) {
        const QJsonObject w = body.value(u"warehouse"_s).toObject();
        warehouseId.clear();
        for (auto it = m_warehouses.cbegin(); it != m_warehouses.cend(); ++it) {
            if ((w.contains(u"id"_s) && it.key() == w.value(u"id"_s).toString())
                || (!w.contains(u"id"_s) && it.value() == w.value(u"name"_s).toString()))
                warehouseId = it.key();
        }
        if (warehouseId.isEmpty())
            return ccError(422, u"Warehouse not found"_s, u"/warehouse"_s);
    }
    const QJsonObject details = body.value(u"details"_s).toObject();
    const QJsonObject address = details[u"deliver"_s][u"address"_s].toObject();
    if (address.isEmpty())
        return ccError(422, u"must not be null"_s, u"/details/deliver/address"_s);
    if (address.value(u"companyName"_s).toString().isEmpty() && address.value(u"contactName"_s).toString().isEmpty())
        return ccError(422, u"companyName or contactName is required"_s, u"/details/deliver/address"_s);
    const QJsonArray items = body.value(u"items"_s).toArray();
    if (items.isEmpty())
        return ccError(422, u"must not be empty"_s, u"/items"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i)[u"measures"_s][u"quantity"_s].toDouble() <= 0)
            return ccError(422, u"must be greater than 0"_s, u"/items/%1/measures/quantity"_s.arg(i));
    }

    // Same reference, same customer: 422 DUPLICATE, unless the earlier order is in a status the
    // organisation setting lets a new upload override (default: REJECTED only); then it is deleted
    // and this create goes on under a new id. cartoncloud-api.md §11 has this from the knowledge
    // base's page on parser imports; that the API create path follows the same setting, that
    // uniqueness is per customer and that the override answers a plain 201 are not documented
    // (the doc marks them [I]); the sandbox assumes all three. The doc also names one setting for
    // override *and* DELETE ("... (or deleting an existing Sale Order) is allowed") but gives only the
    // override default; the sandbox keeps setDeletableStatuses() apart so as not to change DELETE.
    // With the duplicate check off, nothing is caught: every create makes an order.
    if (m_hostility.duplicateCheck) {
        QStringList overridden;
        for (const QString &existingId : std::as_const(m_orderOrder)) {
            const QJsonObject &existing = m_orders[existingId];
            if (existing[u"references"_s][u"customer"_s].toString() != reference
                || existing[u"customer"_s][u"id"_s].toString() != customer->id)
                continue;
            if (m_hostility.overrideStatuses.contains(existing.value(u"status"_s).toString())) {
                overridden << existingId;
                continue;
            }
            return HttpResponse::json(
                422,
                QJsonArray {QJsonObject {{u"field"_s, u"/references/customer"_s},
                                         {u"message"_s, u"A Sale Order with this Customer Reference already exists"_s},
                                         {u"type"_s, u"DUPLICATE"_s},
                                         {u"details"_s, QJsonObject {{u"duplicateId"_s, existingId}}}}});
        }
        for (const QString &existingId : std::as_const(overridden))
            removeOrder(existingId);
    }

    QJsonArray errors;
    QJsonArray outItems;
    QHash<QString, double> wanted;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QJsonObject productRef = item[u"details"_s][u"product"_s].toObject();
        const double quantity = item[u"measures"_s][u"quantity"_s].toDouble();
        QString productId;
        QString label;
        if (productRef.contains(u"id"_s)) {
            productId = m_products.contains(productRef.value(u"id"_s).toString()) ? productRef.value(u"id"_s).toString()
                                                                                  : QString();
            label = productRef.value(u"id"_s).toString();
        } else if (productRef[u"references"_s].toObject().contains(u"code"_s)) {
            label = productRef[u"references"_s][u"code"_s].toString();
            productId = label.isEmpty() ? QString() : productIdByCode(customer->id, label);
        } else if (productRef[u"references"_s].toObject().contains(u"barcode"_s)) {
            label = productRef[u"references"_s][u"barcode"_s].toString();
            for (const Product &product : std::as_const(m_products)) {
                if (product.json[u"references"_s][u"barcode"_s].toString() == label && !label.isEmpty())
                    productId = product.json[u"id"_s].toString();
            }
        } else {
            label = productRef.value(u"name"_s).toString();
            for (const Product &product : std::as_const(m_products)) {
                if (product.json[u"name"_s].toString() == label
                    && product.json[u"customer"_s][u"id"_s].toString() == customer->id)
                    productId = product.json[u"id"_s].toString();
            }
        }
        if (productId.isEmpty()) {
            const QString message = label.isEmpty()
                ? u"Blank product code x %1 UNITS - Product not found"_s.arg(quantity)
                : u"%1 x %2 UNITS - Product not found"_s.arg(label).arg(quantity);
            if (customer->settings.unknownProduct == ProblemPolicy::Reject)
                errors.append(QJsonObject {{u"message"_s, message}, {u"isResolved"_s, false}});
            continue;
        }
        const QJsonObject &product = m_products[productId].json;
        wanted[productId] += quantity;
        if (wanted[productId] > m_products[productId].stock) {
            const QString message =
                u"%1 (%2) x %3 UNITS - Not enough stock (available %4)"_s
                    .arg(product[u"name"_s].toString(), product[u"references"_s][u"code"_s].toString())
                    .arg(quantity)
                    .arg(m_products[productId].stock);
            if (customer->settings.outOfStock == ProblemPolicy::Reject) {
                errors.append(QJsonObject {{u"message"_s, message}, {u"isResolved"_s, false}});
            } else {
                wanted[productId] -= quantity;
                continue;
            }
        }
        QJsonObject outItem {
            {u"id"_s, uuid()},
            {u"type"_s, u"ITEM"_s},
            {u"details"_s,
             QJsonObject {{u"product"_s,
                           QJsonObject {{u"id"_s, productId},
                                        {u"name"_s, product[u"name"_s]},
                                        {u"references"_s, product[u"references"_s]},
                                        {u"customer"_s, QJsonObject {{u"id"_s, customer->id}}}}},
                          {u"unitOfMeasure"_s, QJsonObject {{u"type"_s, u"UNITS"_s}, {u"name"_s, u"Units"_s}}}}},
            {u"measures"_s, QJsonObject {{u"quantity"_s, quantity}}},
            {u"properties"_s, item.value(u"properties"_s).toObject()},
            {u"references"_s,
             QJsonObject {{u"numericId"_s, QString::number(m_nextNumericId * 10 + int(outItems.size()))}}},
        };
        if (item[u"details"_s].toObject().contains(u"approximateUnitPrice"_s)) {
            QJsonObject d = outItem[u"details"_s].toObject();
            d.insert(u"approximateUnitPrice"_s, item[u"details"_s][u"approximateUnitPrice"_s]);
            outItem.insert(u"details"_s, d);
        }
        outItems.append(outItem);
    }
    const bool rejected = !errors.isEmpty() || outItems.isEmpty();
    if (outItems.isEmpty() && errors.isEmpty())
        errors.append(QJsonObject {{u"message"_s, u"No valid items"_s}, {u"isResolved"_s, false}});
    if (!rejected) {
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
            m_products[it.key()].stock -= it.value();
    }

    const QString id = uuid();
    const QString time = now();
    QJsonObject outDetails = details;
    QJsonObject deliver = details.value(u"deliver"_s).toObject();
    QJsonObject method = deliver.value(u"method"_s).toObject();
    if (!method.contains(u"type"_s))
        method.insert(u"type"_s, u"SHIPPING"_s);
    deliver.insert(u"method"_s, method);
    outDetails.insert(u"deliver"_s, deliver);
    outDetails.insert(u"errors"_s, errors);
    if (!outDetails.contains(u"urgent"_s))
        outDetails.insert(u"urgent"_s, false);
    if (!outDetails.contains(u"allowSplitting"_s))
        outDetails.insert(u"allowSplitting"_s, true);
    QJsonObject references = body.value(u"references"_s).toObject();
    references.insert(u"numericId"_s, QString::number(m_nextNumericId++));
    const QJsonObject order {
        {u"id"_s, id},
        {u"type"_s, u"OUTBOUND"_s},
        {u"status"_s, rejected ? u"REJECTED"_s : u"AWAITING_PICK_AND_PACK"_s},
        {u"version"_s, 1},
        {u"references"_s, references},
        {u"customer"_s, customerRef(*customer)},
        {u"warehouse"_s,
         warehouseId.isEmpty()
             ? QJsonValue()
             : QJsonValue(QJsonObject {
                 {u"id"_s, warehouseId}, {u"name"_s, m_warehouses.value(warehouseId)}, {u"enabled"_s, true}})},
        {u"details"_s, outDetails},
        {u"properties"_s, body.value(u"properties"_s).toObject()},
        {u"items"_s, outItems},
        {u"timestamps"_s,
         QJsonObject {{u"created"_s, QJsonObject {{u"time"_s, time}}},
                      {u"modified"_s, QJsonObject {{u"time"_s, time}}}}},
    };
    m_orders.insert(id, order);
    m_orderOrder.append(id);
    m_orderStates[id].stepStartedMs = nowMs;
    m_orderStates[id].createdMs = nowMs;
    if (!rejected && customer->settings.consignment == ConsignmentPolicy::OnImport)
        ensureConsignments(id, u"AWAITING_SALE_ORDER_PACKING"_s);
    emit outboundOrderCreated(id);
    return HttpResponse::json(rejected ? 228 : 201, order);
}

HttpResponse CartonCloudServer::searchOrders(const HttpRequest &request)
{
    bool ok = false;
    const QJsonObject body = parseBody(request, &ok);
    if (!ok)
        return ccError(400, u"Malformed JSON request"_s);
    QString error;
    // The deprecated ValueField names; "status" is not one of them (only the /status pointer works).
    const auto condition = SearchCondition::parse(body,
                                                  {{u"reference"_s, u"/references/customer"_s},
                                                   {u"customerName"_s, u"/customer/name"_s},
                                                   {u"customerId"_s, u"/customer/id"_s}},
                                                  &error);
    if (!condition)
        return ccError(400, error);
    // Searches read an index that trails the orders: a fresh create is not in it yet.
    const qint64 indexedBefore = m_clock.elapsed() - m_hostility.searchLagMs;
    QList<QJsonObject> items;
    for (const QString &id : std::as_const(m_orderOrder)) {
        if (m_hostility.searchLagMs > 0 && m_orderStates.value(id).createdMs > indexedBefore)
            continue;
        if (condition->matches(m_orders[id]))
            items.append(m_orders[id]);
    }
    return paged(request, items, request.path);
}

} // namespace wharf::sandbox
