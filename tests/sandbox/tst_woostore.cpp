#include "httpclient.h"
#include "sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace wharf::sandbox;
using namespace wharf::sandbox::test;

// The WooCommerce store over HTTPS: discovery, Basic and query-string auth, key permissions,
// orders with their filters and pagination headers, updates, batch, notes and tracking.
class TestWooStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void indexNeedsNoAuthentication();
    void httpsBasicAndQueryAuth();
    void unknownKeyAndWrongSecret();
    void keyPermissions();
    void dropAuthorizationHeader();
    void ordersPagination();
    void ordersFilters();
    void orderJsonShape();
    void updateAndErrors();
    void batch();
    void notes();
    void refunds();
    void shipmentTracking();
    void advancedShipmentTracking();
    void systemStatus();
    void productsAndVariations();
    void stockWrites();
    void untrustedCertificateIsRefused();
    void faults();

private:
    QUrl url(const QString &path, const QString &query = {}) const;
    QList<QPair<QByteArray, QByteArray>> auth(WooStore::KeyPermission p = WooStore::KeyPermission::ReadWrite) const;

    Sandbox m_sandbox;
    HttpClient m_http;
    WooStore *m_store = nullptr;
};

QUrl TestWooStore::url(const QString &path, const QString &query) const
{
    QUrl u = m_store->httpsUrl();
    u.setPath(path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

QList<QPair<QByteArray, QByteArray>> TestWooStore::auth(WooStore::KeyPermission p) const
{
    return {{"Authorization", basic(m_store->consumerKey(p), m_store->consumerSecret(p))}};
}

void TestWooStore::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_store = m_sandbox.store();
    m_http.ssl = m_sandbox.clientSslConfiguration();
    for (int i = 0; i < 25; ++i) {
        m_store->addOrder(
            QJsonObject {{u"status"_s, i % 5 == 0 ? u"completed"_s : u"processing"_s},
                         {u"line_items"_s, QJsonArray {QJsonObject {{u"sku"_s, u"SKU-1"_s}, {u"quantity"_s, 2}}}},
                         {u"date_created_gmt"_s, u"2026-05-%1T10:00:00"_s.arg(i + 1, 2, 10, QLatin1Char('0'))}});
    }
}

void TestWooStore::indexNeedsNoAuthentication()
{
    const Reply index = m_http.get(url(u"/wp-json/"_s));
    QCOMPARE(index.status, 200);
    const QJsonObject body = index.object();
    QCOMPARE(body.value(u"home"_s).toString(), m_store->httpsUrl().toString());
    QVERIFY(body.value(u"namespaces"_s).toArray().contains(u"wc/v3"_s));
    QVERIFY(body.value(u"namespaces"_s).toArray().contains(u"wc-shipment-tracking/v3"_s));
    QVERIFY(!body.value(u"namespaces"_s).toArray().contains(u"wc-ast/v3"_s));

    const Reply fields = m_http.get(url(u"/wp-json/"_s, u"_fields=name,home,namespaces"_s));
    QCOMPARE(fields.object().keys(), (QStringList {u"home"_s, u"name"_s, u"namespaces"_s}));

    const Reply ns = m_http.get(url(u"/wp-json/wc/v3"_s));
    QCOMPARE(ns.status, 200);
    QCOMPARE(ns.object().value(u"namespace"_s).toString(), u"wc/v3"_s);

    const Reply missing = m_http.get(url(u"/wp-json/wc/v3/nothing"_s));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.object().value(u"code"_s).toString(), u"rest_no_route"_s);
    QCOMPARE(missing.object()[u"data"_s][u"status"_s].toInt(), 404);

    const Reply front = m_http.get(url(u"/"_s));
    QVERIFY(front.header("Link").contains("rel=\"https://api.w.org/\""));
}

void TestWooStore::httpsBasicAndQueryAuth()
{
    const Reply basicReply = m_http.get(url(u"/wp-json/wc/v3/orders"_s), auth());
    QCOMPARE(basicReply.status, 200);
    QCOMPARE(basicReply.array().size(), 10);

    const Reply query = m_http.get(
        url(u"/wp-json/wc/v3/orders"_s,
            u"consumer_key="_s + m_store->consumerKey() + u"&consumer_secret="_s + m_store->consumerSecret()));
    QCOMPARE(query.status, 200);

    // ?rest_route= works too (WooCommerce >= 11.1).
    const Reply plain = m_http.get(url(u"/"_s, u"rest_route=/wc/v3/orders&per_page=1"_s), auth());
    QCOMPARE(plain.status, 200);
    QCOMPARE(plain.array().size(), 1);
}

void TestWooStore::unknownKeyAndWrongSecret()
{
    const Reply none = m_http.get(url(u"/wp-json/wc/v3/orders"_s));
    QCOMPARE(none.status, 401);
    QCOMPARE(none.object().value(u"code"_s).toString(), u"woocommerce_rest_cannot_view"_s);
    QCOMPARE(none.object().value(u"message"_s).toString(), u"Sorry, you cannot list resources."_s);

    // An unknown key looks exactly like no key.
    const Reply unknown =
        m_http.get(url(u"/wp-json/wc/v3/orders"_s), {{"Authorization", basic(u"ck_nope"_s, u"cs_x"_s)}});
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unknown.body, none.body);

    const Reply wrong =
        m_http.get(url(u"/wp-json/wc/v3/orders"_s), {{"Authorization", basic(m_store->consumerKey(), u"cs_wrong"_s)}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.object().value(u"code"_s).toString(), u"woocommerce_rest_authentication_error"_s);
    QCOMPARE(wrong.object().value(u"message"_s).toString(), u"Consumer secret is invalid."_s);
    QVERIFY(wrong.header("WWW-Authenticate").startsWith("Basic realm=\"WooCommerce API."));
}

