#include "core/store/schema.h"

#include "core/woo/storeidentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace wharf {

namespace {

// Version 4: every integration gets its store. Integrations are taken oldest first, so the store
// goes to the one that served it first; a second *live* integration of the same store (possible
// before version 4) keeps running on its own links but is marked Failing with a sentence, since
// two integrations of one store would send its orders twice.
bool assignStores(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    auto failed = [&](const QSqlQuery &q) {
        *error = q.lastError().text();
        return false;
    };
    if (!query.exec(QStringLiteral("SELECT id, store_url, deleted_at, name, customer_id, created_at FROM "
                                   "integrations ORDER BY id")))
        return failed(query);
    struct Row
    {
        qint64 id;
        QString url;
        bool deleted;
        QString name;
        QString customerId;
        QString createdAt;
        QString deletedAt;
    };
    QList<Row> rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), !query.value(2).isNull(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                     query.value(2).toString()});
    }
    query.finish();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QHash<QString, qint64> storeIds;
    QHash<qint64, Row> liveByStore;
    for (const Row &row : std::as_const(rows)) {
        const QString key = woo::StoreIdentity::key(row.url);
        if (key.isEmpty())
            continue;
        if (!storeIds.contains(key)) {
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO stores (store_key, code, created_at) VALUES (?, ?, ?)"));
            insert.addBindValue(key);
            insert.addBindValue(woo::StoreIdentity::code(key));
            insert.addBindValue(now);
            if (!insert.exec())
                return failed(insert);
            storeIds.insert(key, insert.lastInsertId().toLongLong());
        }
        const qint64 storeId = storeIds.value(key);
        QSqlQuery update(db);
        if (!row.deleted && liveByStore.contains(storeId)) {
            const Row &first = liveByStore.value(storeId);
            update.prepare(
                QStringLiteral("UPDATE integrations SET health = 'failing', health_reason = ? WHERE id = ?"));
            update.addBindValue(QCoreApplication::translate(
                                    "wharf::Schema",
                                    "This store is also connected as the integration \"%1\", which sends its orders "
                                    "to CartonCloud. Two integrations of one store would send each order twice: "
                                    "delete one of them.")
                                    .arg(first.name));
            update.addBindValue(row.id);
        } else {
            if (!row.deleted)
                liveByStore.insert(storeId, row);
            update.prepare(QStringLiteral("UPDATE integrations SET store_id = ? WHERE id = ?"));
            update.addBindValue(storeId);
            update.addBindValue(row.id);
        }
        if (!update.exec())
            return failed(update);
        QSqlQuery period(db);
        period.prepare(
            QStringLiteral("INSERT INTO integration_periods (integration_id, started_at, ended_at) VALUES (?, ?, ?)"));
        period.addBindValue(row.id);
        period.addBindValue(row.createdAt);
        period.addBindValue(row.deleted ? QVariant(row.deletedAt) : QVariant());
        if (!period.exec())
            return failed(period);
    }
    // One live integration per store, from now on enforced by the database itself, so that two
    // processes saving the same store at once cannot both succeed.
    if (!query.exec(QStringLiteral("CREATE UNIQUE INDEX one_live_integration_per_store ON integrations(store_id) "
                                   "WHERE deleted_at IS NULL")))
        return failed(query);
    QSqlQuery id(db);
    id.prepare(QStringLiteral("INSERT INTO settings (name, value) VALUES ('data-folder-id', ?)"));
    id.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!id.exec())
        return failed(id);
    return true;
}

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations {
        {1,
         QStringLiteral("accounts, customers, integrations, order links, cursors"),
         {
             QStringLiteral(R"(CREATE TABLE wms_accounts (
                 id INTEGER PRIMARY KEY,
                 base_url TEXT NOT NULL,
                 client_id TEXT NOT NULL,
                 tenant_id TEXT NOT NULL DEFAULT '',
                 tenant_name TEXT NOT NULL DEFAULT '',
                 role TEXT NOT NULL DEFAULT 'admin' CHECK (role IN ('admin', 'customer')),
                 customer_id TEXT NOT NULL DEFAULT '',
                 created_at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE customers (
                 id TEXT NOT NULL,
                 account_id INTEGER NOT NULL REFERENCES wms_accounts(id) ON DELETE CASCADE,
                 name TEXT NOT NULL,
                 may_self_manage INTEGER NOT NULL DEFAULT 0,
                 PRIMARY KEY (account_id, id)))"),
             QStringLiteral(R"(CREATE TABLE integrations (
                 id INTEGER PRIMARY KEY,
                 account_id INTEGER NOT NULL REFERENCES wms_accounts(id),
                 customer_id TEXT NOT NULL,
                 name TEXT NOT NULL,
                 store_url TEXT NOT NULL,
                 consumer_key TEXT NOT NULL,
                 warehouse_mode TEXT NOT NULL DEFAULT 'customer-default',
                 warehouse_name TEXT NOT NULL DEFAULT '',
                 complete_on_dispatch INTEGER NOT NULL DEFAULT 1,
                 send_tracking INTEGER NOT NULL DEFAULT 1,
                 intake_since TEXT,
                 health TEXT NOT NULL DEFAULT 'draft',
                 health_reason TEXT NOT NULL DEFAULT '',
                 created_at TEXT NOT NULL,
                 updated_at TEXT NOT NULL,
                 deleted_at TEXT))"),
             QStringLiteral(R"(CREATE TABLE order_links (
                 id INTEGER PRIMARY KEY,
                 integration_id INTEGER NOT NULL REFERENCES integrations(id),
                 woo_order_id INTEGER NOT NULL,
                 woo_order_number TEXT NOT NULL,
                 state TEXT NOT NULL,
                 reference TEXT NOT NULL DEFAULT '',
                 wms_order_id TEXT NOT NULL DEFAULT '',
                 wms_status TEXT NOT NULL DEFAULT '',
                 reason TEXT NOT NULL DEFAULT '',
                 reason_since TEXT,
                 attempts INTEGER NOT NULL DEFAULT 0,
                 next_attempt_at TEXT,
                 tracking_number TEXT NOT NULL DEFAULT '',
                 tracking_carrier TEXT NOT NULL DEFAULT '',
                 tracking_url TEXT NOT NULL DEFAULT '',
                 woo_tracking_id TEXT NOT NULL DEFAULT '',
                 woo_modified_at TEXT,
                 created_at TEXT NOT NULL,
                 updated_at TEXT NOT NULL,
                 completed_at TEXT,
                 UNIQUE (integration_id, woo_order_id)))"),
             QStringLiteral("CREATE INDEX order_links_by_state ON order_links(integration_id, state)"),
             QStringLiteral(R"(CREATE TABLE sync_cursors (
                 integration_id INTEGER NOT NULL REFERENCES integrations(id),
                 name TEXT NOT NULL,
                 value TEXT NOT NULL,
                 PRIMARY KEY (integration_id, name)))"),
         }},
        {2,
         QStringLiteral("activity events and the billing ledger"),
         {
             QStringLiteral(R"(CREATE TABLE sync_events (
                 id INTEGER PRIMARY KEY,
                 integration_id INTEGER NOT NULL REFERENCES integrations(id),
                 order_link_id INTEGER REFERENCES order_links(id),
                 at TEXT NOT NULL,
                 kind TEXT NOT NULL,
                 severity TEXT NOT NULL DEFAULT 'info',
                 message TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX sync_events_by_integration ON sync_events(integration_id, at)"),
             QStringLiteral("CREATE INDEX sync_events_by_order ON sync_events(order_link_id)"),
             // One row per integration per billed week, written when a week closes, so that a
             // statement once issued does not change when an integration is later deleted.
             QStringLiteral(R"(CREATE TABLE billing_ledger (
                 integration_id INTEGER NOT NULL REFERENCES integrations(id),
                 week_start TEXT NOT NULL,
                 active_days INTEGER NOT NULL,
                 amount_cents INTEGER NOT NULL,
                 PRIMARY KEY (integration_id, week_start)))"),
         }},
        {3,
         QStringLiteral("how the store takes its keys, and finding links by CartonCloud order"),
         {
             // Some hosts strip the Authorization header; the wizard's check finds that out once and
             // the engine must then keep using query-string keys.
             QStringLiteral("ALTER TABLE integrations ADD COLUMN woo_auth TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX order_links_by_wms_order ON order_links(integration_id, wms_order_id)"),
         }},
        {4,
         QStringLiteral("stores as the unit of identity, ownership leases, commands, the shared create budget"),
         {
             // The store's normalised address (woo::StoreIdentity) and the code its order
             // references carry. Links keep the reference they were sent with.
             QStringLiteral(R"(CREATE TABLE stores (
                 id INTEGER PRIMARY KEY,
                 store_key TEXT NOT NULL UNIQUE,
                 code TEXT NOT NULL,
                 created_at TEXT NOT NULL))"),
             QStringLiteral("ALTER TABLE integrations ADD COLUMN store_id INTEGER REFERENCES stores(id)"),
             // Bumped by every change of the user's settings (not by health), so that an engine in
             // another process sees a Reconfigure within one cycle.
             QStringLiteral("ALTER TABLE integrations ADD COLUMN settings_revision INTEGER NOT NULL DEFAULT 1"),
             // Written by whichever engine syncs it, so that every process shows the same "Last sync".
             QStringLiteral("ALTER TABLE integrations ADD COLUMN last_sync_at TEXT"),
             QStringLiteral("ALTER TABLE integrations ADD COLUMN last_success_at TEXT"),
             // When each integration was billable: deleting ends a period, restoring starts one.
             QStringLiteral(R"(CREATE TABLE integration_periods (
                 integration_id INTEGER NOT NULL REFERENCES integrations(id),
                 started_at TEXT NOT NULL,
                 ended_at TEXT,
                 PRIMARY KEY (integration_id, started_at)))"),
             // At most one engine works an integration: the one whose lease has not expired. A row,
             // not a lock file, so that it works the same for processes on one desk and workers
             // sharing a server database. No foreign key: a lease may outlive a removed draft.
             QStringLiteral(R"(CREATE TABLE leases (
                 integration_id INTEGER PRIMARY KEY,
                 owner_id TEXT NOT NULL,
                 owner_host TEXT NOT NULL,
                 owner_kind TEXT NOT NULL,
                 owner_pid INTEGER NOT NULL,
                 since TEXT NOT NULL,
                 expires_at_ms INTEGER NOT NULL))"),
             // What a person asked of an integration that another process works: its owner takes
             // the row, does it and writes the outcome. Kept when the integration is gone, so that
             // the request is answered rather than dropped.
             QStringLiteral(R"(CREATE TABLE engine_commands (
                 id INTEGER PRIMARY KEY,
                 integration_id INTEGER NOT NULL,
                 order_link_id INTEGER NOT NULL DEFAULT 0,
                 kind TEXT NOT NULL,
                 requested_by TEXT NOT NULL,
                 requested_at TEXT NOT NULL,
                 taken_by TEXT NOT NULL DEFAULT '',
                 finished_at TEXT,
                 ok INTEGER NOT NULL DEFAULT 0,
                 message TEXT NOT NULL DEFAULT '',
                 done_by TEXT NOT NULL DEFAULT '',
                 result TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX engine_commands_open ON engine_commands(finished_at, integration_id)"),
             // CartonCloud's 30 creates per minute are counted per API client, whoever sends them:
             // the next free slot lives here, shared by every process, and survives restarts.
             QStringLiteral(R"(CREATE TABLE create_budgets (
                 account_key TEXT PRIMARY KEY,
                 next_slot_ms INTEGER NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE settings (
                 name TEXT PRIMARY KEY,
                 value TEXT NOT NULL))"),
         },
         assignStores},
        {5,
         QStringLiteral("tracking per consignment, followed after dispatch"),
         {
             // When Wharf first saw the order dispatched: tracking is followed for a while after
             // (CartonCloud may add or change it then), and when to look next.
             QStringLiteral("ALTER TABLE order_links ADD COLUMN dispatched_at TEXT"),
             QStringLiteral("ALTER TABLE order_links ADD COLUMN tracking_check_at TEXT"),
             // One tracking entry per consignment (TrackingEntry).
             QStringLiteral(R"(CREATE TABLE order_tracking (
                 order_link_id INTEGER NOT NULL REFERENCES order_links(id),
                 consignment_id TEXT NOT NULL,
                 tracking_number TEXT NOT NULL,
                 carrier TEXT NOT NULL DEFAULT '',
                 url TEXT NOT NULL DEFAULT '',
                 woo_tracking_id TEXT NOT NULL DEFAULT '',
                 state TEXT NOT NULL,
                 updated_at TEXT NOT NULL,
                 PRIMARY KEY (order_link_id, consignment_id)))"),
             // The one entry a link carried until now; its consignment is learnt on the next look.
             QStringLiteral(R"(INSERT INTO order_tracking (order_link_id, consignment_id, tracking_number, carrier,
                 url, woo_tracking_id, state, updated_at)
                 SELECT id, '', tracking_number, tracking_carrier, tracking_url, woo_tracking_id, 'written', updated_at
                 FROM order_links WHERE woo_tracking_id <> '')"),
             QStringLiteral("UPDATE order_links SET dispatched_at = COALESCE(completed_at, updated_at) "
                            "WHERE wms_status = 'DISPATCHED'"),
         }},
        {6,
         QStringLiteral("server mode's secrets, sealed"),
         {
             // Only with --secrets database (servers): each value sealed by libsodium under a master
             // key that is never here; key_id names that key, so that rotation knows what is left.
             // Base64 text rather than a blob, so that SQLite and PostgreSQL read it alike.
             QStringLiteral(R"(CREATE TABLE secrets (
                 name TEXT PRIMARY KEY,
                 key_id TEXT NOT NULL,
                 nonce TEXT NOT NULL,
                 sealed TEXT NOT NULL,
                 updated_at TEXT NOT NULL))"),
         }},
        {7,
         QStringLiteral("engines say they are alive, so that workers share integrations fairly"),
         {
             // One row per running engine, renewed with its leases: an engine that holds no
             // integration yet still counts when the others work out their fair share.
             QStringLiteral(R"(CREATE TABLE engines (
                 owner_id TEXT PRIMARY KEY,
                 owner_host TEXT NOT NULL,
                 owner_kind TEXT NOT NULL,
                 owner_pid INTEGER NOT NULL,
                 expires_at_ms INTEGER NOT NULL))"),
         }},
        {8,
         QStringLiteral("counts of pruned events"),
         {
             // Events older than the retention (180 days by default) are deleted; how many of each
             // kind there were is kept here.
             QStringLiteral(R"(CREATE TABLE event_tallies (
                 integration_id INTEGER NOT NULL,
                 kind TEXT NOT NULL,
                 count INTEGER NOT NULL,
                 PRIMARY KEY (integration_id, kind)))"),
             QStringLiteral("CREATE INDEX sync_events_by_time ON sync_events(at)"),
         }},
        {9,
         QStringLiteral("stock back to WooCommerce, per integration"),
         {
             // Off by default (issue 15); the interval in minutes; when the engine last sent it.
             QStringLiteral("ALTER TABLE integrations ADD COLUMN stock_sync INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE integrations ADD COLUMN stock_sync_minutes INTEGER NOT NULL DEFAULT 60"),
             QStringLiteral("ALTER TABLE integrations ADD COLUMN stock_synced_at TEXT"),
         }},
        {10,
         QStringLiteral("changes in WooCommerce after hand-off, and stopping cancelled orders"),
         {
             // What was handed off, to compare later versions of the order with; the change seen
             // since (issue 15). Off by default: deleting a cancelled order's outbound order in
             // CartonCloud while it is not yet picked.
             QStringLiteral("ALTER TABLE order_links ADD COLUMN hand_off_snapshot TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE order_links ADD COLUMN woo_change TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE integrations ADD COLUMN stop_cancelled INTEGER NOT NULL DEFAULT 0"),
         }},
        // Append the next migration here, with the next version number.
    };
    return migrations;
}

} // namespace wharf
