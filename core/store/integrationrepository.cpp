#include "core/store/integrationrepository.h"

namespace wharf {

namespace {
constexpr auto kColumns = "id, account_id, customer_id, name, store_url, consumer_key, warehouse_mode, warehouse_name, "
                          "complete_on_dispatch, send_tracking, intake_since, health, health_reason, created_at, "
                          "updated_at, deleted_at, woo_auth";

Integration integrationFrom(const QSqlQuery &query)
{
    Integration integration;
    integration.id = query.value(0).toLongLong();
    integration.accountId = query.value(1).toLongLong();
    integration.customerId = query.value(2).toString();
    integration.name = query.value(3).toString();
    integration.storeUrl = query.value(4).toString();
    integration.consumerKey = query.value(5).toString();
    integration.warehouseMode = Integration::warehouseModeFromKey(query.value(6).toString());
    integration.warehouseName = query.value(7).toString();
    integration.completeOnDispatch = query.value(8).toInt() != 0;
    integration.sendTracking = query.value(9).toInt() != 0;
    integration.intakeSince = Repository::timeFrom(query.value(10));
    integration.health = healthFromKey(query.value(11).toString());
    integration.healthReason = query.value(12).toString();
    integration.createdAt = Repository::timeFrom(query.value(13));
    integration.updatedAt = Repository::timeFrom(query.value(14));
    integration.deletedAt = Repository::timeFrom(query.value(15));
    integration.wooAuth = query.value(16).toString();
    return integration;
}
} // namespace

namespace {
// What the user configures, in the order bindSettings() binds it: insert and update share it.
// Health is not among them: the sync engine owns it (setHealth), so that a Reconfigure saved
// while a cycle runs cannot overwrite what the engine just found.
const QStringList &settingColumns()
{
    static const QStringList columns {
        QStringLiteral("customer_id"),
        QStringLiteral("name"),
        QStringLiteral("store_url"),
        QStringLiteral("consumer_key"),
        QStringLiteral("warehouse_mode"),
        QStringLiteral("warehouse_name"),
        QStringLiteral("complete_on_dispatch"),
        QStringLiteral("send_tracking"),
        QStringLiteral("intake_since"),
        QStringLiteral("woo_auth"),
        QStringLiteral("updated_at"),
    };
    return columns;
}

void bindSettings(QSqlQuery &query, const Integration &integration)
{
    query.addBindValue(integration.customerId);
    query.addBindValue(integration.name.trimmed());
    query.addBindValue(integration.storeUrl);
    query.addBindValue(integration.consumerKey);
    query.addBindValue(Integration::warehouseModeKey(integration.warehouseMode));
    query.addBindValue(integration.warehouseName);
    query.addBindValue(integration.completeOnDispatch ? 1 : 0);
    query.addBindValue(integration.sendTracking ? 1 : 0);
    query.addBindValue(Repository::timeValue(integration.intakeSince));
    query.addBindValue(integration.wooAuth);
    query.addBindValue(Repository::timeValue(integration.updatedAt));
}
} // namespace

bool IntegrationRepository::insert(Integration &integration) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!integration.createdAt.isValid())
        integration.createdAt = now;
    integration.updatedAt = now;
    QStringList marks;
    for (qsizetype i = 0; i < settingColumns().size() + 4; ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery query = prepare(
        QStringLiteral("INSERT INTO integrations (account_id, health, health_reason, created_at, %1) VALUES (%2)")
            .arg(settingColumns().join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    query.addBindValue(integration.accountId);
    query.addBindValue(healthKey(integration.health));
    query.addBindValue(integration.healthReason);
    query.addBindValue(timeValue(integration.createdAt));
    bindSettings(query, integration);
    if (!exec(query))
        return false;
    integration.id = query.lastInsertId().toLongLong();
    return true;
}

bool IntegrationRepository::update(Integration &integration) const
{
    integration.updatedAt = QDateTime::currentDateTimeUtc();
    QStringList assignments;
    for (const QString &column : settingColumns())
        assignments.append(column + QStringLiteral(" = ?"));
    QSqlQuery query =
        prepare(QStringLiteral("UPDATE integrations SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))));
    bindSettings(query, integration);
    query.addBindValue(integration.id);
    return exec(query);
}

bool IntegrationRepository::setHealth(qint64 id, Health health, const QString &reason) const
{
    QSqlQuery query =
        prepare(QStringLiteral("UPDATE integrations SET health = ?, health_reason = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(healthKey(health));
    query.addBindValue(reason);
    query.addBindValue(timeValue(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    return exec(query);
}

bool IntegrationRepository::markDeleted(qint64 id, const QDateTime &at) const
{
    QSqlQuery query = prepare(
        QStringLiteral("UPDATE integrations SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(timeValue(at));
    query.addBindValue(timeValue(at));
    query.addBindValue(id);
    return exec(query) && query.numRowsAffected() == 1;
}

bool IntegrationRepository::removeDraft(qint64 id) const
{
    QSqlQuery query = prepare(QStringLiteral("DELETE FROM integrations WHERE id = ? AND health = 'draft' AND NOT "
                                             "EXISTS (SELECT 1 FROM order_links WHERE integration_id = ?)"));
    query.addBindValue(id);
    query.addBindValue(id);
    return exec(query) && query.numRowsAffected() == 1;
}

QList<Integration> IntegrationRepository::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1 FROM integrations %2 ORDER BY name COLLATE NOCASE, id")
                                  .arg(QLatin1String(kColumns), where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<Integration> integrations;
    if (!exec(query))
        return integrations;
    while (query.next())
        integrations.append(integrationFrom(query));
    return integrations;
}

std::optional<Integration> IntegrationRepository::find(qint64 id) const
{
    const QList<Integration> found = select(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<Integration> IntegrationRepository::all(bool includeDeleted) const
{
    return select(includeDeleted ? QString() : QStringLiteral("WHERE deleted_at IS NULL"), {});
}

QList<Integration> IntegrationRepository::forCustomer(qint64 accountId, const QString &customerId,
                                                      bool includeDeleted) const
{
    return select(includeDeleted ? QStringLiteral("WHERE account_id = ? AND customer_id = ?")
                                 : QStringLiteral("WHERE account_id = ? AND customer_id = ? AND deleted_at IS NULL"),
                  {accountId, customerId});
}

bool IntegrationRepository::nameTaken(qint64 accountId, const QString &customerId, const QString &name,
                                      qint64 exceptId) const
{
    const QString wanted = name.trimmed();
    const QList<Integration> existing = forCustomer(accountId, customerId);
    return std::any_of(existing.cbegin(), existing.cend(), [&](const Integration &integration) {
        return integration.id != exceptId && integration.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
    });
}

} // namespace wharf
