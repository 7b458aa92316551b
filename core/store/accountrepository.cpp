#include "core/store/accountrepository.h"

namespace wharf {

namespace {
constexpr auto kColumns = "id, base_url, client_id, tenant_id, tenant_name, role, customer_id, created_at";
}

bool AccountRepository::insert(WmsAccount &account) const
{
    if (!account.createdAt.isValid())
        account.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query = prepare(QStringLiteral(
        "INSERT INTO wms_accounts (base_url, client_id, tenant_id, tenant_name, role, customer_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(account.baseUrl);
    query.addBindValue(account.clientId);
    query.addBindValue(account.tenantId);
    query.addBindValue(account.tenantName);
    query.addBindValue(WmsAccount::roleKey(account.role));
    query.addBindValue(account.customerId);
    query.addBindValue(timeValue(account.createdAt));
    if (!exec(query))
        return false;
    account.id = query.lastInsertId().toLongLong();
    return true;
}

bool AccountRepository::update(const WmsAccount &account) const
{
    QSqlQuery query = prepare(
        QStringLiteral("UPDATE wms_accounts SET base_url = ?, client_id = ?, tenant_id = ?, tenant_name = ?, role = ?, "
                       "customer_id = ? WHERE id = ?"));
    query.addBindValue(account.baseUrl);
    query.addBindValue(account.clientId);
    query.addBindValue(account.tenantId);
    query.addBindValue(account.tenantName);
    query.addBindValue(WmsAccount::roleKey(account.role));
    query.addBindValue(account.customerId);
    query.addBindValue(account.id);
    return exec(query);
}

bool AccountRepository::remove(qint64 id) const
{
    if (!transaction())
        return false;
    QSqlQuery customers = prepare(QStringLiteral("DELETE FROM customers WHERE account_id = ?"));
    customers.addBindValue(id);
    QSqlQuery account = prepare(QStringLiteral(
        "DELETE FROM wms_accounts WHERE id = ? AND NOT EXISTS (SELECT 1 FROM integrations WHERE account_id = ?)"));
    account.addBindValue(id);
    account.addBindValue(id);
    if (!exec(customers) || !exec(account) || account.numRowsAffected() != 1) {
        rollback();
        return false;
    }
    return commit();
}

static WmsAccount accountFrom(const QSqlQuery &query)
{
    WmsAccount account;
    account.id = query.value(0).toLongLong();
    account.baseUrl = query.value(1).toString();
    account.clientId = query.value(2).toString();
    account.tenantId = query.value(3).toString();
    account.tenantName = query.value(4).toString();
    account.role = WmsAccount::roleFromKey(query.value(5).toString());
    account.customerId = query.value(6).toString();
    account.createdAt = Repository::timeFrom(query.value(7));
    return account;
}

std::optional<WmsAccount> AccountRepository::find(qint64 id) const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1 FROM wms_accounts WHERE id = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return accountFrom(query);
}

QList<WmsAccount> AccountRepository::all() const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1 FROM wms_accounts ORDER BY id").arg(QLatin1String(kColumns)));
    QList<WmsAccount> accounts;
    if (!exec(query))
        return accounts;
    while (query.next())
        accounts.append(accountFrom(query));
    return accounts;
}

} // namespace wharf
