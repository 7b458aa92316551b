#pragma once

#include <QList>
#include <QString>

namespace wharf::wms {

struct WmsTenant
{
    QString id; // UUID
    QString name;
};

// The user behind the API client and the tenants it may use (GET /uaa/userinfo).
struct WmsUser
{
    QString id;
    QString name;
    QString email;
    QList<WmsTenant> tenants;
};

} // namespace wharf::wms
