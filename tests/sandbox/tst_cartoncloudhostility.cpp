#include "httpclient.h"
#include "sandbox.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wharf::sandbox;
using namespace wharf::sandbox::test;

// The CartonCloud tenant's unkindness (issue 12): each behaviour is off by default and does what
// it says when switched on. Every test restores the defaults it changed.
class TestCartonCloudHostility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaultsAreKind();
    void searchLag();
    void createCommittedAfterClientLeft();
    void duplicateCheckOff();
    void overrideSetting();
    void severalConsignments();
    void trackingChangedAfterDispatch();
    void warehouseDeletesOrder();
    void searchesNeedManyPages();
    void requestLogCountsCreatesAndDuplicates();
    void stockReportRuns();

private:
    QUrl url(const QString &path, const QString &query = {}) const;
    QList<QPair<QByteArray, QByteArray>> headers();
    QJsonObject order(const QString &reference) const;
    Reply create(const QString &reference);
    Reply searchByReference(const QString &reference, const QString &query = {});
    void setHostile(const QJsonObject &json);

    Sandbox m_sandbox;
    CartonCloudServer *m_wms = nullptr;
    HttpClient m_http;
    QString m_token;
    QString m_acme;
};

QUrl TestCartonCloudHostility::url(const QString &path, const QString &query) const
{
    QUrl u = m_wms->baseUrl();
    u.setPath(path.startsWith(u"/uaa") ? path : u"/tenants/"_s + m_wms->tenantId() + path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

QList<QPair<QByteArray, QByteArray>> TestCartonCloudHostility::headers()
{
    if (m_token.isEmpty()) {
        const Reply reply = m_http.post(url(u"/uaa/oauth/token"_s), "grant_type=client_credentials",
                                        {{"Authorization", basic(m_wms->clientId(), m_wms->clientSecret())},
                                         {"Accept-Version", "1"},
                                         {"Content-Type", "application/x-www-form-urlencoded"}});
        m_token = reply.object().value(u"access_token"_s).toString();
    }
    return {{"Authorization", "Bearer " + m_token.toUtf8()}, {"Accept-Version", "1"}};
}

QJsonObject TestCartonCloudHostility::order(const QString &reference) const
{
    return QJsonObject {
        {u"type"_s, u"OUTBOUND"_s},
        {u"references"_s, QJsonObject {{u"customer"_s, reference}}},
        {u"customer"_s, QJsonObject {{u"id"_s, m_acme}}},
        {u"details"_s,
         QJsonObject {{u"deliver"_s,
                       QJsonObject {{u"address"_s,
                                     QJsonObject {{u"contactName"_s, u"Zoë Ångström"_s},
                                                  {u"address1"_s, u"12 Example St"_s},
                                                  {u"city"_s, u"Brisbane"_s},
                                                  {u"country"_s, QJsonObject {{u"iso2Code"_s, u"AU"_s}}}}}}}}},
        {u"items"_s,
         QJsonArray {QJsonObject {
             {u"details"_s,
              QJsonObject {
                  {u"product"_s, QJsonObject {{u"references"_s, QJsonObject {{u"code"_s, u"TSHIRT-BLK-M"_s}}}}}}},
             {u"measures"_s, QJsonObject {{u"quantity"_s, 1}}}}}}};
}

Reply TestCartonCloudHostility::create(const QString &reference)
{
    return m_http.post(url(u"/outbound-orders"_s), json(order(reference)), headers());
}

Reply TestCartonCloudHostility::searchByReference(const QString &reference, const QString &query)
{
    const QJsonObject condition {
        {u"type"_s, u"TextComparisonCondition"_s},
        {u"field"_s, QJsonObject {{u"type"_s, u"JsonField"_s}, {u"pointer"_s, u"/references/customer"_s}}},
        {u"value"_s, QJsonObject {{u"type"_s, u"ValueField"_s}, {u"value"_s, reference}}},
        {u"method"_s, reference.isEmpty() ? u"STARTS_WITH"_s : u"EQUAL_TO"_s}};
    const QJsonObject body {
        {u"condition"_s, QJsonObject {{u"type"_s, u"AndCondition"_s}, {u"conditions"_s, QJsonArray {condition}}}}};
    return m_http.post(url(u"/outbound-orders/search"_s, query), json(body), headers());
}

void TestCartonCloudHostility::setHostile(const QJsonObject &json)
{
    CartonCloudHostility hostility = m_wms->hostility();
    QString error;
    QVERIFY2(hostility.merge(json, &error), qPrintable(error));
    m_wms->setHostility(hostility);
}

void TestCartonCloudHostility::initTestCase()
{
    Sandbox::Options options;
    options.https = false;
    options.controlApi = true;
    options.wms.createLimit = 0; // this test makes many creates quickly
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
    m_wms = m_sandbox.wms();
    m_wms->addWarehouse(u"Brisbane"_s);
    m_acme = m_wms->addCustomer(u"Acme Apparel"_s, u"ACME"_s);
    m_wms->addProduct(m_acme, u"TSHIRT-BLK-M"_s, u"T-shirt Black M"_s, 100000);
}

void TestCartonCloudHostility::init()
{
    m_wms->setHostility(CartonCloudHostility {});
    m_wms->setAutomaticMode(false);
}

void TestCartonCloudHostility::defaultsAreKind()
{
    const QJsonObject defaults = CartonCloudHostility {}.toJson();
    QCOMPARE(defaults[u"searchLagMs"_s].toInt(), 0);
    QCOMPARE(defaults[u"commitDelayMs"_s].toInt(), 0);
    QCOMPARE(defaults[u"duplicateCheck"_s].toBool(), true);
    QCOMPARE(defaults[u"overrideStatuses"_s].toArray(), QJsonArray {u"REJECTED"_s});
    QCOMPARE(defaults[u"consignmentsPerOrder"_s].toInt(), 1);
    QCOMPARE(defaults[u"retrackAfterDispatchMs"_s].toInt(), 0);
    QCOMPARE(defaults[u"deleteEvery"_s].toInt(), 0);
    QCOMPARE(defaults[u"maxPageSize"_s].toInt(), 0);
    QCOMPARE(defaults[u"reportRunMs"_s].toInt(), 0);
    QCOMPARE(defaults[u"reportRunsFail"_s].toBool(), false);
    QCOMPARE(m_wms->hostility().toJson(), defaults);

    CartonCloudHostility hostility;
    QString error;
    QVERIFY(!hostility.merge({{u"noSuchKey"_s, 1}}, &error));
    QVERIFY(!hostility.merge({{u"searchLagMs"_s, u"soon"_s}}, &error));
    QVERIFY(hostility.merge({{u"overrideStatuses"_s, u"REJECTED,DRAFT"_s}}, &error));
    QCOMPARE(hostility.overrideStatuses, (QStringList {u"REJECTED"_s, u"DRAFT"_s}));
}

void TestCartonCloudHostility::searchLag()
{
    // Off: a create is found by the very next search.
    QCOMPARE(create(u"LAG-1"_s).status, 201);
    QCOMPARE(searchByReference(u"LAG-1"_s).array().size(), 1);

    setHostile({{u"searchLagMs"_s, 300}});
    const Reply created = create(u"LAG-2"_s);
    QCOMPARE(created.status, 201);
    QCOMPARE(searchByReference(u"LAG-2"_s).array().size(), 0);
    // GET by id is not behind: only the search index is.
    QCOMPARE(m_http.get(url(u"/outbound-orders/"_s + created.object()[u"id"_s].toString()), headers()).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(searchByReference(u"LAG-2"_s).array().size(), 1, 3000);
}

void TestCartonCloudHostility::createCommittedAfterClientLeft()
{
    // Off: the create is answered at once.
    HttpClient impatient;
    impatient.timeoutMs = 150;
    QCOMPARE(impatient.post(url(u"/outbound-orders"_s), json(order(u"LATE-1"_s)), headers()).status, 201);

    setHostile({{u"commitDelayMs"_s, 400}});
    const Reply gaveUp = impatient.post(url(u"/outbound-orders"_s), json(order(u"LATE-2"_s)), headers());
    QVERIFY(gaveUp.timedOut);
    QVERIFY(m_wms->outboundOrderIdByReference(u"LATE-2"_s).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_wms->outboundOrderIdByReference(u"LATE-2"_s).isEmpty(), 3000);
    const QList<RequestLog::Entry> posts =
        m_wms->requestLog().select("POST", u"/tenants/<tenant>/outbound-orders"_s, 201);
    QVERIFY(!posts.isEmpty());
    QCOMPARE(posts.last().bodyReference(), u"LATE-2"_s);
    QCOMPARE(posts.last().delivered, false);

    // A patient client gets its answer, late.
    const Reply patient = create(u"LATE-3"_s);
    QCOMPARE(patient.status, 201);
    QVERIFY(m_wms->requestLog().select("POST", u"/tenants/<tenant>/outbound-orders"_s, 201).last().delivered);
}

void TestCartonCloudHostility::duplicateCheckOff()
{
    // On (the default): the second POST is caught.
    const QString first = create(u"DUP-1"_s).object()[u"id"_s].toString();
    const Reply caught = create(u"DUP-1"_s);
    QCOMPARE(caught.status, 422);
    QCOMPARE(caught.array().first()[u"type"_s].toString(), u"DUPLICATE"_s);
    QCOMPARE(caught.array().first()[u"details"_s][u"duplicateId"_s].toString(), first);

    setHostile({{u"duplicateCheck"_s, false}});
    const Reply second = create(u"DUP-1"_s);
    QCOMPARE(second.status, 201);
    QVERIFY(second.object()[u"id"_s].toString() != first);
    QCOMPARE(searchByReference(u"DUP-1"_s).array().size(), 2);
    QCOMPARE(m_wms->createPostsByReference().value(u"DUP-1"_s), 3);
}

void TestCartonCloudHostility::overrideSetting()
{
    // Default: only a REJECTED order is overridden; an open one answers 422.
    const QString open = create(u"OVR-1"_s).object()[u"id"_s].toString();
    QCOMPARE(create(u"OVR-1"_s).status, 422);
    QVERIFY(m_wms->reject(open, u"Out of stock"_s));
    const Reply replacedRejected = create(u"OVR-1"_s);
    QCOMPARE(replacedRejected.status, 201);
    QCOMPARE(m_http.get(url(u"/outbound-orders/"_s + open), headers()).status, 404);

    // An organisation that lets an upload override open orders: the earlier one is deleted and
    // the new one has a new id; no 422.
    setHostile({{u"overrideStatuses"_s, QJsonArray {u"REJECTED"_s, u"AWAITING_PICK_AND_PACK"_s}}});
    const QString earlier = replacedRejected.object()[u"id"_s].toString();
    const Reply again = create(u"OVR-1"_s);
    QCOMPARE(again.status, 201);
    QVERIFY(again.object()[u"id"_s].toString() != earlier);
    QCOMPARE(m_http.get(url(u"/outbound-orders/"_s + earlier), headers()).status, 404);
    QCOMPARE(searchByReference(u"OVR-1"_s).array().size(), 1);
    // Not in a status the setting names: still 422.
    QVERIFY(m_wms->dispatch(again.object()[u"id"_s].toString()));
    QCOMPARE(create(u"OVR-1"_s).status, 422);
}

void TestCartonCloudHostility::severalConsignments()
{
    const QString one = create(u"CON-1"_s).object()[u"id"_s].toString();
    QVERIFY(m_wms->pack(one));
    QCOMPARE(m_wms->consignmentsForOrder(one).size(), 1);

    setHostile({{u"consignmentsPerOrder"_s, 3}});
    const QString three = create(u"CON-2"_s).object()[u"id"_s].toString();
    QVERIFY(m_wms->pack(three));
    QCOMPARE(m_wms->consignmentsForOrder(three).size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_wms->setTracking(three, u"TRK-%1"_s.arg(i), u"Australia Post"_s, {}, i));
    QVERIFY(!m_wms->setTracking(three, u"TRK-9"_s, u"Australia Post"_s, {}, 3));

    const QJsonObject condition {
        {u"type"_s, u"TextComparisonCondition"_s},
        {u"field"_s, QJsonObject {{u"type"_s, u"JsonField"_s}, {u"pointer"_s, u"/generatedFromTask/id"_s}}},
        {u"value"_s, QJsonObject {{u"type"_s, u"ValueField"_s}, {u"value"_s, three}}},
        {u"method"_s, u"EQUAL_TO"_s}};
    const Reply found =
        m_http.post(url(u"/consignments/search"_s),
                    json({{u"condition"_s,
                           QJsonObject {{u"type"_s, u"AndCondition"_s}, {u"conditions"_s, QJsonArray {condition}}}}}),
                    headers());
    QCOMPARE(found.status, 200);
    QStringList numbers;
    for (const QJsonValue &consignment : found.array())
        numbers << consignment[u"references"_s][u"tracking"_s].toString();
    numbers.sort();
    QCOMPARE(numbers, (QStringList {u"TRK-0"_s, u"TRK-1"_s, u"TRK-2"_s}));
}

void TestCartonCloudHostility::trackingChangedAfterDispatch()
{
    // By hand: the warehouse changes tracking on a dispatched order.
    const QString id = create(u"TRK-1"_s).object()[u"id"_s].toString();
    QVERIFY(m_wms->dispatch(id));
    QVERIFY(m_wms->setTracking(id, u"FIRST"_s, u"Australia Post"_s));
    const int version = m_wms->consignmentForOrder(id)[u"version"_s].toInt();
    QVERIFY(m_wms->setTracking(id, u"SECOND"_s, u"Australia Post"_s));
    QCOMPARE(m_wms->consignmentForOrder(id)[u"references"_s][u"tracking"_s].toString(), u"SECOND"_s);
    QVERIFY(m_wms->consignmentForOrder(id)[u"version"_s].toInt() > version);

    // Automatic mode, off: tracking is set once when packed and stays.
    m_wms->setAutomaticMode(true, 0, 0, 20);
    const QString kept = create(u"TRK-2"_s).object()[u"id"_s].toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_wms->outboundOrder(kept)[u"status"_s].toString(), u"DISPATCHED"_s, 3000);
    const QString number = m_wms->consignmentForOrder(kept)[u"references"_s][u"tracking"_s].toString();
    QVERIFY(number.startsWith(u"SBX"_s));
    QTest::qWait(100); // several ticks: nothing must change (a bounded wait proves a negative)
    QCOMPARE(m_wms->consignmentForOrder(kept)[u"references"_s][u"tracking"_s].toString(), number);

    // On: it changes once, after dispatch.
    setHostile({{u"retrackAfterDispatchMs"_s, 50}});
    const QString changed = create(u"TRK-3"_s).object()[u"id"_s].toString();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_wms->consignmentForOrder(changed)[u"references"_s][u"tracking"_s].toString().contains(u'R'), 3000);
    QCOMPARE(m_wms->outboundOrder(changed)[u"status"_s].toString(), u"DISPATCHED"_s);
    // The consignment remembers both numbers, oldest first (what a store may still show).
    const QJsonObject consignment = m_wms->consignmentForOrder(changed);
    const QStringList history = m_wms->trackingHistory(consignment[u"id"_s].toString());
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.constLast(), consignment[u"references"_s][u"tracking"_s].toString());
    QVERIFY(!history.constFirst().contains(u'R'));
}

