#pragma once

#include "core/store/customerrepository.h"
#include "core/store/eventrepository.h"
#include "core/store/integrationrepository.h"
#include "core/store/orderlinkrepository.h"
#include "storefixture.h"

#include <QTimeZone>

namespace wharf::test {

// A warehouse with four customers in every state the dashboard has to show, at a fixed "now" so
// that screenshots and relative times read the same on every run.
struct DashboardDemo
{
    static QDateTime now() { return QDateTime(QDate(2025, 3, 12), QTime(15, 40), QTimeZone::utc()); }

    static inline const QString acmeId = QStringLiteral("7f3c2a10-acme-4b8e-9c1d-000000000001");
    static inline const QString fernId = QStringLiteral("7f3c2a10-fern-4b8e-9c1d-000000000002");
    static inline const QString coastalId = QStringLiteral("7f3c2a10-coas-4b8e-9c1d-000000000003");
    static inline const QString harbourId = QStringLiteral("7f3c2a10-harb-4b8e-9c1d-000000000004");

    explicit DashboardDemo(StoreFixture &store)
        : m_store(store)
    {
        const CustomerRepository customers(store.database);
        customers.upsert({acmeId, store.account.id, QStringLiteral("Acme Outdoor"), true});
        customers.upsert({fernId, store.account.id, QStringLiteral("Blue Fern Tea"), false});
        customers.upsert({coastalId, store.account.id, QStringLiteral("Coastal Candles"), true});
        customers.upsert({harbourId, store.account.id, QStringLiteral("Harbour Books"), false});

        acmeRetail =
            add(acmeId, QStringLiteral("Acme retail store"), QStringLiteral("https://shop.acme-outdoor.example"),
                QStringLiteral("Melbourne DC"), Health::Live, {}, now().addDays(-40));
        acmeWholesale =
            add(acmeId, QStringLiteral("Acme wholesale"), QStringLiteral("https://trade.acme-outdoor.example"), {},
                Health::Attention, QStringLiteral("4 orders need attention."), now().addDays(-9));
        fernStore = add(fernId, QStringLiteral("Blue Fern web shop"), QStringLiteral("https://bluefern.example"),
                        QStringLiteral("Sydney DC"), Health::Failing,
                        QStringLiteral("The store rejected the consumer key. Create a new Read/Write REST API key in "
                                       "WooCommerce and enter it with Reconfigure."),
                        now().addDays(-20));
        harbourPaused =
            add(harbourId, QStringLiteral("Harbour Books online"), QStringLiteral("https://harbourbooks.example"),
                QStringLiteral("Melbourne DC"), Health::Paused, QStringLiteral("Paused by you."), now().addDays(-30));
        harbourOld = add(harbourId, QStringLiteral("Harbour Books (old shop)"),
                         QStringLiteral("https://old.harbourbooks.example"), QStringLiteral("Melbourne DC"),
                         Health::Live, {}, now().addDays(-60));
        IntegrationRepository(store.database).markDeleted(harbourOld, now().addDays(-2));
        // The wholesale shop sends stock levels back to WooCommerce every 30 minutes.
        {
            const IntegrationRepository repository(store.database);
            Integration wholesale = *repository.find(acmeWholesale);
            wholesale.stockSync = true;
            wholesale.stockSyncMinutes = 30;
            repository.update(wholesale);
            repository.setStockSyncedAt(acmeWholesale, now().addSecs(-25 * 60));
        }

        // Orders: some delivered, some on their way, two needing attention.
        for (int i = 0; i < 12; ++i)
            order(acmeRetail, 1200 + i, OrderLink::State::Completed);
        for (int i = 0; i < 3; ++i)
            order(acmeRetail, 1300 + i, OrderLink::State::Created);
        for (int i = 0; i < 4; ++i)
            order(acmeWholesale, 5000 + i, OrderLink::State::Completed);
        skuOrder = order(acmeWholesale, 5101, OrderLink::State::NeedsAttention,
                         QStringLiteral("SKU MUG-02 is not a product code of customer Acme Outdoor in CartonCloud. Add "
                                        "the product in CartonCloud or correct the SKU in WooCommerce, then retry."),
                         now().addSecs(-3 * 3600));
        order(acmeWholesale, 5102, OrderLink::State::NeedsAttention,
              QStringLiteral("CartonCloud rejected the delivery address: state \"Vic.\" is not a valid state code. "
                             "Correct the address in WooCommerce, then retry."),
              now().addDays(-1).addSecs(-2 * 3600));

        // Two more with the same cause, so that the list groups them; and a pickup, not sent.
        for (const int number : {5103, 5104})
            order(acmeWholesale, number, OrderLink::State::NeedsAttention,
                  QStringLiteral("Order %1: SKU MUG-02 is not a product code of customer Acme Outdoor in "
                                 "CartonCloud. Add the product in CartonCloud (or correct the SKU in WooCommerce), "
                                 "then press Retry.")
                      .arg(number),
                  now().addSecs(-(number - 5100) * 600));
        order(acmeWholesale, 5105, OrderLink::State::Skipped,
              QStringLiteral("Order 5105 is a pickup order (Local pickup). Pickup orders are not sent to "
                             "CartonCloud; prepare it by hand."),
              now().addSecs(-2 * 3600));

        // One order's whole life, for the timeline.
        timelineOrder = order(acmeRetail, 1190, OrderLink::State::Completed);
        const QDateTime placed = now().addDays(-2).addSecs(-5 * 3600);
        event(acmeRetail, timelineOrder, placed, QStringLiteral("order.received"),
              QStringLiteral("Order #1190 reached Processing in WooCommerce."));
        event(acmeRetail, timelineOrder, placed.addSecs(90), QStringLiteral("order.created"),
              QStringLiteral("Created in CartonCloud as outbound order #SO-48211 (Melbourne DC)."));
        event(acmeRetail, timelineOrder, placed.addSecs(6 * 3600), QStringLiteral("order.packed"),
              QStringLiteral("Packed in CartonCloud."));
        event(acmeRetail, timelineOrder, placed.addSecs(6 * 3600 + 60), QStringLiteral("tracking.sent"),
              QStringLiteral("Tracking AU123456789 (Australia Post) sent to WooCommerce."));
        event(acmeRetail, timelineOrder, placed.addSecs(20 * 3600), QStringLiteral("order.dispatched"),
              QStringLiteral("Dispatched from Melbourne DC."));
        event(acmeRetail, timelineOrder, placed.addSecs(20 * 3600 + 30), QStringLiteral("order.completed"),
              QStringLiteral("WooCommerce order #1190 set to Completed; the customer was e-mailed the tracking."));
        event(acmeRetail, 0, now().addSecs(-120), QStringLiteral("sync.finished"),
              QStringLiteral("Sync finished: 2 new orders, 1 tracking update."));

        event(acmeWholesale, skuOrder, now().addSecs(-3 * 3600 - 60), QStringLiteral("order.received"),
              QStringLiteral("Order #5101 reached Processing in WooCommerce."));
        event(acmeWholesale, skuOrder, now().addSecs(-3 * 3600), QStringLiteral("order.attention"),
              QStringLiteral("Not sent: SKU MUG-02 is not a product code of customer Acme Outdoor in CartonCloud."),
              SyncEvent::Severity::Warning);
        event(fernStore, 0, now().addSecs(-600), QStringLiteral("sync.failed"),
              QStringLiteral("The store rejected the consumer key (401)."), SyncEvent::Severity::Error);
    }

