#include "core/model/integration.h"

namespace wharf {

QString Integration::warehouseModeKey(WarehouseMode mode)
{
    return mode == WarehouseMode::Named ? QStringLiteral("named") : QStringLiteral("customer-default");
}

Integration::WarehouseMode Integration::warehouseModeFromKey(const QString &key)
{
    return key == QLatin1String("named") ? WarehouseMode::Named : WarehouseMode::CustomerDefault;
}

} // namespace wharf
