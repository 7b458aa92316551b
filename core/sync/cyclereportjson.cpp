#include "core/sync/cyclereportjson.h"

#include <QJsonDocument>

namespace wharf {

// The keys are those `wharf sync --once --json` has always printed: scripts read them.
QJsonObject CycleReportJson::toObject(const CycleReport &report, const QString &ranBy)
{
    return {
        {QStringLiteral("integration"), report.integrationId},
        {QStringLiteral("name"), report.integrationName},
        {QStringLiteral("startedAt"), report.startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finishedAt"), report.finishedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("ordersSeen"), report.ordersSeen},
        {QStringLiteral("received"), report.ordersReceived},
        {QStringLiteral("created"), report.created},
        {QStringLiteral("needAttention"), report.needAttention},
        {QStringLiteral("skipped"), report.skipped},
        {QStringLiteral("statusChanges"), report.statusChanges},
        {QStringLiteral("trackingSent"), report.trackingSent},
        {QStringLiteral("completed"), report.completed},
        {QStringLiteral("leftAlone"), report.leftAlone},
        {QStringLiteral("error"), report.error},
        {QStringLiteral("ranBy"), ranBy.isEmpty() ? report.ranBy : ranBy},
    };
}

QString CycleReportJson::toJson(const CycleReport &report, const QString &ranBy)
{
    return QString::fromUtf8(QJsonDocument(toObject(report, ranBy)).toJson(QJsonDocument::Compact));
}

CycleReport CycleReportJson::fromJson(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    CycleReport report;
    report.integrationId = object.value(QStringLiteral("integration")).toInteger();
    report.integrationName = object.value(QStringLiteral("name")).toString();
    report.startedAt = QDateTime::fromString(object.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    report.finishedAt = QDateTime::fromString(object.value(QStringLiteral("finishedAt")).toString(), Qt::ISODateWithMs);
    report.ordersSeen = object.value(QStringLiteral("ordersSeen")).toInt();
    report.ordersReceived = object.value(QStringLiteral("received")).toInt();
    report.created = object.value(QStringLiteral("created")).toInt();
    report.needAttention = object.value(QStringLiteral("needAttention")).toInt();
    report.skipped = object.value(QStringLiteral("skipped")).toInt();
    report.statusChanges = object.value(QStringLiteral("statusChanges")).toInt();
    report.trackingSent = object.value(QStringLiteral("trackingSent")).toInt();
    report.completed = object.value(QStringLiteral("completed")).toInt();
    report.leftAlone = object.value(QStringLiteral("leftAlone")).toInt();
    report.error = object.value(QStringLiteral("error")).toString();
    report.ranBy = object.value(QStringLiteral("ranBy")).toString();
    return report;
}

} // namespace wharf
