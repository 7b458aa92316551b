#include "core/model/health.h"

#include <QCoreApplication>

namespace wharf {

QString healthKey(Health health)
{
    switch (health) {
    case Health::Draft:
        return QStringLiteral("draft");
    case Health::Live:
        return QStringLiteral("live");
    case Health::Attention:
        return QStringLiteral("attention");
    case Health::Failing:
        return QStringLiteral("failing");
    case Health::Paused:
        return QStringLiteral("paused");
    }
    return QStringLiteral("draft");
}

Health healthFromKey(const QString &key, Health fallback)
{
    for (const Health health : {Health::Draft, Health::Live, Health::Attention, Health::Failing, Health::Paused}) {
        if (healthKey(health) == key)
            return health;
    }
    return fallback;
}

QString healthLabel(Health health)
{
    switch (health) {
    case Health::Draft:
        return QCoreApplication::translate("wharf::Health", "Not started");
    case Health::Live:
        return QCoreApplication::translate("wharf::Health", "Live");
    case Health::Attention:
        return QCoreApplication::translate("wharf::Health", "Needs attention");
    case Health::Failing:
        return QCoreApplication::translate("wharf::Health", "Failing");
    case Health::Paused:
        return QCoreApplication::translate("wharf::Health", "Paused");
    }
    return {};
}

} // namespace wharf
