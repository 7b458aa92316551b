#pragma once

#include "core/model/customer.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace wharf {

// Where the Order Creation step learns the customers it may offer and the warehouses a customer's
// orders already go to. Asynchronous, because the answer may come from CartonCloud; each call answers
// exactly once on the GUI thread, unless `context` is destroyed first.
class CustomerDirectory : public QObject
{
    Q_OBJECT

public:
    // `error` is a sentence for people, empty on success.
    using CustomersCallback = std::function<void(const QList<Customer> &customers, const QString &error)>;
    using WarehousesCallback = std::function<void(const QStringList &warehouseNames, const QString &error)>;

    using QObject::QObject;

    virtual void customers(QObject *context, CustomersCallback done) = 0;
    // Names of warehouses the customer's orders are known to go to, most recent first.
    virtual void knownWarehouses(const QString &customerId, QObject *context, WarehousesCallback done) = 0;
    // Where knownWarehouses() looks, completing "Warehouses …" for the page ("seen on Acme's recent
    // CartonCloud orders", "used by Acme's other integrations").
    virtual QString knownWarehousesSource(const QString &customerName) const = 0;
};

} // namespace wharf
