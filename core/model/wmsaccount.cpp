#include "core/model/wmsaccount.h"

namespace wharf {

QString WmsAccount::roleKey(Role role)
{
    return role == Role::CustomerUser ? QStringLiteral("customer") : QStringLiteral("admin");
}

WmsAccount::Role WmsAccount::roleFromKey(const QString &key)
{
    return key == QLatin1String("customer") ? Role::CustomerUser : Role::Admin;
}

} // namespace wharf