void TestCartonCloudHostility::warehouseDeletesOrder()
{
    // The API cannot delete a dispatched order; the warehouse can.
    const QString id = create(u"DEL-1"_s).object()[u"id"_s].toString();
    QVERIFY(m_wms->dispatch(id));
    QCOMPARE(m_http.send("DELETE", url(u"/outbound-orders/"_s + id), headers()).status, 422);
    HttpClient control;
    QCOMPARE(control.send("DELETE", QUrl(m_sandbox.controlUrl().toString() + u"/control/wms/orders/"_s + id)).status,
             200);
    QCOMPARE(m_http.get(url(u"/outbound-orders/"_s + id), headers()).status, 404);
    QCOMPARE(searchByReference(u"DEL-1"_s).array().size(), 0);

    // Automatic mode deletes every Nth order only when asked to.
    setHostile({{u"deleteEvery"_s, 2}});
    m_wms->setAutomaticMode(true, 0, 0, 20);
    const QString a = create(u"DEL-2"_s).object()[u"id"_s].toString();
    const QString b = create(u"DEL-3"_s).object()[u"id"_s].toString();
    QTRY_VERIFY_WITH_TIMEOUT(m_wms->outboundOrder(a).isEmpty() != m_wms->outboundOrder(b).isEmpty(), 3000);
}

