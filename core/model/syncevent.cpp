#include "core/model/syncevent.h"

namespace wharf {

QString SyncEvent::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

SyncEvent::Severity SyncEvent::severityFromKey(const QString &key)
{
    if (key == QLatin1String("warning"))
        return Severity::Warning;
    if (key == QLatin1String("error"))
        return Severity::Error;
    return Severity::Info;
}

} // namespace wharf
