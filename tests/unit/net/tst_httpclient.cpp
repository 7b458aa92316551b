#include "core/net/httpclient.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using wharf::net::ApiError;
using wharf::net::HttpClient;
using wharf::net::HttpRequest;
using wharf::net::HttpResult;
using Kind = wharf::net::ApiError::Kind;
using Status = QHttpServerResponder::StatusCode;

namespace {

QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(WHARF_NET_TESTDATA "/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return f.readAll();
}

QHttpServerResponse withHeader(QHttpServerResponse r, const QByteArray &name, const QByteArray &value)
{
    r.addHeader(name, value);
    return r;
}

// Exposes how many connections watch its destruction.
class Probe : public QObject
{
public:
    int watchers() const { return receivers(SIGNAL(destroyed(QObject *))); }
};

} // namespace

class tst_HttpClient : public QObject
{
    Q_OBJECT

private:
    QHttpServer m_plain;
    QHttpServer m_tls;
    quint16 m_plainPort = 0;
    quint16 m_tlsPort = 0;
    QHash<QString, int> m_hits;
    QByteArray m_lastRequestId;
    QByteArray m_lastAuthorization;
    // A fresh manager per test: QNetworkAccessManager caches connections by host and port, TLS settings
    // included, so one test's untrusted handshake must not leak into the next.
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpClient> m_client;

