#include "core/net/httpclient.h"
#include "core/woo/wooclient.h"
#include "core/woo/woostockwriter.h"
#include "sandbox/sandbox.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using wharf::net::Result;
using wharf::sandbox::Sandbox;
using wharf::woo::WooStockUpdate;
using wharf::woo::WooStockWriter;
using wharf::woo::WooStockWritten;

// WooStockWriter against the sandbox store: products through /products/batch, variations through
// their product's /variations/batch, 100 at a time; the store's refusals per item.
class tst_WooStockWriter : public QObject
{
    Q_OBJECT

private:
    Sandbox m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<wharf::woo::WooClient> m_woo;

    wharf::sandbox::WooStore *store() const { return m_sandbox.store(); }
    int productBatches() const { return store()->requestLog().count(u"/wp-json/wc/v3/products/batch"_s); }
    int variationBatches() const
    {
        return store()->requestLog().count(u"/wp-json/wc/v3/products/<product_id>/variations/batch"_s);
    }
    int stockOf(int id) const { return store()->product(id).value(u"stock_quantity"_s).toInt(-1); }

    Result<QList<WooStockWritten>> write(WooStockWriter &writer, const QList<WooStockUpdate> &updates)
    {
        Result<QList<WooStockWritten>> out;
        bool done = false;
        writer.write(updates, this, [&](const Result<QList<WooStockWritten>> &r) {
            out = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            qWarning("write did not complete");
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void init()
    {
        store()->requestLog().clear();
        store()->setBatchLimit(100);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_woo = std::make_unique<wharf::woo::WooClient>(m_nam.get());
        wharf::woo::WooConnection connection;
        connection.home = store()->httpsUrl();
        connection.auth = wharf::woo::WooConnection::AuthMode::Basic;
        connection.consumerKey = store()->consumerKey();
        connection.consumerSecret = store()->consumerSecret();
        m_woo->setConnection(connection);
        m_woo->http()->setSslConfiguration(m_sandbox.clientSslConfiguration());
    }

    void productsAndVariationsGoThroughTheirRoutes()
    {
        QList<WooStockUpdate> updates;
        QList<int> simple;
        for (int i = 0; i < 150; ++i) {
            const int id = store()->addProduct(u"W-%1"_s.arg(i), u"W %1"_s.arg(i));
            store()->setProductStock(id, true, 1);
            simple << id;
            updates.append({id, 0, 10 + i});
        }
        const int tee = store()->addVariableProduct(u"TEE-W"_s, u"Tee"_s);
        const int blue = store()->addVariation(tee, u"TEE-W-BLUE"_s, u"Blue"_s);
        store()->setProductStock(blue, true, 1);
        const int red = store()->addVariation(tee, u"TEE-W-RED"_s, u"Red"_s);
        store()->setProductStock(red, true, 1);
        updates.append({blue, tee, 5});
        updates.append({red, tee, 6});

        WooStockWriter writer(m_woo.get());
        const auto r = write(writer, updates);
        QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        QCOMPARE(r.value.size(), updates.size());
        for (const WooStockWritten &w : r.value)
            QVERIFY2(w.ok(), qPrintable(w.error.sentence));
        // 150 products: two batches (100 + 50); the two variations: one batch of their product.
        QCOMPARE(productBatches(), 2);
        QCOMPARE(variationBatches(), 1);
        QCOMPARE(writer.requests(), 3);
        QCOMPARE(stockOf(simple.first()), 10);
        QCOMPARE(stockOf(simple.last()), 159);
        QCOMPARE(stockOf(blue), 5);
        QCOMPARE(stockOf(red), 6);
    }

    void aProductThatDoesNotManageStockIsNotWritten()
    {
        const int gift = store()->addProduct(u"GIFT-W"_s, u"Gift card"_s);
        store()->setProductStock(gift, false);
        WooStockWriter writer(m_woo.get());
        const auto r = write(writer, {{gift, 0, 5}});
        QVERIFY(r.ok());
        QCOMPARE(r.value.size(), 1);
        QVERIFY(!r.value.constFirst().ok());
        QCOMPARE(r.value.constFirst().error.serverCode, u"stock_not_managed"_s);
        // As WooCommerce does: the answer is 200, the quantity dropped, stock management still off.
        QCOMPARE(store()->product(gift).value(u"manage_stock"_s).toBool(), false);
        QVERIFY(store()->product(gift).value(u"stock_quantity"_s).isNull());
    }

    void aVariationSentAsAProductIsRefused()
    {
        const int tee = store()->addVariableProduct(u"TEE-X"_s, u"Tee"_s);
        const int blue = store()->addVariation(tee, u"TEE-X-BLUE"_s, u"Blue"_s);
        store()->setProductStock(blue, true, 1);
        WooStockWriter writer(m_woo.get());
        const auto r = write(writer, {{blue, 0, 5}});
        QVERIFY(r.ok());
        QVERIFY(!r.value.constFirst().ok());
        QCOMPARE(r.value.constFirst().error.serverCode, u"woocommerce_rest_invalid_product_id"_s);
        QCOMPARE(stockOf(blue), 1);
    }

    void aLowerBatchLimitIsFollowed()
    {
        store()->setBatchLimit(40);
        QList<WooStockUpdate> updates;
        for (int i = 0; i < 90; ++i) {
            const int id = store()->addProduct(u"L-%1"_s.arg(i), u"L %1"_s.arg(i));
            store()->setProductStock(id, true, 0);
            updates.append({id, 0, 3});
        }
        WooStockWriter writer(m_woo.get());
        const auto r = write(writer, updates);
        QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        for (const WooStockWritten &w : r.value)
            QVERIFY2(w.ok(), qPrintable(w.error.sentence));
        // 90 refused (413), 45 refused, then 22 + 22 + 1 twice: 8 requests, every stock written.
        QCOMPARE(writer.requests(), 8);
        QCOMPARE(stockOf(updates.last().id), 3);
    }
};

QTEST_GUILESS_MAIN(tst_WooStockWriter)
#include "tst_woostockwriter.moc"
