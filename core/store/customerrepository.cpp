#include "core/store/customerrepository.h"

namespace wharf {

bool CustomerRepository::upsert(const Customer &customer) const
{
    QSqlQuery query =
        prepare(QStringLiteral("INSERT INTO customers (id, account_id, name, may_self_manage) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (account_id, id) DO UPDATE SET name = excluded.name"));
    query.addBindValue(customer.id);
    query.addBindValue(customer.accountId);
    query.addBindValue(customer.name);
    query.addBindValue(customer.maySelfManage ? 1 : 0);
    return exec(query);
}

bool CustomerRepository::setMaySelfManage(qint64 accountId, const QString &customerId, bool allowed) const
{
    QSqlQuery query =
        prepare(QStringLiteral("UPDATE customers SET may_self_manage = ? WHERE account_id = ? AND id = ?"));
    query.addBindValue(allowed ? 1 : 0);
    query.addBindValue(accountId);
    query.addBindValue(customerId);
    return exec(query) && query.numRowsAffected() == 1;
}

static Customer customerFrom(const QSqlQuery &query)
{
    Customer customer;
    customer.id = query.value(0).toString();
    customer.accountId = query.value(1).toLongLong();
    customer.name = query.value(2).toString();
    customer.maySelfManage = query.value(3).toInt() != 0;
    return customer;
}

std::optional<Customer> CustomerRepository::find(qint64 accountId, const QString &customerId) const
{
    QSqlQuery query = prepare(
        QStringLiteral("SELECT id, account_id, name, may_self_manage FROM customers WHERE account_id = ? AND id = ?"));
    query.addBindValue(accountId);
    query.addBindValue(customerId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return customerFrom(query);
}

QList<Customer> CustomerRepository::forAccount(qint64 accountId) const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT id, account_id, name, may_self_manage FROM customers WHERE "
                                             "account_id = ? ORDER BY lower(name), id"));
    query.addBindValue(accountId);
    QList<Customer> customers;
    if (!exec(query))
        return customers;
    while (query.next())
        customers.append(customerFrom(query));
    return customers;
}

} // namespace wharf