void TestCartonCloudHostility::searchesNeedManyPages()
{
    while (searchByReference({}).header("Total-Elements").toInt() < 60)
        QCOMPARE(create(u"PAGE-%1"_s.arg(m_wms->outboundOrderIds().size())).status, 201);
    const int total = searchByReference({}).header("Total-Elements").toInt();

    // Off: a client may ask for everything in one page.
    const Reply all = searchByReference({}, u"page=1&size=1000"_s);
    QCOMPARE(all.array().size(), total);
    QCOMPARE(all.header("Total-Pages"), QByteArray("1"));

    setHostile({{u"maxPageSize"_s, 1}});
    const Reply first = searchByReference({}, u"page=1&size=1000"_s);
    QCOMPARE(first.array().size(), 1);
    QCOMPARE(first.header("Page-Size"), QByteArray("1"));
    QCOMPARE(first.header("Total-Pages").toInt(), total);
    QVERIFY(first.header("Total-Pages").toInt() > 50);
    QVERIFY(first.header("Link").contains("rel=\"next\""));
    const Reply last = searchByReference({}, u"page=%1&size=1000"_s.arg(total));
    QCOMPARE(last.array().size(), 1);
    QVERIFY(!last.header("Link").contains("rel=\"next\""));
}

void TestCartonCloudHostility::requestLogCountsCreatesAndDuplicates()
{
    setHostile({{u"duplicateCheck"_s, true}});
    QCOMPARE(create(u"LOG-1"_s).status, 201);
    QCOMPARE(create(u"LOG-1"_s).status, 422);
    QCOMPARE(create(u"LOG-2"_s).status, 201);

    HttpClient control;
    const QUrl base(m_sandbox.controlUrl().toString() + u"/control/requests"_s);
    QUrl creates = base;
    creates.setQuery(u"service=wms&method=POST&path=/tenants/<tenant>/outbound-orders"_s);
    const QJsonObject all = control.get(creates).object();
    QCOMPARE(all[u"byReference"_s][u"LOG-1"_s].toInt(), 2);
    QCOMPARE(all[u"byReference"_s][u"LOG-2"_s].toInt(), 1);
    const QJsonObject last = all[u"requests"_s].toArray().last().toObject();
    QCOMPARE(last[u"method"_s].toString(), u"POST"_s);
    QCOMPARE(last[u"status"_s].toInt(), 201);
    QCOMPARE(last[u"reference"_s].toString(), u"LOG-2"_s);
    QVERIFY(last[u"path"_s].toString().endsWith(u"/outbound-orders"_s));

    QUrl duplicates = base;
    duplicates.setQuery(u"service=wms&method=POST&path=/tenants/<tenant>/outbound-orders&status=422"_s);
    const QJsonObject refused = control.get(duplicates).object();
    QCOMPARE(refused[u"count"_s].toInt(), m_wms->answersWithStatus(422));
    QCOMPARE(refused[u"byReference"_s][u"LOG-1"_s].toInt(), 1);
    QCOMPARE(m_wms->createPostsByReference().value(u"LOG-1"_s), 2);

    // The control API switches the behaviours too.
    const Reply set = control.post(QUrl(m_sandbox.controlUrl().toString() + u"/control/wms/hostile"_s),
                                   R"({"duplicateCheck": false, "searchLagMs": 10})");
    QCOMPARE(set.status, 200);
    QCOMPARE(m_wms->hostility().duplicateCheck, false);
    QCOMPARE(m_wms->hostility().searchLagMs, 10);
    QCOMPARE(control.post(QUrl(m_sandbox.controlUrl().toString() + u"/control/wms/hostile"_s), R"({"nope": 1})").status,
             400);
}

