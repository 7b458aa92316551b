#pragma once

#include "core/net/result.h"
#include "core/wms/stockonhand.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <chrono>

namespace wharf::wms {

class WmsClient;

// One asynchronous stock-on-hand report run: POST /report-runs, then GET it with growing pauses
// until it is SUCCESS (its rows become a StockOnHand) or FAILED, or the time allowed is over.
// Lives on the client's thread and deletes itself when it has answered.
class StockReportRun : public QObject
{
    Q_OBJECT

public:
    struct Polling
    {
        // cartoncloud-api.md §4: "Poll first after 10 s, then back off exponentially."
        std::chrono::milliseconds first {std::chrono::seconds(10)};
        int factor = 2;
        std::chrono::milliseconds max {std::chrono::minutes(2)};
        // How long a run may take before Wharf gives up on it. The reference gives no figure; a
        // report that has not ended in this long is not waited for past the next interval.
        std::chrono::milliseconds timeout {std::chrono::minutes(15)};
    };

    // Server codes set on the ApiError of a run that did not give stock, for callers to branch on.
    static constexpr const char *FailedCode = "REPORT_RUN_FAILED";
    static constexpr const char *TimeoutCode = "REPORT_RUN_TIMEOUT";

    // `done` is called once, on the client's thread, while `context` lives.
    static void start(WmsClient *client, const QString &customerId, const Polling &polling, QObject *context,
                      net::Callback<StockOnHand> done);

    // The stock rows of a finished run's body, summed by product code. Exposed for tests.
    static QHash<QString, double> rowsByCode(const QJsonObject &run);

private:
    StockReportRun(WmsClient *client, const QString &customerId, const Polling &polling, QObject *context,
                   net::Callback<StockOnHand> done);
    void begin();
    void schedulePoll();
    void poll();
    void finish(const net::Result<StockOnHand> &result);
    bool contextGone() const { return m_hadContext && !m_context; }

    WmsClient *m_client;
    QString m_customerId;
    Polling m_polling;
    QPointer<QObject> m_context;
    bool m_hadContext = false;
    net::Callback<StockOnHand> m_done;
    QString m_runId;
    std::chrono::milliseconds m_nextDelay {0};
    int m_polls = 0;
    QElapsedTimer m_started;
};

} // namespace wharf::wms
