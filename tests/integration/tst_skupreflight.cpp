#include "core/catalogue/skupreflight.h"
#include "core/wms/wmsclient.h"
#include "core/woo/wooclient.h"
#include "sandbox/sandbox.h"
#include "sandboxclients.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using wharf::catalogue::SkuPreflight;
using wharf::catalogue::SkuPreflightResult;
using wharf::sandbox::Fault;
using wharf::sandbox::Sandbox;
using wharf::sandbox::WooStore;

// The SKU pre-flight end to end: a seeded store and a seeded CartonCloud customer over loopback,
// with every kind of problem; counts that move when the catalogue is fixed; cancel and re-run.
class tst_SkuPreflight : public QObject
{
    Q_OBJECT

private:
    Sandbox m_sandbox;
    std::unique_ptr<wharf::test::SandboxClients> m_clients;
    QString m_acme;
    int m_noSkuVariation = 0;

    WooStore *store() const { return m_sandbox.store(); }

    SkuPreflightResult run(SkuPreflight &preflight)
    {
        QSignalSpy finished(&preflight, &SkuPreflight::finished);
        QSignalSpy failed(&preflight, &SkuPreflight::failed);
        preflight.start(m_acme, u"Acme Apparel"_s);
        if (!QTest::qWaitFor([&] { return finished.size() + failed.size() > 0; }, 60000))
            qWarning("the pre-flight did not finish");
        if (!failed.isEmpty())
            qWarning() << "failed:" << failed.first().first().toString();
        return finished.isEmpty() ? SkuPreflightResult {} : finished.first().first().value<SkuPreflightResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        // 412 codes in CartonCloud: GEN-00001…00400, the 12 variations' codes.
        m_acme = m_sandbox.wms()->addCustomer(u"Acme Apparel"_s, u"ACME"_s);
        for (int i = 1; i <= 400; ++i)
            m_sandbox.wms()->addProduct(m_acme, u"GEN-%1"_s.arg(i, 5, 10, QLatin1Char('0')), u"Product"_s);
        for (int v = 1; v <= 4; ++v) {
            for (int i = 1; i <= 3; ++i)
                m_sandbox.wms()->addProduct(m_acme, u"GEN-V%1-%2"_s.arg(v, 3, 10, QLatin1Char('0')).arg(i), u"V"_s);
        }
        // The store: 410 simple (10 unknown to CartonCloud), 4 variable × 3 variations, 6 without an
        // SKU, 2 re-using an SKU; then one variation with no SKU of its own (shows its parent's,
        // which is no product code) and one draft.
        WooStore::CatalogueShape shape;
        shape.simple = 410;
        shape.variable = 4;
        shape.variationsEach = 3;
        shape.withoutSku = 6;
        shape.duplicates = 2;
        store()->generateCatalogue(shape);
        const int parent = store()->addVariableProduct(u"SHIRT"_s, u"Shirt"_s);
        m_noSkuVariation = store()->addVariation(parent, QString(), u"Plain"_s);
        store()->setProductStatus(store()->addProduct(u"WIP"_s, u"Draft"_s), u"draft"_s);

        m_clients = std::make_unique<wharf::test::SandboxClients>(m_sandbox);
    }

    void init()
    {
        store()->faults().clear();
        m_sandbox.wms()->faults().clear();
    }

    void countsEachKindOfProblem()
    {
        SkuPreflight preflight(m_clients->woo(), m_clients->wms());
        QSignalSpy progress(&preflight, &SkuPreflight::progress);
        const SkuPreflightResult r = run(preflight);
        // Checked: 410 + 12 + 6 + 2 + the SKU-less variation = 431; the draft is not for sale.
        QCOMPARE(r.checked, 431);
        QCOMPARE(r.notForSale, 1);
        QCOMPARE(r.matched, 400 + 12 + 2); // the two duplicates re-use GEN-00001 and GEN-00002
        QCOMPARE(r.noMatch, 10 + 1); // GEN-00401…00410, and the variation showing "SHIRT"
        QCOMPARE(r.noSku, 6);
        QCOMPARE(r.duplicateSkus, 2);
        QCOMPARE(r.duplicateItems, 4);
        QCOMPARE(r.productCodes, 412);
        QVERIFY(r.catalogueComplete);
        QCOMPARE(r.customerName, u"Acme Apparel"_s);
        QCOMPARE(preflight.lastResult()->matched, r.matched);
        // Progress came per request, the last one with everything read.
        QVERIFY(progress.size() >= 5 + 5);
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
        QVERIFY(!preflight.isRunning());
    }

    void aFixedCatalogueCountsAgain()
    {
        SkuPreflight preflight(m_clients->woo(), m_clients->wms());
        const SkuPreflightResult before = run(preflight);
        store()->setProductSku(m_noSkuVariation, u"GEN-00400"_s); // now a match, and a duplicate
        const SkuPreflightResult after = run(preflight);
        QCOMPARE(after.matched, before.matched + 1);
        QCOMPARE(after.noMatch, before.noMatch - 1);
        QCOMPARE(after.duplicateSkus, before.duplicateSkus + 1);
        store()->setProductSku(m_noSkuVariation, QString());
    }

    void cancelStopsReadingAndAReRunWorks()
    {
        SkuPreflight preflight(m_clients->woo(), m_clients->wms());
        store()->faults().add(Fault::latency(u"/wp-json/wc/v3/products*"_s, 100));
        QSignalSpy finished(&preflight, &SkuPreflight::finished);
        QSignalSpy cancelled(&preflight, &SkuPreflight::cancelled);
        QSignalSpy progress(&preflight, &SkuPreflight::progress);
        store()->requestLog().clear();
        preflight.start(m_acme, u"Acme Apparel"_s);
        QVERIFY(preflight.isRunning());
        // Cancelled after the first product page is read.
        QTRY_VERIFY(store()->requestLog().count(u"/wp-json/wc/v3/products"_s, "GET") >= 1 && progress.size() >= 2);
        preflight.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!preflight.isRunning());
        const int requests = int(store()->requestLog().size());
        QTest::qWait(500);
        QCOMPARE(finished.size(), 0);
        // At most the request that was in flight when it was cancelled.
        QVERIFY(store()->requestLog().size() <= requests + 1);

        store()->faults().clear();
        const SkuPreflightResult again = run(preflight);
        QCOMPARE(again.checked, 431);
        QCOMPARE(finished.size(), 1);
    }

    void aRefusalIsASentence()
    {
        SkuPreflight preflight(m_clients->woo(), m_clients->wms());
        store()->faults().add(Fault::httpStatus(u"/wp-json/wc/v3/products"_s, 401));
        QSignalSpy failed(&preflight, &SkuPreflight::failed);
        QSignalSpy finished(&preflight, &SkuPreflight::finished);
        preflight.start(m_acme, u"Acme Apparel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QVERIFY(failed.first().first().toString().startsWith(u"Wharf could not read the store's products: "_s));
        QVERIFY(!preflight.isRunning());
        QTest::qWait(200);
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SkuPreflight)
#include "tst_skupreflight.moc"
