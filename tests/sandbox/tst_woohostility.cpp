#include "httpclient.h"
#include "sandbox.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wharf::sandbox;
using namespace wharf::sandbox::test;

// The WooCommerce store's unkindness (issue 12): each behaviour is off by default and does what it
// says when switched on. Every test starts from the defaults. (Clock skew is in tst_oauth.)
class TestWooHostility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaultsAreKind();
    void listShiftsWhilePaging();
    void bulkActionSharesOneDateModified();
    void trashedOrDeletedAfterHandOff();
    void statusChangedBetweenReads();
    void firewallPage();
    void homeElsewhere();

private:
    QUrl url(const QString &path, const QString &query = {}) const;
    QUrl control(const QString &path, const QString &query = u"store=0"_s) const;
    QList<QPair<QByteArray, QByteArray>> auth() const;
    void setHostile(const QJsonObject &json);
    QList<int> pageThrough(const QList<int> &ids);

    Sandbox m_sandbox;
    HttpClient m_http;
    WooStore *m_store = nullptr;
    QList<int> m_ids;
};

QUrl TestWooHostility::url(const QString &path, const QString &query) const
{
    QUrl u = m_store->httpsUrl();
    u.setPath(path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

QUrl TestWooHostility::control(const QString &path, const QString &query) const
{
    QUrl u(m_sandbox.controlUrl().toString() + path);
    u.setQuery(query);
    return u;
}

QList<QPair<QByteArray, QByteArray>> TestWooHostility::auth() const
{
    return {{"Authorization", basic(m_store->consumerKey(), m_store->consumerSecret())}};
}

void TestWooHostility::setHostile(const QJsonObject &json)
{
    WooHostility hostility = m_store->hostility();
    QString error;
    QVERIFY2(hostility.merge(json, &error), qPrintable(error));
    m_store->setHostility(hostility);
}

void TestWooHostility::initTestCase()
{
    Sandbox::Options options;
    options.controlApi = true;
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
    m_store = m_sandbox.store();
    m_http.ssl = m_sandbox.clientSslConfiguration();
}

void TestWooHostility::init()
{
    m_store->setHostility(WooHostility {});
    // Six fresh processing orders, modified on six different past days.
    m_ids.clear();
    for (int i = 0; i < 6; ++i) {
        m_ids << m_store->addOrder(
            QJsonObject {{u"status"_s, u"processing"_s},
                         {u"line_items"_s, QJsonArray {QJsonObject {{u"sku"_s, u"SKU-1"_s}, {u"quantity"_s, 1}}}},
                         {u"date_created_gmt"_s, u"2026-04-%1T10:00:00"_s.arg(i + 1, 2, 10, QLatin1Char('0'))}});
    }
}

QList<int> TestWooHostility::pageThrough(const QList<int> &ids)
{
    QStringList include;
    for (int id : ids)
        include << QString::number(id);
    QList<int> seen;
    for (int page = 1; page <= 3; ++page) {
        const Reply reply = m_http.get(
            url(u"/wp-json/wc/v3/orders"_s,
                u"orderby=modified&order=asc&per_page=2&page=%1&include=%2"_s.arg(page).arg(include.join(u','))),
            auth());
        [&] {
            QCOMPARE(reply.status, 200);
        }();
        for (const QJsonValue &order : reply.array())
            seen << order[u"id"_s].toInt();
    }
    return seen;
}

void TestWooHostility::defaultsAreKind()
{
    const QJsonObject defaults = WooHostility {}.toJson();
    QCOMPARE(defaults[u"shiftPages"_s].toInt(), 0);
    QCOMPARE(defaults[u"firewallBlocks"_s].toInt(), 0);
    QCOMPARE(defaults[u"clockSkewSeconds"_s].toInt(), 0);
    QCOMPARE(defaults[u"home"_s].toString(), QString());
    QCOMPARE(defaults[u"siteUrl"_s].toString(), QString());
    QCOMPARE(defaults[u"afterRead"_s].toArray(), QJsonArray());

    WooHostility hostility;
    QString error;
    QVERIFY(!hostility.merge({{u"noSuchKey"_s, 1}}, &error));
    QVERIFY(!hostility.merge({{u"afterRead"_s, QJsonObject {{u"action"_s, u"explode"_s}}}}, &error));
    QVERIFY(!hostility.merge({{u"afterRead"_s, QJsonObject {{u"action"_s, u"status"_s}}}}, &error));

    const Reply get = m_http.get(control(u"/control/woo/hostile"_s));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.object(), defaults);
}

void TestWooHostility::listShiftsWhilePaging()
{
    // Off: paging by modified date sees every order once.
    QCOMPARE(pageThrough(m_ids), m_ids);

    // On: after page 1 the first order is edited and moves to the end, so the order that was
    // third slides onto page 1 and page-number paging never sees it.
    setHostile({{u"shiftPages"_s, 1}});
    const QList<int> seen = pageThrough(m_ids);
    QCOMPARE(seen.size(), 6);
    QVERIFY(!seen.contains(m_ids.at(2)));
    QCOMPARE(seen.count(m_ids.at(0)), 2);
    QCOMPARE(m_store->hostility().shiftPages, 0); // used up
}

void TestWooHostility::bulkActionSharesOneDateModified()
{
    const auto modifiedOf = [this](int id) {
        return m_store->order(id)[u"date_modified_gmt"_s].toString();
    };
    QSet<QString> before;
    for (int id : std::as_const(m_ids))
        before << modifiedOf(id);
    QCOMPARE(before.size(), m_ids.size());

    QJsonArray ids;
    for (int id : std::as_const(m_ids))
        ids.append(id);
    const Reply bulk =
        m_http.post(control(u"/control/woo/bulk"_s), json({{u"ids"_s, ids}, {u"status"_s, u"on-hold"_s}}));
    QCOMPARE(bulk.status, 200);
    QCOMPARE(bulk.object()[u"ids"_s].toArray(), ids);
    const QString stamp = bulk.object()[u"date_modified_gmt"_s].toString();
    QVERIFY(!stamp.isEmpty());
    for (int id : std::as_const(m_ids)) {
        QCOMPARE(modifiedOf(id), stamp);
        QCOMPARE(m_store->order(id)[u"status"_s].toString(), u"on-hold"_s);
    }
}

void TestWooHostility::trashedOrDeletedAfterHandOff()
{
    const int trashed = m_ids.at(0);
    const int deleted = m_ids.at(1);
    // Off: reading changes nothing.
    QCOMPARE(m_http.get(url(u"/wp-json/wc/v3/orders/%1"_s.arg(trashed)), auth()).status, 200);
    QCOMPARE(m_store->order(trashed)[u"status"_s].toString(), u"processing"_s);

    // By hand, through the control API.
    QCOMPARE(m_http.post(control(u"/control/woo/orders/%1/trash"_s.arg(trashed)), "{}").status, 200);
    const Reply inTrash = m_http.get(url(u"/wp-json/wc/v3/orders/%1"_s.arg(trashed)), auth());
    QCOMPARE(inTrash.status, 200);
    QCOMPARE(inTrash.object()[u"status"_s].toString(), u"trash"_s);
    QCOMPARE(m_http.send("DELETE", control(u"/control/woo/orders/%1"_s.arg(deleted))).status, 200);
    QCOMPARE(m_http.get(url(u"/wp-json/wc/v3/orders/%1"_s.arg(deleted)), auth()).status, 404);

    // Right after a client read it (hand-off), by a hook.
    const int later = m_ids.at(2);
    setHostile({{u"afterRead"_s, QJsonObject {{u"order"_s, later}, {u"action"_s, u"delete"_s}}}});
    QCOMPARE(m_http.get(url(u"/wp-json/wc/v3/orders/%1"_s.arg(later)), auth()).status, 200);
    QCOMPARE(m_http.get(url(u"/wp-json/wc/v3/orders/%1"_s.arg(later)), auth()).status, 404);
}

void TestWooHostility::statusChangedBetweenReads()
{
    const int id = m_ids.at(3);
    const auto read = [&] {
        return m_http.get(url(u"/wp-json/wc/v3/orders/%1"_s.arg(id)), auth()).object()[u"status"_s].toString();
    };
    QCOMPARE(read(), u"processing"_s);
    QCOMPARE(read(), u"processing"_s);

    // Armed through the control API: the next read of any order changes it once.
    const Reply armed = m_http.post(control(u"/control/woo/hostile"_s),
                                    R"({"afterRead": {"action": "status", "status": "cancelled", "times": 1}})");
    QCOMPARE(armed.status, 200);
    QCOMPARE(read(), u"processing"_s);
    QCOMPARE(read(), u"cancelled"_s);
    QVERIFY(m_store->hostility().afterRead.isEmpty());
    QVERIFY(m_store->setOrderStatus(id, u"processing"_s));
    QCOMPARE(read(), u"processing"_s);
}

void TestWooHostility::firewallPage()
{
    QCOMPARE(m_http.get(url(u"/wp-json/wc/v3/orders"_s), auth()).status, 200);

    setHostile({{u"firewallBlocks"_s, 1}});
    const Reply blocked = m_http.get(url(u"/wp-json/wc/v3/orders"_s), auth());
    QCOMPARE(blocked.status, 403);
    QVERIFY(blocked.header("Content-Type").startsWith("text/html"));
    QVERIFY(blocked.body.contains("Forbidden"));
    QVERIFY(blocked.object().isEmpty()); // not JSON
    QCOMPARE(m_http.get(url(u"/wp-json/wc/v3/orders"_s), auth()).status, 200); // one-shot
}

void TestWooHostility::homeElsewhere()
{
    const auto index = [this] {
        return m_http.get(url(u"/wp-json/"_s)).object();
    };
    QCOMPARE(index()[u"home"_s].toString(), m_store->httpsUrl().toString());
    QCOMPARE(index()[u"url"_s].toString(), m_store->httpsUrl().toString());

    setHostile({{u"home"_s, u"plain-http"_s}});
    QCOMPARE(index()[u"home"_s].toString(), m_store->httpUrl().toString());
    QVERIFY(index()[u"home"_s].toString().startsWith(u"http://"_s));

    setHostile({{u"home"_s, u"other-host"_s}});
    QUrl other = m_store->httpsUrl();
    other.setHost(u"localhost"_s);
    QCOMPARE(index()[u"home"_s].toString(), other.toString());

    setHostile({{u"home"_s, u"https://shop.example.invalid"_s}, {u"siteUrl"_s, u"https://wp.example.invalid"_s}});
    QCOMPARE(index()[u"home"_s].toString(), u"https://shop.example.invalid"_s);
    QCOMPARE(index()[u"url"_s].toString(), u"https://wp.example.invalid"_s);
    const Reply page = m_http.get(url(u"/wp-json/wc/v3/orders"_s), auth());
    QVERIFY(page.header("Link").contains("https://shop.example.invalid/wp-json/"));
}

QTEST_GUILESS_MAIN(TestWooHostility)
#include "tst_woohostility.moc"
