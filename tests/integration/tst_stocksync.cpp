#include "core/net/httpclient.h"
#include "core/stock/stocksync.h"
#include "core/wms/wmsclient.h"
#include "core/woo/wooclient.h"
#include "sandbox/sandbox.h"
#include "sandboxclients.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using wharf::net::Result;
using wharf::sandbox::CartonCloudHostility;
using wharf::sandbox::Sandbox;
using wharf::stock::StockChange;
using wharf::stock::StockPlan;
using wharf::stock::StockSkip;
using wharf::stock::StockSync;
using wharf::stock::StockSyncResult;

// StockSync against the sandbox over loopback: CartonCloud's stock on hand of one customer, mapped
// by SKU to the store's products and variations, written only where the store manages stock and the
// quantity differs, in batches; the preview writes nothing; a second run with nothing changed
// writes nothing.
class tst_StockSync : public QObject
{
    Q_OBJECT

private:
    Sandbox m_sandbox;
    std::unique_ptr<wharf::test::SandboxClients> m_clients;
    QString m_acme;
    QHash<QString, int> m_ids; // store product ids by name

    wharf::sandbox::WooStore *store() const { return m_sandbox.store(); }
    int writes() const
    {
        return store()->requestLog().count(u"/wp-json/wc/v3/products/batch"_s)
            + store()->requestLog().count(u"/wp-json/wc/v3/products/<product_id>/variations/batch"_s);
    }
    QJsonValue stockOf(const QString &name) const
    {
        return store()->product(m_ids.value(name)).value(u"stock_quantity"_s);
    }

