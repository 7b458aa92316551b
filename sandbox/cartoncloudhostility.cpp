#include "cartoncloudhostility.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wharf::sandbox {

QJsonObject CartonCloudHostility::toJson() const
{
    return QJsonObject {
        {u"searchLagMs"_s, searchLagMs},
        {u"commitDelayMs"_s, commitDelayMs},
        {u"duplicateCheck"_s, duplicateCheck},
        {u"overrideStatuses"_s, QJsonArray::fromStringList(overrideStatuses)},
        {u"consignmentsPerOrder"_s, consignmentsPerOrder},
        {u"retrackAfterDispatchMs"_s, retrackAfterDispatchMs},
        {u"deleteEvery"_s, deleteEvery},
        {u"maxPageSize"_s, maxPageSize},
        {u"reportRunMs"_s, reportRunMs},
        {u"reportRunsFail"_s, reportRunsFail},
    };
}

bool CartonCloudHostility::merge(const QJsonObject &json, QString *error)
{
    CartonCloudHostility next = *this;
    const QHash<QString, int *> ints {
        {u"searchLagMs"_s, &next.searchLagMs},
        {u"commitDelayMs"_s, &next.commitDelayMs},
        {u"consignmentsPerOrder"_s, &next.consignmentsPerOrder},
        {u"retrackAfterDispatchMs"_s, &next.retrackAfterDispatchMs},
        {u"deleteEvery"_s, &next.deleteEvery},
        {u"maxPageSize"_s, &next.maxPageSize},
        {u"reportRunMs"_s, &next.reportRunMs},
    };
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (int *field = ints.value(it.key())) {
            if (!it.value().isDouble() || it.value().toInt(-1) < 0) {
                *error = it.key() + u" must be a number >= 0"_s;
                return false;
            }
            *field = it.value().toInt();
        } else if (it.key() == u"duplicateCheck") {
            if (!it.value().isBool()) {
                *error = u"duplicateCheck must be true or false"_s;
                return false;
            }
            next.duplicateCheck = it.value().toBool();
        } else if (it.key() == u"reportRunsFail") {
            if (!it.value().isBool()) {
                *error = u"reportRunsFail must be true or false"_s;
                return false;
            }
            next.reportRunsFail = it.value().toBool();
        } else if (it.key() == u"overrideStatuses") {
            // A list, or one comma-separated string (the command line's form).
            QStringList statuses;
            if (it.value().isString()) {
                statuses = it.value().toString().split(u',', Qt::SkipEmptyParts);
            } else if (it.value().isArray()) {
                for (const QJsonValue &value : it.value().toArray())
                    statuses << value.toString();
            } else {
                *error = u"overrideStatuses must be a list of statuses"_s;
                return false;
            }
            next.overrideStatuses = statuses;
        } else {
            *error = u"unknown CartonCloud hostile key "_s + it.key();
            return false;
        }
    }
    next.consignmentsPerOrder = qMax(1, next.consignmentsPerOrder);
    *this = next;
    return true;
}

QString CartonCloudHostility::keysHelp()
{
    return uR"(  searchLagMs=N            a created order is invisible to outbound-order searches for N ms
  commitDelayMs=N          a create is stored N ms after it arrived, even if the client has gone
  duplicateCheck=false     no 422 DUPLICATE: a re-sent reference creates a second order
  overrideStatuses=A,B     statuses in which a re-sent reference replaces the earlier order (deleted,
                           new id, no 422); default REJECTED
  consignmentsPerOrder=N   N consignments per order, each with its own tracking
  retrackAfterDispatchMs=N automatic mode: tracking changes once, N ms after dispatch
  deleteEvery=N            automatic mode: every Nth order is deleted by the warehouse, not packed
  maxPageSize=N            searches and lists answer at most N per page, whatever `size` asks
  reportRunMs=N            a stock-on-hand report run stays IN_PROCESS for N ms before it ends
  reportRunsFail=true      report runs started from now on end FAILED (false: SUCCESS again)
)"_s;
}

} // namespace wharf::sandbox