void TestWooStore::keyPermissions()
{
    using P = WooStore::KeyPermission;
    QCOMPARE(m_http.get(url(u"/wp-json/wc/v3/orders"_s), auth(P::Read)).status, 200);
    const Reply readOnlyWrite = m_http.post(url(u"/wp-json/wc/v3/orders/batch"_s), "{}", auth(P::Read));
    QCOMPARE(readOnlyWrite.status, 401);
    QCOMPARE(readOnlyWrite.object().value(u"message"_s).toString(),
             u"The API key provided does not have write permissions."_s);
    const Reply writeOnlyRead = m_http.get(url(u"/wp-json/wc/v3/orders"_s), auth(P::Write));
    QCOMPARE(writeOnlyRead.status, 401);
    QCOMPARE(writeOnlyRead.object().value(u"message"_s).toString(),
             u"The API key provided does not have read permissions."_s);
    // The side-effect-free write check of the reference: POST batch {} -> 200 [].
    const Reply writeCheck = m_http.post(url(u"/wp-json/wc/v3/orders/batch"_s), "{}", auth(P::Write));
    QCOMPARE(writeCheck.status, 200);
    QCOMPARE(writeCheck.body, QByteArray("[]"));
}

void TestWooStore::dropAuthorizationHeader()
{
    m_store->setDropAuthorizationHeader(true);
    const Reply stripped = m_http.get(url(u"/wp-json/wc/v3/orders"_s), auth());
    QCOMPARE(stripped.status, 401);
    QCOMPARE(stripped.object().value(u"code"_s).toString(), u"woocommerce_rest_cannot_view"_s);
    const Reply query = m_http.get(
        url(u"/wp-json/wc/v3/orders"_s,
            u"consumer_key="_s + m_store->consumerKey() + u"&consumer_secret="_s + m_store->consumerSecret()));
    QCOMPARE(query.status, 200);
    m_store->setDropAuthorizationHeader(false);
}

void TestWooStore::ordersPagination()
{
    const int total = m_store->orderCount();
    const Reply page1 = m_http.get(url(u"/wp-json/wc/v3/orders"_s, u"per_page=10&orderby=id&order=asc"_s), auth());
    QCOMPARE(page1.status, 200);
    QCOMPARE(page1.header("X-WP-Total").toInt(), total);
    QCOMPARE(page1.header("X-WP-TotalPages").toInt(), (total + 9) / 10);
    QVERIFY(page1.header("Link").contains("rel=\"next\""));
    QVERIFY(!page1.header("Link").contains("rel=\"prev\""));
    QVERIFY(page1.header("Link").contains("page=2"));
    QVERIFY(page1.array().first()[u"id"_s].toInt() < page1.array().last()[u"id"_s].toInt());

    const Reply last = m_http.get(url(u"/wp-json/wc/v3/orders"_s, u"per_page=10&page=3"_s), auth());
    QCOMPARE(last.array().size(), total - 20);
    QVERIFY(last.header("Link").contains("rel=\"prev\""));
    QVERIFY(!last.header("Link").contains("rel=\"next\""));

    const Reply beyond = m_http.get(url(u"/wp-json/wc/v3/orders"_s, u"per_page=10&page=9"_s), auth());
    QCOMPARE(beyond.status, 200);
    QCOMPARE(beyond.array().size(), 0);
    QCOMPARE(beyond.header("X-WP-Total").toInt(), total);

    const Reply tooMany = m_http.get(url(u"/wp-json/wc/v3/orders"_s, u"per_page=101"_s), auth());
    QCOMPARE(tooMany.status, 400);
    QCOMPARE(tooMany.object().value(u"code"_s).toString(), u"rest_invalid_param"_s);
    QVERIFY(tooMany.object()[u"data"_s][u"params"_s].toObject().contains(u"per_page"_s));
}

void TestWooStore::ordersFilters()
{
    const Reply processing = m_http.get(url(u"/wp-json/wc/v3/orders"_s, u"status=processing&per_page=100"_s), auth());
    QCOMPARE(processing.header("X-WP-Total").toInt(), 20);
    const Reply both = m_http.get(url(u"/wp-json/wc/v3/orders"_s, u"status[]=processing&status[]=completed"_s), auth());
    QCOMPARE(both.header("X-WP-Total").toInt(), 25);
    const Reply comma = m_http.get(url(u"/wp-json/wc/v3/orders"_s, u"status=processing,completed"_s), auth());
    QCOMPARE(comma.header("X-WP-Total").toInt(), 25);
    const Reply badStatus = m_http.get(url(u"/wp-json/wc/v3/orders"_s, u"status=shipped"_s), auth());
    QCOMPARE(badStatus.status, 400);

    // Created 2026-05-01..25 at 10:00 UTC (20:00 site time, +10).
    const Reply gmt = m_http.get(
        url(u"/wp-json/wc/v3/orders"_s, u"after=2026-05-20T09:00:00&dates_are_gmt=true&per_page=100"_s), auth());
    QCOMPARE(gmt.header("X-WP-Total").toInt(), 6);
    const Reply local =
        m_http.get(url(u"/wp-json/wc/v3/orders"_s, u"after=2026-05-20T19:00:00&per_page=100"_s), auth());
    QCOMPARE(local.header("X-WP-Total").toInt(), 6);
    const Reply before = m_http.get(
        url(u"/wp-json/wc/v3/orders"_s, u"before=2026-05-03T00:00:00&dates_are_gmt=1&per_page=100"_s), auth());
    QCOMPARE(before.header("X-WP-Total").toInt(), 2);
    const Reply badDate = m_http.get(url(u"/wp-json/wc/v3/orders"_s, u"after=yesterday"_s), auth());
    QCOMPARE(badDate.status, 400);

    const QList<int> ids = m_store->orderIds();
    const Reply include = m_http.get(
        url(u"/wp-json/wc/v3/orders"_s, u"include=%1,%2&_fields=id,status"_s.arg(ids.at(0)).arg(ids.at(1))), auth());
    QCOMPARE(include.array().size(), 2);
    QCOMPARE(include.array().first().toObject().keys(), (QStringList {u"id"_s, u"status"_s}));

    // modified_after sees an order changed now; orderby=modified puts it last in asc order.
    m_store->setOrderStatus(ids.at(3), u"on-hold"_s);
    const QString since = QDateTime::currentDateTimeUtc().addSecs(-60).toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    const Reply modified =
        m_http.get(url(u"/wp-json/wc/v3/orders"_s,
                       u"modified_after="_s + since + u"&dates_are_gmt=true&orderby=modified&order=asc"_s),
                   auth());
    QCOMPARE(modified.header("X-WP-Total").toInt(), 1);
    QCOMPARE(modified.array().first()[u"id"_s].toInt(), ids.at(3));
    m_store->setOrderStatus(ids.at(3), u"processing"_s);
}

