#include "core/store/schema.h"

namespace wharf {

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
    };
    return migrations;
}

} // namespace wharf
