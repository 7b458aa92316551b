#include "httpclient.h"
#include "oauthsignature.h"
#include "sandbox.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace wharf::sandbox;
using namespace wharf::sandbox::test;

namespace {

// An independent OAuth 1.0a signer (RFC 5849 with Python's hmac and urllib), so that the store
// is not only checked against its own OAuthSignature class.
const char *kPythonSigner = R"py(
import base64, hashlib, hmac, json, sys, urllib.parse
method, url, secret, algo = sys.argv[1:5]
params = json.loads(sys.argv[5])
q = lambda s: urllib.parse.quote(s, safe='~')
pairs = sorted((q(k), q(v)) for k, v in params)
base = method + '&' + q(url) + '&' + q('&'.join(k + '=' + v for k, v in pairs))
digest = hashlib.sha256 if algo == 'HMAC-SHA256' else hashlib.sha1
print(base64.b64encode(hmac.new((secret + '&').encode(), base.encode(), digest).digest()).decode())
)py";

QString pythonSignature(const QByteArray &method, const QString &url, const QString &secret, const QString &algo,
                        const QList<QPair<QString, QString>> &params)
{
    QJsonArray list;
    for (const auto &[k, v] : params)
        list.append(QJsonArray {k, v});
    QProcess python;
    python.start(u"python3"_s,
                 {u"-c"_s, QString::fromUtf8(kPythonSigner), QString::fromLatin1(method), url, secret, algo,
                  QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))});
    if (!python.waitForFinished(20000))
        return {};
    return QString::fromUtf8(python.readAllStandardOutput()).trimmed();
}

QString nonce()
{
    QString out;
    for (int i = 0; i < 32; ++i)
        out.append(QLatin1Char("abcdefghijklmnopqrstuvwxyz0123456789"[QRandomGenerator::global()->bounded(36)]));
    return out;
}

} // namespace

// OAuth 1.0a one-legged over plain HTTP, as WooCommerce checks it.
class TestOAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rfc5849Examples();
    void independentSignatureInQuery_data();
    void independentSignatureInQuery();
    void signatureInAuthorizationHeader();
    void jsonBodyIsNotSigned();
    void nonceReuseRefused();
    void timestampWindow();
    void clockSkew();
    void errors();
    void httpRefusesBasicAndQueryKeys();

private:
    // Signs with OAuthSignature unless `signature` is given; params go in the query.
    Reply signedGet(const QString &path, QList<QPair<QString, QString>> params, const QString &signature = {},
                    const QString &algo = u"HMAC-SHA256"_s,
                    WooStore::KeyPermission p = WooStore::KeyPermission::ReadWrite);
    QList<QPair<QString, QString>> oauthParams(const QString &algo, WooStore::KeyPermission p,
                                               qint64 timestamp = 0) const;
    QString baseUrl(const QString &path) const;

    Sandbox m_sandbox;
    WooStore *m_store = nullptr;
    HttpClient m_http;
};

void TestOAuth::initTestCase()
{
    Sandbox::Options options;
    options.https = false;
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
    m_store = m_sandbox.store();
    m_store->generateOrders(12, 3);
}

QString TestOAuth::baseUrl(const QString &path) const
{
    return m_store->httpUrl().toString() + path;
}

QList<QPair<QString, QString>> TestOAuth::oauthParams(const QString &algo, WooStore::KeyPermission p,
                                                      qint64 timestamp) const
{
    return {{u"oauth_consumer_key"_s, m_store->consumerKey(p)},
            {u"oauth_nonce"_s, nonce()},
            {u"oauth_signature_method"_s, algo},
            {u"oauth_timestamp"_s, QString::number(timestamp ? timestamp : QDateTime::currentSecsSinceEpoch())}};
}

Reply TestOAuth::signedGet(const QString &path, QList<QPair<QString, QString>> params, const QString &signature,
                           const QString &algo, WooStore::KeyPermission p)
{
    params += oauthParams(algo, p);
    QString sig = signature;
    if (sig.isEmpty()) {
        sig = QString::fromLatin1(OAuthSignature::sign(
            algo == u"HMAC-SHA1" ? OAuthSignature::Method::HmacSha1 : OAuthSignature::Method::HmacSha256,
            OAuthSignature::baseString("GET", baseUrl(path), params), m_store->consumerSecret(p)));
    }
    params.append({u"oauth_signature"_s, sig});
    QByteArray query;
    for (const auto &[k, v] : params)
        query += (query.isEmpty() ? "" : "&") + OAuthSignature::encode(k) + '=' + OAuthSignature::encode(v);
    QUrl url = m_store->httpUrl();
    url.setPath(path);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return m_http.get(url);
}

