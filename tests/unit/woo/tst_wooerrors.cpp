#include "core/woo/wooerrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using wharf::net::ApiError;
using wharf::net::HttpResult;
using wharf::woo::WooErrors;
using Kind = wharf::net::ApiError::Kind;

namespace {

HttpResult failed(int status, const QString &code, const QString &message, Kind transportKind)
{
    HttpResult r;
    r.status = status;
    r.json = QJsonDocument(
        QJsonObject {{u"code"_s, code}, {u"message"_s, message}, {u"data"_s, QJsonObject {{u"status"_s, status}}}});
    r.error = ApiError::make(transportKind, u"generic"_s, status);
    return r;
}

} // namespace

class tst_WooErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("mustContain");
        const QString authError = u"woocommerce_rest_authentication_error"_s;
        QTest::newRow("wrong secret") << 401 << authError << u"Consumer secret is invalid."_s << Kind::Auth
                                      << u"consumer secret"_s;
        QTest::newRow("wrong key (oauth)")
            << 401 << authError << u"Consumer key is invalid."_s << Kind::Auth << u"consumer key"_s;
        QTest::newRow("read-only") << 401 << authError << u"The API key provided does not have write permissions."_s
                                   << Kind::Permission << u"read-only"_s;
        QTest::newRow("write-only") << 401 << authError << u"The API key provided does not have read permissions."_s
                                    << Kind::Permission << u"write-only"_s;
        QTest::newRow("signature") << 401 << authError << u"Invalid signature - provided signature does not match."_s
                                   << Kind::Auth << u"signature"_s;
        QTest::newRow("timestamp") << 401 << authError << u"Invalid timestamp."_s << Kind::Transient << u"clock"_s;
        QTest::newRow("nonce") << 401 << authError << u"Invalid nonce - nonce has already been used."_s
                               << Kind::Transient << QString();
        QTest::newRow("scope") << 401 << authError << u"The provided API key cannot be used to access this endpoint."_s
                               << Kind::Permission << QString();
        QTest::newRow("missing oauth") << 401 << u"woocommerce_rest_authentication_missing_parameter"_s
                                       << u"Missing OAuth parameter(s) oauth_nonce"_s << Kind::Auth << QString();
        QTest::newRow("anonymous") << 401 << u"woocommerce_rest_cannot_view"_s << u"Sorry, you cannot list resources."_s
                                   << Kind::Auth << u"Authorization header"_s;
        QTest::newRow("capability") << 403 << u"woocommerce_rest_cannot_batch"_s
                                    << u"Sorry, you are not allowed to batch manipulate this resource."_s
                                    << Kind::Permission << u"Shop manager"_s;
        QTest::newRow("no route") << 404 << u"rest_no_route"_s
                                  << u"No route was found matching the URL and request method."_s << Kind::NotFound
                                  << u"plugin"_s;
        QTest::newRow("no order") << 404 << u"woocommerce_rest_shop_order_invalid_id"_s << u"Invalid ID."_s
                                  << Kind::NotFound << u"order 42"_s;
        QTest::newRow("no order on PUT") << 400 << u"woocommerce_rest_shop_order_invalid_id"_s << u"Invalid ID."_s
                                         << Kind::NotFound << u"order 42"_s;
        QTest::newRow("bad param") << 400 << u"rest_invalid_param"_s << u"Invalid parameter(s): per_page"_s
                                   << Kind::Validation << u"per_page"_s;
        QTest::newRow("too many") << 413 << u"woocommerce_rest_request_entity_too_large"_s
                                  << u"Unable to accept more than 100 items for this request."_s << Kind::Validation
                                  << u"100 items"_s;
    }

    void mapping()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(Kind, kind);
        QFETCH(QString, mustContain);
        HttpResult r = failed(status, code, message, Kind::Auth);
        WooErrors::refine(r, u"order 42"_s);
        QCOMPARE(r.error.kind, kind);
        QCOMPARE(r.error.serverCode, code);
        QCOMPARE(r.error.httpStatus, status);
        QVERIFY(!r.error.sentence.isEmpty());
        QVERIFY(r.error.sentence != u"generic"_s);
        if (!mustContain.isEmpty())
            QVERIFY2(r.error.sentence.contains(mustContain, Qt::CaseInsensitive), qPrintable(r.error.sentence));
    }

    void eachKeyProblemHasItsOwnSentence()
    {
        const QString authError = u"woocommerce_rest_authentication_error"_s;
        QSet<QString> sentences;
        for (const QString &message :
             {u"Consumer secret is invalid."_s, u"Consumer key is invalid."_s,
              u"The API key provided does not have write permissions."_s, u"Invalid timestamp."_s}) {
            HttpResult r = failed(401, authError, message, Kind::Auth);
            WooErrors::refine(r);
            sentences.insert(r.error.sentence);
        }
        HttpResult anonymous = failed(401, u"woocommerce_rest_cannot_view"_s, u"x"_s, Kind::Auth);
        WooErrors::refine(anonymous);
        sentences.insert(anonymous.error.sentence);
        QCOMPARE(sentences.size(), 5);
    }

    void htmlInMessagesIsRemoved()
    {
        HttpResult r = failed(400, u"rest_invalid_param"_s, u"Invalid <code>status</code> <a href=\"x\">value</a>"_s,
                              Kind::Validation);
        WooErrors::refine(r);
        QVERIFY(!r.error.sentence.contains(u'<'));
        QVERIFY(r.error.sentence.contains(u"Invalid status value"_s));
    }

    void nonJsonBodyKeepsTransportError()
    {
        HttpResult r;
        r.status = 500;
        r.body = "<html>Internal Server Error</html>";
        r.error = ApiError::make(Kind::Transient, u"transport sentence"_s, 500);
        WooErrors::refine(r);
        QCOMPARE(r.error.kind, Kind::Transient);
        QCOMPARE(r.error.sentence, u"transport sentence"_s);
    }

    // A firewall's 403 page is not WooCommerce refusing the key: tried again, never blocking.
    void aRefusalPageThatIsNotWooCommercesIsTransient_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiError::Kind>("transportKind");
        QTest::newRow("403") << 403 << Kind::Permission;
        QTest::newRow("401") << 401 << Kind::Auth;
    }

    void aRefusalPageThatIsNotWooCommercesIsTransient()
    {
        QFETCH(int, status);
        QFETCH(ApiError::Kind, transportKind);
        HttpResult r;
        r.status = status;
        r.body = "<html><title>Access denied</title>Blocked by WAF</html>";
        r.error = ApiError::make(transportKind, u"transport sentence"_s, status);
        WooErrors::refine(r);
        QCOMPARE(r.error.kind, Kind::Transient);
        QVERIFY2(r.error.sentence.contains(u"firewall"_s), qPrintable(r.error.sentence));
        QVERIFY(r.error.sentence.contains(QString::number(status)));
    }

    void successIsLeftAlone()
    {
        HttpResult r;
        r.status = 200;
        WooErrors::refine(r);
        QVERIFY(r.ok());
    }
};

QTEST_GUILESS_MAIN(tst_WooErrors)
#include "tst_wooerrors.moc"