void TestWooStore::orderJsonShape()
{
    const int id = m_store->addOrder(
        QJsonObject {{u"shipping_lines"_s, QJsonArray {QJsonObject {{u"method_id"_s, u"pickup_location"_s}}}},
                     {u"shipping"_s,
                      QJsonObject {{u"first_name"_s, u"Zoë"_s},
                                   {u"city"_s, u"München"_s},
                                   {u"phone"_s, u"+49 1"_s},
                                   {u"country"_s, u"DE"_s}}},
                     {u"line_items"_s, QJsonArray {QJsonObject {{u"sku"_s, u"SKU-1"_s}, {u"quantity"_s, 3}}}}});
    const Reply reply = m_http.get(url(u"/wp-json/wc/v3/orders/%1"_s.arg(id)), auth());
    QCOMPARE(reply.status, 200);
    const QJsonObject order = reply.object();
    for (const QString &key :
         {u"id"_s, u"number"_s, u"status"_s, u"currency"_s, u"date_created"_s, u"date_created_gmt"_s,
          u"date_modified"_s, u"date_modified_gmt"_s, u"total"_s, u"customer_note"_s, u"billing"_s, u"shipping"_s,
          u"line_items"_s, u"shipping_lines"_s, u"meta_data"_s}) {
        QVERIFY2(order.contains(key), qPrintable(key));
    }
    QCOMPARE(order[u"number"_s].toString(), QString::number(id));
    QCOMPARE(order[u"shipping"_s][u"phone"_s].toString(), u"+49 1"_s);
    QCOMPARE(order[u"shipping"_s][u"city"_s].toString(), u"München"_s);
    QCOMPARE(order[u"line_items"_s][0][u"sku"_s].toString(), u"SKU-1"_s);
    QCOMPARE(order[u"line_items"_s][0][u"quantity"_s].toInt(), 3);
    QVERIFY(order[u"line_items"_s][0][u"product_id"_s].toInt() > 0);
    QCOMPARE(order[u"shipping_lines"_s][0][u"method_id"_s].toString(), u"pickup_location"_s);
    QCOMPARE(order[u"shipping_lines"_s][0][u"meta_data"_s][0][u"key"_s].toString(), u"pickup_location"_s);
    const QDateTime local = QDateTime::fromString(order[u"date_created"_s].toString(), Qt::ISODate);
    const QDateTime gmt = QDateTime::fromString(order[u"date_created_gmt"_s].toString(), Qt::ISODate);
    QCOMPARE(gmt.secsTo(local), 10 * 3600);
    QVERIFY(!order[u"date_created_gmt"_s].toString().endsWith(u'Z'));

    // SKUs are live: deleting the product turns the line's sku into null.
    m_store->removeProduct(order[u"line_items"_s][0][u"product_id"_s].toInt());
    QVERIFY(m_store->order(id)[u"line_items"_s][0][u"sku"_s].isNull());
    m_store->removeOrder(id);
}

void TestWooStore::updateAndErrors()
{
    const int id = m_store->orderIds().first();
    const Reply put = m_http.put(url(u"/wp-json/wc/v3/orders/%1"_s.arg(id)), R"({"status":"completed"})", auth());
    QCOMPARE(put.status, 200);
    QCOMPARE(put.object()[u"status"_s].toString(), u"completed"_s);
    QVERIFY(!put.object()[u"date_completed_gmt"_s].isNull());
    QCOMPARE(m_store->order(id)[u"status"_s].toString(), u"completed"_s);

    const Reply bad = m_http.put(url(u"/wp-json/wc/v3/orders/%1"_s.arg(id)), R"({"status":"shipped"})", auth());
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.object()[u"code"_s].toString(), u"rest_invalid_param"_s);

    const Reply missingPut = m_http.put(url(u"/wp-json/wc/v3/orders/999999"_s), R"({"status":"completed"})", auth());
    QCOMPARE(missingPut.status, 400);
    QCOMPARE(missingPut.object()[u"code"_s].toString(), u"woocommerce_rest_shop_order_invalid_id"_s);
    const Reply missingGet = m_http.get(url(u"/wp-json/wc/v3/orders/999999"_s), auth());
    QCOMPARE(missingGet.status, 404);
    QCOMPARE(missingGet.object()[u"message"_s].toString(), u"Invalid ID."_s);

    // X-HTTP-Method-Override on a POST acts as PUT.
    const Reply overridden =
        m_http.post(url(u"/wp-json/wc/v3/orders/%1"_s.arg(id)), R"({"status":"processing"})",
                    auth() + QList<QPair<QByteArray, QByteArray>> {{"X-HTTP-Method-Override", "PUT"}});
    QCOMPARE(overridden.status, 200);
    QCOMPARE(m_store->order(id)[u"status"_s].toString(), u"processing"_s);

    // Line items by id: a new quantity, and 0 removes the line (issue 15's edits after hand-off).
    const QJsonArray lines = m_store->order(id)[u"line_items"_s].toArray();
    QVERIFY(!lines.isEmpty());
    const qint64 first = lines.at(0)[u"id"_s].toInteger();
    const QByteArray more =
        QJsonDocument(QJsonObject {{u"line_items"_s, QJsonArray {QJsonObject {{u"id"_s, first}, {u"quantity"_s, 7}}}}})
            .toJson();
    const Reply edited = m_http.put(url(u"/wp-json/wc/v3/orders/%1"_s.arg(id)), more, auth());
    QCOMPARE(edited.status, 200);
    QCOMPARE(m_store->order(id)[u"line_items"_s][0][u"quantity"_s].toInt(), 7);
    const QByteArray none =
        QJsonDocument(QJsonObject {{u"line_items"_s, QJsonArray {QJsonObject {{u"id"_s, first}, {u"quantity"_s, 0}}}}})
            .toJson();
    QCOMPARE(m_http.put(url(u"/wp-json/wc/v3/orders/%1"_s.arg(id)), none, auth()).status, 200);
    QCOMPARE(m_store->order(id)[u"line_items"_s].toArray().size(), lines.size() - 1);
}

