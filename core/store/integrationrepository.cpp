#include "core/store/integrationrepository.h"

#include "core/woo/storeidentity.h"

#include <QCoreApplication>
#include <QHash>

namespace wharf {

namespace {
constexpr auto kColumns =
    "id, account_id, customer_id, name, store_url, consumer_key, warehouse_mode, warehouse_name, "
    "complete_on_dispatch, send_tracking, intake_since, health, health_reason, created_at, "
    "updated_at, deleted_at, woo_auth, store_id, store_key, store_code, settings_revision, "
    "last_sync_at, last_success_at, stock_sync, stock_sync_minutes, stock_synced_at, stop_cancelled";
// The integration with its store, as one relation, so that every WHERE clause below reads the
// same column names whichever table they come from.
constexpr auto kRelation = "(SELECT i.*, s.store_key AS store_key, s.code AS store_code FROM integrations i "
                           "LEFT JOIN stores s ON s.id = i.store_id) AS integration";

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
    integration.storeId = query.value(17).toLongLong();
    integration.storeKey = query.value(18).toString();
    integration.storeCode = query.value(19).toString();
    integration.settingsRevision = query.value(20).toLongLong();
    integration.lastSyncAt = Repository::timeFrom(query.value(21));
    integration.lastSuccessAt = Repository::timeFrom(query.value(22));
    integration.stockSync = query.value(23).toInt() != 0;
    integration.stockSyncMinutes = query.value(24).toInt();
    integration.stockSyncedAt = Repository::timeFrom(query.value(25));
    integration.stopCancelledOrders = query.value(26).toInt() != 0;
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
        QStringLiteral("stock_sync"),
        QStringLiteral("stock_sync_minutes"),
        QStringLiteral("stop_cancelled"),
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
    query.addBindValue(integration.stockSync ? 1 : 0);
    query.addBindValue(qMax(1, integration.stockSyncMinutes));
    query.addBindValue(integration.stopCancelledOrders ? 1 : 0);
    query.addBindValue(Repository::timeValue(integration.updatedAt));
}
} // namespace

std::optional<std::pair<qint64, QString>> IntegrationRepository::ensureStore(const QString &storeKey) const
{
    QSqlQuery find = prepare(QStringLiteral("SELECT id, code FROM stores WHERE store_key = ?"));
    find.addBindValue(storeKey);
    if (!exec(find))
        return std::nullopt;
    if (find.next())
        return std::make_pair(find.value(0).toLongLong(), find.value(1).toString());
    const QString code = woo::StoreIdentity::code(storeKey);
    QSqlQuery insert = prepare(QStringLiteral("INSERT INTO stores (store_key, code, created_at) VALUES (?, ?, ?)"));
    insert.addBindValue(storeKey);
    insert.addBindValue(code);
    insert.addBindValue(timeValue(QDateTime::currentDateTimeUtc()));
    if (!exec(insert))
        return std::nullopt;
    return std::make_pair(insert.lastInsertId().toLongLong(), code);
}

bool IntegrationRepository::startPeriod(qint64 integrationId, const QDateTime &at) const
{
    QSqlQuery query =
        prepare(QStringLiteral("INSERT INTO integration_periods (integration_id, started_at) VALUES (?, ?)"));
    query.addBindValue(integrationId);
    query.addBindValue(timeValue(at));
    return exec(query);
}

