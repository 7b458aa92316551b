#pragma once

#include "core/sync/cyclereport.h"

#include <QJsonObject>
#include <QString>

namespace wharf {

// A cycle's report as JSON text: how an engine answers another process's Sync now through the
// database (engine_commands.result), and what `wharf sync --once --json` prints.
class CycleReportJson
{
public:
    static QJsonObject toObject(const CycleReport &report, const QString &ranBy = {});
    static QString toJson(const CycleReport &report, const QString &ranBy = {});
    static CycleReport fromJson(const QString &json);
};

} // namespace wharf
