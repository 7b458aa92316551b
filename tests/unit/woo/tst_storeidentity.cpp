#include "core/woo/storeidentity.h"

#include <QRegularExpression>
#include <QTest>

using wharf::woo::StoreIdentity;

class TestStoreIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneStoreHowEverItIsWritten_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << "https://shop.example.com"
                               << "shop.example.com";
        QTest::newRow("scheme aside") << "http://shop.example.com/"
                                      << "shop.example.com";
        QTest::newRow("www aside") << "https://www.Shop.Example.com"
                                   << "shop.example.com";
        QTest::newRow("no scheme") << "  shop.example.com  "
                                   << "shop.example.com";
        QTest::newRow("default port") << "https://shop.example.com:443/"
                                      << "shop.example.com";
        QTest::newRow("other port") << "https://shop.example.com:8443"
                                    << "shop.example.com:8443";
        QTest::newRow("in a folder") << "https://example.com/shop/"
                                     << "example.com/shop";
        QTest::newRow("no host") << "https://"
                                 << "";
    }

    void oneStoreHowEverItIsWritten()
    {
        QFETCH(QString, address);
        QFETCH(QString, key);
        QCOMPARE(StoreIdentity::key(address), key);
    }

    void theCodeIs48BitsAndStable()
    {
        const QString code = StoreIdentity::code(QStringLiteral("shop.example.com"));
        QCOMPARE(code.size(), 12);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{12}$")).match(code).hasMatch());
        QCOMPARE(StoreIdentity::code(QStringLiteral("shop.example.com")), code); // every data folder alike
        QVERIFY(StoreIdentity::code(QStringLiteral("shop.example.com:8443")) != code);
    }
};

QTEST_GUILESS_MAIN(TestStoreIdentity)
#include "tst_storeidentity.moc"
