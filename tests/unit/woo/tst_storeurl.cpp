#include "core/woo/storeurl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using wharf::woo::StoreUrl;

class tst_StoreUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalise_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("alternative"); // empty when none
        QTest::newRow("plain") << u"https://shop.example.com"_s << u"https://shop.example.com"_s << QString();
        QTest::newRow("whitespace") << u"  https://shop.example.com \n"_s << u"https://shop.example.com"_s << QString();
        QTest::newRow("inner whitespace")
            << u"https://shop. example.com"_s << u"https://shop.example.com"_s << QString();
        QTest::newRow("no scheme") << u"shop.example.com"_s << u"https://shop.example.com"_s << QString();
        QTest::newRow("no scheme, www") << u"www.Shop.Example.com/"_s << u"https://www.shop.example.com"_s << QString();
        QTest::newRow("http kept") << u"http://shop.example.com"_s << u"http://shop.example.com"_s << QString();
        QTest::newRow("uppercase scheme")
            << u"HTTPS://SHOP.EXAMPLE.COM/"_s << u"https://shop.example.com"_s << QString();
        QTest::newRow("trailing slashes")
            << u"https://shop.example.com///"_s << u"https://shop.example.com"_s << QString();
        QTest::newRow("wp-admin") << u"https://shop.example.com/wp-admin/admin.php?page=wc-settings&tab=advanced"_s
                                  << u"https://shop.example.com"_s << QString();
        QTest::newRow("wp-login") << u"https://shop.example.com/wp-login.php?redirect_to=x"_s
                                  << u"https://shop.example.com"_s << QString();
        QTest::newRow("wp-json") << u"https://shop.example.com/wp-json/wc/v3"_s << u"https://shop.example.com"_s
                                 << QString();
        QTest::newRow("subfolder install")
            << u"https://example.com/store/wp-admin/"_s << u"https://example.com/store"_s << QString();
        QTest::newRow("shop page") << u"https://example.com/shop/"_s << u"https://example.com"_s
                                   << u"https://example.com/shop"_s;
        QTest::newRow("product page") << u"https://example.com/product/blue-mug/?attribute=x#reviews"_s
                                      << u"https://example.com"_s << u"https://example.com/product/blue-mug"_s;
        QTest::newRow("default port") << u"https://shop.example.com:443/"_s << u"https://shop.example.com"_s
                                      << QString();
        QTest::newRow("other port") << u"http://127.0.0.1:8080/wp-admin"_s << u"http://127.0.0.1:8080"_s << QString();
        QTest::newRow("user info dropped")
            << u"https://admin:pw@shop.example.com"_s << u"https://shop.example.com"_s << QString();
        QTest::newRow("idn") << u"bücher.example/shop"_s << u"https://bücher.example"_s
                             << u"https://bücher.example/shop"_s;
        QTest::newRow("idn punycode") << u"https://xn--bcher-kva.example"_s << u"https://bücher.example"_s << QString();
    }

    void normalise()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, alternative);
        const auto n = StoreUrl::normalise(input);
        QVERIFY2(n.ok(), qPrintable(n.problem));
        QCOMPARE(StoreUrl::display(n.url), expected);
        if (alternative.isEmpty()) {
            QVERIFY(n.alternatives.isEmpty());
        } else {
            QCOMPARE(n.alternatives.size(), 1);
            QCOMPARE(StoreUrl::display(n.alternatives.first()), alternative);
        }
    }

    void idnGoesOnTheWireAsPunycode()
    {
        const auto n = StoreUrl::normalise(u"bücher.example"_s);
        QVERIFY(n.ok());
        QCOMPARE(n.url.toEncoded(), QByteArray("https://xn--bcher-kva.example"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("ftp") << u"ftp://shop.example.com"_s;
        QTest::newRow("mailto-ish") << u"mailto:shop@example.com"_s;
        QTest::newRow("no host") << u"https://"_s;
    }

    void refused()
    {
        QFETCH(QString, input);
        const auto n = StoreUrl::normalise(input);
        QVERIFY(!n.ok());
        QVERIFY(!n.problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_StoreUrl)
#include "tst_storeurl.moc"