void TestWooStore::batch()
{
    const QList<int> ids = m_store->orderIds();
    const QJsonObject body {{u"update"_s,
                             QJsonArray {QJsonObject {{u"id"_s, ids.at(1)}, {u"status"_s, u"completed"_s}},
                                         QJsonObject {{u"id"_s, 987654}, {u"status"_s, u"completed"_s}}}}};
    const Reply reply = m_http.post(url(u"/wp-json/wc/v3/orders/batch"_s), json(body), auth());
    QCOMPARE(reply.status, 200);
    const QJsonArray update = reply.object()[u"update"_s].toArray();
    QCOMPARE(update.size(), 2);
    QCOMPARE(update[0][u"status"_s].toString(), u"completed"_s);
    QCOMPARE(update[1][u"id"_s].toInt(), 987654);
    QCOMPARE(update[1][u"error"_s][u"code"_s].toString(), u"woocommerce_rest_shop_order_invalid_id"_s);

    QJsonArray many;
    for (int i = 0; i < 101; ++i)
        many.append(QJsonObject {{u"id"_s, ids.at(0)}, {u"status"_s, u"completed"_s}});
    const Reply tooMany = m_http.post(url(u"/wp-json/wc/v3/orders/batch"_s), json({{u"update"_s, many}}), auth());
    QCOMPARE(tooMany.status, 413);
    QCOMPARE(tooMany.object()[u"code"_s].toString(), u"woocommerce_rest_request_entity_too_large"_s);
}

void TestWooStore::notes()
{
    const int id = m_store->orderIds().at(2);
    const QUrl notesUrl = url(u"/wp-json/wc/v3/orders/%1/notes"_s.arg(id));
    const Reply created = m_http.post(notesUrl, R"({"note":"Sent to the warehouse","customer_note":false})", auth());
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object()[u"note"_s].toString(), u"Sent to the warehouse"_s);
    const Reply list = m_http.get(notesUrl, auth());
    QCOMPARE(list.status, 200);
    QVERIFY(!list.array().isEmpty());
    const Reply missing = m_http.post(notesUrl, R"({})", auth());
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.object()[u"code"_s].toString(), u"rest_missing_callback_param"_s);
}

void TestWooStore::refunds()
{
    // 3 T-shirts at 20.00 and a mug at 10.00, 10.00 shipping: 80.00.
    const int id = m_store->addOrder(
        QJsonObject {{u"status"_s, u"processing"_s},
                     {u"line_items"_s,
                      QJsonArray {QJsonObject {{u"sku"_s, u"TEE-R"_s}, {u"quantity"_s, 3}, {u"price"_s, 20.0}},
                                  QJsonObject {{u"sku"_s, u"MUG-R"_s}, {u"quantity"_s, 1}, {u"price"_s, 10.0}}}},
                     {u"date_modified_gmt"_s, u"2026-01-01T00:00:00"_s}});
    const QJsonArray lines = m_store->order(id)[u"line_items"_s].toArray();
    const int tee = lines[0][u"id"_s].toInt();
    const int mug = lines[1][u"id"_s].toInt();
    const QUrl refundsUrl = url(u"/wp-json/wc/v3/orders/%1/refunds"_s.arg(id));

    // api_refund defaults to true, which asks the payment gateway; the sandbox has none.
    const QJsonArray twoTees {QJsonObject {{u"id"_s, tee}, {u"quantity"_s, 2}, {u"refund_total"_s, 40}}};
    const Reply gateway = m_http.post(refundsUrl, json({{u"line_items"_s, twoTees}}), auth());
    QCOMPARE(gateway.status, 500);
    QCOMPARE(gateway.object()[u"code"_s].toString(), u"woocommerce_rest_cannot_create_order_refund"_s);
    QVERIFY(m_store->refunds(id).isEmpty());

    // Amount from the lines' refund_total; the refund's line is the order's, negated, and names it.
    const Reply partly = m_http.post(
        refundsUrl, json({{u"line_items"_s, twoTees}, {u"reason"_s, u"Too big"_s}, {u"api_refund"_s, false}}), auth());
    QCOMPARE(partly.status, 201);
    const QJsonObject refund = partly.object();
    QCOMPARE(refund[u"amount"_s].toString(), u"40.00"_s);
    QCOMPARE(refund[u"reason"_s].toString(), u"Too big"_s);
    QCOMPARE(refund[u"line_items"_s][0][u"quantity"_s].toInt(), -2);
    QCOMPARE(refund[u"line_items"_s][0][u"total"_s].toString(), u"-40.00"_s);
    QCOMPARE(refund[u"line_items"_s][0][u"sku"_s].toString(), u"TEE-R"_s);
    QCOMPARE(refund[u"line_items"_s][0][u"meta_data"_s][0][u"key"_s].toString(), u"_refunded_item_id"_s);
    QCOMPARE(refund[u"line_items"_s][0][u"meta_data"_s][0][u"value"_s].toString(), QString::number(tee));
    // The order: quantities untouched, a refunds[] summary, still processing, modified now.
    const QJsonObject order = m_store->order(id);
    QCOMPARE(order[u"status"_s].toString(), u"processing"_s);
    QCOMPARE(order[u"line_items"_s][0][u"quantity"_s].toInt(), 3);
    QCOMPARE(order[u"refunds"_s].toArray().size(), 1);
    QCOMPARE(order[u"refunds"_s][0][u"id"_s].toInt(), refund[u"id"_s].toInt());
    QCOMPARE(order[u"refunds"_s][0][u"total"_s].toString(), u"-40.00"_s);
    QVERIFY(order[u"date_modified_gmt"_s].toString() > u"2026-01-02"_s);

    // More than is left to refund is refused; a negative amount too.
    const Reply tooMuch = m_http.post(refundsUrl, json({{u"amount"_s, u"40.01"_s}, {u"api_refund"_s, false}}), auth());
    QCOMPARE(tooMuch.status, 500);
    QCOMPARE(tooMuch.object()[u"message"_s].toString(), u"Invalid refund amount."_s);
    const Reply negative = m_http.post(refundsUrl, json({{u"amount"_s, -1}, {u"api_refund"_s, false}}), auth());
    QCOMPARE(negative.status, 400);

    // The rest refunded (the mug by SKU through the store's own call): the order becomes refunded.
    QString error;
    QVERIFY2(m_store->refundOrder(
                 id,
                 QJsonObject {
                     {u"amount"_s, u"40.00"_s},
                     {u"line_items"_s,
                      QJsonArray {QJsonObject {{u"sku"_s, u"MUG-R"_s}, {u"quantity"_s, 1}, {u"refund_total"_s, 10}}}}},
                 &error),
             qPrintable(error));
    QCOMPARE(m_store->order(id)[u"status"_s].toString(), u"refunded"_s);

    // The list: newest first, paged, with WordPress's headers; one refund by id.
    const Reply list = m_http.get(url(u"/wp-json/wc/v3/orders/%1/refunds"_s.arg(id), u"per_page=1"_s), auth());
    QCOMPARE(list.status, 200);
    QCOMPARE(list.array().size(), 1);
    QCOMPARE(list.array()[0][u"line_items"_s][0][u"meta_data"_s][0][u"value"_s].toString(), QString::number(mug));
    QCOMPARE(list.header("X-WP-Total"), "2");
    QCOMPARE(list.header("X-WP-TotalPages"), "2");
    const Reply second = m_http.get(url(u"/wp-json/wc/v3/orders/%1/refunds"_s.arg(id), u"per_page=1&page=2"_s), auth());
    QCOMPARE(second.array()[0][u"id"_s].toInt(), refund[u"id"_s].toInt());
    const Reply one =
        m_http.get(url(u"/wp-json/wc/v3/orders/%1/refunds/%2"_s.arg(id).arg(refund[u"id"_s].toInt())), auth());
    QCOMPARE(one.status, 200);
    QCOMPARE(one.object()[u"amount"_s].toString(), u"40.00"_s);
    const Reply elsewhere = m_http.get(
        url(u"/wp-json/wc/v3/orders/%1/refunds/%2"_s.arg(m_store->orderIds().first()).arg(refund[u"id"_s].toInt())),
        auth());
    QCOMPARE(elsewhere.status, 404);
    QCOMPARE(elsewhere.object()[u"code"_s].toString(), u"woocommerce_rest_invalid_order_refund_id"_s);
    const Reply badPage = m_http.get(url(u"/wp-json/wc/v3/orders/%1/refunds"_s.arg(id), u"per_page=101"_s), auth());
    QCOMPARE(badPage.status, 400);

    // A seed's order with its refunds (lines by SKU), made right after it.
    const int seeded = m_store->addOrder(QJsonObject {
        {u"line_items"_s, QJsonArray {QJsonObject {{u"sku"_s, u"TEE-R"_s}, {u"quantity"_s, 4}}}},
        {u"refunds"_s,
         QJsonArray {QJsonObject {
             {u"reason"_s, u"Out of stock"_s},
             {u"line_items"_s,
              QJsonArray {QJsonObject {{u"sku"_s, u"TEE-R"_s}, {u"quantity"_s, 1}, {u"refund_total"_s, 20}}}}}}}});
    QCOMPARE(m_store->order(seeded)[u"refunds"_s].toArray().size(), 1);
    QCOMPARE(m_store->refunds(seeded)[0][u"line_items"_s][0][u"quantity"_s].toInt(), -1);
    QCOMPARE(m_store->order(seeded)[u"status"_s].toString(), u"processing"_s);
}

