#include "core/stock/stocksyncjob.h"

#include "core/logging.h"
#include "core/stock/stocksync.h"
#include "core/store/eventrepository.h"
#include "core/store/integrationrepository.h"
#include "core/store/writebatch.h"
#include "core/wms/wmsclient.h"
#include "core/woo/wooclient.h"

#include <QDateTime>

#include <optional>

using namespace std::chrono;

namespace wharf::stock {

StockSyncJob::StockSyncJob(const Database &database, const Integration &integration, const QString &consumerSecret,
                           wms::WmsClient *wms, QNetworkAccessManager *nam, const Options &options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_integration(integration)
    , m_options(options)
    , m_woo(new woo::WooClient(nam, this))
{
    woo::WooConnection connection;
    connection.home = QUrl(integration.storeUrl);
    connection.auth = woo::WooConnection::authModeNamed(integration.wooAuth, connection.home);
    connection.consumerKey = integration.consumerKey;
    connection.consumerSecret = consumerSecret;
    m_woo->setConnection(connection);
    if (options.sslConfiguration)
        m_woo->http()->setSslConfiguration(*options.sslConfiguration);
    m_woo->http()->setRetryPolicy(options.retryPolicy);
    m_woo->setTransferTimeout(options.transferTimeoutMs);
    m_sync = new StockSync(m_woo, wms, integration.customerId, this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StockSyncJob::runNow);
    m_problem = problemLogged();
}

QString StockSyncJob::problemLogged() const
{
    // The newest run line: a run writes its line after its changes, so it is among the newest.
    for (const SyncEvent &event : EventRepository(m_database).forIntegration(m_integration.id, 500)) {
        if (event.kind == QLatin1String("stock.failed"))
            return event.message + QLatin1Char(' ') + tr("Orders sync as usual.");
        if (event.kind == QLatin1String("stock.synced"))
            return event.severity == SyncEvent::Severity::Info ? QString() : event.message;
    }
    return {};
}

StockSyncJob::~StockSyncJob() = default;

milliseconds StockSyncJob::interval() const
{
    if (m_options.interval)
        return *m_options.interval;
    return minutes(qMax(1, m_integration.stockSyncMinutes));
}

void StockSyncJob::start()
{
    milliseconds wait {0};
    if (m_integration.stockSyncedAt.isValid()) {
        const qint64 since = m_integration.stockSyncedAt.msecsTo(QDateTime::currentDateTimeUtc());
        wait = std::max(milliseconds(0), interval() - milliseconds(since));
    }
    qCInfo(lcSync) << "integration" << m_integration.id << "sends stock every"
                   << duration_cast<seconds>(interval()).count() << "s, next in" << duration_cast<seconds>(wait).count()
                   << "s";
    m_timer.start(wait);
}

void StockSyncJob::scheduleNext()
{
    m_timer.start(interval());
}

void StockSyncJob::runNow()
{
    if (m_running)
        return;
    m_running = true;
    m_timer.stop();
    m_sync->run(
        [this](const net::Result<StockSyncResult> &result) {
            m_running = false;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            m_integration.stockSyncedAt = now;
            IntegrationRepository(m_database).setStockSyncedAt(m_integration.id, now);
            // A stock sync that fails shows on the integration's health (amber) until a run works
            // again; orders are synced by the pipeline whatever becomes of stock.
            if (result.ok()) {
                recordResult(result.value);
                m_failedRuns = result.value.failed.isEmpty() ? 0 : m_failedRuns + 1;
                m_problem = result.value.failed.isEmpty()
                    ? QString()
                    : tr("The store did not take the stock of %n product(s); Activity says why.", nullptr,
                         int(result.value.failed.size()));
            } else {
                const QString sentence = tr("Stock levels were not sent to WooCommerce: %1").arg(result.error.sentence);
                record(QStringLiteral("stock.failed"), sentence, SyncEvent::Severity::Warning);
                ++m_failedRuns;
                m_problem = sentence + QLatin1Char(' ') + tr("Orders sync as usual.");
            }
            if (m_failedRuns > 1)
                m_problem += QLatin1Char(' ')
                    + tr("Stock has not been sent in full %n time(s) in a row; Wharf keeps trying.", nullptr,
                         m_failedRuns);
            scheduleNext();
            Q_EMIT finished(result);
        },
        m_options.mayWrite);
}

void StockSyncJob::record(const QString &kind, const QString &message, SyncEvent::Severity severity, bool signal)
{
    SyncEvent event;
    event.integrationId = m_integration.id;
    event.kind = kind;
    event.severity = severity;
    event.message = message;
    EventRepository(m_database).append(event);
    if (signal)
        Q_EMIT eventRecorded(event);
}

void StockSyncJob::recordResult(const StockSyncResult &result)
{
    const bool signalEach = result.written.size() <= SignalledChangesMax;
    {
        // One transaction for the run's lines: a first run can change thousands of products.
        std::optional<WriteBatch> batch(std::in_place, m_database);
        for (const StockChange &change : result.written) {
            const QString from = change.from ? QString::number(*change.from) : tr("none");
            record(QStringLiteral("stock.changed"),
                   tr("Stock of %1 (SKU %2) set to %3 in WooCommerce (was %4), as in CartonCloud.")
                       .arg(change.name, change.sku)
                       .arg(change.to)
                       .arg(from),
                   SyncEvent::Severity::Info, signalEach);
        }
        for (const auto &[change, error] : result.failed) {
            record(QStringLiteral("stock.not-written"),
                   tr("Stock of %1 (SKU %2) was not written: %3").arg(change.name, change.sku, error.sentence),
                   SyncEvent::Severity::Warning);
        }
        for (const StockSkip &skip : result.plan.skipped) {
            const QString key = StockSkip::reasonKey(skip.reason) + QLatin1Char(':') + QString::number(skip.productId);
            if (m_skipsNoted.contains(key))
                continue;
            m_skipsNoted.insert(key);
            record(QStringLiteral("stock.skipped"), skip.sentence(), SyncEvent::Severity::Warning);
        }
    }
    const StockPlan &plan = result.plan;
    QString summary =
        tr("Stock levels sent to WooCommerce: %n product(s) changed", nullptr, int(result.written.size()));
    summary += tr(", %n already as in CartonCloud", nullptr, plan.unchanged);
    if (!plan.skipped.isEmpty())
        summary += tr(", %n left alone", nullptr, int(plan.skipped.size()));
    if (!result.failed.isEmpty())
        summary += tr(", %n not taken by the store", nullptr, int(result.failed.size()));
    summary += QLatin1Char('.');
    if (!plan.catalogueComplete)
        summary +=
            QLatin1Char(' ') + tr("The store's catalogue was too large to read in full; the rest was not changed.");
    record(QStringLiteral("stock.synced"), summary,
           result.failed.isEmpty() ? SyncEvent::Severity::Info : SyncEvent::Severity::Warning);
    qCInfo(lcSync).noquote() << QStringLiteral("[%1] %2").arg(m_integration.name, summary);
}

} // namespace wharf::stock
