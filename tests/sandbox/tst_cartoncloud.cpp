#include "httpclient.h"
#include "sandbox.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wharf::sandbox;
using namespace wharf::sandbox::test;

// The CartonCloud tenant: token and versions, customers and products, outbound orders with
// 201 / 228 / 422 DUPLICATE, searches with paging headers, consignments with tracking, the
// create limit, the warehouse's hands and the automatic mode.
class TestCartonCloud : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void acceptVersionRequired();
    void tokenAndUserinfo();
    void tokensExpire();
    void customersAndProducts();
    void createOutboundOrder();
    void rejectedWith228();
    void duplicateReference();
    void searchAndPaging();
    void searchErrors();
    void consignmentsAndTracking();
    void deleteOrder();
    void createLimit();
    void automaticMode();
    void errorBodiesAreArrays();

private:
    QUrl url(const QString &path, const QString &query = {}) const;
    QString token();
    QList<QPair<QByteArray, QByteArray>> headers();
    QJsonObject order(const QString &reference, const QJsonArray &items, const QString &customerId = {}) const;
    Reply create(const QJsonObject &order);
    static QJsonObject text(const QString &pointer, const QString &value, const QString &method = u"EQUAL_TO"_s);

    Sandbox m_sandbox;
    CartonCloudServer *m_wms = nullptr;
    HttpClient m_http;
    QString m_token;
    QString m_acme;
};

