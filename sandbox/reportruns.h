#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace wharf::sandbox {

// CartonCloud's report runs (issue 15), from shared/reference/cartoncloud-api.md §4: "POST
// /tenants/{t}/report-runs (type: STOCK_ON_HAND), then GET /tenants/{t}/report-runs/{id};
// asynchronous (IN_PROCESS -> SUCCESS or FAILED); results are kept 7 days".
//
// The reference does not document the request's parameters, the answer of the POST or where the
// result rows are. What this sandbox does there comes from the one public client that reads the
// result (S5, hungdannt/cs_cartoncloud_connector, stock_quant.py) and is marked as such:
//   - request: {"type": "STOCK_ON_HAND", "parameters": {"customer": {"id"}, "warehouse": {"id"}}}
//     (S5 also sends "pageSize"; whether results page is unknown: this sandbox ignores it and
//     answers every row at once);
//   - result: GET answers the run with "items": [{"details": {"product": {"id", "name",
//     "references": {"code"}}}, "measures": {"quantity"}}] (S5 reads exactly these fields).
// The HTTP status of the POST (201 here) and the body of a FAILED run (no reason given here) are
// not documented either.
class ReportRuns
{
public:
    // One stock row as the warehouse holds it when the run starts.
    struct StockRow
    {
        QString productId;
        QString code;
        QString name;
        QJsonObject customer; // {id, name, references.code}
        double quantity = 0;
    };

    // A new run of `type`, which ends after `durationMs` (from `nowMs`) with `rows`, or FAILED.
    QJsonObject start(const QString &type, const QJsonObject &parameters, const QList<StockRow> &rows, bool fails,
                      qint64 nowMs, int durationMs, const QString &timestamp);
    // The run as GET shows it at `nowMs`; empty when there is no such run (or it is older than the
    // 7 days results are kept).
    QJsonObject get(const QString &id, qint64 nowMs) const;
    int count() const { return int(m_runs.size()); }
    QStringList ids() const { return m_order; }

private:
    struct Run
    {
        QJsonObject json; // without status and items
        QJsonArray items;
        bool fails = false;
        qint64 startedMs = 0;
        qint64 doneAtMs = 0;
    };
    QHash<QString, Run> m_runs;
    QStringList m_order;
};

} // namespace wharf::sandbox
