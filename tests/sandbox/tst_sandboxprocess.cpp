#include "httpclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QProcess>
#include <QSslCertificate>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace wharf::sandbox::test;

// The wharf-sandbox executable's contract for scripts (one JSON line, clean SIGTERM, --help)
// and the control API, driven the way a script would drive them.
class TestSandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void jsonLine();
    void storeAndWmsAnswer();
    void controlLogAndFaults();
    void controlWarehouseHands();
    void controlStore();
    void automaticMode();
    void hostileOffByDefaultAndSeeded();
    void hostileFlags();
    void help();
    void sigtermStopsCleanly();

private:
    QUrl control(const QString &path, const QString &query = {}) const;
    QString wmsToken();

    QProcess m_process;
    QJsonObject m_info;
    HttpClient m_http;
};

void TestSandboxProcess::initTestCase()
{
    m_process.setProgram(QStringLiteral(WHARF_SANDBOX_EXE));
    m_process.setArguments({u"--demo"_s, u"--wms-create-limit"_s, u"100"_s});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    QVERIFY(m_process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_process.canReadLine(), 20000);
    const QByteArray line = m_process.readLine();
    QJsonParseError error {};
    m_info = QJsonDocument::fromJson(line, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(QSslCertificate::fromPath(m_info[u"caCertificate"_s].toString()));
    m_http.ssl = ssl;
}

void TestSandboxProcess::cleanupTestCase()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl TestSandboxProcess::control(const QString &path, const QString &query) const
{
    QUrl url(m_info[u"controlUrl"_s].toString() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QString TestSandboxProcess::wmsToken()
{
    const Reply token = m_http.post(
        QUrl(m_info[u"wmsUrl"_s].toString() + u"/uaa/oauth/token"_s), "grant_type=client_credentials",
        {{"Authorization", basic(m_info[u"wmsClientId"_s].toString(), m_info[u"wmsClientSecret"_s].toString())},
         {"Accept-Version", "1"},
         {"Content-Type", "application/x-www-form-urlencoded"}});
    return token.object()[u"access_token"_s].toString();
}

void TestSandboxProcess::jsonLine()
{
    for (const QString &key :
         {u"wooHttpUrl"_s, u"wooHttpsUrl"_s, u"wooConsumerKey"_s, u"wooConsumerSecret"_s, u"caCertificate"_s,
          u"wmsUrl"_s, u"wmsClientId"_s, u"wmsClientSecret"_s, u"wmsTenantId"_s, u"controlUrl"_s}) {
        QVERIFY2(!m_info[key].toString().isEmpty(), qPrintable(key));
    }
    QVERIFY(m_info[u"wooHttpsUrl"_s].toString().startsWith(u"https://127.0.0.1:"_s));
    QVERIFY(m_info[u"wmsUrl"_s].toString().startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(m_info[u"wooConsumerKey"_s].toString().startsWith(u"ck_"_s));
}

void TestSandboxProcess::storeAndWmsAnswer()
{
    const Reply orders = m_http.get(
        QUrl(m_info[u"wooHttpsUrl"_s].toString() + u"/wp-json/wc/v3/orders?status=processing"_s),
        {{"Authorization", basic(m_info[u"wooConsumerKey"_s].toString(), m_info[u"wooConsumerSecret"_s].toString())}});
    QCOMPARE(orders.status, 200);
    QVERIFY(orders.header("X-WP-Total").toInt() >= 8);

    const QString token = wmsToken();
    QVERIFY(!token.isEmpty());
    const Reply customers = m_http.get(
        QUrl(m_info[u"wmsUrl"_s].toString() + u"/tenants/"_s + m_info[u"wmsTenantId"_s].toString() + u"/customers"_s),
        {{"Authorization", "Bearer " + token.toUtf8()}, {"Accept-Version", "1"}});
    QCOMPARE(customers.status, 200);
    QCOMPARE(customers.array().first()[u"name"_s].toString(), u"Acme Apparel"_s);
}

void TestSandboxProcess::controlLogAndFaults()
{
    const Reply index = m_http.get(control(u"/control"_s));
    QCOMPARE(index.status, 200);
    QVERIFY(index.object()[u"usage"_s].toString().contains(u"/control/faults"_s));

    const Reply log = m_http.get(control(u"/control/log"_s, u"service=woo"_s));
    QCOMPARE(log.status, 200);
    QCOMPARE(log.object()[u"counts"_s][u"GET /wp-json/wc/v3/orders"_s].toInt(), 1);

    QCOMPARE(m_http
                 .post(control(u"/control/faults"_s, u"service=wms"_s),
                       "{\"kind\":\"status\",\"path\":\"/tenants/*\",\"status\":503,\"times\":1}")
                 .status,
             200);
    const QString token = wmsToken();
    const QUrl customers(m_info[u"wmsUrl"_s].toString() + u"/tenants/"_s + m_info[u"wmsTenantId"_s].toString()
                         + u"/customers"_s);
    const QList<QPair<QByteArray, QByteArray>> h {{"Authorization", "Bearer " + token.toUtf8()},
                                                  {"Accept-Version", "1"}};
    QCOMPARE(m_http.get(customers, h).status, 503);
    QCOMPARE(m_http.get(customers, h).status, 200);

    QCOMPARE(m_http
                 .post(control(u"/control/faults"_s, u"service=woo"_s),
                       "{\"kind\":\"rate-limited\",\"path\":\"/wp-json/*\",\"retryAfter\":3,\"times\":1}")
                 .status,
             200);
    const Reply limited = m_http.get(QUrl(m_info[u"wooHttpsUrl"_s].toString() + u"/wp-json/"_s));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("3"));
    QCOMPARE(m_http.post(control(u"/control/faults"_s, u"service=woo"_s), "{\"kind\":\"bogus\"}").status, 400);
    QCOMPARE(m_http.send("DELETE", control(u"/control/log"_s, u"service=woo"_s)).status, 200);
    QCOMPARE(m_http.get(control(u"/control/log"_s, u"service=woo"_s)).object()[u"entries"_s].toArray().size(), 0);
}

void TestSandboxProcess::controlWarehouseHands()
{
    const QString token = wmsToken();
    const QString tenant = m_info[u"wmsTenantId"_s].toString();
    const QList<QPair<QByteArray, QByteArray>> h {{"Authorization", "Bearer " + token.toUtf8()},
                                                  {"Accept-Version", "1"}};
    const QJsonObject order {
        {u"references"_s, QJsonObject {{u"customer"_s, u"WC-CTRL-1"_s}}},
        {u"customer"_s, QJsonObject {{u"references"_s, QJsonObject {{u"code"_s, u"ACME"_s}}}}},
        {u"details"_s,
         QJsonObject {{u"deliver"_s,
                       QJsonObject {{u"address"_s,
                                     QJsonObject {{u"contactName"_s, u"Jane"_s},
                                                  {u"address1"_s, u"1 St"_s},
                                                  {u"city"_s, u"Brisbane"_s}}}}}}},
        {u"items"_s,
         QJsonArray {QJsonObject {
             {u"details"_s,
              QJsonObject {{u"product"_s, QJsonObject {{u"references"_s, QJsonObject {{u"code"_s, u"CAP-RED"_s}}}}}}},
             {u"measures"_s, QJsonObject {{u"quantity"_s, 1}}}}}}};
    const Reply created = m_http.post(
        QUrl(m_info[u"wmsUrl"_s].toString() + u"/tenants/"_s + tenant + u"/outbound-orders"_s), json(order), h);
    QCOMPARE(created.status, 201);
    const QString id = created.object()[u"id"_s].toString();

    // The organisation setting naming the statuses in which the API may delete an outbound order.
    const QUrl orderUrl(m_info[u"wmsUrl"_s].toString() + u"/tenants/"_s + tenant + u"/outbound-orders/"_s + id);
    QCOMPARE(m_http.post(control(u"/control/wms/settings"_s), R"({"deletableStatuses":["DRAFT"]})").status, 200);
    QCOMPARE(m_http.send("DELETE", orderUrl, h).status, 422);
    QCOMPARE(m_http
                 .post(control(u"/control/wms/settings"_s),
                       R"({"deletableStatuses":["DRAFT","AWAITING_STOCK","AWAITING_PICK_AND_PACK","REJECTED"]})")
                 .status,
             200);

    const Reply list = m_http.get(control(u"/control/wms/orders"_s));
    QCOMPARE(list.array().last()[u"reference"_s].toString(), u"WC-CTRL-1"_s);
    QCOMPARE(m_http.post(control(u"/control/wms/orders/"_s + id + u"/pack"_s), "{}").object()[u"status"_s].toString(),
             u"PACKED"_s);
    QCOMPARE(m_http
                 .post(control(u"/control/wms/orders/"_s + id + u"/tracking"_s),
                       "{\"trackingNumber\":\"AP1\",\"companyName\":\"Australia Post\",\"url\":\"https://a.p/AP1\"}")
                 .status,
             200);
    QCOMPARE(m_http.get(control(u"/control/wms/orders"_s)).array().last()[u"tracking"_s].toString(), u"AP1"_s);
    QCOMPARE(m_http
                 .post(control(u"/control/wms/orders/"_s + id + u"/tracking"_s),
                       "{\"trackingNumber\":\"AP2\",\"companyName\":\"Australia Post\"}")
                 .status,
             200);
    const QJsonObject listed = m_http.get(control(u"/control/wms/orders"_s)).array().last().toObject();
    QCOMPARE(listed[u"trackings"_s].toArray(), QJsonArray {u"AP2"_s});
    QCOMPARE(listed[u"trackingHistories"_s].toArray(), (QJsonArray {QJsonArray {u"AP1"_s, u"AP2"_s}}));
    const QDateTime changedAt =
        QDateTime::fromString(listed[u"trackingChangedAt"_s].toArray().first().toString(), Qt::ISODateWithMs);
    QVERIFY(changedAt.isValid());
    QVERIFY(qAbs(changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(
        m_http.post(control(u"/control/wms/orders/"_s + id + u"/dispatch"_s), "{}").object()[u"status"_s].toString(),
        u"DISPATCHED"_s);
    QCOMPARE(m_http.post(control(u"/control/wms/orders/nope/pack"_s), "{}").status, 404);
    QCOMPARE(m_http.send("DELETE", control(u"/control/wms/orders/"_s + id)).status, 200);
    QCOMPARE(m_http.post(control(u"/control/wms/settings"_s), "{\"expireTokens\":true}").status, 200);
    QCOMPARE(m_http.get(QUrl(m_info[u"wmsUrl"_s].toString() + u"/uaa/userinfo"_s), h).status, 401);
}

void TestSandboxProcess::controlStore()
{
    const Reply added = m_http.post(control(u"/control/woo/orders"_s), "{\"count\":3}");
    QCOMPARE(added.status, 200);
    QCOMPARE(added.object()[u"ids"_s].toArray().size(), 3);
    const int id = added.object()[u"ids"_s][0].toInt();
    QCOMPARE(m_http.get(control(u"/control/woo/orders/%1"_s.arg(id))).object()[u"status"_s].toString(),
             u"processing"_s);
    // A refund made in wp-admin, of the first line by SKU; then refunded in full, the order is "refunded".
    const QJsonObject ordered = m_http.get(control(u"/control/woo/orders/%1"_s.arg(id))).object();
    const QString sku = ordered[u"line_items"_s][0][u"sku"_s].toString();
    const Reply refunded =
        m_http.post(control(u"/control/woo/orders/%1/refunds"_s.arg(id)),
                    json({{u"reason"_s, u"Damaged"_s},
                          {u"line_items"_s,
                           QJsonArray {QJsonObject {{u"sku"_s, sku}, {u"quantity"_s, 1}, {u"refund_total"_s, 1}}}}}));
    QCOMPARE(refunded.status, 200);
    QCOMPARE(refunded.object()[u"order"_s][u"refunds"_s].toArray().size(), 1);
    const QJsonArray refunds = m_http.get(control(u"/control/woo/orders/%1/refunds"_s.arg(id))).array();
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds[0][u"line_items"_s][0][u"quantity"_s].toInt(), -1);
    QCOMPARE(refunds[0][u"line_items"_s][0][u"meta_data"_s][0][u"value"_s].toString(),
             QString::number(ordered[u"line_items"_s][0][u"id"_s].toInt()));
    const QString rest = QString::number(ordered[u"total"_s].toString().toDouble() - 1, 'f', 2);
    QCOMPARE(m_http.post(control(u"/control/woo/orders/%1/refunds"_s.arg(id)), json({{u"amount"_s, rest}}))
                 .object()[u"order"_s][u"status"_s]
                 .toString(),
             u"refunded"_s);
    QCOMPARE(m_http.post(control(u"/control/woo/orders/%1/refunds"_s.arg(id)), json({{u"amount"_s, u"1.00"_s}})).status,
             400);
    QCOMPARE(m_http.post(control(u"/control/woo/orders/%1/status"_s.arg(id)), "{\"status\":\"on-hold\"}").status, 200);
    QCOMPARE(
        m_http.post(control(u"/control/woo/settings"_s), "{\"trackingPlugin\":\"advanced-shipment-tracking\"}").status,
        200);
    const Reply index = m_http.get(QUrl(m_info[u"wooHttpsUrl"_s].toString() + u"/wp-json/"_s));
    QVERIFY(index.object()[u"namespaces"_s].toArray().contains(u"wc-ast/v3"_s));
    QCOMPARE(m_http.post(control(u"/control/woo/settings"_s), "{\"dropAuthorizationHeader\":true}").status, 200);
    const Reply stripped = m_http.get(
        QUrl(m_info[u"wooHttpsUrl"_s].toString() + u"/wp-json/wc/v3/orders"_s),
        {{"Authorization", basic(m_info[u"wooConsumerKey"_s].toString(), m_info[u"wooConsumerSecret"_s].toString())}});
    QCOMPARE(stripped.status, 401);
    QCOMPARE(m_http.post(control(u"/control/woo/settings"_s), "{\"dropAuthorizationHeader\":false}").status, 200);

    // The catalogue: a variable product with variations, a generated catalogue, changes, deletion.
    const Reply variable = m_http.post(
        control(u"/control/woo/products"_s),
        R"({"sku": "TEE", "name": "T-shirt", "type": "variable", "variations": [{"sku": "TEE-S"}, {"sku": ""}]})");
    QCOMPARE(variable.status, 200);
    QCOMPARE(variable.object()[u"ids"_s].toArray().size(), 3);
    const int variation = variable.object()[u"ids"_s][1].toInt();
    const Reply generated = m_http.post(control(u"/control/woo/products"_s),
                                        R"({"catalogue": {"prefix": "CTL", "simple": 4, "withoutSku": 1}})");
    QCOMPARE(generated.object()[u"ids"_s].toArray().size(), 5);
    QCOMPARE(m_http.post(control(u"/control/woo/products"_s), R"({"type": "grouped"})").status, 400);
    const Reply changed =
        m_http.post(control(u"/control/woo/products/%1"_s.arg(variation)), R"({"manageStock": true, "stock": 2})");
    QCOMPARE(changed.object()[u"stock_quantity"_s].toInt(), 2);
    QCOMPARE(m_http.send("DELETE", control(u"/control/woo/products/%1"_s.arg(variation))).status, 200);
    const Reply all = m_http.get(control(u"/control/woo/products"_s));
    QStringList skus;
    for (const QJsonValue &p : all.array())
        skus << p[u"sku"_s].toString();
    QVERIFY(!skus.contains(u"TEE-S"_s));
    QCOMPARE(skus.count(u"TEE"_s), 2); // the parent and the variation without an SKU of its own
    QVERIFY(skus.contains(u"CTL-00004"_s));
}

void TestSandboxProcess::automaticMode()
{
    QCOMPARE(
        m_http
            .post(control(u"/control/wms/automatic"_s), "{\"enabled\":true,\"packAfterMs\":50,\"dispatchAfterMs\":50}")
            .status,
        200);
    const QString token = wmsToken();
    const QString tenant = m_info[u"wmsTenantId"_s].toString();
    const QList<QPair<QByteArray, QByteArray>> h {{"Authorization", "Bearer " + token.toUtf8()},
                                                  {"Accept-Version", "1"}};
    const QJsonObject order {
        {u"references"_s, QJsonObject {{u"customer"_s, u"WC-AUTO-9"_s}}},
        {u"customer"_s, QJsonObject {{u"name"_s, u"Acme Apparel"_s}}},
        {u"details"_s,
         QJsonObject {{u"deliver"_s,
                       QJsonObject {{u"address"_s,
                                     QJsonObject {{u"contactName"_s, u"Jane"_s},
                                                  {u"address1"_s, u"1 St"_s},
                                                  {u"city"_s, u"Brisbane"_s}}}}}}},
        {u"items"_s,
         QJsonArray {QJsonObject {
             {u"details"_s,
              QJsonObject {
                  {u"product"_s, QJsonObject {{u"references"_s, QJsonObject {{u"code"_s, u"TSHIRT-BLK-M"_s}}}}}}},
             {u"measures"_s, QJsonObject {{u"quantity"_s, 1}}}}}}};
    const QUrl base(m_info[u"wmsUrl"_s].toString() + u"/tenants/"_s + tenant + u"/outbound-orders"_s);
    const Reply created = m_http.post(base, json(order), h);
    QCOMPARE(created.status, 201);
    const QUrl one(base.toString() + u'/' + created.object()[u"id"_s].toString());
    QTRY_COMPARE_WITH_TIMEOUT(m_http.get(one, h).object()[u"status"_s].toString(), u"DISPATCHED"_s, 5000);
}

void TestSandboxProcess::hostileOffByDefaultAndSeeded()
{
    // The demo process runs with every unkindness off.
    const QJsonObject wms = m_http.get(control(u"/control/wms/hostile"_s)).object();
    QCOMPARE(wms[u"duplicateCheck"_s].toBool(), true);
    QCOMPARE(wms[u"searchLagMs"_s].toInt(), 0);
    QCOMPARE(wms[u"overrideStatuses"_s].toArray(), QJsonArray {u"REJECTED"_s});
    const QJsonObject woo = m_http.get(control(u"/control/woo/hostile"_s)).object();
    QCOMPARE(woo[u"firewallBlocks"_s].toInt(), 0);
    QCOMPARE(woo[u"home"_s].toString(), QString());

    // A seed switches them like the control API does.
    const Reply seeded =
        m_http.post(control(u"/control/seed"_s),
                    R"({"wms": {"hostile": {"maxPageSize": 7}}, "store": {"hostile": {"clockSkewSeconds": 5}}})");
    QCOMPARE(seeded.status, 200);
    QCOMPARE(m_http.get(control(u"/control/wms/hostile"_s)).object()[u"maxPageSize"_s].toInt(), 7);
    QCOMPARE(m_http.get(control(u"/control/woo/hostile"_s)).object()[u"clockSkewSeconds"_s].toInt(), 5);
    QCOMPARE(m_http.post(control(u"/control/seed"_s), R"({"wms": {"hostile": {"maxPageSize": -1}}})").status, 400);
    QCOMPARE(m_http.post(control(u"/control/wms/hostile"_s), R"({"maxPageSize": 0})").status, 200);
    QCOMPARE(m_http.post(control(u"/control/woo/hostile"_s), R"({"clockSkewSeconds": 0})").status, 200);
}

void TestSandboxProcess::hostileFlags()
{
    QProcess process;
    process.setProgram(QStringLiteral(WHARF_SANDBOX_EXE));
    process.setArguments({u"--no-https"_s, u"--wms-hostile"_s, u"duplicateCheck=false"_s, u"--wms-hostile"_s,
                          u"overrideStatuses=REJECTED,DRAFT"_s, u"--woo-hostile"_s, u"firewallBlocks=2"_s,
                          u"--woo-hostile"_s, u"home=plain-http"_s, u"--woo-hostile"_s,
                          uR"(afterRead={"action":"trash","times":1})"_s});
    process.start();
    QVERIFY(process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
    const QJsonObject info = QJsonDocument::fromJson(process.readLine()).object();
    const QString base = info[u"controlUrl"_s].toString();
    const QJsonObject wms = m_http.get(QUrl(base + u"/control/wms/hostile"_s)).object();
    QCOMPARE(wms[u"duplicateCheck"_s].toBool(), false);
    QCOMPARE(wms[u"overrideStatuses"_s].toArray(), (QJsonArray {u"REJECTED"_s, u"DRAFT"_s}));
    const QJsonObject woo = m_http.get(QUrl(base + u"/control/woo/hostile"_s)).object();
    QCOMPARE(woo[u"firewallBlocks"_s].toInt(), 2);
    QCOMPARE(woo[u"home"_s].toString(), u"plain-http"_s);
    QCOMPARE(woo[u"afterRead"_s][0][u"action"_s].toString(), u"trash"_s);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));

    // The shipped seed with every unkindness on loads.
    QProcess unkind;
    unkind.start(QStringLiteral(WHARF_SANDBOX_EXE),
                 {u"--no-https"_s, u"--seed"_s, QStringLiteral(WHARF_SANDBOX_SEEDS "/unkind.json")});
    QVERIFY(unkind.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(unkind.canReadLine(), 20000);
    const QString unkindControl = QJsonDocument::fromJson(unkind.readLine()).object()[u"controlUrl"_s].toString();
    QCOMPARE(m_http.get(QUrl(unkindControl + u"/control/wms/hostile"_s)).object()[u"duplicateCheck"_s].toBool(), false);
    QCOMPARE(m_http.get(QUrl(unkindControl + u"/control/woo/hostile"_s)).object()[u"shiftPages"_s].toInt(), 5);
    unkind.terminate();
    QVERIFY(unkind.waitForFinished(10000));

    QProcess bad;
    bad.start(QStringLiteral(WHARF_SANDBOX_EXE), {u"--no-https"_s, u"--wms-hostile"_s, u"noSuchKey=1"_s});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
}

void TestSandboxProcess::help()
{
    QProcess help;
    help.start(QStringLiteral(WHARF_SANDBOX_EXE), {u"--help"_s});
    QVERIFY(help.waitForFinished(10000));
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    for (const QString &needle : {u"--woo-http-port"_s,
                                  u"--woo-https-port"_s,
                                  u"--wms-port"_s,
                                  u"--control-port"_s,
                                  u"--seed"_s,
                                  u"--demo"_s,
                                  u"--wms-create-limit"_s,
                                  u"--fault"_s,
                                  u"/control/log"_s,
                                  u"SIGTERM"_s,
                                  u"\"generate\""_s,
                                  u"--wms-hostile"_s,
                                  u"--woo-hostile"_s,
                                  u"--woo-bulk-edit"_s,
                                  u"/control/requests"_s,
                                  u"/control/woo/orders/{id}/refunds"_s,
                                  u"searchLagMs"_s,
                                  u"commitDelayMs"_s,
                                  u"duplicateCheck"_s,
                                  u"overrideStatuses"_s,
                                  u"consignmentsPerOrder"_s,
                                  u"retrackAfterDispatchMs"_s,
                                  u"deleteEvery"_s,
                                  u"maxPageSize"_s,
                                  u"shiftPages"_s,
                                  u"firewallBlocks"_s,
                                  u"clockSkewSeconds"_s,
                                  u"home="_s,
                                  u"afterRead"_s,
                                  u"/control/woo/bulk"_s,
                                  u"\"hostile\""_s}) {
        QVERIFY2(text.contains(needle), qPrintable(needle));
    }
}

void TestSandboxProcess::sigtermStopsCleanly()
{
    ::kill(pid_t(m_process.processId()), SIGTERM);
    QVERIFY(m_process.waitForFinished(10000));
    QCOMPARE(m_process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
