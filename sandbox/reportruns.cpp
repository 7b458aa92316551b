#include "reportruns.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace wharf::sandbox {

namespace {

constexpr qint64 KeptMs = 7LL * 24 * 3600 * 1000; // "Results are kept 7 days"

} // namespace

QJsonObject ReportRuns::start(const QString &type, const QJsonObject &parameters, const QList<StockRow> &rows,
                              bool fails, qint64 nowMs, int durationMs, const QString &timestamp)
{
    Run run;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run.json = QJsonObject {
        {u"id"_s, id},
        {u"type"_s, type},
        {u"parameters"_s, parameters},
        {u"timestamps"_s, QJsonObject {{u"created"_s, QJsonObject {{u"time"_s, timestamp}}}}},
    };
    for (const StockRow &row : rows) {
        run.items.append(QJsonObject {
            {u"details"_s,
             QJsonObject {{u"product"_s,
                           QJsonObject {{u"id"_s, row.productId},
                                        {u"name"_s, row.name},
                                        {u"references"_s, QJsonObject {{u"code"_s, row.code}}},
                                        {u"customer"_s, row.customer}}},
                          {u"unitOfMeasure"_s, QJsonObject {{u"type"_s, u"UNITS"_s}}}}},
            {u"measures"_s, QJsonObject {{u"quantity"_s, row.quantity}}},
        });
    }
    run.fails = fails;
    run.startedMs = nowMs;
    run.doneAtMs = nowMs + qMax(0, durationMs);
    m_runs.insert(id, run);
    m_order.append(id);
    QJsonObject out = run.json;
    // A run is never done in the answer to its POST: the client must poll.
    out.insert(u"status"_s, u"IN_PROCESS"_s);
    return out;
}

QJsonObject ReportRuns::get(const QString &id, qint64 nowMs) const
{
    const auto it = m_runs.constFind(id);
    if (it == m_runs.cend() || nowMs - it->startedMs > KeptMs)
        return {};
    QJsonObject out = it->json;
    if (nowMs < it->doneAtMs) {
        out.insert(u"status"_s, u"IN_PROCESS"_s);
    } else if (it->fails) {
        out.insert(u"status"_s, u"FAILED"_s);
    } else {
        out.insert(u"status"_s, u"SUCCESS"_s);
        out.insert(u"items"_s, it->items);
    }
    return out;
}

} // namespace wharf::sandbox
