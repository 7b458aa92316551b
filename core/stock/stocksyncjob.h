#pragma once

#include "core/model/integration.h"
#include "core/model/syncevent.h"
#include "core/net/result.h"
#include "core/net/retrypolicy.h"
#include "core/stock/stocksyncresult.h"

#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace wharf {
class Database;
namespace wms {
class WmsClient;
}
namespace woo {
class WooClient;
}
} // namespace wharf

namespace wharf::stock {

class StockSync;

// The engine's side of "Send stock levels to WooCommerce" for one integration: runs a StockSync
// every stockSyncMinutes (counted from the last run, which survives restarts) and writes what it
// did to the activity log: every change, every product it left alone (once per run of the
// engine), and a line for the run.
class StockSyncJob : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::optional<QSslConfiguration> sslConfiguration;
        net::RetryPolicy retryPolicy = net::RetryPolicy();
        int transferTimeoutMs = 60000;
        // Asked right before the first write of a run (the engine's lease).
        std::function<bool()> mayWrite;
        // Replaces the integration's minutes when set (tests).
        std::optional<std::chrono::milliseconds> interval;
    };

    // Changes beyond this many in one run are written to the log but not signalled one by one:
    // the dashboard reads the log when it is shown, and thousands of queued signals would stall it.
    static constexpr int SignalledChangesMax = 200;

    StockSyncJob(const Database &database, const Integration &integration, const QString &consumerSecret,
                 wms::WmsClient *wms, QNetworkAccessManager *nam, const Options &options, QObject *parent = nullptr);
    ~StockSyncJob() override;

    // Schedules the first run: now when it never ran or is overdue, else when the interval is up.
    void start();
    void runNow();
    bool isRunning() const { return m_running; }
    std::chrono::milliseconds interval() const;
    // Why the last run did not send every change (empty when it did): the integration's health
    // shows it until a run works again. Read from the activity log at construction, so that a
    // restart does not hide a failing stock sync until its next run.
    QString problem() const { return m_problem; }
    QDateTime lastRunAt() const { return m_integration.stockSyncedAt; }

Q_SIGNALS:
    void eventRecorded(const wharf::SyncEvent &event);
    void finished(const wharf::net::Result<wharf::stock::StockSyncResult> &result);

private:
    void record(const QString &kind, const QString &message, SyncEvent::Severity severity, bool signal = true);
    void recordResult(const StockSyncResult &result);
    void scheduleNext();
    QString problemLogged() const;

    const Database &m_database;
    Integration m_integration;
    Options m_options;
    woo::WooClient *m_woo;
    StockSync *m_sync;
    QTimer m_timer;
    bool m_running = false;
    QSet<QString> m_skipsNoted; // "<reason>:<product id>" already in the log
    QString m_problem;
    int m_failedRuns = 0; // in a row, since this job started
};

} // namespace wharf::stock