void TestOAuth::rfc5849Examples()
{
    // RFC 5849 section 3.4.1.1: the signature base string of the example request.
    const QList<QPair<QString, QString>> params {{u"b5"_s, u"=%3D"_s},
                                                 {u"a3"_s, u"a"_s},
                                                 {u"c@"_s, u""_s},
                                                 {u"a2"_s, u"r b"_s},
                                                 {u"oauth_consumer_key"_s, u"9djdj82h48djs9d2"_s},
                                                 {u"oauth_token"_s, u"kkk9d7dh3k39sjv7"_s},
                                                 {u"oauth_signature_method"_s, u"HMAC-SHA1"_s},
                                                 {u"oauth_timestamp"_s, u"137131201"_s},
                                                 {u"oauth_nonce"_s, u"7d8f3e4a"_s},
                                                 {u"c2"_s, u""_s},
                                                 {u"a3"_s, u"2 q"_s}};
    const QByteArray base =
        OAuthSignature::baseString("POST", u"http://example.com/request"_s, params, OAuthSignature::KeyOrder::Rfc5849);
    QCOMPARE(base,
             QByteArray("POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%"
                        "253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_"
                        "nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%"
                        "26oauth_token%3Dkkk9d7dh3k39sjv7"));
    QCOMPARE(OAuthSignature::sign(OAuthSignature::Method::HmacSha1, base, u"j49sk3j29djd"_s, u"dh893hdasih9"_s),
             QByteArray("r6/TJjbCOr97/+UU0NsvSne7s5g="));

    // RFC 5849 section 1.2: the photos example.
    const QByteArray photos = OAuthSignature::baseString("GET", u"http://photos.example.net/photos"_s,
                                                         {{u"file"_s, u"vacation.jpg"_s},
                                                          {u"size"_s, u"original"_s},
                                                          {u"oauth_consumer_key"_s, u"dpf43f3p2l4k3l03"_s},
                                                          {u"oauth_token"_s, u"nnch734d00sl2jdk"_s},
                                                          {u"oauth_signature_method"_s, u"HMAC-SHA1"_s},
                                                          {u"oauth_timestamp"_s, u"137131202"_s},
                                                          {u"oauth_nonce"_s, u"chapoH"_s}});
    QCOMPARE(
        OAuthSignature::sign(OAuthSignature::Method::HmacSha1, photos, u"kd94hf93k423kf44"_s, u"pfkkdhi9sl3r4s00"_s),
        QByteArray("MdpQcU8iPSUjWoN/UDMsK2sui9I="));
}

void TestOAuth::independentSignatureInQuery_data()
{
    QTest::addColumn<QString>("algo");
    QTest::addColumn<QString>("extra");
    QTest::newRow("sha256 plain") << u"HMAC-SHA256"_s << u"per_page=5"_s;
    QTest::newRow("sha1 plain") << u"HMAC-SHA1"_s << u"per_page=5"_s;
    QTest::newRow("sha256 comma list and fields")
        << u"HMAC-SHA256"_s << u"status=processing,completed&_fields=id,status"_s;
    QTest::newRow("sha256 unicode and spaces") << u"HMAC-SHA256"_s << u"search=Zoë Ångström&per_page=100"_s;
    QTest::newRow("sha1 reserved characters") << u"HMAC-SHA1"_s << u"search=a+b/c?d*e!'()~"_s;
}

void TestOAuth::independentSignatureInQuery()
{
    QFETCH(QString, algo);
    QFETCH(QString, extra);
    QList<QPair<QString, QString>> params;
    for (const QString &pair : extra.split(u'&')) {
        const qsizetype eq = pair.indexOf(u'=');
        params.append({pair.left(eq), pair.mid(eq + 1)});
    }
    QList<QPair<QString, QString>> all = params + oauthParams(algo, WooStore::KeyPermission::ReadWrite);
    const QString path = u"/wp-json/wc/v3/orders"_s;
    const QString signature = pythonSignature("GET", baseUrl(path), m_store->consumerSecret(), algo, all);
    QVERIFY(!signature.isEmpty());
    all.append({u"oauth_signature"_s, signature});
    QByteArray query;
    for (const auto &[k, v] : all)
        query += (query.isEmpty() ? "" : "&") + OAuthSignature::encode(k) + '=' + OAuthSignature::encode(v);
    QUrl url = m_store->httpUrl();
    url.setPath(path);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    const Reply reply = m_http.get(url);
    QVERIFY2(reply.status == 200, reply.body.constData());
}