    Result<StockPlan> preview(StockSync &sync)
    {
        return wharf::test::waitForResult<StockPlan>([&](auto cb) { sync.preview(cb); });
    }
    Result<StockSyncResult> run(StockSync &sync)
    {
        return wharf::test::waitForResult<StockSyncResult>([&](auto cb) { sync.run(cb); });
    }
    static const StockChange *changeFor(const StockPlan &plan, const QString &sku)
    {
        for (const StockChange &change : plan.changes) {
            if (change.sku == sku)
                return &change;
        }
        return nullptr;
    }
    static const StockSkip *skipFor(const StockPlan &plan, const QString &sku)
    {
        for (const StockSkip &skip : plan.skipped) {
            if (skip.sku == sku)
                return &skip;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        auto *wms = m_sandbox.wms();
        wms->addWarehouse(u"Brisbane"_s);
        m_acme = wms->addCustomer(u"Acme Apparel"_s, u"ACME"_s);
        const QString other = wms->addCustomer(u"Other Co"_s, u"OTHER"_s);
        for (const auto &[code, stock] : QList<QPair<QString, double>> {{u"SHIRT-1"_s, 7},
                                                                        {u"SHIRT-2"_s, 0},
                                                                        {u"TEE-BLUE"_s, 12},
                                                                        {u"TEE-RED"_s, 3},
                                                                        {u"GIFT-1"_s, 5},
                                                                        {u"HAT-S"_s, 4},
                                                                        {u"DUP-1"_s, 9},
                                                                        {u"HALF-1"_s, 2.5}})
            wms->addProduct(m_acme, code, code, stock);
        wms->addProduct(other, u"OTHER-1"_s, u"Not Acme's"_s, 99);

        // Managed, with a different quantity: changed.
        m_ids[u"shirt1"_s] = store()->addProduct(u"SHIRT-1"_s, u"Shirt one"_s);
        store()->setProductStock(m_ids[u"shirt1"_s], true, 2);
        // Managed, the same quantity: unchanged.
        m_ids[u"shirt2"_s] = store()->addProduct(u"SHIRT-2"_s, u"Shirt two"_s);
        store()->setProductStock(m_ids[u"shirt2"_s], true, 0);
        // Variations with their own SKUs and stock.
        m_ids[u"tee"_s] = store()->addVariableProduct(u"TEE"_s, u"Tee"_s);
        m_ids[u"blue"_s] = store()->addVariation(m_ids[u"tee"_s], u"TEE-BLUE"_s, u"Blue"_s);
        store()->setProductStock(m_ids[u"blue"_s], true, 1);
        m_ids[u"red"_s] = store()->addVariation(m_ids[u"tee"_s], u"TEE-RED"_s, u"Red"_s);
        store()->setProductStock(m_ids[u"red"_s], true, 3);
        // Not managing stock: left alone.
        m_ids[u"gift"_s] = store()->addProduct(u"GIFT-1"_s, u"Gift card"_s);
        store()->setProductStock(m_ids[u"gift"_s], false);
        // A variation whose product keeps the stock.
        m_ids[u"hat"_s] = store()->addVariableProduct(u"HAT"_s, u"Hat"_s);
        store()->setProductStock(m_ids[u"hat"_s], true, 40);
        m_ids[u"hatS"_s] = store()->addVariation(m_ids[u"hat"_s], u"HAT-S"_s, u"Small"_s);
        store()->setProductStock(m_ids[u"hatS"_s], false);
        // One SKU on two products that both keep stock.
        m_ids[u"dupA"_s] = store()->addProduct(u"DUP-1"_s, u"Duplicate A"_s);
        store()->setProductStock(m_ids[u"dupA"_s], true, 1);
        m_ids[u"dupB"_s] = store()->addProduct(u"DUP-1"_s, u"Duplicate B"_s);
        store()->setProductStock(m_ids[u"dupB"_s], true, 1);
        // Part of a unit in CartonCloud: whole units in WooCommerce.
        m_ids[u"half"_s] = store()->addProduct(u"HALF-1"_s, u"Half"_s);
        store()->setProductStock(m_ids[u"half"_s], true, 0);
        // Not a product code of Acme (another customer's), and no SKU at all.
        m_ids[u"other"_s] = store()->addProduct(u"OTHER-1"_s, u"Other's"_s);
        store()->setProductStock(m_ids[u"other"_s], true, 1);
        m_ids[u"nosku"_s] = store()->addProduct(QString(), u"No SKU"_s);
        store()->setProductStock(m_ids[u"nosku"_s], true, 1);
    }

    void init()
    {
        store()->requestLog().clear();
        m_sandbox.wms()->requestLog().clear();
        m_sandbox.wms()->setHostility(CartonCloudHostility {});
        m_clients = std::make_unique<wharf::test::SandboxClients>(m_sandbox);
        wharf::wms::StockReportRun::Polling fast;
        fast.first = 20ms;
        fast.max = 50ms;
        m_clients->wms()->setReportPolling(fast);
    }

    void previewSaysWhatWouldChangeAndWritesNothing()
    {
        StockSync sync(m_clients->woo(), m_clients->wms(), m_acme);
        const auto r = preview(sync);
        QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        const StockPlan &plan = r.value;
        QCOMPARE(writes(), 0);
        QCOMPARE(m_sandbox.wms()->reportRunsStarted() > 0, true);

        QCOMPARE(plan.changes.size(), 3);
        const StockChange *shirt = changeFor(plan, u"SHIRT-1"_s);
        QVERIFY(shirt);
        QCOMPARE(shirt->from, std::optional<qint64>(2));
        QCOMPARE(shirt->to, 7);
        QVERIFY(!shirt->isVariation());
        // A variation SKU maps to the variation, under its product.
        const StockChange *blue = changeFor(plan, u"TEE-BLUE"_s);
        QVERIFY(blue);
        QCOMPARE(blue->productId, m_ids[u"blue"_s]);
        QCOMPARE(blue->parentId, m_ids[u"tee"_s]);
        QCOMPARE(blue->to, 12);
        QCOMPARE(changeFor(plan, u"HALF-1"_s)->to, 2); // 2.5 units: 2 can be sold
        QCOMPARE(plan.unchanged, 2); // SHIRT-2, TEE-RED

        QCOMPARE(skipFor(plan, u"GIFT-1"_s)->reason, StockSkip::Reason::NotManaged);
        QCOMPARE(skipFor(plan, u"HAT-S"_s)->reason, StockSkip::Reason::ManagedByParent);
        QCOMPARE(skipFor(plan, u"DUP-1"_s)->reason, StockSkip::Reason::DuplicateSku);
        QVERIFY(skipFor(plan, u"GIFT-1"_s)->sentence().contains(u"does not manage stock"_s));
        QVERIFY(!changeFor(plan, u"OTHER-1"_s));
        // OTHER-1; the variable products' own SKUs (TEE, HAT) are on no order line and not counted.
        QCOMPARE(plan.notInWarehouse, 1);
        QCOMPARE(plan.withoutSku, 1);
        // Nothing in the store moved.
        QCOMPARE(stockOf(u"shirt1"_s).toInt(), 2);
    }

    void runWritesOnlyTheChangesInBatches()
    {
        StockSync sync(m_clients->woo(), m_clients->wms(), m_acme);
        const auto r = run(sync);
        QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        QCOMPARE(r.value.written.size(), 3);
        QVERIFY(r.value.failed.isEmpty());
        // One batch for the products, one for the tee's variations.
        QCOMPARE(r.value.writeRequests, 2);
        QCOMPARE(writes(), 2);
        QCOMPARE(stockOf(u"shirt1"_s).toInt(), 7);
        QCOMPARE(stockOf(u"blue"_s).toInt(), 12);
        QCOMPARE(stockOf(u"half"_s).toInt(), 2);
        // Left alone: the product without stock management stays so, the duplicates keep theirs.
        QCOMPARE(store()->product(m_ids[u"gift"_s]).value(u"manage_stock"_s).toBool(), false);
        QVERIFY(stockOf(u"gift"_s).isNull());
        QCOMPARE(stockOf(u"dupA"_s).toInt(), 1);
        QCOMPARE(stockOf(u"dupB"_s).toInt(), 1);
        QCOMPARE(stockOf(u"hat"_s).toInt(), 40);
        QCOMPARE(stockOf(u"other"_s).toInt(), 1);
    }

    void aSecondRunWithNothingChangedWritesNothing()
    {
        StockSync sync(m_clients->woo(), m_clients->wms(), m_acme);
        const auto r = run(sync);
        QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        QVERIFY(r.value.plan.changes.isEmpty());
        QCOMPARE(r.value.writeRequests, 0);
        QCOMPARE(writes(), 0);
    }

    void aFailedReportRunWritesNothing()
    {
        m_sandbox.wms()->setStock(m_sandbox.wms()->productIdByCode(m_acme, u"SHIRT-1"_s), 8);
        CartonCloudHostility hostility;
        hostility.reportRunsFail = true;
        m_sandbox.wms()->setHostility(hostility);
        StockSync sync(m_clients->woo(), m_clients->wms(), m_acme);
        const auto r = run(sync);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.serverCode, QString::fromLatin1(wharf::wms::StockReportRun::FailedCode));
        QCOMPARE(writes(), 0);
        QCOMPARE(stockOf(u"shirt1"_s).toInt(), 7);
        m_sandbox.wms()->setStock(m_sandbox.wms()->productIdByCode(m_acme, u"SHIRT-1"_s), 7);
    }

    void planIsPure()
    {
        // The same mapping without the network: a variable product that keeps stock and has the
        // code as its SKU is written like a simple one.
        wharf::wms::StockOnHand stock;
        stock.byCode = {{u"V"_s, 3}, {u"S"_s, -2}};
        wharf::woo::WooCatalogue catalogue;
        wharf::woo::WooProduct variable;
        variable.id = 1;
        variable.type = wharf::woo::WooProduct::Type::Variable;
        variable.sku = u"V"_s;
        variable.manageStock = true;
        variable.stockQuantity = 0;
        wharf::woo::WooProduct simple;
        simple.id = 2;
        simple.sku = u"S"_s;
        simple.manageStock = true;
        catalogue.products = {variable, simple};
        const StockPlan plan = StockSync::plan(stock, catalogue);
        QCOMPARE(plan.changes.size(), 2);
        QCOMPARE(plan.changes[0].productId, 1);
        QCOMPARE(plan.changes[0].to, 3);
        QCOMPARE(plan.changes[1].to, 0); // never below zero
        QVERIFY(!plan.changes[1].from.has_value());
    }
};

QTEST_GUILESS_MAIN(tst_StockSync)
#include "tst_stocksync.moc"
