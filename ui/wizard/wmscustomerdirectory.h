#pragma once

#include "ui/wizard/customerdirectory.h"

namespace wharf {

class Database;

namespace wms {
class WmsClient;
}

// Customers and warehouses as CartonCloud knows them now, through core's WmsClient (which does the
// network work). When CartonCloud cannot be asked, the customers Wharf last stored are offered, with
// the reason.
class WmsCustomerDirectory : public CustomerDirectory
{
    Q_OBJECT

public:
    // `client` must be connected to the account (WmsClient::setConnection) and outlive this object.
    WmsCustomerDirectory(wms::WmsClient *client, const Database &database, qint64 accountId, QObject *parent = nullptr);

    void customers(QObject *context, CustomersCallback done) override;
    void knownWarehouses(const QString &customerId, QObject *context, WarehousesCallback done) override;
    QString knownWarehousesSource(const QString &customerName) const override;

private:
    wms::WmsClient *m_client;
    const Database &m_database;
    qint64 m_accountId;
};

} // namespace wharf