void TestOAuth::signatureInAuthorizationHeader()
{
    const QString path = u"/wp-json/wc/v3/orders"_s;
    const QList<QPair<QString, QString>> query {{u"per_page"_s, u"3"_s}};
    const QList<QPair<QString, QString>> oauth = oauthParams(u"HMAC-SHA256"_s, WooStore::KeyPermission::ReadWrite);
    const QString signature =
        pythonSignature("GET", baseUrl(path), m_store->consumerSecret(), u"HMAC-SHA256"_s, query + oauth);
    QByteArray header = "OAuth ";
    for (const auto &[k, v] : oauth)
        header += k.toLatin1() + "=\"" + OAuthSignature::encode(v) + "\", ";
    header += "oauth_signature=\"" + OAuthSignature::encode(signature) + "\"";
    QUrl url = m_store->httpUrl();
    url.setPath(path);
    url.setQuery(u"per_page=3"_s);
    const Reply reply = m_http.get(url, {{"Authorization", header}});
    QVERIFY2(reply.status == 200, reply.body.constData());
    QCOMPARE(reply.array().size(), 3);
}

void TestOAuth::jsonBodyIsNotSigned()
{
    const int id = m_store->orderIds().first();
    const QString path = u"/wp-json/wc/v3/orders/%1"_s.arg(id);
    QList<QPair<QString, QString>> params = oauthParams(u"HMAC-SHA256"_s, WooStore::KeyPermission::ReadWrite);
    const QByteArray base = OAuthSignature::baseString("PUT", baseUrl(path), params);
    params.append({u"oauth_signature"_s,
                   QString::fromLatin1(
                       OAuthSignature::sign(OAuthSignature::Method::HmacSha256, base, m_store->consumerSecret()))});
    QUrlQuery query;
    for (const auto &[k, v] : params)
        query.addQueryItem(k, QString::fromLatin1(OAuthSignature::encode(v)));
    QUrl url = m_store->httpUrl();
    url.setPath(path);
    url.setQuery(query);
    const Reply reply = m_http.put(url, R"({"status":"completed"})");
    QVERIFY2(reply.status == 200, reply.body.constData());
    QCOMPARE(m_store->order(id)[u"status"_s].toString(), u"completed"_s);
}

void TestOAuth::nonceReuseRefused()
{
    const QString path = u"/wp-json/wc/v3/orders"_s;
    QList<QPair<QString, QString>> params = oauthParams(u"HMAC-SHA1"_s, WooStore::KeyPermission::ReadWrite);
    params.append({u"oauth_signature"_s,
                   pythonSignature("GET", baseUrl(path), m_store->consumerSecret(), u"HMAC-SHA1"_s, params)});
    QUrlQuery query;
    for (const auto &[k, v] : params)
        query.addQueryItem(k, QString::fromLatin1(OAuthSignature::encode(v)));
    QUrl url = m_store->httpUrl();
    url.setPath(path);
    url.setQuery(query);
    QCOMPARE(m_http.get(url).status, 200);
    const Reply again = m_http.get(url);
    QCOMPARE(again.status, 401);
    QCOMPARE(again.object()[u"code"_s].toString(), u"woocommerce_rest_authentication_error"_s);
    QCOMPARE(again.object()[u"message"_s].toString(), u"Invalid nonce - nonce has already been used."_s);
}

void TestOAuth::timestampWindow()
{
    const QString path = u"/wp-json/wc/v3/orders"_s;
    for (const qint64 offset : {-16 * 60, 16 * 60}) {
        QList<QPair<QString, QString>> params = oauthParams(u"HMAC-SHA256"_s, WooStore::KeyPermission::ReadWrite,
                                                            QDateTime::currentSecsSinceEpoch() + offset);
        const Reply reply = signedGet(path, {}, {}, u"HMAC-SHA256"_s);
        QCOMPARE(reply.status, 200); // a fresh one passes
        params.append({u"oauth_signature"_s,
                       pythonSignature("GET", baseUrl(path), m_store->consumerSecret(), u"HMAC-SHA256"_s, params)});
        QUrlQuery query;
        for (const auto &[k, v] : params)
            query.addQueryItem(k, QString::fromLatin1(OAuthSignature::encode(v)));
        QUrl url = m_store->httpUrl();
        url.setPath(path);
        url.setQuery(query);
        const Reply stale = m_http.get(url);
        QCOMPARE(stale.status, 401);
        QCOMPARE(stale.object()[u"message"_s].toString(), u"Invalid timestamp."_s);
    }
}