bool IntegrationRepository::insert(Integration &integration) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!integration.createdAt.isValid())
        integration.createdAt = now;
    integration.updatedAt = now;
    integration.storeKey = woo::StoreIdentity::key(integration.storeUrl);
    if (!transaction()) {
        m_error = QCoreApplication::translate("wharf::Repository", "Wharf could not write to its data file.");
        return false;
    }
    const auto store = ensureStore(integration.storeKey);
    if (!store) {
        rollback();
        return false;
    }
    integration.storeId = store->first;
    integration.storeCode = store->second;
    QStringList marks;
    for (qsizetype i = 0; i < settingColumns().size() + 5; ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery query = prepare(
        QStringLiteral(
            "INSERT INTO integrations (account_id, health, health_reason, created_at, store_id, %1) VALUES (%2)")
            .arg(settingColumns().join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    query.addBindValue(integration.accountId);
    query.addBindValue(healthKey(integration.health));
    query.addBindValue(integration.healthReason);
    query.addBindValue(timeValue(integration.createdAt));
    query.addBindValue(integration.storeId);
    bindSettings(query, integration);
    if (!exec(query)) {
        rollback();
        return false;
    }
    integration.id = query.lastInsertId().toLongLong();
    if (!startPeriod(integration.id, integration.createdAt) || !commit()) {
        rollback();
        return false;
    }
    integration.activePeriods = {{integration.createdAt, {}}};
    return true;
}

bool IntegrationRepository::update(Integration &integration) const
{
    integration.updatedAt = QDateTime::currentDateTimeUtc();
    QStringList assignments;
    for (const QString &column : settingColumns())
        assignments.append(column + QStringLiteral(" = ?"));
    QSqlQuery query = prepare(QStringLiteral("UPDATE integrations SET %1, settings_revision = settings_revision + 1 "
                                             "WHERE id = ?")
                                  .arg(assignments.join(QStringLiteral(", "))));
    bindSettings(query, integration);
    query.addBindValue(integration.id);
    if (!exec(query))
        return false;
    ++integration.settingsRevision;
    return true;
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

bool IntegrationRepository::claimStore(qint64 id) const
{
    // The partial unique index decides: it fails while another live integration has the store.
    QSqlQuery query = prepare(QStringLiteral(
        "UPDATE integrations SET store_id = (SELECT s.id FROM stores s WHERE s.store_key = ?) WHERE id = ? AND "
        "store_id IS NULL AND deleted_at IS NULL AND EXISTS (SELECT 1 FROM stores s WHERE s.store_key = ?)"));
    const std::optional<Integration> integration = find(id);
    if (!integration)
        return false;
    const QString key = woo::StoreIdentity::key(integration->storeUrl);
    query.addBindValue(key);
    query.addBindValue(id);
    query.addBindValue(key);
    return exec(query) && query.numRowsAffected() == 1;
}

bool IntegrationRepository::setLastSync(qint64 id, const QDateTime &lastSync, const QDateTime &lastSuccess) const
{
    QSqlQuery query =
        prepare(QStringLiteral("UPDATE integrations SET last_sync_at = ?, last_success_at = ? WHERE id = ?"));
    query.addBindValue(timeValue(lastSync));
    query.addBindValue(timeValue(lastSuccess));
    query.addBindValue(id);
    return exec(query);
}

bool IntegrationRepository::setStockSyncedAt(qint64 id, const QDateTime &at) const
{
    QSqlQuery query = prepare(QStringLiteral("UPDATE integrations SET stock_synced_at = ? WHERE id = ?"));
    query.addBindValue(timeValue(at));
    query.addBindValue(id);
    return exec(query);
}

bool IntegrationRepository::markDeleted(qint64 id, const QDateTime &at) const
{
    if (!transaction())
        return false;
    QSqlQuery query =
        prepare(QStringLiteral("UPDATE integrations SET deleted_at = ?, updated_at = ?, settings_revision "
                               "= settings_revision + 1 WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(timeValue(at));
    query.addBindValue(timeValue(at));
    query.addBindValue(id);
    if (!exec(query) || query.numRowsAffected() != 1) {
        rollback();
        return false;
    }
    QSqlQuery period = prepare(
        QStringLiteral("UPDATE integration_periods SET ended_at = ? WHERE integration_id = ? AND ended_at IS NULL"));
    period.addBindValue(timeValue(at));
    period.addBindValue(id);
    if (!exec(period) || !commit()) {
        rollback();
        return false;
    }
    return true;
}

bool IntegrationRepository::restore(Integration &integration, const QDateTime &at) const
{
    if (!transaction())
        return false;
    QSqlQuery query = prepare(QStringLiteral("UPDATE integrations SET deleted_at = NULL, health = 'draft', "
                                             "health_reason = ? WHERE id = ? AND deleted_at IS NOT NULL"));
    query.addBindValue(integration.healthReason);
    query.addBindValue(integration.id);
    if (!exec(query) || query.numRowsAffected() != 1) {
        rollback();
        return false;
    }
    // A period deleted and restored within the same moment's week is continued, not doubled:
    // billing counts weeks with any active day, so a second period in one week costs nothing.
    if (!startPeriod(integration.id, at) || !update(integration)) {
        rollback();
        return false;
    }
    // Links sent by earlier integrations of the same store (rows from before stores were known)
    // come along, so that none of their orders is ever sent again.
    QSqlQuery links = prepare(QStringLiteral(
        "UPDATE order_links SET integration_id = ? WHERE integration_id IN (SELECT id FROM integrations WHERE "
        "store_id = ? AND id <> ?) AND woo_order_id NOT IN (SELECT woo_order_id FROM order_links WHERE "
        "integration_id = ?)"));
    links.addBindValue(integration.id);
    links.addBindValue(integration.storeId);
    links.addBindValue(integration.id);
    links.addBindValue(integration.id);
    if (!exec(links) || !commit()) {
        rollback();
        return false;
    }
    integration.deletedAt = {};
    integration.health = Health::Draft;
    return true;
}

bool IntegrationRepository::removeDraft(qint64 id) const
{
    if (!transaction())
        return false;
    QSqlQuery periods = prepare(QStringLiteral("DELETE FROM integration_periods WHERE integration_id = ?"));
    periods.addBindValue(id);
    QSqlQuery query = prepare(QStringLiteral("DELETE FROM integrations WHERE id = ? AND health = 'draft' AND NOT "
                                             "EXISTS (SELECT 1 FROM order_links WHERE integration_id = ?)"));
    query.addBindValue(id);
    query.addBindValue(id);
    if (!exec(periods) || !exec(query) || query.numRowsAffected() != 1) {
        rollback();
        return false;
    }
    return commit();
}

QList<Integration> IntegrationRepository::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY lower(name), id")
                                  .arg(QLatin1String(kColumns), QLatin1String(kRelation), where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<Integration> integrations;
    if (!exec(query))
        return integrations;
    while (query.next())
        integrations.append(integrationFrom(query));
    if (integrations.isEmpty())
        return integrations;

    QSqlQuery periods = prepare(
        QStringLiteral("SELECT integration_id, started_at, ended_at FROM integration_periods ORDER BY started_at"));
    QHash<qint64, QList<std::pair<QDateTime, QDateTime>>> byIntegration;
    if (exec(periods)) {
        while (periods.next())
            byIntegration[periods.value(0).toLongLong()].append(
                {timeFrom(periods.value(1)), timeFrom(periods.value(2))});
    }
    for (Integration &integration : integrations)
        integration.activePeriods = byIntegration.value(integration.id);
    return integrations;
}

std::optional<Integration> IntegrationRepository::liveForStore(const QString &storeKey) const
{
    const QList<Integration> found = select(QStringLiteral("WHERE store_key = ? AND deleted_at IS NULL"), {storeKey});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<Integration> IntegrationRepository::deletedForStore(const QString &storeKey) const
{
    QList<Integration> found = select(QStringLiteral("WHERE store_key = ? AND deleted_at IS NOT NULL"), {storeKey});
    if (found.isEmpty())
        return std::nullopt;
    // The one deleted last: its settings are the most recent the user chose.
    std::sort(found.begin(), found.end(),
              [](const Integration &a, const Integration &b) { return a.deletedAt < b.deletedAt; });
    return found.constLast();
}

QHash<qint64, qint64> IntegrationRepository::settingsRevisions(bool *ok) const
{
    QHash<qint64, qint64> revisions;
    QSqlQuery query =
        prepare(QStringLiteral("SELECT id, settings_revision FROM integrations WHERE deleted_at IS NULL"));
    *ok = exec(query);
    while (*ok && query.next())
        revisions.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return revisions;
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
