#include "core/store/database.h"
#include "core/store/orderlinkrepository.h"
#include "core/store/trackingentryrepository.h"
#include "core/sync/syncengine.h"
#include "enginefixture.h"
#include "sandbox/fault.h"
#include "sandbox/requestlog.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace wharf;

// Tracking per consignment, followed after dispatch and after completion (issue 12): each
// consignment gets one entry in WooCommerce, replaced only when its own tracking changes, and an
// interrupted write is looked for rather than written twice. Requests are counted from the
// store's request log, not inferred from end states.
class TestSyncEngineTracking : public QObject
{
    Q_OBJECT

    static int trackingRequests(const sandbox::WooStore *woo, const QByteArray &method)
    {
        int count = 0;
        for (const sandbox::RequestLog::Entry &entry : woo->requestLog().entries()) {
            if (entry.method == method && entry.path.endsWith(QLatin1String("/shipment-trackings"))
                && entry.status >= 200 && entry.status < 300)
                ++count;
            else if (entry.method == method && method == "DELETE" && entry.path.contains(u"/shipment-trackings/"))
                ++count;
        }
        return count;
    }

    static QStringList numbersOf(const QJsonArray &items)
    {
        QStringList numbers;
        for (const QJsonValue &item : items)
            numbers.append(item[u"tracking_number"].toString());
        numbers.sort();
        return numbers;
    }

    struct World
    {
        test::EngineFixture fixture;
        sandbox::WooStore *woo = nullptr;
        sandbox::CartonCloudServer *wms = nullptr;
        Integration integration;
        QList<int> orders;

        explicit World(int consignments, int count)
        {
            woo = fixture.sandbox.store();
            wms = fixture.sandbox.wms();
            sandbox::CartonCloudHostility hostile;
            hostile.consignmentsPerOrder = consignments;
            wms->setHostility(hostile);
            const QString acme = fixture.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"),
                                                     {QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("CAP-RED")});
            woo->addProduct(QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("T-shirt"));
            woo->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
            orders = woo->generateOrders(count, 11, QStringLiteral("processing"));
            integration = fixture.addIntegration(woo, acme, QStringLiteral("Acme store"));
            // Every look is due at once: the test cannot wait the minutes a real follow waits.
            fixture.options.pipeline.trackingCheckMinInterval = std::chrono::milliseconds(0);
        }

        // The warehouse gives every order one tracking number (A<order id>, DHL) and dispatches it.
        bool dispatchWithTracking() const
        {
            for (const int id : std::as_const(orders)) {
                const QString outbound = link(id)->wmsOrderId;
                if (!wms->setTracking(outbound, QStringLiteral("A%1").arg(id), QStringLiteral("DHL"))
                    || !wms->dispatch(outbound))
                    return false;
            }
            return true;
        }