void TestOAuth::clockSkew()
{
    // Off: a client with the right time passes. On: the site's clock is 20 min off, so the same
    // client is refused as WooCommerce refuses it, until the clock is right again.
    const QString path = u"/wp-json/wc/v3/orders"_s;
    QCOMPARE(signedGet(path, {}).status, 200);
    WooHostility hostility;
    hostility.clockSkewSeconds = 20 * 60;
    m_store->setHostility(hostility);
    const Reply skewed = signedGet(path, {});
    QCOMPARE(skewed.status, 401);
    QCOMPARE(skewed.object()[u"code"_s].toString(), u"woocommerce_rest_authentication_error"_s);
    QCOMPARE(skewed.object()[u"message"_s].toString(), u"Invalid timestamp."_s);
    m_store->setHostility(WooHostility {});
    QCOMPARE(signedGet(path, {}).status, 200);
}

void TestOAuth::errors()
{
    const QString path = u"/wp-json/wc/v3/orders"_s;
    const Reply wrong = signedGet(path, {}, u"AAAAAAAAAAAAAAAAAAAAAAAAAAA="_s);
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.object()[u"message"_s].toString(), u"Invalid signature - provided signature does not match."_s);

    const Reply plaintext = signedGet(path, {}, u"x"_s, u"PLAINTEXT"_s);
    QCOMPARE(plaintext.object()[u"message"_s].toString(), u"Invalid signature - signature method is invalid."_s);

    QUrl unknown = m_store->httpUrl();
    unknown.setPath(path);
    unknown.setQuery(u"oauth_consumer_key=ck_unknown&oauth_nonce=abc&oauth_signature_method=HMAC-SHA1&"
                     "oauth_timestamp=1&oauth_signature=x"_s);
    const Reply unknownKey = m_http.get(unknown);
    QCOMPARE(unknownKey.status, 401);
    QCOMPARE(unknownKey.object()[u"message"_s].toString(), u"Consumer key is invalid."_s);

    QUrl partial = m_store->httpUrl();
    partial.setPath(path);
    partial.setQuery(u"oauth_consumer_key="_s + m_store->consumerKey() + u"&oauth_signature=x"_s);
    const Reply missing = m_http.get(partial);
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.object()[u"code"_s].toString(), u"woocommerce_rest_authentication_missing_parameter"_s);
    QVERIFY(missing.object()[u"message"_s].toString().contains(u"oauth_nonce"_s));

    // A read-only key, correctly signed, still may not write.
    const int id = m_store->orderIds().first();
    const QString orderPath = u"/wp-json/wc/v3/orders/%1"_s.arg(id);
    QList<QPair<QString, QString>> params = oauthParams(u"HMAC-SHA256"_s, WooStore::KeyPermission::Read);
    params.append(
        {u"oauth_signature"_s,
         QString::fromLatin1(OAuthSignature::sign(OAuthSignature::Method::HmacSha256,
                                                  OAuthSignature::baseString("PUT", baseUrl(orderPath), params),
                                                  m_store->consumerSecret(WooStore::KeyPermission::Read)))});
    QUrlQuery query;
    for (const auto &[k, v] : params)
        query.addQueryItem(k, QString::fromLatin1(OAuthSignature::encode(v)));
    QUrl url = m_store->httpUrl();
    url.setPath(orderPath);
    url.setQuery(query);
    const Reply readOnly = m_http.put(url, R"({"status":"completed"})");
    QCOMPARE(readOnly.status, 401);
    QCOMPARE(readOnly.object()[u"message"_s].toString(), u"The API key provided does not have write permissions."_s);
}

void TestOAuth::httpRefusesBasicAndQueryKeys()
{
    QUrl url = m_store->httpUrl();
    url.setPath(u"/wp-json/wc/v3/orders"_s);
    const Reply basicReply =
        m_http.get(url, {{"Authorization", basic(m_store->consumerKey(), m_store->consumerSecret())}});
    QCOMPARE(basicReply.status, 401);
    QCOMPARE(basicReply.object()[u"code"_s].toString(), u"woocommerce_rest_cannot_view"_s);
    url.setQuery(u"consumer_key="_s + m_store->consumerKey() + u"&consumer_secret="_s + m_store->consumerSecret());
    QCOMPARE(m_http.get(url).status, 401);
}

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