void TestWooStore::shipmentTracking()
{
    m_store->setTrackingPlugin(WooStore::TrackingPlugin::ShipmentTracking);
    const int id = m_store->orderIds().at(4);
    const QUrl base = url(u"/wp-json/wc-shipment-tracking/v3/orders/%1/shipment-trackings"_s.arg(id));
    const Reply created = m_http.post(
        base, R"({"tracking_provider":"DHL Parcel UK","tracking_number":"JD014600003828","date_shipped":"2026-05-04"})",
        auth());
    QVERIFY2(created.status == 201, created.body.constData());
    const QJsonObject item = created.object();
    const QString trackingId = item[u"tracking_id"_s].toString();
    QCOMPARE(trackingId.size(), 32);
    QCOMPARE(item[u"tracking_provider"_s].toString(), u"DHL Parcel UK"_s);
    QCOMPARE(item[u"tracking_link"_s].toString(), u"https://track.dhlparcel.co.uk/?con=JD014600003828"_s);
    QCOMPARE(item[u"date_shipped"_s].toString(), u"2026-05-04"_s);
    QVERIFY(created.header("Location").endsWith(trackingId.toUtf8()));

    QCOMPARE(m_http.get(base, auth()).array().size(), 1);
    QCOMPARE(m_http.get(QUrl(base.toString() + u'/' + trackingId), auth()).status, 200);

    const Reply unknownProvider = m_http.post(base, R"({"tracking_provider":"Nobody","tracking_number":"X1"})", auth());
    QCOMPARE(unknownProvider.status, 201);
    QCOMPARE(unknownProvider.object()[u"tracking_provider"_s].toString(), QString());
    QCOMPARE(unknownProvider.object()[u"tracking_link"_s].toString(), QString());

    const Reply missing = m_http.post(base, R"({"tracking_provider":"USPS"})", auth());
    QCOMPARE(missing.status, 400);
    const Reply badOrder = m_http.post(url(u"/wp-json/wc-shipment-tracking/v3/orders/999999/shipment-trackings"_s),
                                       R"({"tracking_number":"1"})", auth());
    QCOMPARE(badOrder.status, 404);
    QCOMPARE(badOrder.object()[u"code"_s].toString(), u"woocommerce_rest_order_invalid_id"_s);

    const Reply deleted = m_http.send("DELETE", QUrl(base.toString() + u'/' + trackingId), auth());
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.object()[u"tracking_id"_s].toString(), trackingId);
    QCOMPARE(m_store->trackingItems(id).size(), 1);

    const Reply providers = m_http.get(url(u"/wp-json/wc-shipment-tracking/v3/shipment-trackings/providers"_s));
    QCOMPARE(providers.status, 200);
    QVERIFY(providers.object()[u"Australia"_s].toObject().contains(u"Australia Post"_s));

    // The official plugin does not register wc-ast/v3 nor wc/v3 copies.
    QCOMPARE(m_http.get(url(u"/wp-json/wc-ast/v3/orders/%1/shipment-trackings"_s.arg(id)), auth()).status, 404);
    QCOMPARE(m_http.get(url(u"/wp-json/wc/v3/orders/%1/shipment-trackings"_s.arg(id)), auth()).status, 404);
}