        std::optional<OrderLink> link(int wooOrderId) const
        {
            return OrderLinkRepository(fixture.store.database).find(integration.id, wooOrderId);
        }
    };

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<CycleReport>>(); }

    void eachConsignmentHasOneEntryFollowedAfterCompletion()
    {
        World world(2, 5);
        SyncEngine engine(world.fixture.store.database, &world.fixture.secrets, world.fixture.options);
        QVERIFY(test::EngineFixture::started(engine));
        test::EngineFixture::cycle(engine);
        QCOMPARE(world.wms->outboundOrderIds().size(), world.orders.size());

        // Packed in two consignments, each with its own tracking, then dispatched.
        for (const int id : std::as_const(world.orders)) {
            const QString outbound = world.link(id)->wmsOrderId;
            QVERIFY(world.wms->pack(outbound));
            QVERIFY(world.wms->setTracking(outbound, QStringLiteral("A%1").arg(id), QStringLiteral("Australia Post"),
                                           {}, 0));
            QVERIFY(world.wms->setTracking(outbound, QStringLiteral("B%1").arg(id), QStringLiteral("Australia Post"),
                                           {}, 1));
            QVERIFY(world.wms->dispatch(outbound));
        }
        test::EngineFixture::cycle(engine);
        for (const int id : std::as_const(world.orders)) {
            QCOMPARE(world.link(id)->state, OrderLink::State::Completed);
            QCOMPARE(numbersOf(world.woo->trackingItems(id)),
                     (QStringList {QStringLiteral("A%1").arg(id), QStringLiteral("B%1").arg(id)}));
        }
        // One POST per consignment; no listing of the order's tracking before each add.
        QCOMPARE(trackingRequests(world.woo, "POST"), 2 * int(world.orders.size()));
        QCOMPARE(trackingRequests(world.woo, "GET"), 0);

        // After completion the warehouse re-labels the second consignment.
        for (const int id : std::as_const(world.orders))
            QVERIFY(world.wms->setTracking(world.link(id)->wmsOrderId, QStringLiteral("C%1").arg(id),
                                           QStringLiteral("Australia Post"), {}, 1));
        test::EngineFixture::cycle(engine);
        for (const int id : std::as_const(world.orders)) {
            QCOMPARE(numbersOf(world.woo->trackingItems(id)),
                     (QStringList {QStringLiteral("A%1").arg(id), QStringLiteral("C%1").arg(id)}));
            QCOMPARE(world.woo->order(id)[u"status"].toString(), QStringLiteral("completed"));
        }
        QCOMPARE(trackingRequests(world.woo, "POST"), 3 * int(world.orders.size()));
        QCOMPARE(trackingRequests(world.woo, "DELETE"), int(world.orders.size()));

        // Nothing changed: no entry flaps.
        test::EngineFixture::cycle(engine);
        test::EngineFixture::cycle(engine);
        QCOMPARE(trackingRequests(world.woo, "POST"), 3 * int(world.orders.size()));
        QCOMPARE(trackingRequests(world.woo, "DELETE"), int(world.orders.size()));
        const int batches = world.woo->requestLog().count(QStringLiteral("/wp-json/wc/v3/orders/batch"));
        QCOMPARE(batches, 1); // completed once
        engine.shutdown();
    }

    // Past the follow period a dispatched order's consignments are no longer read.
    void trackingIsFollowedOnlyForTheFollowPeriod()
    {
        World world(1, 3);
        world.fixture.options.pipeline.trackingFollowPeriod = std::chrono::hours(1);
        SyncEngine engine(world.fixture.store.database, &world.fixture.secrets, world.fixture.options);
        QVERIFY(test::EngineFixture::started(engine));
        QVERIFY(world.dispatchWithTracking());
        test::EngineFixture::cycle(engine);
        for (const int id : std::as_const(world.orders))
            QCOMPARE(world.link(id)->state, OrderLink::State::Completed);
        // Dispatched two hours ago, as far as Wharf knows.
        QSqlQuery age(world.fixture.store.database.connection());
        QVERIFY(age.exec(QStringLiteral("UPDATE order_links SET dispatched_at = '%1'")
                             .arg(QDateTime::currentDateTimeUtc().addSecs(-7200).toString(Qt::ISODateWithMs))));
        for (const int id : std::as_const(world.orders))
            QVERIFY(world.wms->setTracking(world.link(id)->wmsOrderId, QStringLiteral("Z%1").arg(id),
                                           QStringLiteral("DHL")));
        world.wms->requestLog().clear();
        test::EngineFixture::cycle(engine);
        QCOMPARE(world.wms->requestLog().count(QStringLiteral("/tenants/<tenant>/consignments/search")), 0);
        for (const int id : std::as_const(world.orders))
            QCOMPARE(numbersOf(world.woo->trackingItems(id)), QStringList {QStringLiteral("A%1").arg(id)});
        engine.shutdown();
    }

    // One order deleted in WooCommerce after hand-off: it is left alone with the reason, and the
    // others are tracked and completed in the same cycle.
    void anOrderDeletedInTheStoreDoesNotHoldBackTheOthers()
    {
        World world(1, 4);
        SyncEngine engine(world.fixture.store.database, &world.fixture.secrets, world.fixture.options);
        QVERIFY(test::EngineFixture::started(engine));
        QVERIFY(world.dispatchWithTracking());
        const int deleted = world.orders.at(1);
        QVERIFY(world.woo->removeOrder(deleted));
        test::EngineFixture::cycle(engine);
        QCOMPARE(world.link(deleted)->state, OrderLink::State::LeftAlone);
        QVERIFY2(world.link(deleted)->reason.contains(QStringLiteral("no longer exists")),
                 qPrintable(world.link(deleted)->reason));
        for (const int id : std::as_const(world.orders)) {
            if (id == deleted)
                continue;
            QCOMPARE(world.link(id)->state, OrderLink::State::Completed);
            QCOMPARE(world.woo->trackingItems(id).size(), 1);
        }
        // Not tried again and again.
        const int posts = trackingRequests(world.woo, "POST");
        test::EngineFixture::cycle(engine);
        QCOMPARE(trackingRequests(world.woo, "POST"), posts);
        engine.shutdown();
    }

    // A cycle creates last: orders already in CartonCloud are tracked and completed before a
    // backlog of new ones is sent (a backlog waits for CartonCloud's create limit), and the change
    // search does not read back the orders the cycle has just created.
    void aBacklogOfNewOrdersNeverHoldsBackTheOthers()
    {
        World world(1, 3);
        SyncEngine engine(world.fixture.store.database, &world.fixture.secrets, world.fixture.options);
        QVERIFY(test::EngineFixture::started(engine));
        QVERIFY(world.dispatchWithTracking());
        const QList<int> backlog = world.woo->generateOrders(150, 12, QStringLiteral("processing"));
        world.woo->requestLog().clear();
        world.wms->requestLog().clear();
        test::EngineFixture::cycle(engine);

        for (const int id : std::as_const(world.orders))
            QCOMPARE(world.link(id)->state, OrderLink::State::Completed);
        for (const int id : backlog)
            QCOMPARE(world.link(id)->state, OrderLink::State::Created);
        QDateTime completedAt;
        for (const sandbox::RequestLog::Entry &entry : world.woo->requestLog().entries()) {
            if (entry.route == QStringLiteral("/wp-json/wc/v3/orders/batch") && !completedAt.isValid())
                completedAt = entry.time;
        }
        QDateTime firstCreate;
        int searchPages = 0;
        for (const sandbox::RequestLog::Entry &entry : world.wms->requestLog().entries()) {
            if (entry.method == "POST" && entry.route == QStringLiteral("/tenants/<tenant>/outbound-orders")
                && !firstCreate.isValid())
                firstCreate = entry.time;
            searchPages += entry.route == QStringLiteral("/tenants/<tenant>/outbound-orders/search") ? 1 : 0;
        }
        QVERIFY(completedAt.isValid());
        QVERIFY(firstCreate.isValid());
        QVERIFY2(
            completedAt <= firstCreate,
            qPrintable(QStringLiteral("completed at %1, first create at %2")
                           .arg(completedAt.toString(Qt::ISODateWithMs), firstCreate.toString(Qt::ISODateWithMs))));
        // The 3 dispatched orders' changes: one page, not the two that 153 changes would fill.
        QCOMPARE(searchPages, 1);
        engine.shutdown();
    }

    // The store refuses one order's tracking entry: that order needs attention with the store's
    // words, the others are completed; Retry then writes it and the order is completed.
    void aRefusedTrackingEntryNeedsAttentionAndRetryWritesIt()
    {
        World world(1, 3);
        SyncEngine engine(world.fixture.store.database, &world.fixture.secrets, world.fixture.options);
        QVERIFY(test::EngineFixture::started(engine));
        QVERIFY(world.dispatchWithTracking());
        sandbox::Fault refusal = sandbox::Fault::httpStatus(
            QStringLiteral("/wp-json/wc-shipment-tracking/v3/orders/<id>/shipment-trackings"), 400, 1);
        refusal.method = "POST";
        world.woo->faults().add(refusal);
        test::EngineFixture::cycle(engine);
        int refused = 0;
        qint64 refusedLink = 0;
        for (const int id : std::as_const(world.orders)) {
            const OrderLink link = *world.link(id);
            if (link.state == OrderLink::State::NeedsAttention) {
                ++refused;
                refusedLink = link.id;
                QVERIFY2(link.reason.contains(QStringLiteral("did not take tracking")), qPrintable(link.reason));
                QCOMPARE(world.woo->order(id)[u"status"].toString(), QStringLiteral("processing"));
            } else {
                QCOMPARE(link.state, OrderLink::State::Completed);
            }
        }
        QCOMPARE(refused, 1);

        engine.retryOrder(refusedLink);
        test::EngineFixture::cycle(engine);
        for (const int id : std::as_const(world.orders)) {
            QCOMPARE(world.link(id)->state, OrderLink::State::Completed);
            QCOMPARE(world.woo->trackingItems(id).size(), 1);
        }
        engine.shutdown();
    }

    // The process died after the store took an entry and before Wharf recorded it: the next
    // cycle finds the entry in the store instead of adding a second one.
    void anInterruptedTrackingWriteIsFoundNotRepeated()
    {
        World world(1, 4);
        world.fixture.options.pipeline.trackingFollowPeriod = std::chrono::hours(1);
        SyncEngine engine(world.fixture.store.database, &world.fixture.secrets, world.fixture.options);
        QVERIFY(test::EngineFixture::started(engine));
        QVERIFY(world.dispatchWithTracking());
        test::EngineFixture::cycle(engine);
        QCOMPARE(trackingRequests(world.woo, "POST"), int(world.orders.size()));
        // As if each POST had gone out and its answer never been recorded.
        QSqlQuery rewind(world.fixture.store.database.connection());
        QVERIFY(rewind.exec(QStringLiteral("UPDATE order_tracking SET state = 'writing', woo_tracking_id = ''")));
        QVERIFY(rewind.exec(QStringLiteral("UPDATE order_links SET tracking_check_at = NULL")));
        test::EngineFixture::cycle(engine);
        for (const int id : std::as_const(world.orders))
            QCOMPARE(world.woo->trackingItems(id).size(), 1);
        QCOMPARE(trackingRequests(world.woo, "POST"), int(world.orders.size()));
        QCOMPARE(trackingRequests(world.woo, "GET"), int(world.orders.size())); // one look per order
        const auto entries =
            TrackingEntryRepository(world.fixture.store.database).forLinks({world.link(world.orders.first())->id});
        const TrackingEntry entry = entries.value(world.link(world.orders.first())->id).constFirst();
        QCOMPARE(entry.state, TrackingEntry::State::Written);
        QVERIFY(!entry.wooTrackingId.isEmpty());
        engine.shutdown();
    }
};

QTEST_MAIN(TestSyncEngineTracking)
#include "tst_syncenginetracking.moc"