QUrl TestCartonCloud::url(const QString &path, const QString &query) const
{
    QUrl u = m_wms->baseUrl();
    u.setPath(path.startsWith(u"/uaa") ? path : u"/tenants/"_s + m_wms->tenantId() + path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

QString TestCartonCloud::token()
{
    const Reply reply = m_http.post(url(u"/uaa/oauth/token"_s), "grant_type=client_credentials",
                                    {{"Authorization", basic(m_wms->clientId(), m_wms->clientSecret())},
                                     {"Accept-Version", "1"},
                                     {"Content-Type", "application/x-www-form-urlencoded"}});
    return reply.object().value(u"access_token"_s).toString();
}

QList<QPair<QByteArray, QByteArray>> TestCartonCloud::headers()
{
    if (m_token.isEmpty())
        m_token = token();
    return {{"Authorization", "Bearer " + m_token.toUtf8()}, {"Accept-Version", "1"}};
}

QJsonObject TestCartonCloud::order(const QString &reference, const QJsonArray &items, const QString &customerId) const
{
    QJsonArray lines;
    for (const QJsonValue &item : items) {
        lines.append(QJsonObject {
            {u"details"_s,
             QJsonObject {{u"product"_s, QJsonObject {{u"references"_s, QJsonObject {{u"code"_s, item[0]}}}}}}},
            {u"measures"_s, QJsonObject {{u"quantity"_s, item[1]}}}});
    }
    return QJsonObject {
        {u"type"_s, u"OUTBOUND"_s},
        {u"references"_s, QJsonObject {{u"customer"_s, reference}}},
        {u"customer"_s, QJsonObject {{u"id"_s, customerId.isEmpty() ? m_acme : customerId}}},
        {u"details"_s,
         QJsonObject {{u"deliver"_s,
                       QJsonObject {{u"address"_s,
                                     QJsonObject {{u"contactName"_s, u"Zoë Ångström"_s},
                                                  {u"address1"_s, u"12 Example St"_s},
                                                  {u"city"_s, u"Brisbane"_s},
                                                  {u"state"_s, QJsonObject {{u"code"_s, u"QLD"_s}}},
                                                  {u"postcode"_s, u"4006"_s},
                                                  {u"country"_s, QJsonObject {{u"iso2Code"_s, u"AU"_s}}}}},
                                    {u"method"_s, QJsonObject {{u"requestedService"_s, u"Express"_s}}}}}}},
        {u"items"_s, lines}};
}

Reply TestCartonCloud::create(const QJsonObject &order)
{
    return m_http.post(url(u"/outbound-orders"_s), json(order), headers());
}

QJsonObject TestCartonCloud::text(const QString &pointer, const QString &value, const QString &method)
{
    return QJsonObject {{u"type"_s, u"TextComparisonCondition"_s},
                        {u"field"_s, QJsonObject {{u"type"_s, u"JsonField"_s}, {u"pointer"_s, pointer}}},
                        {u"value"_s, QJsonObject {{u"type"_s, u"ValueField"_s}, {u"value"_s, value}}},
                        {u"method"_s, method}};
}

void TestCartonCloud::initTestCase()
{
    Sandbox::Options options;
    options.https = false; // the CartonCloud side needs no certificates
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
    m_wms = m_sandbox.wms();
    m_wms->addWarehouse(u"Brisbane"_s);
    m_acme = m_wms->addCustomer(u"Acme Apparel"_s, u"ACME"_s);
    m_wms->addProduct(m_acme, u"TSHIRT-BLK-M"_s, u"T-shirt Black M"_s, 100);
    m_wms->addProduct(m_acme, u"CAP-RED"_s, u"Red Cap"_s, 2);
}

void TestCartonCloud::acceptVersionRequired()
{
    const Reply missing = m_http.post(url(u"/uaa/oauth/token"_s), "grant_type=client_credentials",
                                      {{"Authorization", basic(m_wms->clientId(), m_wms->clientSecret())},
                                       {"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.array().first().toObject().contains(u"message"_s));
    const Reply invalid =
        m_http.get(url(u"/customers"_s), {{"Authorization", headers().first().second}, {"Accept-Version", "banana"}});
    QCOMPARE(invalid.status, 406);
}

void TestCartonCloud::tokenAndUserinfo()
{
    const Reply reply = m_http.post(url(u"/uaa/oauth/token"_s), "grant_type=client_credentials",
                                    {{"Authorization", basic(m_wms->clientId(), m_wms->clientSecret())},
                                     {"Accept-Version", "1"},
                                     {"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object()[u"token_type"_s].toString(), u"bearer"_s);
    QCOMPARE(reply.object()[u"expires_in"_s].toInt(), 3600);

    const Reply bad = m_http.post(url(u"/uaa/oauth/token"_s), "grant_type=client_credentials",
                                  {{"Authorization", basic(m_wms->clientId(), u"wrong"_s)}, {"Accept-Version", "1"}});
    QCOMPARE(bad.status, 401);

    const Reply info = m_http.get(url(u"/uaa/userinfo"_s), headers());
    QCOMPARE(info.status, 200);
    QCOMPARE(info.object()[u"tenants"_s][0][u"id"_s].toString(), m_wms->tenantId());

    const Reply noBearer = m_http.get(url(u"/customers"_s), {{"Accept-Version", "1"}});
    QCOMPARE(noBearer.status, 401);
    const Reply otherTenant =
        m_http.get(QUrl(m_wms->baseUrl().toString() + u"/tenants/someone-else/customers"_s), headers());
    QCOMPARE(otherTenant.status, 403);
}

void TestCartonCloud::tokensExpire()
{
    m_wms->setTokenLifetime(1);
    const QString shortLived = token();
    m_wms->setTokenLifetime(3600);
    const QList<QPair<QByteArray, QByteArray>> h {{"Authorization", "Bearer " + shortLived.toUtf8()},
                                                  {"Accept-Version", "1"}};
    QCOMPARE(m_http.get(url(u"/customers"_s), h).status, 200);
    QTest::qWait(1100);
    const Reply expired = m_http.get(url(u"/customers"_s), h);
    QCOMPARE(expired.status, 401);
}

void TestCartonCloud::customersAndProducts()
{
    const Reply customers = m_http.get(url(u"/customers"_s), headers());
    QCOMPARE(customers.status, 200);
    QCOMPARE(customers.array().first()[u"name"_s].toString(), u"Acme Apparel"_s);
    QCOMPARE(customers.array().first()[u"id"_s].toString(), m_acme);

    const QJsonObject search {
        {u"condition"_s,
         QJsonObject {
             {u"type"_s, u"AndCondition"_s},
             {u"conditions"_s, QJsonArray {text(u"/code"_s, u"CAP-RED"_s), text(u"/customer/id"_s, m_acme)}}}}};
    const Reply found = m_http.post(url(u"/warehouse-products/search"_s), json(search), headers());
    QCOMPARE(found.status, 200);
    QCOMPARE(found.array().size(), 1);
    QCOMPARE(found.array().first()[u"references"_s][u"code"_s].toString(), u"CAP-RED"_s);
    QCOMPARE(found.header("Total-Elements"), QByteArray("1"));

    const QString id = found.array().first()[u"id"_s].toString();
    QCOMPARE(m_http.get(url(u"/warehouse-products/"_s + id), headers()).status, 200);

    const Reply created = m_http.post(url(u"/warehouse-products"_s),
                                      json({{u"references"_s, QJsonObject {{u"code"_s, u"NEW-1"_s}}},
                                            {u"name"_s, u"New"_s},
                                            {u"customer"_s, QJsonObject {{u"id"_s, m_acme}}}}),
                                      {{"Authorization", headers().first().second}, {"Accept-Version", "8"}});
    QCOMPARE(created.status, 201);
    QVERIFY(!m_wms->productIdByCode(m_acme, u"NEW-1"_s).isEmpty());
}

void TestCartonCloud::createOutboundOrder()
{
    QSignalSpy spy(m_wms, &CartonCloudServer::outboundOrderCreated);
    const Reply reply = create(order(u"WC-1001"_s, QJsonArray {QJsonArray {u"TSHIRT-BLK-M"_s, 2}}));
    QCOMPARE(reply.status, 201);
    const QJsonObject body = reply.object();
    QCOMPARE(body[u"status"_s].toString(), u"AWAITING_PICK_AND_PACK"_s);
    QCOMPARE(body[u"references"_s][u"customer"_s].toString(), u"WC-1001"_s);
    QVERIFY(!body[u"references"_s][u"numericId"_s].toString().isEmpty());
    QCOMPARE(body[u"version"_s].toInt(), 1);
    QCOMPARE(body[u"warehouse"_s][u"name"_s].toString(), u"Brisbane"_s);
    QCOMPARE(body[u"items"_s][0][u"measures"_s][u"quantity"_s].toDouble(), 2.0);
    QVERIFY(body[u"timestamps"_s][u"created"_s][u"time"_s].toString().endsWith(u"+10:00"_s));
    QCOMPARE(spy.count(), 1);

    const Reply fetched = m_http.get(url(u"/outbound-orders/"_s + body[u"id"_s].toString()), headers());
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.object()[u"id"_s], body[u"id"_s]);
    QCOMPARE(m_http.get(url(u"/outbound-orders/nope"_s), headers()).status, 404);

    QJsonObject noAddress = order(u"WC-1002"_s, QJsonArray {QJsonArray {u"TSHIRT-BLK-M"_s, 1}});
    noAddress.insert(u"details"_s, QJsonObject());
    const Reply invalid = create(noAddress);
    QCOMPARE(invalid.status, 422);
    QCOMPARE(invalid.array().first()[u"field"_s].toString(), u"/details/deliver/address"_s);

    QJsonObject unknownCustomer = order(u"WC-1003"_s, QJsonArray {QJsonArray {u"TSHIRT-BLK-M"_s, 1}}, u"nobody"_s);
    QCOMPARE(create(unknownCustomer).status, 422);
}

void TestCartonCloud::rejectedWith228()
{
    const Reply unknown = create(order(u"WC-2001"_s, QJsonArray {QJsonArray {u"MUG-02"_s, 1}}));
    QCOMPARE(unknown.status, 228);
    QCOMPARE(unknown.object()[u"status"_s].toString(), u"REJECTED"_s);
    const QJsonArray errors = unknown.object()[u"details"_s][u"errors"_s].toArray();
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first()[u"message"_s].toString().contains(u"MUG-02"_s));
    QCOMPARE(errors.first()[u"isResolved"_s].toBool(), false);

    const Reply shortStock = create(order(u"WC-2002"_s, QJsonArray {QJsonArray {u"CAP-RED"_s, 5}}));
    QCOMPARE(shortStock.status, 228);
    QVERIFY(shortStock.object()[u"details"_s][u"errors"_s][0][u"message"_s].toString().contains(u"stock"_s));

    // A customer set to remove bad lines gets its order without them.
    CartonCloudServer::CustomerSettings lenient;
    lenient.unknownProduct = CartonCloudServer::ProblemPolicy::RemoveLine;
    const QString other = m_wms->addCustomer(u"Lenient Ltd"_s, u"LEN"_s, lenient);
    m_wms->addProduct(other, u"LEN-1"_s, u"Thing"_s, 10);
    const Reply removed =
        create(order(u"WC-2003"_s, QJsonArray {QJsonArray {u"LEN-1"_s, 1}, QJsonArray {u"NOPE"_s, 1}}, other));
    QCOMPARE(removed.status, 201);
    QCOMPARE(removed.object()[u"items"_s].toArray().size(), 1);
}

void TestCartonCloud::duplicateReference()
{
    const Reply first = create(order(u"WC-3001"_s, QJsonArray {QJsonArray {u"TSHIRT-BLK-M"_s, 1}}));
    QCOMPARE(first.status, 201);
    const Reply again = create(order(u"WC-3001"_s, QJsonArray {QJsonArray {u"TSHIRT-BLK-M"_s, 1}}));
    QCOMPARE(again.status, 422);
    const QJsonObject error = again.array().first().toObject();
    QCOMPARE(error[u"type"_s].toString(), u"DUPLICATE"_s);
    QCOMPARE(error[u"field"_s].toString(), u"/references/customer"_s);
    QCOMPARE(error[u"details"_s][u"duplicateId"_s].toString(), first.object()[u"id"_s].toString());

    // A REJECTED order with the same reference is overridden under a new id.
    const Reply rejected = create(order(u"WC-3002"_s, QJsonArray {QJsonArray {u"NOPE"_s, 1}}));
    QCOMPARE(rejected.status, 228);
    const Reply retried = create(order(u"WC-3002"_s, QJsonArray {QJsonArray {u"TSHIRT-BLK-M"_s, 1}}));
    QCOMPARE(retried.status, 201);
    QVERIFY(retried.object()[u"id"_s] != rejected.object()[u"id"_s]);
    QVERIFY(m_wms->outboundOrder(rejected.object()[u"id"_s].toString()).isEmpty());
}

void TestCartonCloud::searchAndPaging()
{
    for (int i = 0; i < 7; ++i)
        QCOMPARE(create(order(u"WC-PAGE-%1"_s.arg(i), QJsonArray {QJsonArray {u"TSHIRT-BLK-M"_s, 1}})).status, 201);
    const QJsonObject byPrefix {
        {u"condition"_s,
         QJsonObject {{u"type"_s, u"AndCondition"_s},
                      {u"conditions"_s,
                       QJsonArray {text(u"/references/customer"_s, u"WC-PAGE-"_s, u"STARTS_WITH"_s),
                                   text(u"/customer/id"_s, m_acme)}}}}};
    const Reply page1 = m_http.post(url(u"/outbound-orders/search"_s, u"page=1&size=3"_s), json(byPrefix), headers());
    QCOMPARE(page1.status, 200);
    QCOMPARE(page1.array().size(), 3);
    QCOMPARE(page1.header("Total-Elements"), QByteArray("7"));
    QCOMPARE(page1.header("Total-Pages"), QByteArray("3"));
    QCOMPARE(page1.header("Page-Number"), QByteArray("1"));
    QCOMPARE(page1.header("Page-Size"), QByteArray("3"));
    QVERIFY(page1.header("Link").contains("rel=\"next\""));
    const Reply page3 = m_http.post(url(u"/outbound-orders/search"_s, u"page=3&size=3"_s), json(byPrefix), headers());
    QCOMPARE(page3.array().size(), 1);

    const Reply minimal = m_http.post(url(u"/outbound-orders/search"_s, u"size=100"_s), json(byPrefix),
                                      headers() + QList<QPair<QByteArray, QByteArray>> {{"Prefer", "return=minimal"}});
    QCOMPARE(minimal.array().first().toObject().keys(), QStringList {u"id"_s});
    QCOMPARE(minimal.header("Preference-Applied"), QByteArray("return=minimal"));

    // Status (undocumented /status pointer) and modified time with an offset.
    const QString id = page1.array().first()[u"id"_s].toString();
    m_wms->pack(id);
    const QString since = QDateTime::currentDateTimeUtc().addSecs(-5).toOffsetFromUtc(-5 * 3600).toString(Qt::ISODate);
    const QJsonObject packedSince {
        {u"condition"_s,
         QJsonObject {
             {u"type"_s, u"AndCondition"_s},
             {u"conditions"_s,
              QJsonArray {
                  QJsonObject {{u"type"_s, u"OrCondition"_s},
                               {u"conditions"_s,
                                QJsonArray {text(u"/status"_s, u"PACKED"_s), text(u"/status"_s, u"DISPATCHED"_s)}}},
                  QJsonObject {
                      {u"type"_s, u"DateTimeComparisonCondition"_s},
                      {u"field"_s,
                       QJsonObject {{u"type"_s, u"JsonField"_s}, {u"pointer"_s, u"/timestamps/modified/time"_s}}},
                      {u"value"_s, QJsonObject {{u"type"_s, u"ValueField"_s}, {u"value"_s, since}}},
                      {u"method"_s, u"GREATER_THAN_OR_EQUAL_TO"_s}}}}}}};
    const Reply packed = m_http.post(url(u"/outbound-orders/search"_s), json(packedSince), headers());
    QCOMPARE(packed.status, 200);
    QCOMPARE(packed.array().size(), 1);
    QCOMPARE(packed.array().first()[u"id"_s].toString(), id);

    // The deprecated ValueField "reference" still works.
    const QJsonObject legacy {
        {u"condition"_s,
         QJsonObject {{u"type"_s, u"AndCondition"_s},
                      {u"conditions"_s,
                       QJsonArray {QJsonObject {
                           {u"type"_s, u"TextComparisonCondition"_s},
                           {u"field"_s, QJsonObject {{u"type"_s, u"ValueField"_s}, {u"value"_s, u"reference"_s}}},
                           {u"value"_s, QJsonObject {{u"type"_s, u"ValueField"_s}, {u"value"_s, u"WC-1001"_s}}},
                           {u"method"_s, u"EQUAL_TO"_s}}}}}}};
    QCOMPARE(m_http.post(url(u"/outbound-orders/search"_s), json(legacy), headers()).array().size(), 1);
}

void TestCartonCloud::searchErrors()
{
    const Reply bare = m_http.post(url(u"/outbound-orders/search"_s),
                                   json({{u"condition"_s, text(u"/references/customer"_s, u"WC-1001"_s)}}), headers());
    QCOMPARE(bare.status, 400);
    QCOMPARE(bare.array().first()[u"message"_s].toString(), u"Missing field: conditions"_s);

    const QJsonObject statusValueField {
        {u"condition"_s,
         QJsonObject {{u"type"_s, u"AndCondition"_s},
                      {u"conditions"_s,
                       QJsonArray {QJsonObject {
                           {u"type"_s, u"TextComparisonCondition"_s},
                           {u"field"_s, QJsonObject {{u"type"_s, u"ValueField"_s}, {u"value"_s, u"status"_s}}},
                           {u"value"_s, QJsonObject {{u"type"_s, u"ValueField"_s}, {u"value"_s, u"PACKED"_s}}},
                           {u"method"_s, u"EQUAL_TO"_s}}}}}}};
    QCOMPARE(m_http.post(url(u"/outbound-orders/search"_s), json(statusValueField), headers()).status, 400);
}

void TestCartonCloud::consignmentsAndTracking()
{
    const Reply created = create(order(u"WC-4001"_s, QJsonArray {QJsonArray {u"TSHIRT-BLK-M"_s, 1}}));
    const QString id = created.object()[u"id"_s].toString();
    const QJsonObject byTask {{u"condition"_s,
                               QJsonObject {{u"type"_s, u"AndCondition"_s},
                                            {u"conditions"_s, QJsonArray {text(u"/generatedFromTask/id"_s, id)}}}}};
    QCOMPARE(m_http.post(url(u"/consignments/search"_s), json(byTask), headers()).array().size(), 0);

    QVERIFY(m_wms->pack(id));
    QVERIFY(m_wms->setTracking(id, u"AP123"_s, u"Australia Post"_s, u"https://auspost.com.au/t/AP123"_s));
    const Reply found = m_http.post(url(u"/consignments/search"_s), json(byTask), headers());
    QCOMPARE(found.array().size(), 1);
    const QJsonObject consignment = found.array().first().toObject();
    QCOMPARE(consignment[u"references"_s][u"tracking"_s].toString(), u"AP123"_s);
    QCOMPARE(consignment[u"details"_s][u"tracking"_s][u"companyName"_s].toString(), u"Australia Post"_s);
    QCOMPARE(consignment[u"details"_s][u"tracking"_s][u"url"_s].toString(), u"https://auspost.com.au/t/AP123"_s);
    const int version = consignment[u"version"_s].toInt();

    QVERIFY(m_wms->setTracking(id, u"AP456"_s, u"Australia Post"_s));
    const Reply changed = m_http.get(url(u"/consignments/"_s + consignment[u"id"_s].toString()), headers());
    QCOMPARE(changed.object()[u"references"_s][u"tracking"_s].toString(), u"AP456"_s);
    QVERIFY(changed.object()[u"version"_s].toInt() > version);

    QVERIFY(m_wms->dispatch(id));
    const Reply dispatched = m_http.get(url(u"/outbound-orders/"_s + id), headers());
    QCOMPARE(dispatched.object()[u"status"_s].toString(), u"DISPATCHED"_s);
    QVERIFY(dispatched.object()[u"timestamps"_s].toObject().contains(u"dispatched"_s));
    QVERIFY(dispatched.object()[u"timestamps"_s].toObject().contains(u"packed"_s));
}

void TestCartonCloud::deleteOrder()
{
    const QString fresh =
        create(order(u"WC-5001"_s, QJsonArray {QJsonArray {u"TSHIRT-BLK-M"_s, 1}})).object()[u"id"_s].toString();
    QCOMPARE(m_http.send("DELETE", url(u"/outbound-orders/"_s + fresh), headers()).status, 204);
    QCOMPARE(m_http.get(url(u"/outbound-orders/"_s + fresh), headers()).status, 404);

    const QString shipped =
        create(order(u"WC-5002"_s, QJsonArray {QJsonArray {u"TSHIRT-BLK-M"_s, 1}})).object()[u"id"_s].toString();
    m_wms->dispatch(shipped);
    QCOMPARE(m_http.send("DELETE", url(u"/outbound-orders/"_s + shipped), headers()).status, 422);
    QCOMPARE(m_http.put(url(u"/outbound-orders/"_s + shipped), "{}", headers()).status, 405);
}

void TestCartonCloud::createLimit()
{
    m_wms->setCreateRateLimit(3, 1000, true);
    int created = 0;
    Reply limited;
    for (int i = 0; i < 4; ++i) {
        const Reply reply = create(order(u"WC-RATE-%1"_s.arg(i), QJsonArray {QJsonArray {u"TSHIRT-BLK-M"_s, 1}}));
        if (reply.status == 201)
            ++created;
        else
            limited = reply;
    }
    QCOMPARE(created, 3);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.array().first().toObject().contains(u"message"_s));
    QVERIFY(limited.header("Retry-After").toInt() >= 1);
    QTest::qWait(1050);
    QCOMPARE(create(order(u"WC-RATE-9"_s, QJsonArray {QJsonArray {u"TSHIRT-BLK-M"_s, 1}})).status, 201);
    m_wms->setCreateRateLimit(0);
}

void TestCartonCloud::automaticMode()
{
    m_wms->setAutomaticMode(true, 100, 100, 20);
    const QString id =
        create(order(u"WC-AUTO-1"_s, QJsonArray {QJsonArray {u"TSHIRT-BLK-M"_s, 1}})).object()[u"id"_s].toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_wms->outboundOrder(id)[u"status"_s].toString(), u"PACKED"_s, 2000);
    QVERIFY(!m_wms->consignmentForOrder(id)[u"references"_s][u"tracking"_s].toString().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_wms->outboundOrder(id)[u"status"_s].toString(), u"DISPATCHED"_s, 2000);
    m_wms->setAutomaticMode(false);
}

void TestCartonCloud::errorBodiesAreArrays()
{
    m_wms->faults().add(Fault::httpStatus(u"/tenants/<tenant>/customers"_s, 503, 1));
    const Reply maintenance = m_http.get(url(u"/customers"_s), headers());
    QCOMPARE(maintenance.status, 503);
    QVERIFY(maintenance.array().first().toObject().contains(u"message"_s));
    QCOMPARE(m_wms->requestLog().count(u"/tenants/<tenant>/customers"_s, "GET") > 1, true);
}

QTEST_GUILESS_MAIN(TestCartonCloud)
#include "tst_cartoncloud.moc"