void TestWooStore::advancedShipmentTracking()
{
    m_store->setTrackingPlugin(WooStore::TrackingPlugin::AdvancedShipmentTracking);
    const Reply index = m_http.get(url(u"/wp-json/"_s));
    QVERIFY(index.object()[u"namespaces"_s].toArray().contains(u"wc-ast/v3"_s));
    QVERIFY(index.object()[u"namespaces"_s].toArray().contains(u"wc-shipment-tracking/v3"_s));

    const int id = m_store->orderIds().at(5);
    const QUrl base = url(u"/wp-json/wc-ast/v3/orders/%1/shipment-trackings"_s.arg(id));
    // AST 3.9.2's REST route stores punctuation as given (its special-character check is only in
    // the CSV upload); only surrounding blanks are trimmed.
    for (const QString &number : {u"AB/123"_s, u"AB_123"_s, u"AB.123"_s, u"AB 123"_s}) {
        const Reply special = m_http.post(
            base,
            json(QJsonObject {{u"tracking_provider"_s, u"USPS"_s}, {u"tracking_number"_s, QString(u" "_s + number)}}),
            auth());
        QCOMPARE(special.status, 201);
        QCOMPARE(special.object()[u"tracking_number"_s].toString(), number);
        QCOMPARE(m_store->trackingItems(id).last()[u"tracking_number"_s].toString(), number);
    }

    const Reply created = m_http.post(
        base,
        R"({"tracking_provider":"USPS","tracking_number":"9400 1000","date_shipped":"04-05-2026","status_shipped":1})",
        auth());
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object()[u"date_shipped"_s].toString(), u"May 4, 2026"_s);
    QCOMPARE(m_store->order(id)[u"status"_s].toString(), u"completed"_s);
    QVERIFY(m_store->orderNotes(id).first()[u"note"_s].toString().contains(u"tracking number is: 9400 1000"_s));

    const Reply replaced =
        m_http.post(url(u"/wp-json/wc/v3/orders/%1/shipment-trackings"_s.arg(id)),
                    R"({"tracking_provider":"UPS","tracking_number":"1Z999","replace_tracking":1})", auth());
    QCOMPARE(replaced.status, 201);
    QCOMPARE(m_store->trackingItems(id).size(), 1);
    m_store->setTrackingPlugin(WooStore::TrackingPlugin::ShipmentTracking);
}

void TestWooStore::systemStatus()
{
    const Reply status = m_http.get(
        url(u"/wp-json/wc/v3/system_status"_s, u"_fields=environment.version,environment.wp_version,active_plugins"_s),
        auth());
    QCOMPARE(status.status, 200);
    const QJsonObject body = status.object();
    QCOMPARE(body.keys(), (QStringList {u"active_plugins"_s, u"environment"_s}));
    QCOMPARE(body[u"environment"_s].toObject().keys(), (QStringList {u"version"_s, u"wp_version"_s}));
    bool found = false;
    for (const QJsonValue &plugin : body[u"active_plugins"_s].toArray()) {
        if (plugin[u"plugin"_s].toString().endsWith(u"/woocommerce-shipment-tracking.php"_s))
            found = true;
    }
    QVERIFY(found);
}