    qint64 add(const QString &customerId, const QString &name, const QString &url, const QString &warehouse,
               Health health, const QString &reason, const QDateTime &createdAt)
    {
        Integration integration = m_store.sampleIntegration(name);
        integration.customerId = customerId;
        integration.storeUrl = url;
        integration.warehouseMode =
            warehouse.isEmpty() ? Integration::WarehouseMode::CustomerDefault : Integration::WarehouseMode::Named;
        integration.warehouseName = warehouse;
        integration.createdAt = createdAt;
        const IntegrationRepository repository(m_store.database);
        if (!repository.insert(integration))
            qFatal("cannot insert a demo integration: %s", qPrintable(repository.errorString()));
        repository.setHealth(integration.id, health, reason);
        return integration.id;
    }

    qint64 order(qint64 integrationId, qint64 number, OrderLink::State state, const QString &reason = {},
                 const QDateTime &since = {})
    {
        OrderLink link;
        link.integrationId = integrationId;
        link.wooOrderId = number + 80000; // the post id differs from the number people see
        link.wooOrderNumber = QString::number(number);
        link.state = state;
        link.reason = reason;
        link.reasonSince = since;
        link.attempts = reason.isEmpty() ? 0 : 1;
        if (!OrderLinkRepository(m_store.database).insert(link))
            qFatal("cannot insert a demo order");
        return link.id;
    }

    void event(qint64 integrationId, qint64 orderLinkId, const QDateTime &at, const QString &kind,
               const QString &message, SyncEvent::Severity severity = SyncEvent::Severity::Info)
    {
        SyncEvent e;
        e.integrationId = integrationId;
        e.orderLinkId = orderLinkId;
        e.at = at;
        e.kind = kind;
        e.message = message;
        e.severity = severity;
        EventRepository(m_store.database).append(e);
    }

    StoreFixture &m_store;
    qint64 acmeRetail = 0;
    qint64 acmeWholesale = 0;
    qint64 fernStore = 0;
    qint64 harbourPaused = 0;
    qint64 harbourOld = 0;
    qint64 skuOrder = 0;
    qint64 timelineOrder = 0;
};

} // namespace wharf::test
