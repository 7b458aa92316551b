#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace wharf {

// The CartonCloud connection Wharf works through. The API client secret is not here: it lives in
// the keychain under SecretKeys::accountClientSecret(id).
struct WmsAccount
{
    enum class Role {
        Admin, // works for any customer of the tenant
        CustomerUser, // works for one customer, where the account owner allows it
    };

    qint64 id = 0;
    QString baseUrl; // e.g. https://api.cartoncloud.com
    QString clientId;
    QString tenantId;
    QString tenantName;
    Role role = Role::Admin;
    QString customerId; // the bound customer of a CustomerUser; empty for an Admin
    QDateTime createdAt;

    static QString roleKey(Role role);
    static Role roleFromKey(const QString &key);
};

} // namespace wharf

Q_DECLARE_METATYPE(wharf::WmsAccount)