// A seeded catalogue as GET /products and /products/<id>/variations serve it: pages and totals,
// filters, the fields the v3 controllers give, a variation's SKU falling back to its parent's.
void TestWooStore::productsAndVariations()
{
    Sandbox sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QString error;
    const QJsonObject seed = QJsonDocument::fromJson(R"({"store": {
        "products": [
          {"sku": "TEE", "name": "T-shirt", "type": "variable", "manageStock": true, "stock": 4,
           "variations": [ {"sku": "TEE-BLU-L", "option": "Blue, L", "manageStock": true, "stock": 3},
                           {"sku": "", "option": "Red, M"},
                           {"sku": "TEE-OFF", "option": "Off", "status": "private"} ]},
          {"sku": "MUG", "name": "Mug", "manageStock": true, "stock": 0},
          {"sku": "", "name": "Gift card"},
          {"sku": "MUG", "name": "Mug again"},
          {"sku": "OLD", "name": "Old", "status": "trash"},
          {"sku": "WIP", "name": "Work in progress", "status": "draft"}
        ],
        "catalogue": {"prefix": "GEN", "simple": 150}
    }})")
                                 .object();
    QVERIFY2(sandbox.seed(seed, &error), qPrintable(error));
    WooStore *store = sandbox.store();
    // This sandbox has its own certificate authority.
    const QSslConfiguration shared = m_http.ssl;
    m_http.ssl = sandbox.clientSslConfiguration();
    const auto restore = qScopeGuard([&] { m_http.ssl = shared; });
    const auto at = [&](const QString &path, const QString &query = {}) {
        QUrl u = store->httpsUrl();
        u.setPath(path);
        u.setQuery(query);
        return u;
    };
    const auto basic = [&] {
        return QList<QPair<QByteArray, QByteArray>> {
            {"Authorization", "Basic " + (store->consumerKey() + u':' + store->consumerSecret()).toUtf8().toBase64()}};
    };

    // 5 of the seed's products (not the trashed one) + 150 generated.
    const Reply page1 = m_http.get(at(u"/wp-json/wc/v3/products"_s, u"per_page=100&orderby=id&order=asc"_s), basic());
    QCOMPARE(page1.status, 200);
    QCOMPARE(page1.header("X-WP-Total").toInt(), 155);
    QCOMPARE(page1.header("X-WP-TotalPages").toInt(), 2);
    QCOMPARE(page1.array().size(), 100);
    const QJsonObject tee = page1.array().first().toObject();
    QCOMPARE(tee[u"type"_s].toString(), u"variable"_s);
    QCOMPARE(tee[u"sku"_s].toString(), u"TEE"_s);
    QCOMPARE(tee[u"variations"_s].toArray().size(), 3);
    QCOMPARE(tee[u"manage_stock"_s].toBool(), true);
    QCOMPARE(tee[u"stock_quantity"_s].toInt(), 4);
    const QJsonObject mug = page1.array().at(1).toObject();
    QCOMPARE(mug[u"type"_s].toString(), u"simple"_s);
    QCOMPARE(mug[u"stock_status"_s].toString(), u"outofstock"_s);
    const QJsonObject giftCard = page1.array().at(2).toObject();
    QCOMPARE(giftCard[u"sku"_s].toString(), QString());
    QCOMPARE(giftCard[u"manage_stock"_s].toBool(), false);
    QVERIFY(giftCard[u"stock_quantity"_s].isNull());
    const Reply page2 =
        m_http.get(at(u"/wp-json/wc/v3/products"_s, u"per_page=100&page=2&orderby=id&order=asc"_s), basic());
    QCOMPARE(page2.array().size(), 55);

    // _fields keeps only what is asked (and the id).
    const Reply narrow = m_http.get(at(u"/wp-json/wc/v3/products"_s, u"per_page=1&_fields=sku"_s), basic());
    QCOMPARE(narrow.array().first().toObject().keys(), (QStringList {u"id"_s, u"sku"_s}));

    // Filters.
    QCOMPARE(m_http.get(at(u"/wp-json/wc/v3/products"_s, u"type=variable"_s), basic()).header("X-WP-Total").toInt(), 1);
    QCOMPARE(m_http.get(at(u"/wp-json/wc/v3/products"_s, u"sku=MUG"_s), basic()).header("X-WP-Total").toInt(), 2);
    QCOMPARE(m_http.get(at(u"/wp-json/wc/v3/products"_s, u"status=draft"_s), basic()).header("X-WP-Total").toInt(), 1);
    QCOMPARE(m_http.get(at(u"/wp-json/wc/v3/products"_s, u"type=variation"_s), basic()).status, 400);
    QCOMPARE(m_http.get(at(u"/wp-json/wc/v3/products"_s, u"per_page=101"_s), basic()).status, 400);

    // Variations: the parent's SKU shows through where a variation has none; stock is its own.
    const int teeId = tee[u"id"_s].toInt();
    const Reply variations =
        m_http.get(at(u"/wp-json/wc/v3/products/%1/variations"_s.arg(teeId), u"orderby=id&order=asc"_s), basic());
    QCOMPARE(variations.status, 200);
    QCOMPARE(variations.header("X-WP-Total").toInt(), 3);
    QCOMPARE(variations.array().at(0)[u"sku"_s].toString(), u"TEE-BLU-L"_s);
    QCOMPARE(variations.array().at(0)[u"stock_quantity"_s].toInt(), 3);
    QCOMPARE(variations.array().at(0)[u"attributes"_s][0][u"option"_s].toString(), u"Blue, L"_s);
    QCOMPARE(variations.array().at(1)[u"sku"_s].toString(), u"TEE"_s);
    QCOMPARE(variations.array().at(2)[u"status"_s].toString(), u"private"_s);
    QVERIFY(!variations.array().at(0).toObject().contains(u"type"_s));
    const int variationId = variations.array().at(0)[u"id"_s].toInt();
    QCOMPARE(m_http.get(at(u"/wp-json/wc/v3/products/%1/variations/%2"_s.arg(teeId).arg(variationId)), basic())
                 .object()[u"sku"_s]
                 .toString(),
             u"TEE-BLU-L"_s);
    QCOMPARE(m_http.get(at(u"/wp-json/wc/v3/products/999999/variations"_s), basic()).status, 404);
    QCOMPARE(m_http.get(at(u"/wp-json/wc/v3/products/999999"_s), basic()).object()[u"code"_s].toString(),
             u"woocommerce_rest_product_invalid_id"_s);
    // A variation is not a product of the products route.
    QCOMPARE(m_http.get(at(u"/wp-json/wc/v3/products/%1"_s.arg(variationId)), basic()).status, 404);
    QCOMPARE(m_http.get(at(u"/wp-json/wc/v3/products"_s)).status, 401);

    // The store's own view agrees, and an order line of the SKU-less variation carries the parent's SKU.
    QCOMPARE(store->product(variationId)[u"sku"_s].toString(), u"TEE-BLU-L"_s);
    const int order = store->addOrder(
        QJsonObject {{u"line_items"_s,
                      QJsonArray {QJsonObject {{u"product_id"_s, teeId},
                                               {u"variation_id"_s, variations.array().at(1)[u"id"_s].toInt()},
                                               {u"quantity"_s, 1}}}}});
    QCOMPARE(store->order(order)[u"line_items"_s][0][u"sku"_s].toString(), u"TEE"_s);
}