void TestCartonCloudHostility::stockReportRuns()
{
    HttpClient control;
    const QString controlBase = m_sandbox.controlUrl().toString();
    // The stock of one product code of one customer, set through the control API.
    QCOMPARE(control
                 .post(QUrl(controlBase + u"/control/wms/stock"_s),
                       R"({"customer": "ACME", "code": "TSHIRT-BLK-M", "stock": 42})")
                 .status,
             200);
    QCOMPARE(
        control.post(QUrl(controlBase + u"/control/wms/stock"_s), R"({"customer": "ACME", "code": "NOPE", "stock": 1})")
            .status,
        404);
    const QJsonObject body {{u"type"_s, u"STOCK_ON_HAND"_s},
                            {u"parameters"_s, QJsonObject {{u"customer"_s, QJsonObject {{u"id"_s, m_acme}}}}}};

    // A run is asynchronous: its POST answers IN_PROCESS, a GET after reportRunMs its result.
    setHostile({{u"reportRunMs"_s, 300}});
    const Reply started = m_http.post(url(u"/report-runs"_s), json(body), headers());
    QCOMPARE(started.status, 201);
    QCOMPARE(started.object()[u"status"_s].toString(), u"IN_PROCESS"_s);
    const QString id = started.object()[u"id"_s].toString();
    QCOMPARE(m_http.get(url(u"/report-runs/"_s + id), headers()).object()[u"status"_s].toString(), u"IN_PROCESS"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_http.get(url(u"/report-runs/"_s + id), headers()).object()[u"status"_s].toString(),
                              u"SUCCESS"_s, 3000);
    const QJsonArray items = m_http.get(url(u"/report-runs/"_s + id), headers()).object()[u"items"_s].toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0][u"details"_s][u"product"_s][u"references"_s][u"code"_s].toString(), u"TSHIRT-BLK-M"_s);
    QCOMPARE(items[0][u"measures"_s][u"quantity"_s].toDouble(), 42.0);

    // Switched on through the control API, runs end FAILED (with no rows).
    QCOMPARE(
        control.post(QUrl(controlBase + u"/control/wms/hostile"_s), R"({"reportRunsFail": true, "reportRunMs": 0})")
            .status,
        200);
    const QString failedId = m_http.post(url(u"/report-runs"_s), json(body), headers()).object()[u"id"_s].toString();
    const QJsonObject failed = m_http.get(url(u"/report-runs/"_s + failedId), headers()).object();
    QCOMPARE(failed[u"status"_s].toString(), u"FAILED"_s);
    QVERIFY(!failed.contains(u"items"_s));

    // Refusals: another report type, an unknown customer, an unknown run.
    QCOMPARE(m_http.post(url(u"/report-runs"_s), json(QJsonObject {{u"type"_s, u"SALES"_s}}), headers()).status, 422);
    QCOMPARE(m_http
                 .post(url(u"/report-runs"_s),
                       json(QJsonObject {
                           {u"type"_s, u"STOCK_ON_HAND"_s},
                           {u"parameters"_s, QJsonObject {{u"customer"_s, QJsonObject {{u"id"_s, u"nobody"_s}}}}}}),
                       headers())
                 .status,
             422);
    QCOMPARE(m_http.get(url(u"/report-runs/nope"_s), headers()).status, 404);
    QCOMPARE(m_wms->reportRunsStarted(), 2);
    m_wms->setStock(m_wms->productIdByCode(m_acme, u"TSHIRT-BLK-M"_s), 100000);
}

QTEST_GUILESS_MAIN(TestCartonCloudHostility)
#include "tst_cartoncloudhostility.moc"