    QUrl plain(const QString &path) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_plainPort).arg(path)); }
    QUrl tls(const QString &path) const { return QUrl(u"https://127.0.0.1:%1%2"_s.arg(m_tlsPort).arg(path)); }

    HttpResult run(const HttpRequest &request)
    {
        HttpResult result;
        bool done = false;
        m_client->send(request, this, [&](const HttpResult &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qWarning("request did not complete");
        return result;
    }

    static HttpRequest get(const QUrl &url, bool safe = true)
    {
        HttpRequest r;
        r.url = url;
        r.safeToRetry = safe;
        return r;
    }

    QSslConfiguration trustingTestCa() const
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setCaCertificates({QSslCertificate(readData("ca.pem"))});
        return c;
    }

    void addRoutes(QHttpServer &server)
    {
        server.route(u"/ok"_s, [this](const QHttpServerRequest &req) -> QHttpServerResponse {
            ++m_hits[u"ok"_s];
            m_lastRequestId = req.value("X-Request-Id");
            m_lastAuthorization = req.value("Authorization");
            return QHttpServerResponse(QJsonObject {{u"ok"_s, true}});
        });
        server.route(u"/flaky"_s, [this] {
            if (++m_hits[u"flaky"_s] <= 2)
                return QHttpServerResponse(Status::ServiceUnavailable);
            return QHttpServerResponse(QJsonObject {{u"ok"_s, true}});
        });
        server.route(u"/always503"_s, [this] {
            ++m_hits[u"always503"_s];
            return QHttpServerResponse(Status::ServiceUnavailable);
        });
        server.route(u"/slowdown"_s, [this] {
            ++m_hits[u"slowdown"_s];
            return withHeader(QHttpServerResponse(Status::TooManyRequests), "Retry-After", "3600");
        });
        server.route(u"/unauthorized"_s,
                     []() -> QHttpServerResponse { return QHttpServerResponse(Status::Unauthorized); });
        server.route(u"/forbidden"_s, []() -> QHttpServerResponse { return QHttpServerResponse(Status::Forbidden); });
        server.route(u"/missing"_s, []() -> QHttpServerResponse { return QHttpServerResponse(Status::NotFound); });
        server.route(u"/unprocessable"_s,
                     []() -> QHttpServerResponse { return QHttpServerResponse(Status::UnprocessableEntity); });
        server.route(u"/create"_s, [this] {
            ++m_hits[u"create"_s];
            return QHttpServerResponse(Status::ServiceUnavailable);
        });
        server.route(u"/to-http"_s, [this]() -> QHttpServerResponse {
            return withHeader(QHttpServerResponse(Status::Found), "Location", plain(u"/ok"_s).toEncoded());
        });
        server.route(u"/to-other-host"_s, [this] {
            // "localhost" and "127.0.0.1" are different origins for the same server.
            return withHeader(QHttpServerResponse(Status::Found), "Location",
                              "http://localhost:" + QByteArray::number(m_plainPort) + "/ok");
        });
        server.route(u"/same-origin-redirect"_s, []() -> QHttpServerResponse {
            return withHeader(QHttpServerResponse(Status::Found), "Location", "/ok");
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        addRoutes(m_plain);
        addRoutes(m_tls);
        m_plainPort = m_plain.listen(QHostAddress::LocalHost);
        QVERIFY(m_plainPort);
        m_tls.sslSetup(QSslCertificate(readData("server.pem")), QSslKey(readData("server.key"), QSsl::Rsa));
        m_tlsPort = m_tls.listen(QHostAddress::LocalHost);
        QVERIFY(m_tlsPort);
    }

    void init()
    {
        m_hits.clear();
        m_client.reset();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<HttpClient>(m_nam.get());
        wharf::net::RetryPolicy fast;
        fast.maxAttempts = 3;
        fast.baseDelay = 1ms;
        fast.maxDelay = 4ms;
        m_client->setRetryPolicy(fast);
        m_client->setRandomSource([] { return 0.5; });
    }

    void successCarriesStatusJsonAndRequestId()
    {
        const HttpResult r = run(get(plain(u"/ok"_s)));
        QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.object().value(u"ok"_s).toBool(), true);
        QCOMPARE(r.attempts, 1);
        QVERIFY(!r.requestId.isEmpty());
        QCOMPARE(m_lastRequestId, r.requestId);
    }

    void safeRequestRetriedUntilItWorks()
    {
        const HttpResult r = run(get(plain(u"/flaky"_s)));
        QVERIFY(r.ok());
        QCOMPARE(r.attempts, 3);
        QCOMPARE(m_hits.value(u"flaky"_s), 3);
    }

    void retriesAreBounded()
    {
        const HttpResult r = run(get(plain(u"/always503"_s)));
        QCOMPARE(r.error.kind, Kind::Transient);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(m_hits.value(u"always503"_s), 3);
        QVERIFY(!r.error.sentence.isEmpty());
    }

    void unsafeRequestNeverRetried()
    {
        HttpRequest r = get(plain(u"/create"_s), false);
        r.method = "POST";
        r.body = "{}";
        const HttpResult result = run(r);
        QCOMPARE(result.error.kind, Kind::Transient);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(m_hits.value(u"create"_s), 1);
    }

    void longRetryAfterIsReportedNotWaited()
    {
        const HttpResult r = run(get(plain(u"/slowdown"_s)));
        QCOMPARE(r.error.kind, Kind::RateLimited);
        QCOMPARE(r.error.retryAfter, 3600s);
        QCOMPARE(r.attempts, 1);
    }

    void statusesMapToKinds_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("401") << u"/unauthorized"_s << Kind::Auth;
        QTest::newRow("403") << u"/forbidden"_s << Kind::Permission;
        QTest::newRow("404") << u"/missing"_s << Kind::NotFound;
        QTest::newRow("422") << u"/unprocessable"_s << Kind::Validation;
    }

    void statusesMapToKinds()
    {
        QFETCH(QString, path);
        QFETCH(Kind, kind);
        const HttpResult r = run(get(plain(path)));
        QCOMPARE(r.error.kind, kind);
        QCOMPARE(r.attempts, 1); // none of these is worth repeating
        QVERIFY(r.error.sentence.contains(u"127.0.0.1"_s));
    }

    void connectionRefusedIsNetwork()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        HttpRequest r = get(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)), false);
        const HttpResult result = run(r);
        QCOMPARE(result.error.kind, Kind::Network);
        QVERIFY(!result.error.sentence.isEmpty());
    }

    void transferTimeoutIsTransient()
    {
        // Accepts the connection and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        HttpRequest r = get(QUrl(u"http://127.0.0.1:%1/"_s.arg(silent.serverPort())), false);
        r.transferTimeoutMs = 200;
        const HttpResult result = run(r);
        QCOMPARE(result.error.kind, Kind::Transient);
        QVERIFY(result.error.sentence.contains(u"in time"_s));
    }

    void untrustedCertificateIsTlsError()
    {
        const HttpResult r = run(get(tls(u"/ok"_s), true));
        QCOMPARE(r.error.kind, Kind::Tls);
        QCOMPARE(r.attempts, 1); // a certificate does not fix itself
        QVERIFY(r.error.sentence.contains(u"certificate"_s));
        QCOMPARE(m_hits.value(u"ok"_s), 0);
    }

    void trustedCertificateWorks()
    {
        m_client->setSslConfiguration(trustingTestCa());
        const HttpResult r = run(get(tls(u"/ok"_s)));
        QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        QCOMPARE(r.status, 200);
    }

    void neverRedirectsFromHttpsToHttp()
    {
        m_client->setSslConfiguration(trustingTestCa());
        const HttpResult r = run(get(tls(u"/to-http"_s)));
        QCOMPARE(r.error.kind, Kind::Tls);
        QVERIFY(r.error.sentence.contains(u"unencrypted"_s));
        QCOMPARE(m_hits.value(u"ok"_s), 0);
    }

    void credentialsNeverFollowAnotherOrigin()
    {
        HttpRequest r = get(plain(u"/to-other-host"_s));
        r.carriesCredentials = true;
        r.setHeader("Authorization", "Basic c2VjcmV0");
        const HttpResult result = run(r);
        QCOMPARE(result.error.kind, Kind::InvalidResponse);
        QCOMPARE(m_hits.value(u"ok"_s), 0);
    }

    void redirectsWithoutCredentialsAreFollowed()
    {
        const HttpResult r = run(get(plain(u"/to-other-host"_s)));
        QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        QCOMPARE(r.finalUrl.host(), u"localhost"_s);
    }

    void sameOriginRedirectKeepsCredentials()
    {
        HttpRequest r = get(plain(u"/same-origin-redirect"_s));
        r.carriesCredentials = true;
        r.setHeader("Authorization", "Basic c2VjcmV0");
        const HttpResult result = run(r);
        QVERIFY2(result.ok(), qPrintable(result.error.sentence));
        QCOMPARE(result.finalUrl.path(), u"/ok"_s);
    }

    void prepareRunsForEveryAttempt()
    {
        int prepared = 0;
        HttpRequest r = get(plain(u"/flaky"_s));
        r.prepare = [&prepared](QNetworkRequest &req) {
            ++prepared;
            req.setRawHeader("Authorization", "Bearer attempt-" + QByteArray::number(prepared));
        };
        QVERIFY(run(r).ok());
        QCOMPARE(prepared, 3);
    }

    void destroyedContextGetsNoCallback()
    {
        bool called = false;
        {
            QObject context;
            m_client->send(get(plain(u"/ok"_s)), &context, [&called](const HttpResult &) { called = true; });
        }
        QTRY_COMPARE(m_client->pendingCount(), 0);
        QVERIFY(!called);
    }

    void finishedCallsStopWatchingTheirContext()
    {
        Probe probe;
        int done = 0;
        for (int i = 0; i < 5; ++i)
            m_client->send(get(plain(u"/ok"_s)), &probe, [&done](const HttpResult &) { ++done; });
        QCOMPARE(probe.watchers(), 5);
        QTRY_COMPARE(done, 5);
        QCOMPARE(probe.watchers(), 0);
    }

    void logsNeverShowSecrets()
    {
        QUrl url(u"https://shop.example/wp-json/wc/v3/orders?per_page=1&consumer_key=ck_1&consumer_secret=cs_2"
                 "&oauth_signature=abc%3D"_s);
        const QString shown = HttpClient::redactedUrl(url);
        QVERIFY(!shown.contains(u"cs_2"_s));
        QVERIFY(!shown.contains(u"ck_1"_s));
        QVERIFY(!shown.contains(u"abc"_s));
        QVERIFY(shown.contains(u"per_page=1"_s));
        QVERIFY(!HttpClient::redactedUrl(QUrl(u"https://user:pw@x.example/"_s)).contains(u"pw"_s));
    }
};

QTEST_GUILESS_MAIN(tst_HttpClient)
#include "tst_httpclient.moc"
