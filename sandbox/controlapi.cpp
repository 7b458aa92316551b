#include "controlapi.h"

#include "fault.h"
#include "router.h"
#include "sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wharf::sandbox {

namespace {

HttpResponse fail(int status, const QString &message)
{
    return HttpResponse::json(status, QJsonObject {{u"error"_s, message}});
}

HttpResponse ok(const QJsonValue &value = QJsonObject {{u"ok"_s, true}})
{
    return HttpResponse::json(200, value);
}

QJsonObject body(const HttpRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

// A JSON array of status strings, as the organisation setting names them.
QStringList statusList(const QJsonValue &value)
{
    QStringList statuses;
    for (const QJsonValue &status : value.toArray())
        statuses.append(status.toString());
    return statuses;
}

} // namespace

ControlApi::ControlApi(Sandbox *sandbox)
    : m_sandbox(sandbox)
    , m_router(std::make_unique<Router>())
{
    buildRoutes();
}

ControlApi::~ControlApi() = default;

QString ControlApi::usage()
{
    return uR"(Control API (JSON in and out; ?service=woo|wms selects the service, ?store=N the store, default 0):
  GET    /control                              everything describe() prints, plus this text
  GET    /control/log?service=woo|wms          {"counts": {"GET /route": n}, "entries": [...]}
  DELETE /control/log?service=woo|wms          clear the request log
  GET    /control/log/totals                   {"woo": {"GET /route": n}, "wms": {...}}: request counts by route,
                                               every store's added up (benchmarks with many stores)
  GET    /control/requests?service=woo|wms&method=POST&path=/tenants/<tenant>/outbound-orders&status=422
                                               the request log, filtered (path: a path or route template,
                                               '*' at the end for a prefix): {"count", "byReference":
                                               {"WC-1": 2}, "byStatus": {"201": 1}, "requests": [{method,
                                               path, route, status, delivered, reference}]}; reference =
                                               the body's references.customer (a create's reference)
  GET    /control/faults?service=woo|wms       armed faults
  POST   /control/faults?service=woo|wms       arm one: {"kind": "status|latency|never-reply|reset|not-json|
                                               truncated|html-login|rate-limited", "path": "/wp-json/wc/v3/orders*",
                                               "method": "GET", "status": 503, "delayMs": 0, "retryAfter": 5, "times": 1}
  DELETE /control/faults?service=woo|wms       disarm all
  GET    /control/wms/orders                   [{id, reference, status, customer, tracking, trackings,
                                               trackingHistories, trackingChangedAt}]: trackings = each
                                               consignment's tracking number, trackingHistories = every
                                               number each consignment has had, oldest first,
                                               trackingChangedAt = when its number last changed (UTC)
  POST   /control/wms/orders/{id}/pack         -> PACKED (consignment per customer setting)
  POST   /control/wms/orders/{id}/dispatch     -> DISPATCHED
  POST   /control/wms/orders/{id}/tracking     {"trackingNumber", "companyName", "url", "consignment": 0} set or
                                               change one consignment's tracking (also after dispatch)
  POST   /control/wms/orders/{id}/reject       {"message"} -> REJECTED
  POST   /control/wms/orders/{id}/status       {"status"} any status string
  DELETE /control/wms/orders/{id}              the warehouse deletes the outbound order (any status)
  POST   /control/wms/automatic                {"enabled": true, "packAfterMs": 3000, "dispatchAfterMs": 3000}
  POST   /control/wms/settings                 {"createLimit": 30, "createWindowMs": 60000, "retryAfter": false,
                                               "tokenLifetimeSeconds": 3600, "expireTokens": true,
                                               "deletableStatuses": ["DRAFT", ...]} (the organisation setting
                                               naming the statuses in which DELETE of an outbound order is
                                               allowed; default DRAFT, AWAITING_STOCK, AWAITING_PICK_AND_PACK,
                                               REJECTED)
  GET    /control/wms/hostile                  the CartonCloud hostile settings (see --help)
  POST   /control/wms/hostile                  change some: {"searchLagMs": 500, "duplicateCheck": false, ...}
  POST   /control/wms/products                 {"customer": "ACME", "code": "SKU", "name": "...", "stock": 10}
  POST   /control/wms/stock                    {"customer": "ACME", "code": "SKU", "stock": 7}: the stock on hand
                                               of one product (what the next STOCK_ON_HAND report run shows);
                                               report runs that end FAILED: POST /control/wms/hostile
                                               {"reportRunsFail": true}, their duration {"reportRunMs": 500}
  GET    /control/woo/products?store=N         every product and variation as the REST API shows it
  POST   /control/woo/products?store=N         a product as in a seed's store.products[] (with "variations"),
                                               or {"catalogue": {<as the seed's>}} -> {"ids": [...]}
  POST   /control/woo/products/{id}?store=N    {"sku", "status", "manageStock", "stock", "stockStatus"} (any)
  DELETE /control/woo/products/{id}?store=N    delete the product or variation
  GET    /control/woo/orders?store=N           [{id, number, status}]
  GET    /control/woo/orders/{id}?store=N      the order as the REST API shows it, plus notes and tracking
  POST   /control/woo/orders?store=N           a partial order, or {"count": n} for generated ones -> {"ids": [...]}
  POST   /control/woo/orders/{id}/status       {"status": "processing"}
  POST   /control/woo/orders/{id}/trash        move the order to the trash
  GET    /control/woo/orders/{id}/refunds      the order's refunds as GET /wc/v3/orders/{id}/refunds shows them
  POST   /control/woo/orders/{id}/refunds      {"amount" (default: the lines' refund_total), "reason",
                                               "line_items": [{"id" or "sku", "quantity", "refund_total"}]}:
                                               a refund made in wp-admin (no payment gateway asked); refunded
                                               in full, the order becomes "refunded" -> {"id", "order"}
  DELETE /control/woo/orders/{id}?store=N      delete the order for good
  POST   /control/woo/bulk?store=N             {"ids": [...] (default all), "status": "processing"}: a bulk
                                               action, one date_modified for all -> {"ids", "date_modified_gmt"}
  GET    /control/woo/hostile?store=N          the store's hostile settings (see --help)
  POST   /control/woo/hostile?store=N          change some: {"firewallBlocks": 1, "afterRead": {...}, ...}
  POST   /control/woo/generator?store=N        {"intervalMs": 5000, "perTick": 1}; 0 stops
  POST   /control/woo/settings?store=N         {"dropAuthorizationHeader": true, "trackingPlugin":
                                               "none|shipment-tracking|advanced-shipment-tracking"}
  POST   /control/seed                         a seed document (see --help)
)"_s;
}

HttpService *ControlApi::service(const HttpRequest &request, QString *error) const
{
    const QString which = request.queryValue(u"service"_s);
    if (which == u"wms")
        return m_sandbox->wms();
    if (which == u"woo" || which.isEmpty()) {
        WooStore *store = m_sandbox->store(request.queryValue(u"store"_s).toInt());
        if (!store)
            *error = u"no such store"_s;
        return store;
    }
    *error = u"service must be woo or wms"_s;
    return nullptr;
}

QString ControlApi::routeOf(const HttpRequest &request) const
{
    return m_router->match(request.method, request.path).name;
}

HttpResponse ControlApi::errorResponse(int status) const
{
    return fail(status, u"injected"_s);
}

HttpResponse ControlApi::handle(const HttpRequest &request)
{
    const Router::Match match = m_router->match(request.method, request.path);
    if (!match.route)
        return fail(404, u"no such control route; GET /control lists them"_s);
    return match.route->handler(request, match.captures);
}

void ControlApi::buildRoutes()
{
    Router &r = *m_router;
    r.add({"GET"_ba}, u"/control/?"_s, u"/control"_s, [this](const HttpRequest &, const QStringList &) {
        QJsonObject out = m_sandbox->describe();
        out.insert(u"usage"_s, usage());
        return ok(out);
    });
    r.add({"GET"_ba}, u"/control/log"_s, u"/control/log"_s, [this](const HttpRequest &rq, const QStringList &) {
        QString error;
        HttpService *s = service(rq, &error);
        if (!s)
            return fail(400, error);
        QJsonObject counts;
        const auto byRoute = s->requestLog().countsByRoute();
        for (auto it = byRoute.cbegin(); it != byRoute.cend(); ++it)
            counts.insert(it.key(), it.value());
        QJsonArray entries;
        for (const RequestLog::Entry &e : s->requestLog().entries()) {
            entries.append(QJsonObject {{u"time"_s, e.time.toString(Qt::ISODateWithMs)},
                                        {u"method"_s, QString::fromLatin1(e.method)},
                                        {u"path"_s, e.path},
                                        {u"route"_s, e.route},
                                        {u"query"_s, QString::fromUtf8(e.query)},
                                        {u"status"_s, e.status},
                                        {u"fault"_s, e.fault},
                                        {u"peerPort"_s, int(e.peerPort)}});
        }
        return ok(QJsonObject {{u"counts"_s, counts}, {u"entries"_s, entries}});
    });
    r.add({"GET"_ba}, u"/control/log/totals"_s, u"/control/log/totals"_s,
          [this](const HttpRequest &, const QStringList &) {
              QMap<QString, int> woo;
              for (const WooStore *store : m_sandbox->stores()) {
                  const QMap<QString, int> counts = store->requestLog().countsByRoute();
                  for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                      woo[it.key()] += it.value();
              }
              const auto toJson = [](const QMap<QString, int> &counts) {
                  QJsonObject out;
                  for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                      out.insert(it.key(), it.value());
                  return out;
              };
              return ok(QJsonObject {{u"woo"_s, toJson(woo)},
                                     {u"wms"_s, toJson(m_sandbox->wms()->requestLog().countsByRoute())}});
          });
    r.add({"DELETE"_ba}, u"/control/log"_s, u"/control/log"_s, [this](const HttpRequest &rq, const QStringList &) {
        QString error;
        HttpService *s = service(rq, &error);
        if (!s)
            return fail(400, error);
        s->requestLog().clear();
        return ok();
    });
    r.add({"GET"_ba}, u"/control/requests"_s, u"/control/requests"_s,
          [this](const HttpRequest &rq, const QStringList &) {
              QString error;
              HttpService *s = service(rq, &error);
              if (!s)
                  return fail(400, error);
              const QList<RequestLog::Entry> entries =
                  s->requestLog().select(rq.queryValue(u"method"_s).toUpper().toLatin1(), rq.queryValue(u"path"_s),
                                         rq.queryValue(u"status"_s).toInt());
              QJsonObject byReference;
              QJsonObject byStatus;
              QJsonArray requests;
              for (const RequestLog::Entry &e : entries) {
                  const QString reference = e.bodyReference();
                  if (!reference.isEmpty())
                      byReference.insert(reference, byReference.value(reference).toInt() + 1);
                  const QString status = QString::number(e.status);
                  byStatus.insert(status, byStatus.value(status).toInt() + 1);
                  requests.append(QJsonObject {{u"time"_s, e.time.toString(Qt::ISODateWithMs)},
                                               {u"method"_s, QString::fromLatin1(e.method)},
                                               {u"path"_s, e.path},
                                               {u"route"_s, e.route},
                                               {u"status"_s, e.status},
                                               {u"delivered"_s, e.delivered},
                                               {u"reference"_s, reference}});
              }
              return ok(QJsonObject {{u"count"_s, int(entries.size())},
                                     {u"byReference"_s, byReference},
                                     {u"byStatus"_s, byStatus},
                                     {u"requests"_s, requests}});
          });
    r.add({"GET"_ba}, u"/control/faults"_s, u"/control/faults"_s, [this](const HttpRequest &rq, const QStringList &) {
        QString error;
        HttpService *s = service(rq, &error);
        if (!s)
            return fail(400, error);
        QJsonArray out;
        for (const Fault &f : s->faults().faults()) {
            out.append(QJsonObject {{u"kind"_s, Fault::kindName(f.kind)},
                                    {u"method"_s, QString::fromLatin1(f.method)},
                                    {u"path"_s, f.path},
                                    {u"status"_s, f.status},
                                    {u"delayMs"_s, f.delayMs},
                                    {u"retryAfter"_s, f.retryAfterSeconds},
                                    {u"times"_s, f.times}});
        }
        return ok(out);
    });
    r.add({"POST"_ba}, u"/control/faults"_s, u"/control/faults"_s, [this](const HttpRequest &rq, const QStringList &) {
        QString error;
        HttpService *s = service(rq, &error);
        if (!s)
            return fail(400, error);
        const QJsonObject b = body(rq);
        Fault fault;
        if (!Fault::kindFromName(b.value(u"kind"_s).toString(u"status"_s), &fault.kind))
            return fail(400, u"unknown fault kind "_s + b.value(u"kind"_s).toString());
        fault.path = b.value(u"path"_s).toString(u"*"_s);
        fault.method = b.value(u"method"_s).toString().toUpper().toLatin1();
        fault.status = b.value(u"status"_s).toInt(fault.kind == Fault::Kind::RateLimited ? 429 : 500);
        fault.delayMs = b.value(u"delayMs"_s).toInt(fault.kind == Fault::Kind::Latency ? 1000 : 0);
        fault.retryAfterSeconds = b.value(u"retryAfter"_s).toInt(-1);
        fault.times = b.value(u"times"_s).toInt(-1);
        fault.body = b.value(u"body"_s).toString().toUtf8();
        s->faults().add(fault);
        return ok();
    });
    r.add({"DELETE"_ba}, u"/control/faults"_s, u"/control/faults"_s,
          [this](const HttpRequest &rq, const QStringList &) {
              QString error;
              HttpService *s = service(rq, &error);
              if (!s)
                  return fail(400, error);
              s->faults().clear();
              return ok();
          });

    r.add({"GET"_ba}, u"/control/wms/orders"_s, u"/control/wms/orders"_s,
          [this](const HttpRequest &, const QStringList &) {
              CartonCloudServer *wms = m_sandbox->wms();
              QJsonArray out;
              for (const QString &id : wms->outboundOrderIds()) {
                  const QJsonObject order = wms->outboundOrder(id);
                  const QJsonObject consignment = wms->consignmentForOrder(id);
                  QJsonArray trackings;
                  QJsonArray histories;
                  QJsonArray changedAt;
                  for (const QJsonObject &each : wms->consignmentsForOrder(id)) {
                      const QString consignmentId = each[u"id"_s].toString();
                      trackings.append(each[u"references"_s][u"tracking"_s]);
                      histories.append(QJsonArray::fromStringList(wms->trackingHistory(consignmentId)));
                      changedAt.append(wms->trackingChangedAt(consignmentId).toString(Qt::ISODateWithMs));
                  }
                  out.append(QJsonObject {{u"id"_s, id},
                                          {u"reference"_s, order[u"references"_s][u"customer"_s]},
                                          {u"status"_s, order[u"status"_s]},
                                          {u"customer"_s, order[u"customer"_s][u"name"_s]},
                                          {u"tracking"_s, consignment[u"references"_s][u"tracking"_s]},
                                          {u"trackings"_s, trackings},
                                          {u"trackingHistories"_s, histories},
                                          {u"trackingChangedAt"_s, changedAt}});
              }
              return ok(out);
          });
    r.add({"POST"_ba}, u"/control/wms/orders/([^/]+)/(pack|dispatch|tracking|reject|status)"_s,
          u"/control/wms/orders/<id>/<action>"_s, [this](const HttpRequest &rq, const QStringList &c) {
              CartonCloudServer *wms = m_sandbox->wms();
              const QString id = c.value(0);
              const QString action = c.value(1);
              const QJsonObject b = body(rq);
              bool done = false;
              if (action == u"pack")
                  done = wms->pack(id);
              else if (action == u"dispatch")
                  done = wms->dispatch(id);
              else if (action == u"tracking")
                  done = wms->setTracking(id, b.value(u"trackingNumber"_s).toString(),
                                          b.value(u"companyName"_s).toString(), b.value(u"url"_s).toString(),
                                          b.value(u"consignment"_s).toInt());
              else if (action == u"reject")
                  done = wms->reject(id, b.value(u"message"_s).toString(u"Rejected by the warehouse"_s));
              else
                  done = wms->setStatus(id, b.value(u"status"_s).toString());
              if (!done)
                  return fail(404, u"no such outbound order, or not possible in its status"_s);
              return ok(wms->outboundOrder(id));
          });
    r.add({"DELETE"_ba}, u"/control/wms/orders/([^/]+)"_s, u"/control/wms/orders/<id>"_s,
          [this](const HttpRequest &, const QStringList &c) {
              return m_sandbox->wms()->removeOrder(c.value(0)) ? ok() : fail(404, u"no such outbound order"_s);
          });
    r.add({"POST"_ba}, u"/control/wms/automatic"_s, u"/control/wms/automatic"_s,
          [this](const HttpRequest &rq, const QStringList &) {
              const QJsonObject b = body(rq);
              m_sandbox->wms()->setAutomaticMode(b.value(u"enabled"_s).toBool(true),
                                                 b.value(u"packAfterMs"_s).toInt(3000),
                                                 b.value(u"dispatchAfterMs"_s).toInt(3000));
              return ok();
          });
    r.add({"POST"_ba}, u"/control/wms/settings"_s, u"/control/wms/settings"_s,
          [this](const HttpRequest &rq, const QStringList &) {
              const QJsonObject b = body(rq);
              CartonCloudServer *wms = m_sandbox->wms();
              if (b.contains(u"createLimit"_s) || b.contains(u"createWindowMs"_s) || b.contains(u"retryAfter"_s)) {
                  wms->setCreateRateLimit(b.value(u"createLimit"_s).toInt(30),
                                          b.value(u"createWindowMs"_s).toInt(60000), b.value(u"retryAfter"_s).toBool());
              }
              if (b.contains(u"tokenLifetimeSeconds"_s))
                  wms->setTokenLifetime(b.value(u"tokenLifetimeSeconds"_s).toInt());
              if (b.value(u"expireTokens"_s).toBool())
                  wms->expireAllTokens();
              if (b.contains(u"deletableStatuses"_s))
                  wms->setDeletableStatuses(statusList(b.value(u"deletableStatuses"_s)));
              return ok();
          });
    r.add({"GET"_ba}, u"/control/wms/hostile"_s, u"/control/wms/hostile"_s,
          [this](const HttpRequest &, const QStringList &) { return ok(m_sandbox->wms()->hostility().toJson()); });
    r.add({"POST"_ba}, u"/control/wms/hostile"_s, u"/control/wms/hostile"_s,
          [this](const HttpRequest &rq, const QStringList &) {
              CartonCloudHostility hostility = m_sandbox->wms()->hostility();
              QString error;
              if (!hostility.merge(body(rq), &error))
                  return fail(400, error);
              m_sandbox->wms()->setHostility(hostility);
              return ok(hostility.toJson());
          });
    r.add({"POST"_ba}, u"/control/wms/products"_s, u"/control/wms/products"_s,
          [this](const HttpRequest &rq, const QStringList &) {
              const QJsonObject b = body(rq);
              CartonCloudServer *wms = m_sandbox->wms();
              const QString customer = wms->customerIdByCode(b.value(u"customer"_s).toString());
              if (customer.isEmpty())
                  return fail(404, u"no customer with code "_s + b.value(u"customer"_s).toString());
              const QString id = wms->addProduct(customer, b.value(u"code"_s).toString(),
                                                 b.value(u"name"_s).toString(b.value(u"code"_s).toString()),
                                                 b.value(u"stock"_s).toDouble(1000));
              return ok(QJsonObject {{u"id"_s, id}});
          });
    r.add({"POST"_ba}, u"/control/wms/stock"_s, u"/control/wms/stock"_s,
          [this](const HttpRequest &rq, const QStringList &) {
              const QJsonObject b = body(rq);
              CartonCloudServer *wms = m_sandbox->wms();
              const QString customer = wms->customerIdByCode(b.value(u"customer"_s).toString());
              if (customer.isEmpty())
                  return fail(404, u"no customer with code "_s + b.value(u"customer"_s).toString());
              const QString product = wms->productIdByCode(customer, b.value(u"code"_s).toString());
              if (product.isEmpty())
                  return fail(404, u"the customer has no product with code "_s + b.value(u"code"_s).toString());
              if (!b.value(u"stock"_s).isDouble() || b.value(u"stock"_s).toDouble() < 0)
                  return fail(400, u"stock must be a number >= 0"_s);
              wms->setStock(product, b.value(u"stock"_s).toDouble());
              return ok(QJsonObject {{u"id"_s, product}, {u"stock"_s, wms->stock(product)}});
          });

    const auto storeOf = [this](const HttpRequest &rq) {
        return m_sandbox->store(rq.queryValue(u"store"_s).toInt());
    };
    r.add({"GET"_ba}, u"/control/woo/orders"_s, u"/control/woo/orders"_s,
          [storeOf](const HttpRequest &rq, const QStringList &) {
              WooStore *store = storeOf(rq);
              if (!store)
                  return fail(404, u"no such store"_s);
              QJsonArray out;
              for (int id : store->orderIds()) {
                  const QJsonObject order = store->order(id);
                  out.append(QJsonObject {
                      {u"id"_s, id}, {u"number"_s, order[u"number"_s]}, {u"status"_s, order[u"status"_s]}});
              }
              return ok(out);
          });
    r.add({"GET"_ba}, u"/control/woo/orders/(\\d+)"_s, u"/control/woo/orders/<id>"_s,
          [storeOf](const HttpRequest &rq, const QStringList &c) {
              WooStore *store = storeOf(rq);
              const int id = c.value(0).toInt();
              if (!store || store->order(id).isEmpty())
                  return fail(404, u"no such order"_s);
              QJsonObject out = store->order(id);
              out.insert(u"_notes"_s, store->orderNotes(id));
              out.insert(u"_tracking"_s, store->trackingItems(id));
              return ok(out);
          });
    r.add({"GET"_ba}, u"/control/woo/products"_s, u"/control/woo/products"_s,
          [storeOf](const HttpRequest &rq, const QStringList &) {
              WooStore *store = storeOf(rq);
              if (!store)
                  return fail(404, u"no such store"_s);
              QJsonArray out;
              for (int id : store->productIds())
                  out.append(store->product(id));
              return ok(out);
          });
    r.add({"POST"_ba}, u"/control/woo/products"_s, u"/control/woo/products"_s,
          [storeOf](const HttpRequest &rq, const QStringList &) {
              WooStore *store = storeOf(rq);
              if (!store)
                  return fail(404, u"no such store"_s);
              const QJsonObject b = body(rq);
              QList<int> made;
              if (b.contains(u"catalogue"_s)) {
                  const QJsonObject c = b.value(u"catalogue"_s).toObject();
                  WooStore::CatalogueShape shape;
                  shape.prefix = c.value(u"prefix"_s).toString(shape.prefix);
                  shape.simple = c.value(u"simple"_s).toInt();
                  shape.variable = c.value(u"variable"_s).toInt();
                  shape.variationsEach = c.value(u"variationsEach"_s).toInt(shape.variationsEach);
                  shape.withoutSku = c.value(u"withoutSku"_s).toInt();
                  shape.duplicates = c.value(u"duplicates"_s).toInt();
                  shape.manageStock = c.value(u"manageStock"_s).toBool(shape.manageStock);
                  shape.stock = c.value(u"stock"_s).toInt(shape.stock);
                  made = store->generateCatalogue(shape);
              } else {
                  QString error;
                  made = store->addProductFromJson(b, &error);
                  if (made.isEmpty())
                      return fail(400, error);
              }
              QJsonArray ids;
              for (int id : std::as_const(made))
                  ids.append(id);
              return ok(QJsonObject {{u"ids"_s, ids}});
          });
    r.add({"POST"_ba}, u"/control/woo/products/(\\d+)"_s, u"/control/woo/products/<id>"_s,
          [storeOf](const HttpRequest &rq, const QStringList &c) {
              WooStore *store = storeOf(rq);
              if (!store)
                  return fail(404, u"no such store"_s);
              const int id = c.value(0).toInt();
              if (store->product(id).isEmpty())
                  return fail(404, u"no such product"_s);
              const QJsonObject b = body(rq);
              if (b.contains(u"sku"_s))
                  store->setProductSku(id, b.value(u"sku"_s).toString());
              if (b.contains(u"status"_s))
                  store->setProductStatus(id, b.value(u"status"_s).toString());
              if (b.contains(u"manageStock"_s))
                  store->setProductStock(id, b.value(u"manageStock"_s).toBool(), b.value(u"stock"_s).toInt());
              if (b.contains(u"stockStatus"_s))
                  store->setProductStockStatus(id, b.value(u"stockStatus"_s).toString());
              return ok(store->product(id));
          });
    r.add({"DELETE"_ba}, u"/control/woo/products/(\\d+)"_s, u"/control/woo/products/<id>"_s,
          [storeOf](const HttpRequest &rq, const QStringList &c) {
              WooStore *store = storeOf(rq);
              if (!store)
                  return fail(404, u"no such store"_s);
              store->removeProduct(c.value(0).toInt());
              return ok();
          });
    r.add({"POST"_ba}, u"/control/woo/orders"_s, u"/control/woo/orders"_s,
          [storeOf](const HttpRequest &rq, const QStringList &) {
              WooStore *store = storeOf(rq);
              if (!store)
                  return fail(404, u"no such store"_s);
              const QJsonObject b = body(rq);
              QJsonArray ids;
              if (b.contains(u"count"_s)) {
                  for (int id : store->generateOrders(b.value(u"count"_s).toInt(), quint32(b.value(u"seed"_s).toInt(1)),
                                                      b.value(u"status"_s).toString(u"processing"_s)))
                      ids.append(id);
              } else {
                  ids.append(store->addOrder(b));
              }
              return ok(QJsonObject {{u"ids"_s, ids}});
          });
    r.add({"POST"_ba}, u"/control/woo/orders/(\\d+)/status"_s, u"/control/woo/orders/<id>/status"_s,
          [storeOf](const HttpRequest &rq, const QStringList &c) {
              WooStore *store = storeOf(rq);
              if (!store || !store->setOrderStatus(c.value(0).toInt(), body(rq).value(u"status"_s).toString()))
                  return fail(404, u"no such order or invalid status"_s);
              return ok(store->order(c.value(0).toInt()));
          });
    r.add({"POST"_ba}, u"/control/woo/orders/(\\d+)/trash"_s, u"/control/woo/orders/<id>/trash"_s,
          [storeOf](const HttpRequest &rq, const QStringList &c) {
              WooStore *store = storeOf(rq);
              if (!store || !store->trashOrder(c.value(0).toInt()))
                  return fail(404, u"no such order"_s);
              return ok(store->order(c.value(0).toInt()));
          });
    r.add({"GET"_ba}, u"/control/woo/orders/(\\d+)/refunds"_s, u"/control/woo/orders/<id>/refunds"_s,
          [storeOf](const HttpRequest &rq, const QStringList &c) {
              WooStore *store = storeOf(rq);
              if (!store || store->order(c.value(0).toInt()).isEmpty())
                  return fail(404, u"no such order"_s);
              return ok(store->refunds(c.value(0).toInt()));
          });
    r.add({"POST"_ba}, u"/control/woo/orders/(\\d+)/refunds"_s, u"/control/woo/orders/<id>/refunds"_s,
          [storeOf](const HttpRequest &rq, const QStringList &c) {
              WooStore *store = storeOf(rq);
              if (!store)
                  return fail(404, u"no such store"_s);
              QString error;
              const int refund = store->refundOrder(c.value(0).toInt(), body(rq), &error);
              if (!refund)
                  return fail(error == u"no such order" ? 404 : 400, error);
              return ok(QJsonObject {{u"id"_s, refund}, {u"order"_s, store->order(c.value(0).toInt())}});
          });
    r.add({"DELETE"_ba}, u"/control/woo/orders/(\\d+)"_s, u"/control/woo/orders/<id>"_s,
          [storeOf](const HttpRequest &rq, const QStringList &c) {
              WooStore *store = storeOf(rq);
              if (!store || !store->removeOrder(c.value(0).toInt()))
                  return fail(404, u"no such order"_s);
              return ok();
          });
    r.add({"POST"_ba}, u"/control/woo/bulk"_s, u"/control/woo/bulk"_s,
          [storeOf](const HttpRequest &rq, const QStringList &) {
              WooStore *store = storeOf(rq);
              if (!store)
                  return fail(404, u"no such store"_s);
              const QJsonObject b = body(rq);
              QList<int> ids;
              for (const QJsonValue &id : b.value(u"ids"_s).toArray())
                  ids.append(id.toInt());
              QJsonArray changed;
              for (int id : store->bulkEdit(ids, b.value(u"status"_s).toString()))
                  changed.append(id);
              const QString stamp = changed.isEmpty()
                  ? QString()
                  : store->order(changed.first().toInt())[u"date_modified_gmt"_s].toString();
              return ok(QJsonObject {{u"ids"_s, changed}, {u"date_modified_gmt"_s, stamp}});
          });
    r.add({"GET"_ba}, u"/control/woo/hostile"_s, u"/control/woo/hostile"_s,
          [storeOf](const HttpRequest &rq, const QStringList &) {
              WooStore *store = storeOf(rq);
              return store ? ok(store->hostility().toJson()) : fail(404, u"no such store"_s);
          });
    r.add({"POST"_ba}, u"/control/woo/hostile"_s, u"/control/woo/hostile"_s,
          [storeOf](const HttpRequest &rq, const QStringList &) {
              WooStore *store = storeOf(rq);
              if (!store)
                  return fail(404, u"no such store"_s);
              WooHostility hostility = store->hostility();
              QString error;
              if (!hostility.merge(body(rq), &error))
                  return fail(400, error);
              store->setHostility(hostility);
              return ok(hostility.toJson());
          });
    r.add({"POST"_ba}, u"/control/woo/generator"_s, u"/control/woo/generator"_s,
          [storeOf](const HttpRequest &rq, const QStringList &) {
              WooStore *store = storeOf(rq);
              if (!store)
                  return fail(404, u"no such store"_s);
              const QJsonObject b = body(rq);
              store->setOrderGenerator(b.value(u"intervalMs"_s).toInt(), b.value(u"perTick"_s).toInt(1));
              return ok();
          });
    r.add({"POST"_ba}, u"/control/woo/settings"_s, u"/control/woo/settings"_s,
          [storeOf](const HttpRequest &rq, const QStringList &) {
              WooStore *store = storeOf(rq);
              if (!store)
                  return fail(404, u"no such store"_s);
              const QJsonObject b = body(rq);
              if (b.contains(u"dropAuthorizationHeader"_s))
                  store->setDropAuthorizationHeader(b.value(u"dropAuthorizationHeader"_s).toBool());
              const QString plugin = b.value(u"trackingPlugin"_s).toString();
              if (plugin == u"none")
                  store->setTrackingPlugin(WooStore::TrackingPlugin::None);
              else if (plugin == u"shipment-tracking")
                  store->setTrackingPlugin(WooStore::TrackingPlugin::ShipmentTracking);
              else if (plugin == u"advanced-shipment-tracking")
                  store->setTrackingPlugin(WooStore::TrackingPlugin::AdvancedShipmentTracking);
              else if (!plugin.isEmpty())
                  return fail(400, u"unknown trackingPlugin "_s + plugin);
              return ok();
          });
    r.add({"POST"_ba}, u"/control/seed"_s, u"/control/seed"_s, [this](const HttpRequest &rq, const QStringList &) {
        QString error;
        if (!m_sandbox->seed(body(rq), &error))
            return fail(400, error);
        return ok();
    });
}

} // namespace wharf::sandbox
