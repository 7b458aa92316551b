#pragma once

#include "ui/wizard/customerdirectory.h"

namespace wharf {

class Database;

// The customers Wharf last read from CartonCloud (CustomerRepository), and the warehouses the
// customer's other integrations use: what the wizard can offer when no CartonCloud client is at hand.
class LocalCustomerDirectory : public CustomerDirectory
{
    Q_OBJECT

public:
    LocalCustomerDirectory(const Database &database, qint64 accountId, QObject *parent = nullptr);

    void customers(QObject *context, CustomersCallback done) override;
    void knownWarehouses(const QString &customerId, QObject *context, WarehousesCallback done) override;
    QString knownWarehousesSource(const QString &customerName) const override;

private:
    const Database &m_database;
    qint64 m_accountId;
};

} // namespace wharf
