#pragma once

#include "core/model/wmsaccount.h"

#include <QString>
#include <QUrl>

namespace wharf::wms {

// One CartonCloud account as WmsClient needs it. The secret arrives from the caller (who reads it
// from the keychain) and is never logged.
struct WmsConnection
{
    // https://api.cartoncloud.com, or https://api.na.cartoncloud.com for North America.
    QUrl baseUrl = QUrl(QStringLiteral("https://api.cartoncloud.com"));
    QString clientId;
    QString clientSecret;
    // Empty until the user picked one from userinfo's tenants; only userInfo() works without it.
    QString tenantId;

    // The connection to an account set up in Wharf, with its secret read by the caller.
    static WmsConnection of(const WmsAccount &account, const QString &clientSecret)
    {
        WmsConnection connection;
        connection.baseUrl = QUrl(account.baseUrl);
        connection.clientId = account.clientId;
        connection.clientSecret = clientSecret;
        connection.tenantId = account.tenantId;
        return connection;
    }

    // Identifies the API client for the create-rate budget: CartonCloud counts per API client.
    QString accountKey() const { return baseUrl.toString(QUrl::RemoveUserInfo) + u'|' + clientId; }
};

} // namespace wharf::wms
