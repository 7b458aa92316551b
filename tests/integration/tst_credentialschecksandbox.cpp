#include "core/woo/credentialscheck.h"
#include "sandbox/sandbox.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using wharf::sandbox::Fault;
using wharf::sandbox::Sandbox;
using wharf::sandbox::WooStore;
using wharf::woo::CredentialsCheck;
using wharf::woo::CredentialsCheckResult;
using wharf::woo::TrackingPlugin;
using wharf::woo::WooConnection;
using Verdict = wharf::woo::CredentialsCheckResult::Verdict;
using Permission = wharf::sandbox::WooStore::KeyPermission;

// Every case the wizard's live check must tell apart, each against the sandbox store, over HTTPS
// (Basic auth, query-string keys) and plain HTTP (OAuth 1.0a).
class tst_CredentialsCheckSandbox : public QObject
{
    Q_OBJECT

private:
    Sandbox m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QSet<QString> m_sentences;

    WooStore *store() const { return m_sandbox.store(); }

    CredentialsCheckResult check(const QString &address, const QString &key, const QString &secret,
                                 bool trustSandbox = true)
    {
        CredentialsCheck check(m_nam.get());
        if (trustSandbox)
            check.client()->http()->setSslConfiguration(m_sandbox.clientSslConfiguration());
        QSignalSpy finished(&check, &CredentialsCheck::finished);
        check.start(address, key, secret);
        if (!finished.wait(60000))
            return {};
        const auto result = finished.first().first().value<CredentialsCheckResult>();
        m_sentences.insert(result.sentence);
        return result;
    }

    QString https() const { return store()->httpsUrl().toString(); }
    QString http() const { return store()->httpUrl().toString(); }
    QString key(Permission p = Permission::ReadWrite) const { return store()->consumerKey(p); }
    QString secret(Permission p = Permission::ReadWrite) const { return store()->consumerSecret(p); }
    static QString unknownKey() { return u"ck_"_s + QString(40, u'0'); }
    static QString badSecret() { return u"cs_"_s + QString(40, u'1'); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        store()->faults().clear();
        store()->setDropAuthorizationHeader(false);
        store()->setTrackingPlugin(WooStore::TrackingPlugin::ShipmentTracking);
        store()->requestLog().clear();
    }

