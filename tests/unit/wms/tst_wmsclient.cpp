#include "core/net/ratelimiter.h"
#include "core/wms/wmsclient.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using wharf::net::Result;
using wharf::wms::CreateOutcome;
using wharf::wms::WmsClient;
using wharf::wms::WmsConnection;
using wharf::wms::WmsUser;
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

} // namespace

// A deliberately small fake of the CartonCloud API: only what token handling and create outcomes need.
class tst_WmsClient : public QObject
{
    Q_OBJECT

private:
    QHttpServer m_server;
    QHttpServer m_tls;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    int m_tokenRequests = 0;
    int m_userinfoRequests = 0;
    int m_createRequests = 0;
    int m_requestsWithoutVersion = 0;
    QByteArray m_validToken;
    qint64 m_expiresIn = 3600;
    bool m_rejectClient = false;
    bool m_rejectEveryToken = false;
    QString m_createMode;
    std::chrono::milliseconds m_now {0};
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<WmsClient> m_client;

    void countVersion(const QHttpServerRequest &r)
    {
        if (r.value("Accept-Version") != "1")
            ++m_requestsWithoutVersion;
    }

    template<typename T> Result<T> wait(std::function<void(WmsClient &, QObject *, wharf::net::Callback<T>)> start)
    {
        Result<T> out;
        bool done = false;
        start(*m_client, this, [&](const Result<T> &r) {
            out = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qWarning("call did not complete");
        return out;
    }

    Result<WmsUser> userInfo()
    {
        return wait<WmsUser>([](WmsClient &c, QObject *ctx, auto cb) { c.userInfo(ctx, cb); });
    }

    Result<CreateOutcome> create()
    {
        const QJsonObject payload {{u"references"_s, QJsonObject {{u"customer"_s, u"WC-1"_s}}}};
        return wait<CreateOutcome>(
            [payload](WmsClient &c, QObject *ctx, auto cb) { c.createOutboundOrder(payload, ctx, cb); });
    }

    void addRoutes(QHttpServer &server)
    {
        server.route(u"/uaa/oauth/token"_s, QHttpServerRequest::Method::Post,
                     [this](const QHttpServerRequest &r) -> QHttpServerResponse {
                         countVersion(r);
                         ++m_tokenRequests;
                         const QByteArray expected = "Basic " + QByteArray("client-1:secret-1").toBase64();
                         if (m_rejectClient || r.value("Authorization") != expected
                             || r.body() != "grant_type=client_credentials")
                             return QHttpServerResponse(QJsonArray {QJsonObject {{u"message"_s, u"Bad credentials"_s}}},
                                                        Status::Unauthorized);
                         m_validToken = "tok-" + QByteArray::number(m_tokenRequests);
                         return QHttpServerResponse(QJsonObject {{u"access_token"_s, QString::fromLatin1(m_validToken)},
                                                                 {u"token_type"_s, u"bearer"_s},
                                                                 {u"expires_in"_s, m_expiresIn}});
                     });
        server.route(u"/uaa/userinfo"_s, [this](const QHttpServerRequest &r) -> QHttpServerResponse {
            countVersion(r);
            ++m_userinfoRequests;
            if (m_rejectEveryToken || r.value("Authorization") != "Bearer " + m_validToken)
                return QHttpServerResponse(QJsonArray {QJsonObject {{u"message"_s, u"Invalid token"_s}}},
                                           Status::Unauthorized);
            return QHttpServerResponse(QJsonObject {
                {u"id"_s, u"u1"_s},
                {u"name"_s, u"Api User"_s},
                {u"tenants"_s, QJsonArray {QJsonObject {{u"id"_s, u"t1"_s}, {u"name"_s, u"Warehouse Co"_s}}}}});
        });
        server.route(u"/tenants/<arg>/outbound-orders"_s, QHttpServerRequest::Method::Post,
                     [this](const QString &, const QHttpServerRequest &r) -> QHttpServerResponse {
                         countVersion(r);
                         ++m_createRequests;
                         const QJsonObject order {{u"id"_s, u"o1"_s},
                                                  {u"status"_s, u"AWAITING_PICK_AND_PACK"_s},
                                                  {u"references"_s, QJsonObject {{u"customer"_s, u"WC-1"_s}}}};
                         if (m_createMode == u"201"_s)
                             return QHttpServerResponse(order, Status::Created);
                         if (m_createMode == u"228"_s) {
                             QJsonObject rejected = order;
                             rejected.insert(u"status"_s, u"REJECTED"_s);
                             rejected.insert(
                                 u"details"_s,
                                 QJsonObject {{u"errors"_s,
                                               QJsonArray {QJsonObject {{u"message"_s, u"Product not found"_s},
                                                                        {u"isResolved"_s, false}}}}});
                             return QHttpServerResponse(rejected, static_cast<Status>(228));
                         }
                         if (m_createMode == u"duplicate"_s)
                             return QHttpServerResponse(
                                 QJsonArray {QJsonObject {{u"field"_s, u"/references/customer"_s},
                                                          {u"message"_s, u"Already exists"_s},
                                                          {u"type"_s, u"DUPLICATE"_s},
                                                          {u"details"_s, QJsonObject {{u"duplicateId"_s, u"o0"_s}}}}},
                                 Status::UnprocessableEntity);
                         if (m_createMode == u"429"_s) {
                             QHttpServerResponse limited(Status::TooManyRequests);
                             limited.addHeader("Retry-After", "30");
                             return limited;
                         }
                         return QHttpServerResponse(Status::ServiceUnavailable);
                     });
    }

private Q_SLOTS:
    void initTestCase()
    {
        addRoutes(m_server);
        addRoutes(m_tls);
        m_tls.sslSetup(QSslCertificate(readData("server.pem")), QSslKey(readData("server.key"), QSsl::Rsa));
        m_tlsPort = m_tls.listen(QHostAddress::LocalHost);
        QVERIFY(m_tlsPort);
        m_port = m_server.listen(QHostAddress::LocalHost);
        QVERIFY(m_port);
    }

    void init()
    {
        m_tokenRequests = m_userinfoRequests = m_createRequests = m_requestsWithoutVersion = 0;
        m_validToken.clear();
        m_expiresIn = 3600;
        m_rejectClient = m_rejectEveryToken = false;
        m_now = 0ms;
        m_client.reset();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<WmsClient>(m_nam.get());
        wharf::net::RetryPolicy fast;
        fast.baseDelay = 1ms;
        fast.maxDelay = 2ms;
        m_client->http()->setRetryPolicy(fast);
        m_client->setClock([this] { return m_now; });
        WmsConnection c;
        c.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
        c.clientId = u"client-1"_s;
        c.clientSecret = u"secret-1"_s;
        c.tenantId = u"t1"_s;
        m_client->setConnection(c);
    }

    void tokenIsCachedAndVersionAlwaysSent()
    {
        QVERIFY(userInfo().ok());
        const auto second = userInfo();
        QVERIFY(second.ok());
        QCOMPARE(second.value.tenants.size(), 1);
        QCOMPARE(second.value.tenants.first().name, u"Warehouse Co"_s);
        QCOMPARE(m_tokenRequests, 1);
        QCOMPARE(m_requestsWithoutVersion, 0);
    }

    void tokenRenewedAMinuteBeforeExpiry()
    {
        QVERIFY(userInfo().ok());
        m_now += 3539s;
        QVERIFY(userInfo().ok());
        QCOMPARE(m_tokenRequests, 1);
        m_now += 2s; // 59 s before expiry
        QVERIFY(userInfo().ok());
        QCOMPARE(m_tokenRequests, 2);
    }

    void concurrentCallsShareOneTokenRequest()
    {
        int done = 0;
        for (int i = 0; i < 3; ++i)
            m_client->userInfo(this, [&done](const Result<WmsUser> &r) { done += r.ok() ? 1 : 100; });
        QTRY_COMPARE(done, 3);
        QCOMPARE(m_tokenRequests, 1);
    }

    void oneRetryOn401()
    {
        QVERIFY(userInfo().ok());
        m_validToken = "revoked-server-side";
        QVERIFY(userInfo().ok());
        QCOMPARE(m_tokenRequests, 2);
    }

    void onlyOneRetryOn401()
    {
        m_rejectEveryToken = true;
        const auto r = userInfo();
        QCOMPARE(r.error.kind, Kind::Auth);
        QCOMPARE(m_userinfoRequests, 2);
        QCOMPARE(m_tokenRequests, 2);
    }

    void rejectedClientSaysSo()
    {
        m_rejectClient = true;
        const auto r = userInfo();
        QCOMPARE(r.error.kind, Kind::Auth);
        QVERIFY(r.error.sentence.contains(u"secret"_s));
        QCOMPARE(m_userinfoRequests, 0);
    }

    void created()
    {
        m_createMode = u"201"_s;
        const auto r = create();
        QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        QCOMPARE(r.value.kind, CreateOutcome::Kind::Created);
        QCOMPARE(r.value.orderId(), u"o1"_s);
    }

    void createdWithIssues()
    {
        m_createMode = u"228"_s;
        const auto r = create();
        QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        QCOMPARE(r.value.kind, CreateOutcome::Kind::CreatedWithIssues);
        QCOMPARE(r.value.order.status, u"REJECTED"_s);
        QCOMPARE(r.value.order.issues, QStringList {u"Product not found"_s});
    }

    void duplicateLinksToTheExistingOrder()
    {
        m_createMode = u"duplicate"_s;
        const auto r = create();
        QVERIFY(r.ok());
        QCOMPARE(r.value.kind, CreateOutcome::Kind::Duplicate);
        QCOMPARE(r.value.orderId(), u"o0"_s);
    }

    void failedCreateIsNeverRepeated()
    {
        m_createMode = u"503"_s;
        const auto r = create();
        QCOMPARE(r.error.kind, Kind::Transient);
        QVERIFY(WmsClient::createOutcomeUnknown(r.error));
        QCOMPARE(m_createRequests, 1);
    }

    void rateLimitedCreateHoldsTheAccount()
    {
        auto limiter = std::make_shared<wharf::net::RateLimiter>(30, 60s, 0ms, [this] { return m_now; });
        m_client->setCreateLimiter(limiter);
        m_createMode = u"429"_s;
        const auto r = create();
        QCOMPARE(r.error.kind, Kind::RateLimited);
        QVERIFY(!WmsClient::createOutcomeUnknown(r.error));
        QCOMPARE(m_createRequests, 1);
        QVERIFY(limiter->waitIfReservedNow() >= 30s);
    }

    void overHttpsWithATrustedCertificate()
    {
        WmsConnection c = m_client->connection();
        c.baseUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(m_tlsPort));
        m_client->setConnection(c);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({QSslCertificate(readData("ca.pem"))});
        m_client->http()->setSslConfiguration(tls);
        const auto r = userInfo();
        QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        QCOMPARE(m_tokenRequests, 1);
    }

    void untrustedCertificateIsRefused()
    {
        WmsConnection c = m_client->connection();
        c.baseUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(m_tlsPort));
        m_client->setConnection(c);
        const auto r = userInfo();
        QCOMPARE(r.error.kind, Kind::Tls);
        QVERIFY(r.error.sentence.contains(u"certificate"_s));
        QCOMPARE(m_tokenRequests, 0); // the client secret never left
    }

    void tenantNeededForTenantCalls()
    {
        WmsConnection c = m_client->connection();
        c.tenantId.clear();
        m_client->setConnection(c);
        const auto r = wait<QList<wharf::wms::WmsCustomer>>(
            [](WmsClient &client, QObject *ctx, auto cb) { client.customers(ctx, cb); });
        QCOMPARE(r.error.kind, Kind::Validation);
        QCOMPARE(m_tokenRequests, 0);
        // Even a refusal decided on the spot arrives later, never inside the call.
        bool called = false;
        m_client->customers(this, [&called](const auto &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }
};

QTEST_GUILESS_MAIN(tst_WmsClient)
#include "tst_wmsclient.moc"
