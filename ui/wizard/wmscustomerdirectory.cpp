#include "ui/wizard/wmscustomerdirectory.h"

#include "core/store/customerrepository.h"
#include "core/wms/wmsclient.h"

namespace wharf {

WmsCustomerDirectory::WmsCustomerDirectory(wms::WmsClient *client, const Database &database, qint64 accountId,
                                           QObject *parent)
    : CustomerDirectory(parent)
    , m_client(client)
    , m_database(database)
    , m_accountId(accountId)
{
}

void WmsCustomerDirectory::customers(QObject *context, CustomersCallback done)
{
    m_client->customers(context, [this, done](const net::Result<QList<wms::WmsCustomer>> &result) {
        if (!result.ok()) {
            const QList<Customer> stored = CustomerRepository(m_database).forAccount(m_accountId);
            done(stored,
                 stored.isEmpty()
                     ? tr("Wharf could not load the customers from CartonCloud: %1").arg(result.error.sentence)
                     : tr("Wharf could not load the customers from CartonCloud, so the list is the one it last saw: "
                          "%1")
                           .arg(result.error.sentence));
            return;
        }
        QList<Customer> customers;
        customers.reserve(result.value.size());
        for (const wms::WmsCustomer &found : result.value)
            customers.append({found.id, m_accountId, found.name, false});
        done(customers, QString());
    });
}

void WmsCustomerDirectory::knownWarehouses(const QString &customerId, QObject *context, WarehousesCallback done)
{
    m_client->warehouseChoices(customerId, context, [done](const net::Result<QList<wms::WarehouseChoice>> &result) {
        if (!result.ok()) {
            done({},
                 tr("Wharf could not look up the warehouses the customer's orders go to: %1 Type the "
                    "warehouse's name or use the customer's default.")
                     .arg(result.error.sentence));
            return;
        }
        // The customer's default is an option of its own on the page; only named warehouses are listed.
        QStringList names;
        for (const wms::WarehouseChoice &choice : result.value) {
            if (choice.kind == wms::WarehouseChoice::Kind::Seen && !choice.name.isEmpty()
                && !names.contains(choice.name, Qt::CaseInsensitive))
                names.append(choice.name);
        }
        done(names, QString());
    });
}

QString WmsCustomerDirectory::knownWarehousesSource(const QString &customerName) const
{
    return tr("seen on %1's recent orders in CartonCloud").arg(customerName);
}

} // namespace wharf