    void okOverHttps()
    {
        // The kind of address people paste: no scheme, an admin page, a trailing slash.
        const QString pasted = store()->httpsUrl().authority() + u"/wp-admin/admin.php?page=wc-settings"_s;
        QUrl withScheme = store()->httpsUrl();
        const auto r = check(u"  https://"_s + pasted + u"  "_s, key(), secret());
        QCOMPARE(r.verdict, Verdict::Ok);
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.connection.home, withScheme);
        QCOMPARE(r.connection.auth, WooConnection::AuthMode::Basic);
        QCOMPARE(r.connection.tracking, TrackingPlugin::ShipmentTracking);
        QVERIFY(!r.plainHttp);
        QVERIFY(!r.authorizationHeaderStripped);
    }

    void okOverPlainHttpWarns()
    {
        const auto r = check(http(), key(), secret());
        QCOMPARE(r.verdict, Verdict::Ok);
        QVERIFY(r.plainHttp);
        QCOMPARE(r.connection.auth, WooConnection::AuthMode::OAuth1);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().contains(u"HTTPS"_s));
    }

    void advancedShipmentTrackingIsRecognised()
    {
        store()->setTrackingPlugin(WooStore::TrackingPlugin::AdvancedShipmentTracking);
        const auto r = check(https(), key(), secret());
        QCOMPARE(r.verdict, Verdict::Ok);
        QCOMPARE(r.connection.tracking, TrackingPlugin::AdvancedShipmentTracking);
    }

    void noTrackingPlugin()
    {
        store()->setTrackingPlugin(WooStore::TrackingPlugin::None);
        const auto r = check(https(), key(), secret());
        QCOMPARE(r.verdict, Verdict::Ok);
        QCOMPARE(r.connection.tracking, TrackingPlugin::None);
    }

    void wrongKey_data()
    {
        QTest::addColumn<bool>("overHttps");
        QTest::newRow("https") << true;
        QTest::newRow("http") << false;
    }

    void wrongKey()
    {
        QFETCH(bool, overHttps);
        const auto r = check(overHttps ? https() : http(), unknownKey(), secret());
        QCOMPARE(r.verdict, Verdict::WrongKey);
        QVERIFY(r.sentence.contains(u"consumer key"_s));
    }

    void wrongSecret_data() { wrongKey_data(); }

    void wrongSecret()
    {
        QFETCH(bool, overHttps);
        const auto r = check(overHttps ? https() : http(), key(), badSecret());
        QCOMPARE(r.verdict, Verdict::WrongSecret);
        QVERIFY(!r.sentence.isEmpty());
    }

    void readOnlyKey_data() { wrongKey_data(); }

    void readOnlyKey()
    {
        QFETCH(bool, overHttps);
        const auto r = check(overHttps ? https() : http(), key(Permission::Read), secret(Permission::Read));
        QCOMPARE(r.verdict, Verdict::ReadOnlyKey);
        QVERIFY(r.sentence.contains(u"read-only"_s));
    }

    void writeOnlyKey()
    {
        const auto r = check(https(), key(Permission::Write), secret(Permission::Write));
        QCOMPARE(r.verdict, Verdict::WriteOnlyKey);
    }

    void hostStripsAuthorizationHeader()
    {
        store()->setDropAuthorizationHeader(true);
        const auto r = check(https(), key(), secret());
        QCOMPARE(r.verdict, Verdict::Ok);
        QVERIFY(r.authorizationHeaderStripped);
        QCOMPARE(r.connection.auth, WooConnection::AuthMode::QueryString);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().contains(u"Authorization header"_s));
    }

    void hostStripsHeaderAndKeyIsUnknown()
    {
        store()->setDropAuthorizationHeader(true);
        const auto r = check(https(), unknownKey(), secret());
        QCOMPARE(r.verdict, Verdict::WrongKey);
    }

    void keyUserLacksCapability()
    {
        WooStore::ApiKey weak;
        weak.consumerKey = u"ck_"_s + QString(40, u'a');
        weak.consumerSecret = u"cs_"_s + QString(40, u'b');
        weak.canManage = false;
        store()->addKey(weak);
        const auto r = check(https(), weak.consumerKey, weak.consumerSecret);
        QCOMPARE(r.verdict, Verdict::MissingCapability);
        QVERIFY(r.sentence.contains(u"Shop manager"_s));
    }

    void wooCommerceMissing()
    {
        // A WordPress whose index lists no wc/v3 namespace.
        Fault f = Fault::httpStatus(u"/wp-json/"_s, 200);
        f.body = QJsonDocument(QJsonObject {{u"name"_s, u"Just a blog"_s},
                                            {u"home"_s, store()->httpsUrl().toString()},
                                            {u"namespaces"_s, QJsonArray {u"oembed/1.0"_s, u"wp/v2"_s}}})
                     .toJson();
        store()->faults().add(f);
        const auto r = check(https(), key(), secret());
        QCOMPARE(r.verdict, Verdict::WooCommerceMissing);
        QVERIFY(r.sentence.contains(u"WooCommerce"_s));
    }

    void permalinksOff()
    {
        // Plain permalinks: /wp-json/ is not routed (WordPress shows its HTML 404), ?rest_route=/ is.
        // The sandbox serves both forms and a fault cannot tell them apart (both have the route
        // template /wp-json/), so a small stand-in plays this site.
        QHttpServer site;
        site.route(u"/"_s, [](const QHttpServerRequest &request) -> QHttpServerResponse {
            if (request.query().queryItemValue(u"rest_route"_s, QUrl::FullyDecoded) != u"/"_s)
                return QHttpServerResponse("text/html", "<html>Home</html>");
            return QHttpServerResponse(QJsonObject {{u"name"_s, u"Plain"_s},
                                                    {u"home"_s, u"http://127.0.0.1"_s},
                                                    {u"namespaces"_s, QJsonArray {u"wp/v2"_s, u"wc/v3"_s}}});
        });
        site.route(u"/wp-json/"_s, []() -> QHttpServerResponse {
            return QHttpServerResponse("text/html", "<html>Page not found</html>",
                                       QHttpServerResponder::StatusCode::NotFound);
        });
        const quint16 port = site.listen(QHostAddress::LocalHost);
        QVERIFY(port);
        const auto r = check(u"http://127.0.0.1:%1"_s.arg(port), key(), secret());
        QCOMPARE(r.verdict, Verdict::PermalinksOff);
        QVERIFY(r.sentence.contains(u"Permalinks"_s));
    }

    void notWordPress()
    {
        store()->faults().add(Fault::of(Fault::Kind::HtmlLoginPage, u"*"_s));
        const auto r = check(https(), key(), secret());
        QCOMPARE(r.verdict, Verdict::NotWordPress);
        QVERIFY(r.sentence.contains(u"WordPress"_s));
    }

    void untrustedCertificate()
    {
        const auto r = check(https(), key(), secret(), false);
        QCOMPARE(r.verdict, Verdict::CertificateProblem);
        QVERIFY(r.sentence.contains(u"certificate"_s));
        QCOMPARE(store()->requestLog().count(u"/wp-json/wc/v3/orders"_s), 0);
    }

    void unreachable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const auto r = check(u"http://127.0.0.1:%1"_s.arg(port), key(), secret());
        QCOMPARE(r.verdict, Verdict::Unreachable);
    }

    // A WordPress that errors or is overloaded while being looked up is "not answering", not
    // "not WordPress": the user should try again, not doubt the address.
    void aStoreInTroubleIsUnreachableNotUnknown()
    {
        Fault overloaded = Fault::httpStatus(u"/wp-json/"_s, 503);
        store()->faults().add(overloaded);
        const auto r = check(https(), key(), secret());
        QCOMPARE(r.verdict, Verdict::Unreachable);
        QVERIFY2(!r.sentence.contains(u"WordPress"_s), qPrintable(r.sentence));
    }

    void invalidAddressAndSwappedKeys()
    {
        QCOMPARE(check(u"ftp://example.com"_s, key(), secret()).verdict, Verdict::InvalidAddress);
        QCOMPARE(check(https(), secret(), key()).verdict, Verdict::KeysSwapped);
    }

    void everyCaseHasItsOwnSentence()
    {
        // Sentences gathered by the tests above: as many distinct ones as distinct verdicts met.
        QVERIFY2(m_sentences.size() >= 14, qPrintable(QString::number(m_sentences.size())));
    }

    void secretsNeverReachTheLog()
    {
        QStringList lines;
        static QStringList *sink = nullptr;
        sink = &lines;
        QLoggingCategory::setFilterRules(u"wharf.*=true"_s);
        const auto previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { sink->append(message); });
        store()->setDropAuthorizationHeader(true); // query-string keys: the riskiest path
        const auto r = check(https(), key(), secret());
        const auto oauth = check(http(), key(), secret());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(r.verdict, Verdict::Ok);
        QCOMPARE(oauth.verdict, Verdict::Ok);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : std::as_const(lines)) {
            QVERIFY2(!line.contains(secret()), qPrintable(line));
            QVERIFY2(!line.contains(u"Basic "_s), qPrintable(line));
            QVERIFY2(!line.contains(u"oauth_signature="_s) || line.contains(u"oauth_signature=***"_s),
                     qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(tst_CredentialsCheckSandbox)
#include "tst_credentialschecksandbox.moc"
