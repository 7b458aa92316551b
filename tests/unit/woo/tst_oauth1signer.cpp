#include "core/woo/oauth1signer.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using wharf::woo::OAuth1Signer;

class tst_OAuth1Signer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentEncode_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("unreserved") << u"AZaz09-._~"_s << QByteArray("AZaz09-._~");
        QTest::newRow("space") << u"a b"_s << QByteArray("a%20b");
        QTest::newRow("plus") << u"a+b"_s << QByteArray("a%2Bb");
        QTest::newRow("reserved") << u"!*'();:@&=$,/?#[]"_s
                                  << QByteArray("%21%2A%27%28%29%3B%3A%40%26%3D%24%2C%2F%3F%23%5B%5D");
        QTest::newRow("percent") << u"50%"_s << QByteArray("50%25");
        QTest::newRow("unicode") << u"Zoë"_s << QByteArray("Zo%C3%AB");
        QTest::newRow("emoji") << u"📦"_s << QByteArray("%F0%9F%93%A6");
    }

    void percentEncode()
    {
        QFETCH(QString, in);
        QFETCH(QByteArray, out);
        QCOMPARE(OAuth1Signer::percentEncode(in), out);
    }

    // RFC 5849 §3.4.1.1: the signature base string of the worked example, byte for byte.
    void rfc5849BaseString()
    {
        const OAuth1Signer::Params params {
            {u"b5"_s, u"=%3D"_s},
            {u"a3"_s, u"a"_s},
            {u"c@"_s, QString()},
            {u"a2"_s, u"r b"_s},
            {u"oauth_consumer_key"_s, u"9djdj82h48djs9d2"_s},
            {u"oauth_token"_s, u"kkk9d7dh3k39sjv7"_s},
            {u"oauth_signature_method"_s, u"HMAC-SHA1"_s},
            {u"oauth_timestamp"_s, u"137131201"_s},
            {u"oauth_nonce"_s, u"7d8f3e4a"_s},
            {u"c2"_s, QString()},
            {u"a3"_s, u"2 q"_s},
        };
        const QByteArray expected =
            "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%"
            "3D"
            "%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-"
            "SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7";
        QCOMPARE(OAuth1Signer::signatureBaseString("post", QUrl(u"http://EXAMPLE.COM:80/request"_s), params), expected);
    }

    // RFC 5849 §1.2: a complete HMAC-SHA1 signature with known secrets.
    void rfc5849Signature()
    {
        const OAuth1Signer::Params params {
            {u"file"_s, u"vacation.jpg"_s},
            {u"size"_s, u"original"_s},
            {u"oauth_consumer_key"_s, u"dpf43f3p2l4k3l03"_s},
            {u"oauth_token"_s, u"nnch734d00sl2jdk"_s},
            {u"oauth_signature_method"_s, u"HMAC-SHA1"_s},
            {u"oauth_timestamp"_s, u"137131202"_s},
            {u"oauth_nonce"_s, u"chapoH"_s},
        };
        const QByteArray base =
            OAuth1Signer::signatureBaseString("GET", QUrl(u"http://photos.example.net/photos"_s), params);
        QCOMPARE(
            OAuth1Signer::signature(base, u"kd94hf93k423kf44"_s, u"pfkkdhi9sl3r4s00"_s, OAuth1Signer::Method::HmacSha1),
            QByteArray("MdpQcU8iPSUjWoN/UDMsK2sui9I="));
    }

    // WooCommerce's form: HMAC-SHA256, key "secret&", unicode and reserved characters in values, a
    // non-default port in the base URI. The expected value was computed independently (Python's
    // hmac and urllib.parse.quote with safe="-._~").
    void wooCommerceSha256WithUnicodeAndReserved()
    {
        const auto signedParams =
            OAuth1Signer::sign("GET", QUrl(u"http://shop.example:8080/wp-json/wc/v3/orders"_s),
                               {{u"status"_s, u"processing"_s},
                                {u"search"_s, u"Zoë & Jürgen+50%/x?y"_s},
                                {u"_fields"_s, u"id,number"_s},
                                {u"per_page"_s, u"100"_s}},
                               u"ck_abc"_s, u"cs_sécret&=+"_s, u"abcdefghijklmnopqrstuvwxyz012345"_s, 1767225600);
        QString signature;
        for (const auto &p : signedParams) {
            if (p.first == u"oauth_signature"_s)
                signature = p.second;
        }
        QCOMPARE(signature, u"Jz7afC4YZqNfFbdoaJ9i2EPQraqMq99iORDgr0+vskw="_s);
        // No oauth_version: WooCommerce's documentation says to leave it out.
        for (const auto &p : signedParams)
            QVERIFY(p.first != u"oauth_version"_s);
    }

    void encodedQueryRoundTripsThroughAServerDecoder()
    {
        const OAuth1Signer::Params params {{u"search"_s, u"a+b c&d=é"_s}, {u"oauth_signature"_s, u"ab+/=="_s}};
        const QByteArray query = OAuth1Signer::encodeQuery(params);
        QVERIFY(!query.contains('+'));
        QUrl url(u"http://x.example/"_s);
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
        // What the server decodes must be what was signed.
        const QUrlQuery decoded(url);
        QCOMPARE(decoded.queryItemValue(u"search"_s, QUrl::FullyDecoded), u"a+b c&d=é"_s);
        QCOMPARE(decoded.queryItemValue(u"oauth_signature"_s, QUrl::FullyDecoded), u"ab+/=="_s);
        QVERIFY(url.toEncoded().contains("oauth_signature=ab%2B%2F%3D%3D"));
    }

    void nonceIs32RandomCharacters()
    {
        const QString a = OAuth1Signer::makeNonce();
        const QString b = OAuth1Signer::makeNonce();
        QCOMPARE(a.size(), 32);
        QVERIFY(a != b);
        QCOMPARE(OAuth1Signer::percentEncode(a), a.toLatin1());
    }
};

QTEST_GUILESS_MAIN(tst_OAuth1Signer)
#include "tst_oauth1signer.moc"