void TestWooStore::stockWrites()
{
    // Issue 15: stock_quantity through PUT and the batch routes, honouring manage_stock as
    // WooCommerce's products and variations controllers do.
    const int managed = m_store->addProduct(u"STOCK-A"_s, u"Managed"_s);
    m_store->setProductStock(managed, true, 1);
    const int unmanaged = m_store->addProduct(u"STOCK-B"_s, u"Not managed"_s);
    m_store->setProductStock(unmanaged, false);
    const int tee = m_store->addVariableProduct(u"STOCK-T"_s, u"Tee"_s);
    const int blue = m_store->addVariation(tee, u"STOCK-T-BLUE"_s, u"Blue"_s);
    m_store->setProductStock(blue, true, 1);

    Reply put =
        m_http.send("PUT", url(u"/wp-json/wc/v3/products/%1"_s.arg(managed)), auth(), json({{u"stock_quantity"_s, 7}}));
    QCOMPARE(put.status, 200);
    QCOMPARE(put.object()[u"stock_quantity"_s].toInt(), 7);
    QCOMPARE(m_store->product(managed)[u"stock_status"_s].toString(), u"instock"_s);
    // Not managing stock: 200, the quantity dropped, manage_stock left off.
    put = m_http.send("PUT", url(u"/wp-json/wc/v3/products/%1"_s.arg(unmanaged)), auth(),
                      json({{u"stock_quantity"_s, 7}}));
    QCOMPARE(put.status, 200);
    QVERIFY(put.object()[u"stock_quantity"_s].isNull());
    QCOMPARE(put.object()[u"manage_stock"_s].toBool(), false);
    // A variation on the products route is refused; on its own route it is written.
    put = m_http.send("PUT", url(u"/wp-json/wc/v3/products/%1"_s.arg(blue)), auth(), json({{u"stock_quantity"_s, 5}}));
    QCOMPARE(put.status, 404);
    QCOMPARE(put.object()[u"code"_s].toString(), u"woocommerce_rest_invalid_product_id"_s);
    put = m_http.send("PUT", url(u"/wp-json/wc/v3/products/%1/variations/%2"_s.arg(tee).arg(blue)), auth(),
                      json({{u"stock_quantity"_s, 5}}));
    QCOMPARE(put.status, 200);
    QCOMPARE(m_store->product(blue)[u"stock_quantity"_s].toInt(), 5);

    // Batches: per-item results and errors.
    const QJsonObject body {{u"update"_s,
                             QJsonArray {QJsonObject {{u"id"_s, managed}, {u"stock_quantity"_s, 3}},
                                         QJsonObject {{u"id"_s, blue}, {u"stock_quantity"_s, 3}},
                                         QJsonObject {{u"id"_s, 987654}, {u"stock_quantity"_s, 3}}}}};
    Reply batch = m_http.post(url(u"/wp-json/wc/v3/products/batch"_s), json(body), auth());
    QCOMPARE(batch.status, 200);
    QJsonArray update = batch.object()[u"update"_s].toArray();
    QCOMPARE(update.size(), 3);
    QCOMPARE(update[0][u"stock_quantity"_s].toInt(), 3);
    QCOMPARE(update[1][u"error"_s][u"code"_s].toString(), u"woocommerce_rest_invalid_product_id"_s);
    QCOMPARE(update[2][u"error"_s][u"code"_s].toString(), u"woocommerce_rest_product_invalid_id"_s);
    batch = m_http.post(url(u"/wp-json/wc/v3/products/%1/variations/batch"_s.arg(tee)),
                        json({{u"update"_s, QJsonArray {QJsonObject {{u"id"_s, blue}, {u"stock_quantity"_s, 9}}}}}),
                        auth());
    QCOMPARE(batch.status, 200);
    QCOMPARE(m_store->product(blue)[u"stock_quantity"_s].toInt(), 9);
    QCOMPARE(m_store->requestLog().count(u"/wp-json/wc/v3/products/<product_id>/variations/batch"_s), 1);
    QJsonArray many;
    for (int i = 0; i < 101; ++i)
        many.append(QJsonObject {{u"id"_s, managed}, {u"stock_quantity"_s, 1}});
    QCOMPARE(m_http.post(url(u"/wp-json/wc/v3/products/batch"_s), json({{u"update"_s, many}}), auth()).status, 413);
    // A read-only key writes nothing.
    QVERIFY(m_http.post(url(u"/wp-json/wc/v3/products/batch"_s), json(body), auth(WooStore::KeyPermission::Read)).status
            >= 400);
}

void TestWooStore::untrustedCertificateIsRefused()
{
    WooStore *other = m_sandbox.addStore(WooStore::Options {}, true, true);
    QVERIFY(other);
    QUrl u = other->httpsUrl();
    u.setPath(u"/wp-json/"_s);
    const Reply refused = m_http.get(u);
    QCOMPARE(refused.status, 0);
    QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
}

void TestWooStore::faults()
{
    FaultInjector &faults = m_store->faults();
    faults.add(Fault::httpStatus(u"/wp-json/wc/v3/orders"_s, 503, 1));
    const Reply failed = m_http.get(url(u"/wp-json/wc/v3/orders"_s), auth());
    QCOMPARE(failed.status, 503);
    QCOMPARE(m_http.get(url(u"/wp-json/wc/v3/orders"_s), auth()).status, 200);

    faults.add(Fault::rateLimited(u"/wp-json/wc/v3/orders"_s, 7, 1));
    const Reply limited = m_http.get(url(u"/wp-json/wc/v3/orders"_s), auth());
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("7"));
    faults.add(Fault::rateLimited(u"/wp-json/wc/v3/orders"_s, -1, 1));
    const Reply limitedNoHeader = m_http.get(url(u"/wp-json/wc/v3/orders"_s), auth());
    QCOMPARE(limitedNoHeader.status, 429);
    QVERIFY(limitedNoHeader.header("Retry-After").isEmpty());

    faults.add(Fault::of(Fault::Kind::HtmlLoginPage, u"/wp-json/*"_s, 1));
    const Reply login = m_http.get(url(u"/wp-json/wc/v3/orders"_s), auth());
    QCOMPARE(login.status, 200);
    QVERIFY(login.header("Content-Type").startsWith("text/html"));
    QVERIFY(login.body.contains("loginform"));

    faults.add(Fault::of(Fault::Kind::NotJson, u"/wp-json/wc/v3/orders"_s, 1));
    const Reply notJson = m_http.get(url(u"/wp-json/wc/v3/orders"_s), auth());
    QCOMPARE(notJson.status, 200);
    QVERIFY(QJsonDocument::fromJson(notJson.body).isNull());

    faults.add(Fault::of(Fault::Kind::TruncatedBody, u"/wp-json/wc/v3/orders"_s, 1));
    const Reply truncated = m_http.get(url(u"/wp-json/wc/v3/orders"_s), auth());
    QCOMPARE(truncated.status, 200);
    QVERIFY(QJsonDocument::fromJson(truncated.body).isNull());

    faults.add(Fault::latency(u"/wp-json/wc/v3/orders/<id>"_s, 300, 1));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_http.get(url(u"/wp-json/wc/v3/orders/%1"_s.arg(m_store->orderIds().first())), auth()).status, 200);
    QVERIFY(timer.elapsed() >= 280);

    // Reset: Qt resends a request whose connection died before any answer, so keep it armed.
    faults.add(Fault::of(Fault::Kind::ConnectionReset, u"/wp-json/wc/v3/orders"_s));
    const Reply reset = m_http.get(url(u"/wp-json/wc/v3/orders"_s), auth());
    QCOMPARE(reset.status, 0);
    QVERIFY(reset.error != QNetworkReply::NoError);
    faults.clear();

    faults.add(Fault::of(Fault::Kind::NeverReply, u"/wp-json/wc/v3/orders"_s, 1));
    m_http.timeoutMs = 500;
    const Reply never = m_http.get(url(u"/wp-json/wc/v3/orders"_s), auth());
    m_http.timeoutMs = 10000;
    QVERIFY(never.timedOut);

    const RequestLog &log = m_store->requestLog();
    QVERIFY(log.count(u"/wp-json/wc/v3/orders"_s) > 5);
    QVERIFY(log.count(u"/wp-json/wc/v3/orders/<id>"_s, "GET") >= 1);
    QVERIFY(log.countsByRoute().contains(u"GET /wp-json/wc/v3/orders"_s));
}

QTEST_GUILESS_MAIN(TestWooStore)
#include "tst_woostore.moc"
