#include "core/model/enginecommand.h"

#include <array>
#include <utility>

namespace wharf {

namespace {
using Kind = EngineCommand::Kind;
const std::array<std::pair<Kind, const char *>, 7> kKeys {{
    {Kind::SyncNow, "sync-now"},
    {Kind::Retry, "retry"},
    {Kind::RetryAll, "retry-all"},
    {Kind::Pause, "pause"},
    {Kind::Resume, "resume"},
    {Kind::Reload, "reload"},
    {Kind::Stop, "stop"},
}};
} // namespace

QString EngineCommand::kindKey(Kind kind)
{
    for (const auto &[value, key] : kKeys) {
        if (value == kind)
            return QString::fromLatin1(key);
    }
    return QStringLiteral("sync-now");
}

EngineCommand::Kind EngineCommand::kindFromKey(const QString &key)
{
    for (const auto &[value, name] : kKeys) {
        if (key == QLatin1String(name))
            return value;
    }
    return Kind::SyncNow;
}

} // namespace wharf
