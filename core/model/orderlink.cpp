#include "core/model/orderlink.h"

#include <array>
#include <utility>

namespace wharf {

namespace {
constexpr std::array<std::pair<OrderLink::State, const char *>, 7> kStateKeys {{
    {OrderLink::State::Received, "received"},
    {OrderLink::State::Creating, "creating"},
    {OrderLink::State::Created, "created"},
    {OrderLink::State::NeedsAttention, "attention"},
    {OrderLink::State::Skipped, "skipped"},
    {OrderLink::State::Completed, "completed"},
    {OrderLink::State::LeftAlone, "left-alone"},
}};
} // namespace

QString OrderLink::stateKey(State state)
{
    for (const auto &[value, key] : kStateKeys) {
        if (value == state)
            return QString::fromLatin1(key);
    }
    return QStringLiteral("received");
}

OrderLink::State OrderLink::stateFromKey(const QString &key)
{
    for (const auto &[value, text] : kStateKeys) {
        if (key == QLatin1String(text))
            return value;
    }
    return State::Received;
}

} // namespace wharf
