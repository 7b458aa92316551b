#include "core/wms/stockreportrun.h"

#include "core/logging.h"
#include "core/net/httpclient.h"
#include "core/wms/wmsclient.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace wharf::wms {

using net::ApiError;
using net::HttpResult;
using net::Result;
using Kind = net::ApiError::Kind;

void StockReportRun::start(WmsClient *client, const QString &customerId, const Polling &polling, QObject *context,
                           net::Callback<StockOnHand> done)
{
    auto *run = new StockReportRun(client, customerId, polling, context, std::move(done));
    run->begin();
}

StockReportRun::StockReportRun(WmsClient *client, const QString &customerId, const Polling &polling, QObject *context,
                               net::Callback<StockOnHand> done)
    : QObject(client)
    , m_client(client)
    , m_customerId(customerId)
    , m_polling(polling)
    , m_context(context)
    , m_hadContext(context != nullptr)
    , m_done(std::move(done))
    , m_nextDelay(polling.first)
{
    m_started.start();
}

QHash<QString, double> StockReportRun::rowsByCode(const QJsonObject &run)
{
    // Row shape: not in the reference; taken from the one public client that reads the result
    // (S5: details.product.references.code and measures.quantity of each "items" entry).
    QHash<QString, double> byCode;
    for (const QJsonValue &value : run.value(u"items"_s).toArray()) {
        const QJsonObject row = value.toObject();
        const QString code = row[u"details"_s][u"product"_s][u"references"_s][u"code"_s].toString();
        if (code.isEmpty())
            continue;
        byCode[code] += row[u"measures"_s][u"quantity"_s].toDouble();
    }
    return byCode;
}

void StockReportRun::begin()
{
    // Parameters: the reference names only the type. S5 sends the customer as
    // parameters.customer.id (and a warehouse the same way, which Wharf leaves out so that stock in
    // every warehouse counts).
    const QJsonObject body {
        {u"type"_s, u"STOCK_ON_HAND"_s},
        {u"parameters"_s, QJsonObject {{u"customer"_s, QJsonObject {{u"id"_s, m_customerId}}}}},
    };
    // Not repeated on a lost answer: a second run would only cost the warehouse a report.
    m_client->call("POST", m_client->tenantPath(u"/report-runs"_s), {}, QJsonDocument(body), false,
                   tr("the stock-on-hand report"), this, [this](const HttpResult &result) {
                       if (contextGone())
                           return finish({});
                       if (!result.ok())
                           return finish(Result<StockOnHand>::failure(result.error));
                       m_runId = result.json.object().value(u"id"_s).toString();
                       if (m_runId.isEmpty()) {
                           return finish(Result<StockOnHand>::failure(ApiError::make(
                               Kind::InvalidResponse,
                               tr("CartonCloud did not say which stock-on-hand report it started."), result.status)));
                       }
                       qCInfo(lcWms) << "stock-on-hand report run" << m_runId << "started for customer" << m_customerId;
                       schedulePoll();
                   });
}

void StockReportRun::schedulePoll()
{
    const auto elapsed = milliseconds(m_started.elapsed());
    const auto left = m_polling.timeout - elapsed;
    if (left <= milliseconds(0)) {
        ApiError error = ApiError::make(
            Kind::Transient,
            tr("CartonCloud's stock-on-hand report did not finish within %n minute(s); stock levels were not "
               "changed and the report is asked for again at the next interval.",
               nullptr, int(duration_cast<minutes>(m_polling.timeout).count())));
        error.serverCode = QString::fromLatin1(TimeoutCode);
        return finish(Result<StockOnHand>::failure(error));
    }
    const auto delay = std::min(m_nextDelay, left);
    m_nextDelay = std::min(m_nextDelay * m_polling.factor, m_polling.max);
    QTimer::singleShot(delay, this, [this] { poll(); });
}

void StockReportRun::poll()
{
    if (contextGone())
        return finish({});
    ++m_polls;
    m_client->call("GET", m_client->tenantPath(u"/report-runs/"_s + m_runId), {}, {}, true,
                   tr("the stock-on-hand report"), this, [this](const HttpResult &result) {
                       if (contextGone())
                           return finish({});
                       if (!result.ok())
                           return finish(Result<StockOnHand>::failure(result.error));
                       const QJsonObject run = result.json.object();
                       const QString status = run.value(u"status"_s).toString();
                       if (status == u"SUCCESS") {
                           StockOnHand stock;
                           stock.byCode = rowsByCode(run);
                           stock.runId = m_runId;
                           stock.polls = m_polls;
                           qCInfo(lcWms) << "stock-on-hand report run" << m_runId << "gave" << stock.byCode.size()
                                         << "product codes after" << m_polls << "polls";
                           return finish(Result<StockOnHand>::success(stock));
                       }
                       if (status == u"FAILED") {
                           // The reference gives no reason field for a failed run.
                           ApiError error = ApiError::make(
                               Kind::Transient,
                               tr("CartonCloud could not produce the stock-on-hand report (the report run "
                                  "failed); stock levels were not changed and the report is asked for again at "
                                  "the next interval."),
                               result.status);
                           error.serverCode = QString::fromLatin1(FailedCode);
                           return finish(Result<StockOnHand>::failure(error));
                       }
                       // IN_PROCESS, or a state the reference does not list: still running.
                       schedulePoll();
                   });
}

void StockReportRun::finish(const Result<StockOnHand> &result)
{
    if (!contextGone() && m_done) {
        if (!result.ok())
            qCWarning(lcWms) << "stock-on-hand report run" << m_runId << "ended:" << result.error.sentence;
        auto done = std::move(m_done);
        m_done = nullptr;
        done(result);
    }
    deleteLater();
}

} // namespace wharf::wms
