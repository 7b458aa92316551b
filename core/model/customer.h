#pragma once

#include <QMetaType>
#include <QString>

namespace wharf {

// A CartonCloud customer of the warehouse: the owner of WooCommerce stores.
struct Customer
{
    QString id; // CartonCloud's customer id (a UUID)
    qint64 accountId = 0;
    QString name;
    // The account owner's permission for this customer's own users to create integrations (seed:
    // "How to enable Customers to create their own Self-Managed Integrations").
    bool maySelfManage = false;
};

} // namespace wharf

Q_DECLARE_METATYPE(wharf::Customer)
