#include "core/catalogue/skupreflight.h"

#include "core/logging.h"
#include "core/wms/wmsclient.h"
#include "core/woo/wooclient.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace wharf::catalogue {

SkuPreflight::SkuPreflight(woo::WooClient *woo, wms::WmsClient *wms, QObject *parent)
    : QObject(parent)
    , m_woo(woo)
    , m_wms(wms)
{
    qRegisterMetaType<SkuPreflightResult>();
}

void SkuPreflight::start(const QString &customerId, const QString &customerName)
{
    delete m_run;
    auto *run = new QObject(this);
    m_run = run;
    m_customerName = customerName;
    m_catalogue.reset();
    m_codes.reset();
    m_catalogueComplete = true;
    m_unreadable = 0;
    qCInfo(lcCatalogue) << "SKU pre-flight started for customer" << customerId;
    Q_EMIT started();
    Q_EMIT progress(0, 0, tr("Reading the store's products…"));
    if (!m_woo || !m_wms) {
        fail(tr("Wharf is no longer connected to the store or to CartonCloud. Close this and try again."));
        return;
    }

    m_wms->products(customerId, run, [this](const net::Result<QList<wms::WmsProduct>> &r) {
        if (!r.ok()) {
            fail(tr("Wharf could not read %1's product codes from CartonCloud: %2")
                     .arg(m_customerName, r.error.sentence));
            return;
        }
        m_codes = r.value;
        maybeFinish();
    });
    m_woo->readCatalogue(
        run,
        [this](const woo::WooCatalogueProgress &p) {
            Q_EMIT progress(
                p.done(), p.total(),
                p.variationsExpected > 0 && p.productsRead >= p.productsTotal
                    ? tr("Reading variations: %1 of %2…").arg(p.variationsRead).arg(p.variationsExpected)
                    : tr("Reading the store's products: %1 of %2…").arg(p.productsRead).arg(p.productsTotal));
        },
        [this](const net::Result<woo::WooCatalogue> &r) {
            if (!r.ok()) {
                fail(tr("Wharf could not read the store's products: %1").arg(r.error.sentence));
                return;
            }
            m_catalogue = r.value.products;
            m_catalogueComplete = r.value.complete;
            m_unreadable = r.value.unreadable;
            qCInfo(lcCatalogue) << "catalogue read:" << r.value.products.size() << "products and variations in"
                                << r.value.requests << "requests";
            maybeFinish();
        });
}

void SkuPreflight::cancel()
{
    if (!m_run)
        return;
    delete m_run;
    qCInfo(lcCatalogue) << "SKU pre-flight cancelled";
    Q_EMIT cancelled();
}

void SkuPreflight::maybeFinish()
{
    if (!m_catalogue || !m_codes || !m_run)
        return;
    // The comparison runs on the thread pool: for a catalogue of thousands it takes tens of
    // milliseconds (tests/bench/bench_skupreflight), a stall the GUI thread must not have. Its
    // result comes back through a watcher owned by the run, so a cancelled run never hears of it.
    auto promise = std::make_shared<QPromise<SkuPreflightResult>>();
    auto *watcher = new QFutureWatcher<SkuPreflightResult>(m_run);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        SkuPreflightResult result = watcher->result();
        result.customerName = m_customerName;
        result.catalogueComplete = m_catalogueComplete;
        result.unreadable = m_unreadable;
        // The answers are in; the context goes later, as this runs inside one of its signals.
        m_run->deleteLater();
        m_run = nullptr;
        m_lastResult = result;
        qCInfo(lcCatalogue) << "SKU pre-flight:" << result.matched << "of" << result.checked << "match,"
                            << result.noMatch << "without a product code," << result.noSku << "without an SKU,"
                            << result.duplicateSkus << "SKUs used more than once";
        Q_EMIT finished(result);
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, catalogue = std::move(*m_catalogue), codes = std::move(*m_codes)] {
        promise->start();
        promise->addResult(SkuPreflightResult::compare(catalogue, codes));
        promise->finish();
    });
    m_catalogue.reset();
    m_codes.reset();
    Q_EMIT progress(1, 1, tr("Comparing SKUs with product codes…"));
}

void SkuPreflight::fail(const QString &sentence)
{
    if (!m_run)
        return;
    // The other read may still be running: drop its answer.
    m_run->deleteLater();
    m_run = nullptr;
    m_catalogue.reset();
    m_codes.reset();
    qCWarning(lcCatalogue) << "SKU pre-flight failed";
    Q_EMIT failed(sentence);
}

} // namespace wharf::catalogue
