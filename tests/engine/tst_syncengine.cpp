#include "core/net/backoff.h"
#include "core/store/cursorrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/eventrepository.h"
#include "core/store/integrationrepository.h"
#include "core/store/orderlinkrepository.h"
#include "core/sync/ordermapper.h"
#include "core/sync/pipelinecursors.h"
#include "core/sync/syncengine.h"
#include "core/wms/wmsclient.h"
#include "enginefixture.h"
#include "sandbox/fault.h"
#include "sandbox/httprequest.h"
#include "sandbox/httpresponse.h"
#include "sandbox/requestlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace wharf;

namespace {

// Counts the reads of each key, answering them from another store.
class CountingSecretStore : public SecretStore
{
public:
    explicit CountingSecretStore(SecretStore &inner)
        : m_inner(inner)
    {
    }
    void read(const QString &key, const QObject *context, Callback done) override
    {
        ++m_reads[key];
        m_inner.read(key, context, std::move(done));
    }
    void write(const QString &key, const QString &secret, const QObject *context, Callback done) override
    {
        m_inner.write(key, secret, context, std::move(done));
    }
    void remove(const QString &key, const QObject *context, Callback done) override
    {
        m_inner.remove(key, context, std::move(done));
    }
    QString description() const override { return m_inner.description(); }
    Place place() const override { return m_inner.place(); }
    int reads(const QString &key) const { return m_reads.value(key); }

private:
    SecretStore &m_inner;
    QHash<QString, int> m_reads;
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    static QList<CycleReport> runOnce(SyncEngine &engine) { return test::EngineFixture::runOnce(engine); }

    static int ordersWithReference(const sandbox::CartonCloudServer *wms, const QString &reference)
    {
        int count = 0;
        for (const QString &id : wms->outboundOrderIds()) {
            if (wms->outboundOrder(id)[u"references"][u"customer"].toString() == reference)
                ++count;
        }
        return count;
    }

    // An outbound order of `customerId` with this reference, made in CartonCloud the way another
    // API user would (through the sandbox's API, outside Wharf): its id, or empty.
    static QString createOutboundOrder(sandbox::CartonCloudServer *wms, const QString &customerId,
                                       const QString &reference)
    {
        sandbox::HttpRequest token;
        token.method = "POST";
        token.path = QStringLiteral("/uaa/oauth/token");
        token.headers = {
            {"Accept-Version", "1"},
            {"Authorization", "Basic " + (wms->clientId() + u':' + wms->clientSecret()).toUtf8().toBase64()},
            {"Content-Type", "application/x-www-form-urlencoded"}};
        token.body = "grant_type=client_credentials";
        const QString bearer = QJsonDocument::fromJson(wms->handle(token).body)[u"access_token"].toString();
        sandbox::HttpRequest create;
        create.method = "POST";
        create.path = QStringLiteral("/tenants/%1/outbound-orders").arg(wms->tenantId());
        create.headers = {{"Accept-Version", "1"},
                          {"Authorization", "Bearer " + bearer.toLatin1()},
                          {"Content-Type", "application/json"}};
        const QJsonObject item {
            {QStringLiteral("details"),
             QJsonObject {{QStringLiteral("product"),
                           QJsonObject {{QStringLiteral("references"),
                                         QJsonObject {{QStringLiteral("code"), QStringLiteral("CAP-RED")}}}}}}},
            {QStringLiteral("measures"), QJsonObject {{QStringLiteral("quantity"), 1}}}};
        create.body =
            QJsonDocument(
                QJsonObject {{QStringLiteral("customer"), QJsonObject {{QStringLiteral("id"), customerId}}},
                             {QStringLiteral("references"), QJsonObject {{QStringLiteral("customer"), reference}}},
                             {QStringLiteral("details"),
                              QJsonObject {{QStringLiteral("deliver"),
                                            QJsonObject {{QStringLiteral("address"),
                                                          QJsonObject {{QStringLiteral("contactName"),
                                                                        QStringLiteral("Beta buyer")}}}}}}},
                             {QStringLiteral("items"), QJsonArray {item}}})
                .toJson(QJsonDocument::Compact);
        const sandbox::HttpResponse created = wms->handle(create);
        if (created.status != 201)
            return {};
        return QJsonDocument::fromJson(created.body)[u"id"].toString();
    }

    static QJsonObject address()
    {
        return {{QStringLiteral("first_name"), QStringLiteral("Jane")},
                {QStringLiteral("last_name"), QStringLiteral("Citizen")},
                {QStringLiteral("address_1"), QStringLiteral("12 Example St")},
                {QStringLiteral("city"), QStringLiteral("Brisbane")},
                {QStringLiteral("state"), QStringLiteral("QLD")},
                {QStringLiteral("postcode"), QStringLiteral("4006")},
                {QStringLiteral("country"), QStringLiteral("AU")}};
    }

    static QJsonObject lineItem(const QString &sku, int quantity)
    {
        return {{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), quantity}};
    }

    // Acme with one product (CAP-RED) in CartonCloud and the fixture's store, `count` orders in
    // processing, and an integration of the two.
    struct AcmeStore
    {
        QString customer;
        Integration integration;
        QList<int> orders;
    };
    static AcmeStore acmeStore(test::EngineFixture &world, int count, quint32 seed)
    {
        AcmeStore acme;
        sandbox::WooStore *woo = world.sandbox.store();
        acme.customer = world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {QStringLiteral("CAP-RED")});
        woo->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
        acme.orders = woo->generateOrders(count, seed, QStringLiteral("processing"));
        acme.integration = world.addIntegration(woo, acme.customer, QStringLiteral("Acme store"));
        return acme;
    }

private Q_SLOTS:
    // At start, the integrations of one account wait for one read of its client secret (1,000
    // integrations read and decrypted it 1,000 times: bench_memory, issue 14), and each
    // pipeline's first status comes with its order counts, read together once it has started.
    void startReadsTheAccountSecretOnceAndShowsEveryStatus()
    {
        test::EngineFixture world;
        const QString acme =
            world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {QStringLiteral("CAP-RED")});
        const QList<sandbox::WooStore *> stores {world.sandbox.store(), world.sandbox.addStore({}),
                                                 world.sandbox.addStore({})};
        QList<Integration> integrations;
        for (qsizetype i = 0; i < stores.size(); ++i)
            integrations.append(world.addIntegration(stores.at(i), acme, QStringLiteral("Store %1").arg(i + 1)));
        const OrderLinkRepository links(world.store.database);
        for (const OrderLink::State state : {OrderLink::State::NeedsAttention, OrderLink::State::Completed}) {
            OrderLink link;
            link.integrationId = integrations.constFirst().id;
            link.wooOrderId = state == OrderLink::State::Completed ? 1 : 2;
            link.wooOrderNumber = QString::number(link.wooOrderId);
            link.reference = QStringLiteral("WC-%1").arg(link.wooOrderId);
            QVERIFY(links.insert(link));
            link.state = state;
            QVERIFY(links.update(link));
        }

        CountingSecretStore secrets(world.secrets);
        world.options.cycleOnStart = false; // the statuses of start alone
        SyncEngine engine(world.store.database, &secrets, world.options);
        QSignalSpy started(&engine, &SyncEngine::started);
        QHash<qint64, IntegrationStatus> shown;
        connect(&engine, &SyncEngine::statusChanged, this,
                [&shown](const IntegrationStatus &status) { shown.insert(status.integrationId, status); });
        engine.start();
        QTRY_COMPARE(started.count(), 1);
        QTRY_COMPARE(shown.size(), integrations.size());
        QCOMPARE(secrets.reads(SecretKeys::accountClientSecret(world.store.account.id)), 1);
        for (const Integration &integration : std::as_const(integrations))
            QCOMPARE(secrets.reads(SecretKeys::integrationConsumerSecret(integration.id)), 1);
        const IntegrationStatus first = shown.value(integrations.constFirst().id);
        QCOMPARE(first.received, 2);
        QCOMPARE(first.needAttention, 1);
        QCOMPARE(first.dispatched, 1);
        QCOMPARE(shown.value(integrations.constLast().id).received, 0);
    }
    // Every test runs on an SQLite file and on a PostgreSQL database.
    void initTestCase_data() { test::addBackends(); }
    void init() { WHARF_USE_BACKEND(); }

    void initTestCase() { qRegisterMetaType<QList<CycleReport>>(); }

    void takesOrdersThroughTheirWholeLifeExactlyOnce()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const QString acme = world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"),
                                               {QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("CAP-RED")});
        woo->addProduct(QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("T-shirt"));
        woo->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
        const QList<int> ordinary = woo->generateOrders(12, 7, QStringLiteral("processing"));
        woo->addProduct(QStringLiteral("MUG-02"), QStringLiteral("Mug (new)")); // not in CartonCloud
        const int unknownSku =
            woo->addOrder({{QStringLiteral("status"), QStringLiteral("processing")},
                           {QStringLiteral("shipping"), address()},
                           {QStringLiteral("line_items"), QJsonArray {lineItem(QStringLiteral("MUG-02"), 1)}}});
        const int pickup = woo->addOrder(
            {{QStringLiteral("status"), QStringLiteral("processing")},
             {QStringLiteral("line_items"), QJsonArray {lineItem(QStringLiteral("CAP-RED"), 1)}},
             {QStringLiteral("shipping_lines"),
              QJsonArray {QJsonObject {{QStringLiteral("method_id"), QStringLiteral("local_pickup")},
                                       {QStringLiteral("method_title"), QStringLiteral("Local pickup")}}}}});
        const int onHold =
            woo->addOrder({{QStringLiteral("status"), QStringLiteral("on-hold")},
                           {QStringLiteral("line_items"), QJsonArray {lineItem(QStringLiteral("CAP-RED"), 1)}}});
        const Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));

        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy started(&engine, &SyncEngine::started);
        engine.start();
        QTRY_COMPARE(started.count(), 1);
        // start() runs a first cycle of each integration; wait for it to settle, then run one more.
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        QVERIFY(firstCycle.wait(60000));
        QList<CycleReport> reports = runOnce(engine);
        QCOMPARE(reports.size(), 1);
        QVERIFY2(reports.constFirst().ok(), qPrintable(reports.constFirst().error));

        const OrderLinkRepository links(world.store.database);
        sandbox::CartonCloudServer *wms = world.sandbox.wms();
        QCOMPARE(wms->outboundOrderIds().size(), ordinary.size());
        for (const int id : ordinary) {
            const std::optional<OrderLink> link = links.find(integration.id, id);
            QVERIFY(link);
            QCOMPARE(link->state, OrderLink::State::Created);
            QCOMPARE(ordersWithReference(wms, link->reference), 1);
        }
        const OrderLink unknown = *links.find(integration.id, unknownSku);
        QCOMPARE(unknown.state, OrderLink::State::NeedsAttention);
        QVERIFY2(unknown.reason.contains(QStringLiteral("SKU MUG-02 is not a product code of customer Acme")),
                 qPrintable(unknown.reason));
        QCOMPARE(links.find(integration.id, pickup)->state, OrderLink::State::Skipped);
        QVERIFY(!links.find(integration.id, onHold)); // not in processing: not taken

        // The warehouse packs everything, gives half a tracking number, and dispatches.
        int n = 0;
        for (const QString &id : wms->outboundOrderIds()) {
            QVERIFY(wms->pack(id));
            if (n++ % 2 == 0)
                QVERIFY(wms->setTracking(id, QStringLiteral("TRK%1").arg(n), QStringLiteral("Australia Post"),
                                         QStringLiteral("https://auspost.com.au/track/TRK%1").arg(n)));
            QVERIFY(wms->dispatch(id));
        }
        reports = runOnce(engine);
        QVERIFY2(reports.constFirst().ok(), qPrintable(reports.constFirst().error));
        for (const int id : ordinary) {
            const OrderLink link = *links.find(integration.id, id);
            QCOMPARE(link.state, OrderLink::State::Completed);
            QCOMPARE(woo->order(id)[u"status"].toString(), QStringLiteral("completed"));
            const QJsonObject consignment = wms->consignmentForOrder(link.wmsOrderId);
            const QString tracking = consignment[u"references"][u"tracking"].toString();
            const QJsonArray items = woo->trackingItems(id);
            if (tracking.isEmpty()) {
                QCOMPARE(items.size(), 0);
            } else {
                QCOMPARE(items.size(), 1); // exactly one entry per consignment
                QCOMPARE(items.at(0)[u"tracking_number"].toString(), tracking);
            }
        }

        // The user adds the missing product in CartonCloud and presses Retry.
        wms->addProduct(acme, QStringLiteral("MUG-02"), QStringLiteral("Mug"));
        engine.retryOrder(unknown.id);
        reports = runOnce(engine);
        QCOMPARE(links.find(integration.id, unknownSku)->state, OrderLink::State::Created);
        QCOMPARE(wms->outboundOrderIds().size(), ordinary.size() + 1);

        // Nothing new: a cycle creates nothing and completes nothing twice.
        const int completionsBefore = woo->requestLog().count(QStringLiteral("/wp-json/wc/v3/orders/batch"));
        reports = runOnce(engine);
        QCOMPARE(reports.constFirst().created, 0);
        QCOMPARE(reports.constFirst().completed, 0);
        QCOMPARE(wms->outboundOrderIds().size(), ordinary.size() + 1);
        QCOMPARE(woo->requestLog().count(QStringLiteral("/wp-json/wc/v3/orders/batch")), completionsBefore);

        // Every order has a readable timeline.
        const QList<SyncEvent> timeline =
            EventRepository(world.store.database).forOrder(links.find(integration.id, ordinary.first())->id);
        QStringList kinds;
        for (const SyncEvent &event : timeline)
            kinds.append(event.kind);
        QVERIFY2(kinds.contains(QStringLiteral("order.received")) && kinds.contains(QStringLiteral("order.created"))
                     && kinds.contains(QStringLiteral("order.completed")),
                 qPrintable(kinds.join(u',')));
        engine.shutdown();
    }

    // The issue's full lifecycle: 200 orders over three integrations of two customers (one customer
    // with two stores, whose order numbers overlap), each order created once, tracked, completed.
    void twoHundredOrdersOverThreeIntegrationsOfTwoCustomers()
    {
        test::EngineFixture world;
        const QStringList codes {QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("CAP-RED")};
        const QString acme = world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), codes);
        const QString zeta = world.addCustomer(QStringLiteral("Zeta Goods"), QStringLiteral("ZETA"), codes);
        QList<sandbox::WooStore *> stores {world.sandbox.store(), world.sandbox.addStore({}),
                                           world.sandbox.addStore({})};
        const QList<int> counts {70, 65, 65};
        QList<Integration> integrations;
        QList<QList<int>> orders;
        for (int i = 0; i < stores.size(); ++i) {
            for (const QString &code : codes)
                stores[i]->addProduct(code, code);
            orders.append(stores[i]->generateOrders(counts[i], quint32(30 + i), QStringLiteral("processing")));
            integrations.append(
                world.addIntegration(stores[i], i < 2 ? acme : zeta, QStringLiteral("Store %1").arg(i)));
        }

        world.options.cycleOnStart = false;
        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy started(&engine, &SyncEngine::started);
        engine.start();
        QTRY_COMPARE(started.count(), 1);
        QList<CycleReport> reports = runOnce(engine);
        QCOMPARE(reports.size(), 3);
        sandbox::CartonCloudServer *wms = world.sandbox.wms();
        QCOMPARE(wms->outboundOrderIds().size(), 200);

        int n = 0;
        for (const QString &id : wms->outboundOrderIds()) {
            QVERIFY(wms->pack(id));
            QVERIFY(wms->setTracking(id, QStringLiteral("TRK%1").arg(++n), QStringLiteral("StarTrack"), {}));
            QVERIFY(wms->dispatch(id));
        }
        reports = runOnce(engine);
        for (const CycleReport &report : reports)
            QVERIFY2(report.ok(), qPrintable(report.error));

        const OrderLinkRepository links(world.store.database);
        QSet<QString> references;
        for (int i = 0; i < stores.size(); ++i) {
            for (const int id : orders[i]) {
                const OrderLink link = *links.find(integrations[i].id, id);
                QCOMPARE(link.state, OrderLink::State::Completed);
                references.insert(link.reference);
                QCOMPARE(ordersWithReference(wms, link.reference), 1);
                QCOMPARE(wms->outboundOrder(link.wmsOrderId)[u"customer"][u"id"].toString(), i < 2 ? acme : zeta);
                QCOMPARE(stores[i]->order(id)[u"status"].toString(), QStringLiteral("completed"));
                const QJsonArray tracking = stores[i]->trackingItems(id);
                QCOMPARE(tracking.size(), 1);
                QCOMPARE(tracking.at(0)[u"tracking_number"].toString(), link.trackingNumber);
            }
        }
        QCOMPARE(references.size(), 200); // the two Acme stores' equal order numbers did not collide
        engine.shutdown();
    }

    // The create reached CartonCloud but its answer was lost: the next cycle searches, finds it,
    // and links it, instead of sending it again.
    void aLostCreateAnswerIsResolvedBySearchingNotBySendingAgain()
    {
        test::EngineFixture world;
        const auto [acme, integration, orders] = acmeStore(world, 3, 11);
        // The server does the work, but the answer comes back cut in half.
        sandbox::Fault truncated = sandbox::Fault::of(sandbox::Fault::Kind::TruncatedBody,
                                                      QStringLiteral("/tenants/<tenant>/outbound-orders"), 1);
        truncated.method = "POST";
        world.sandbox.wms()->faults().add(truncated);

        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        engine.start();
        QVERIFY(firstCycle.wait(60000));
        QVERIFY(!firstCycle.constFirst().constFirst().value<CycleReport>().ok());
        const OrderLinkRepository links(world.store.database);
        QCOMPARE(links.inState(integration.id, OrderLink::State::Creating).size(), 1);

        const QList<CycleReport> reports = runOnce(engine);
        QVERIFY2(reports.constFirst().ok(), qPrintable(reports.constFirst().error));
        QCOMPARE(world.sandbox.wms()->outboundOrderIds().size(), orders.size());
        for (const int id : orders) {
            const OrderLink link = *links.find(integration.id, id);
            QCOMPARE(link.state, OrderLink::State::Created);
            QCOMPARE(ordersWithReference(world.sandbox.wms(), link.reference), 1);
        }
        engine.shutdown();
    }

    // The answer is lost and CartonCloud's search lags behind the create, so the search finds
    // nothing and the order is sent again: the 422 DUPLICATE names the order, which Wharf reads
    // and adopts only as this store's order, with its status, so that it is still tracked and
    // completed although it was dispatched meanwhile.
    void aDuplicateIsAdoptedWithItsStatusOnlyAfterReadingIt()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        sandbox::CartonCloudServer *wms = world.sandbox.wms();
        const auto [acme, integration, orders] = acmeStore(world, 1, 13);
        sandbox::CartonCloudHostility lagging;
        lagging.searchLagMs = 10 * 60 * 1000;
        wms->setHostility(lagging);
        sandbox::Fault truncated = sandbox::Fault::of(sandbox::Fault::Kind::TruncatedBody,
                                                      QStringLiteral("/tenants/<tenant>/outbound-orders"), 1);
        truncated.method = "POST";
        wms->faults().add(truncated);

        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        engine.start();
        QVERIFY(firstCycle.wait(60000));
        const OrderLinkRepository links(world.store.database);
        const OrderLink creating = *links.find(integration.id, orders.first());
        QCOMPARE(creating.state, OrderLink::State::Creating);
        const QString outbound = wms->outboundOrderIdByReference(creating.reference);
        QVERIFY(!outbound.isEmpty());
        QVERIFY(wms->setTracking(outbound, QStringLiteral("TRK-1"), QStringLiteral("DHL")));
        QVERIFY(wms->dispatch(outbound));

        // Adopted at the end of this cycle (creation is a cycle's last stage), with its status ...
        QList<CycleReport> reports = runOnce(engine);
        QVERIFY2(reports.constFirst().ok(), qPrintable(reports.constFirst().error));
        const OrderLink adopted = *links.find(integration.id, orders.first());
        QCOMPARE(adopted.wmsOrderId, outbound);
        QCOMPARE(adopted.state, OrderLink::State::Created);
        QCOMPARE(adopted.wmsStatus, QStringLiteral("DISPATCHED"));
        // ... so that the next one tracks and completes it, though the lagging search shows nothing.
        reports = runOnce(engine);
        QVERIFY2(reports.constFirst().ok(), qPrintable(reports.constFirst().error));
        const OrderLink link = *links.find(integration.id, orders.first());
        QCOMPARE(link.wmsOrderId, outbound);
        QCOMPARE(link.state, OrderLink::State::Completed);
        QCOMPARE(woo->order(orders.first())[u"status"].toString(), QStringLiteral("completed"));
        QCOMPARE(woo->trackingItems(orders.first()).size(), 1);
        QCOMPARE(wms->outboundOrderIds().size(), 1);
        QCOMPARE(wms->createPostsByReference().value(link.reference), 2);
        QCOMPARE(wms->answersWithStatus(422), 1);
        QCOMPARE(wms->requestLog().count(QStringLiteral("/tenants/<tenant>/outbound-orders/<id>"), "GET"), 1);
        engine.shutdown();
    }

    // A 422 DUPLICATE that names another customer's order with this order's reference (CartonCloud
    // says references "may or may not be unique depending on tenant/customer configuration",
    // cartoncloud-api.md §11, so a tenant-wide check can name another customer's order): it is
    // not this store's order, so it is not adopted; the order needs attention, nothing is linked,
    // and the other customer's order is left alone. The sandbox's own check is per customer, so
    // the 422 is armed as a fault in CartonCloud's documented shape.
    void aDuplicateOfAnotherCustomersOrderIsNotAdopted()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        sandbox::CartonCloudServer *wms = world.sandbox.wms();
        const auto [acme, integration, orders] = acmeStore(world, 1, 17);
        const QString beta =
            world.addCustomer(QStringLiteral("Beta"), QStringLiteral("BETA"), {QStringLiteral("CAP-RED")});
        // The reference Wharf gives the order (as the intake stage makes it).
        const QString number = woo->order(orders.first())[u"number"].toString();
        const QString reference = integration.storeCode.isEmpty()
            ? OrderMapper::reference(integration.storeUrl, number)
            : OrderMapper::referenceWithCode(integration.storeCode, number);
        const QString others = createOutboundOrder(wms, beta, reference);
        QVERIFY(!others.isEmpty());
        QCOMPARE(wms->outboundOrder(others)[u"customer"][u"id"].toString(), beta);
        const QJsonObject othersBefore = wms->outboundOrder(others);

        sandbox::Fault duplicate =
            sandbox::Fault::httpStatus(QStringLiteral("/tenants/<tenant>/outbound-orders"), 422, 1);
        duplicate.method = "POST";
        duplicate.body =
            QJsonDocument(QJsonArray {QJsonObject {
                              {QStringLiteral("field"), QStringLiteral("/references/customer")},
                              {QStringLiteral("message"),
                               QStringLiteral("A Sale Order with this Customer Reference already exists")},
                              {QStringLiteral("type"), QStringLiteral("DUPLICATE")},
                              {QStringLiteral("details"), QJsonObject {{QStringLiteral("duplicateId"), others}}}}})
                .toJson(QJsonDocument::Compact);
        wms->faults().add(duplicate);

        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        engine.start();
        QVERIFY(firstCycle.wait(60000));
        const OrderLinkRepository links(world.store.database);
        const OrderLink link = *links.find(integration.id, orders.first());
        QCOMPARE(link.reference, reference);
        QCOMPARE(link.state, OrderLink::State::NeedsAttention);
        QVERIFY2(link.wmsOrderId.isEmpty(), qPrintable(link.wmsOrderId));
        QVERIFY2(link.reason.contains(others), qPrintable(link.reason));
        // The 422 was read, the named order looked at, and nothing else was sent or changed.
        QCOMPARE(wms->answersWithStatus(422), 1);
        QCOMPARE(wms->requestLog().count(QStringLiteral("/tenants/<tenant>/outbound-orders/<id>"), "GET"), 1);
        QCOMPARE(wms->outboundOrderIds(), QStringList {others});
        QCOMPARE(wms->outboundOrder(others), othersBefore);
        QCOMPARE(woo->order(orders.first())[u"status"].toString(), QStringLiteral("processing"));
        QVERIFY(woo->trackingItems(orders.first()).isEmpty());

        // Another cycle neither adopts it nor sends the order again on its own.
        runOnce(engine);
        QCOMPARE(links.find(integration.id, orders.first())->state, OrderLink::State::NeedsAttention);
        QVERIFY(links.find(integration.id, orders.first())->wmsOrderId.isEmpty());
        QCOMPARE(wms->createPostsByReference().value(reference), 1);
        engine.shutdown();
    }

    // More status changes than one search reads (its page cap), returned in no particular order:
    // the cursor must not pass a change it did not read. Before, the cursor moved to the newest
    // change of the pages read, and the orders on the unread pages were never seen dispatched.
    void statusChangesBeyondTheSearchCapAreAllSeen()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        sandbox::CartonCloudServer *wms = world.sandbox.wms();
        const auto [acme, integration, orders] = acmeStore(world, 120, 17);
        // One order per page: a search reads at most MaxPages orders.
        sandbox::CartonCloudHostility smallPages;
        smallPages.maxPageSize = 1;
        wms->setHostility(smallPages);
        QVERIFY(orders.size() > 2 * wms::WmsClient::MaxPages);

        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        engine.start();
        QVERIFY(firstCycle.wait(120000));
        QCOMPARE(wms->outboundOrderIds().size(), orders.size());
        // Dispatched over six seconds, twenty at a time: every two seconds (a window and the
        // overlap before it) hold fewer changes than a search reads, all of them together more.
        // Newest-created first: the sandbox answers in creation order, so the pages a capped
        // search reads hold the latest changes, and a cursor moved to them would skip the rest.
        QStringList outbound = wms->outboundOrderIds();
        std::reverse(outbound.begin(), outbound.end());
        for (qsizetype i = 0; i < outbound.size(); ++i) {
            if (i > 0 && i % 20 == 0)
                QTest::qWait(1100);
            QVERIFY(wms->dispatch(outbound.at(i)));
        }
        const OrderLinkRepository links(world.store.database);
        for (int cycle = 0;
             cycle < 6 && links.inState(integration.id, OrderLink::State::Completed).size() < orders.size(); ++cycle)
            runOnce(engine);
        QCOMPARE(links.inState(integration.id, OrderLink::State::Completed).size(), orders.size());
        for (const int id : orders)
            QCOMPARE(woo->order(id)[u"status"].toString(), QStringLiteral("completed"));
        engine.shutdown();
    }

    // A web application firewall answers one cycle's requests with its own 403 page: the key is
    // not refused, so the integration is not blocked and the next cycle takes the orders.
    void aFirewallPageIsTriedAgainNotTakenForARefusedKey()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const auto [acme, integration, orders] = acmeStore(world, 4, 19);
        sandbox::WooHostility firewall;
        firewall.firewallBlocks = 3;
        woo->setHostility(firewall);

        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        engine.start();
        QVERIFY(firstCycle.wait(60000));
        const CycleReport refused = firstCycle.constFirst().constFirst().value<CycleReport>();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QStringLiteral("firewall")), qPrintable(refused.error));
        QVERIFY(IntegrationRepository(world.store.database).find(integration.id)->health != Health::Failing);

        QList<CycleReport> reports;
        for (int attempt = 0; attempt < 3 && (reports.isEmpty() || !reports.constFirst().ok()); ++attempt)
            reports = runOnce(engine);
        QVERIFY2(reports.constFirst().ok(), qPrintable(reports.constFirst().error));
        QCOMPARE(world.sandbox.wms()->outboundOrderIds().size(), orders.size());
        engine.shutdown();
    }

    // The store starts calling itself by another host name: the key keeps going to the address
    // set up, never to the new one, and the activity says so.
    void aStoreCallingItselfElsewhereIsNotFollowed()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const auto [acme, integration, orders] = acmeStore(world, 3, 23);
        sandbox::WooHostility elsewhere;
        elsewhere.home = QStringLiteral("other-host");
        woo->setHostility(elsewhere);

        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        engine.start();
        QVERIFY(firstCycle.wait(60000));
        QCOMPARE(world.sandbox.wms()->outboundOrderIds().size(), orders.size());
        for (const sandbox::RequestLog::Entry &entry : woo->requestLog().entries()) {
            for (const auto &header : entry.headers) {
                if (header.first.compare("host", Qt::CaseInsensitive) == 0)
                    QVERIFY2(!header.second.startsWith("localhost"), entry.path.toUtf8());
            }
        }
        bool told = false;
        for (const SyncEvent &event : EventRepository(world.store.database).forIntegration(integration.id))
            told = told || event.kind == QStringLiteral("integration.home-elsewhere");
        QVERIFY(told);
        engine.shutdown();
    }

    // The shop cancels an order right after Wharf listed it: creates are paced, so the order is
    // read again right before its create (a page of the queue per request), and the cancelled
    // one never reaches the warehouse.
    void anOrderCancelledAfterItWasListedIsNotSent()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const auto [acme, integration, orders] = acmeStore(world, 5, 29);
        sandbox::WooHostility cancelling;
        cancelling.afterRead.append({orders.at(2), QStringLiteral("status"), QStringLiteral("cancelled"), 1});
        woo->setHostility(cancelling);
        world.options.pipeline.orderFreshness = std::chrono::milliseconds(0);

        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        engine.start();
        QVERIFY(firstCycle.wait(60000));
        const OrderLinkRepository links(world.store.database);
        const OrderLink cancelled = *links.find(integration.id, orders.at(2));
        QCOMPARE(cancelled.state, OrderLink::State::LeftAlone);
        QVERIFY2(cancelled.reason.contains(QStringLiteral("cancelled")), qPrintable(cancelled.reason));
        QCOMPARE(world.sandbox.wms()->createPostsByReference().value(cancelled.reference), 0);
        QCOMPARE(world.sandbox.wms()->outboundOrderIds().size(), orders.size() - 1);
        engine.shutdown();
    }

    // CartonCloud creates an order rejected (228: no stock) and the answer is lost: the search
    // finds it rejected, so it needs attention rather than passing for created. The warehouse
    // deletes it; only Retry sends it again, under a new id, and nothing is sent while it exists.
    void aRejectedOrderNeedsAttentionAndIsSentAgainOnlyOnRetryAfterItWasDeleted()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        sandbox::CartonCloudServer *wms = world.sandbox.wms();
        const QString acme = wms->addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"));
        const QString product = wms->addProduct(acme, QStringLiteral("CAP-RED"), QStringLiteral("Cap"), 0);
        CustomerRepository(world.store.database).upsert({acme, world.store.account.id, QStringLiteral("Acme"), false});
        woo->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
        const QList<int> orders = woo->generateOrders(1, 31, QStringLiteral("processing"));
        const Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));
        sandbox::Fault truncated = sandbox::Fault::of(sandbox::Fault::Kind::TruncatedBody,
                                                      QStringLiteral("/tenants/<tenant>/outbound-orders"), 1);
        truncated.method = "POST";
        wms->faults().add(truncated);
        world.options.pipeline.attentionBackoff = net::Backoff(std::chrono::seconds(0), 1, std::chrono::seconds(0));

        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        engine.start();
        QVERIFY(firstCycle.wait(60000));
        const OrderLinkRepository links(world.store.database);
        runOnce(engine); // the lost answer is resolved by searching
        OrderLink link = *links.find(integration.id, orders.first());
        QCOMPARE(link.state, OrderLink::State::NeedsAttention);
        const QString rejected = link.wmsOrderId;
        QVERIFY(!rejected.isEmpty());
        QCOMPARE(wms->outboundOrder(rejected)[u"status"].toString(), QStringLiteral("REJECTED"));

        // Still there: looked at, not sent again.
        runOnce(engine);
        QCOMPARE(wms->createPostsByReference().value(link.reference), 1);
        QCOMPARE(links.find(integration.id, orders.first())->state, OrderLink::State::NeedsAttention);

        // The warehouse deletes it and stocks the product; without Retry nothing is sent.
        QVERIFY(wms->removeOrder(rejected));
        wms->setStock(product, 100);
        runOnce(engine);
        link = *links.find(integration.id, orders.first());
        QCOMPARE(link.state, OrderLink::State::NeedsAttention);
        QVERIFY2(link.reason.contains(QStringLiteral("Retry")), qPrintable(link.reason));
        QCOMPARE(wms->createPostsByReference().value(link.reference), 1);

        engine.retryOrder(link.id);
        runOnce(engine);
        link = *links.find(integration.id, orders.first());
        QCOMPARE(link.state, OrderLink::State::Created);
        QVERIFY(link.wmsOrderId != rejected);
        QCOMPARE(wms->createPostsByReference().value(link.reference), 2);
        QCOMPARE(wms->outboundOrderIds().size(), 1);
        engine.shutdown();
    }

    // The warehouse deletes an outbound order that was not rejected: no change search shows it, so
    // an order unchanged for the look-after time is looked up by id. The deleted one goes to
    // attention and is sent again only on Retry; the other one, still there, waits on.
    void anOrderTheWarehouseDeletedIsNoticedAndRetrySendsItAgain()
    {
        test::EngineFixture world;
        sandbox::CartonCloudServer *wms = world.sandbox.wms();
        const auto [acme, integration, orders] = acmeStore(world, 2, 17);
        SyncEngine::Options options = world.options;
        SyncEngine engine(world.store.database, &world.secrets, options);
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        engine.start();
        QVERIFY(firstCycle.wait(60000));
        const OrderLinkRepository links(world.store.database);
        OrderLink deleted = *links.find(integration.id, orders.at(0));
        const OrderLink kept = *links.find(integration.id, orders.at(1));
        QCOMPARE(deleted.state, OrderLink::State::Created);
        QCOMPARE(kept.state, OrderLink::State::Created);
        const QString gone = deleted.wmsOrderId;
        QVERIFY(wms->removeOrder(gone));
        const QString lookup = QStringLiteral("/tenants/<tenant>/outbound-orders/<id>");

        // Changed less than the look-after time ago (a day by default): nobody looks.
        runOnce(engine);
        QCOMPARE(links.find(integration.id, orders.at(0))->state, OrderLink::State::Created);
        QCOMPARE(wms->requestLog().count(lookup, "GET"), 0);
        engine.shutdown();

        options.pipeline.deletedOrderLookAfter = std::chrono::milliseconds(0);
        SyncEngine looking(world.store.database, &world.secrets, options);
        QSignalSpy lookingCycle(&looking, &SyncEngine::cycleFinished);
        looking.start();
        QVERIFY(lookingCycle.wait(60000));
        deleted = *links.find(integration.id, orders.at(0));
        QCOMPARE(deleted.state, OrderLink::State::NeedsAttention);
        QVERIFY2(deleted.reason.contains(QStringLiteral("deleted in CartonCloud")), qPrintable(deleted.reason));
        QCOMPARE(links.find(integration.id, orders.at(1))->state, OrderLink::State::Created);
        QCOMPARE(wms->requestLog().count(lookup, "GET"), 2);
        // Not sent again on its own, cycle after cycle.
        runOnce(looking);
        QCOMPARE(wms->createPostsByReference().value(deleted.reference), 1);
        QCOMPARE(links.find(integration.id, orders.at(0))->state, OrderLink::State::NeedsAttention);

        looking.retryOrder(deleted.id);
        runOnce(looking);
        deleted = *links.find(integration.id, orders.at(0));
        QCOMPARE(deleted.state, OrderLink::State::Created);
        QVERIFY(deleted.wmsOrderId != gone);
        QCOMPARE(wms->createPostsByReference().value(deleted.reference), 2);
        QCOMPARE(wms->createPostsByReference().value(kept.reference), 1);
        QCOMPARE(wms->outboundOrderIds().size(), 2);
        looking.shutdown();
    }

    // A create that failed with no answer (500) leaves the link "creating"; meanwhile the shop
    // cancels the order. The search finds nothing, and the order is read again and judged before
    // anything is sent: nothing more is sent.
    void anInterruptedCreateIsNotSentAgainForACancelledOrder()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        sandbox::CartonCloudServer *wms = world.sandbox.wms();
        const auto [acme, integration, orders] = acmeStore(world, 1, 37);
        sandbox::Fault failed = sandbox::Fault::httpStatus(QStringLiteral("/tenants/<tenant>/outbound-orders"), 500, 1);
        failed.method = "POST";
        wms->faults().add(failed);

        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        engine.start();
        QVERIFY(firstCycle.wait(60000));
        const OrderLinkRepository links(world.store.database);
        QCOMPARE(links.find(integration.id, orders.first())->state, OrderLink::State::Creating);
        QVERIFY(woo->setOrderStatus(orders.first(), QStringLiteral("cancelled")));
        runOnce(engine);
        const OrderLink link = *links.find(integration.id, orders.first());
        QCOMPARE(link.state, OrderLink::State::LeftAlone);
        QCOMPARE(wms->createPostsByReference().value(link.reference), 1); // the one that failed
        QCOMPARE(wms->outboundOrderIds().size(), 0);
        engine.shutdown();
    }

    // An order put on hold (a payment or fraud check) between listing and its create waits, and
    // is sent once it is in processing again, rather than being given up for good.
    void anOrderOnHoldWaitsAndIsSentWhenItIsBackInProcessing()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const auto [acme, integration, orders] = acmeStore(world, 2, 43);
        sandbox::WooHostility holding;
        holding.afterRead.append({orders.first(), QStringLiteral("status"), QStringLiteral("on-hold"), 1});
        woo->setHostility(holding);
        world.options.pipeline.orderFreshness = std::chrono::milliseconds(0);

        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        engine.start();
        QVERIFY(firstCycle.wait(60000));
        const OrderLinkRepository links(world.store.database);
        OrderLink held = *links.find(integration.id, orders.first());
        QCOMPARE(held.state, OrderLink::State::Received);
        QVERIFY2(held.reason.contains(QStringLiteral("on-hold")), qPrintable(held.reason));
        QCOMPARE(links.find(integration.id, orders.last())->state, OrderLink::State::Created);

        QVERIFY(woo->setOrderStatus(orders.first(), QStringLiteral("processing")));
        runOnce(engine);
        held = *links.find(integration.id, orders.first());
        QCOMPARE(held.state, OrderLink::State::Created);
        QCOMPARE(world.sandbox.wms()->createPostsByReference().value(held.reference), 1);
        engine.shutdown();
    }

    // Three stores of one customer: their cycles share one CartonCloud change search (issue 14:
    // at most one per customer), and every store's orders are still followed to completion.
    void storesOfOneCustomerShareOneChangeSearch()
    {
        test::EngineFixture world;
        sandbox::CartonCloudServer *wms = world.sandbox.wms();
        const QString acme =
            world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {QStringLiteral("CAP-RED")});
        QList<sandbox::WooStore *> stores {world.sandbox.store(), world.sandbox.addStore({}),
                                           world.sandbox.addStore({})};
        QList<QList<int>> orders;
        for (int i = 0; i < stores.size(); ++i) {
            stores[i]->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
            orders.append(stores[i]->generateOrders(3, 50 + i, QStringLiteral("processing")));
            world.addIntegration(stores[i], acme, QStringLiteral("Store %1").arg(i));
        }
        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(firstCycle.count() >= 3, 60000);
        runOnce(engine);
        QCOMPARE(wms->outboundOrderIds().size(), 9);

        for (const QString &id : wms->outboundOrderIds())
            QVERIFY(wms->dispatch(id));
        wms->requestLog().clear();
        runOnce(engine);
        QCOMPARE(wms->requestLog().count(QStringLiteral("/tenants/<tenant>/outbound-orders/search")), 1);
        for (int i = 0; i < stores.size(); ++i) {
            for (const int id : orders.at(i))
                QCOMPARE(stores[i]->order(id)[u"status"].toString(), QStringLiteral("completed"));
        }
        engine.shutdown();
    }

    // The stores of one customer tick at different moments: a change search begun a moment before
    // a cycle serves it too (PipelineOptions::changeSearchReuse), so that a customer costs one search
    // per round, not one per store. A person who asks (Sync now, sync --once) gets a fresh search.
    void aChangeSearchBegunAMomentAgoServesTheNextCycleButSyncNowReadsAfresh()
    {
        test::EngineFixture world;
        sandbox::CartonCloudServer *wms = world.sandbox.wms();
        const QString acme =
            world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {QStringLiteral("CAP-RED")});
        sandbox::WooStore *first = world.sandbox.store();
        sandbox::WooStore *second = world.sandbox.addStore({});
        for (sandbox::WooStore *store : {first, second}) {
            store->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
            store->generateOrders(2, 60, QStringLiteral("processing"));
        }
        const Integration one = world.addIntegration(first, acme, QStringLiteral("Store one"));
        world.addIntegration(second, acme, QStringLiteral("Store two"));
        world.options.cycleOnStart = false;
        world.options.pipeline.changeSearchReuse = std::chrono::minutes(1); // as in production
        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy started(&engine, &SyncEngine::started);
        engine.start();
        QTRY_COMPARE(started.count(), 1);
        runOnce(engine);
        QCOMPARE(wms->outboundOrderIds().size(), 4);
        const QString search = QStringLiteral("/tenants/<tenant>/outbound-orders/search");

        // Asked by a person: both stores' cycles begin together and share one fresh search.
        wms->requestLog().clear();
        runOnce(engine);
        QCOMPARE(wms->requestLog().count(search), 1);

        // Dispatched in the warehouse; then a cycle that nobody asked for (here a retry's) within
        // the minute: it uses the search begun a moment ago — no new search, the dispatch not seen
        // yet, nothing completed.
        for (const QString &id : wms->outboundOrderIds())
            QVERIFY(wms->dispatch(id));
        wms->requestLog().clear();
        QSignalSpy cycles(&engine, &SyncEngine::cycleFinished);
        engine.retryAllOrders(one.id);
        QTRY_VERIFY(!cycles.isEmpty());
        QCOMPARE(wms->requestLog().count(search), 0);
        QCOMPARE(OrderLinkRepository(world.store.database).inState(one.id, OrderLink::State::Completed).size(), 0);

        // Sync now: a fresh search, which sees the dispatches, and the orders are completed.
        runOnce(engine);
        QCOMPARE(wms->requestLog().count(search), 1);
        QCOMPARE(OrderLinkRepository(world.store.database).inState(one.id, OrderLink::State::Completed).size(), 2);
        engine.shutdown();
    }

    // Five stores of one customer whose CartonCloud cursors differ (each read at its own moment, as
    // an engine whose integrations tick apart leaves them): one change search per cycle serves all
    // five, begun from the earliest cursor asked lately, each integration still moving its cursor
    // only over what it read. Every order is created once and completed once.
    void fiveStoresOfOneCustomerWithDifferentCursorsShareOneChangeSearchPerCycle()
    {
        test::EngineFixture world;
        sandbox::CartonCloudServer *wms = world.sandbox.wms();
        const QString acme =
            world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {QStringLiteral("CAP-RED")});
        QList<sandbox::WooStore *> stores {world.sandbox.store()};
        for (int i = 1; i < 5; ++i)
            stores.append(world.sandbox.addStore({}));
        QList<Integration> integrations;
        const CursorRepository cursors(world.store.database);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < stores.size(); ++i) {
            stores[i]->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
            integrations.append(world.addIntegration(stores[i], acme, QStringLiteral("Store %1").arg(i)));
            // The first asks first and from the latest cursor: a search begun from it alone
            // cannot serve the others.
            QVERIFY(cursors.setValue(integrations.last().id, PipelineCursors::CartonCloud,
                                     now.addSecs(-60 * (i + 1)).toString(Qt::ISODateWithMs)));
        }
        world.options.cycleOnStart = false;
        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy started(&engine, &SyncEngine::started);
        engine.start();
        QTRY_COMPARE(started.count(), 1);
        const QString search = QStringLiteral("/tenants/<tenant>/outbound-orders/search");
        runOnce(engine); // the first cycle learns which cursors the customer's integrations ask from

        // Idle, nothing changed in CartonCloud: the cursors stay apart, and each cycle costs one
        // search for the customer.
        for (int round = 0; round < 3; ++round) {
            wms->requestLog().clear();
            for (const CycleReport &report : runOnce(engine))
                QVERIFY2(report.ok(), qPrintable(report.error));
            QCOMPARE(wms->requestLog().count(search), 1);
        }
        for (int i = 1; i < integrations.size(); ++i)
            QVERIFY(cursors.value(integrations.at(i).id, PipelineCursors::CartonCloud)
                    < cursors.value(integrations.at(0).id, PipelineCursors::CartonCloud));

        // Orders come, are created, dispatched and completed: one search per cycle all along.
        QList<QList<int>> orders;
        for (int i = 0; i < stores.size(); ++i)
            orders.append(stores[i]->generateOrders(2, 70 + i, QStringLiteral("processing")));
        wms->requestLog().clear();
        runOnce(engine);
        QCOMPARE(wms->outboundOrderIds().size(), 10);
        QCOMPARE(wms->requestLog().count(QStringLiteral("/tenants/<tenant>/outbound-orders"), "POST"), 10);
        QCOMPARE(wms->requestLog().count(search), 1);
        for (const QString &id : wms->outboundOrderIds())
            QVERIFY(wms->dispatch(id));
        wms->requestLog().clear();
        runOnce(engine);
        QCOMPARE(wms->requestLog().count(search), 1);
        QCOMPARE(wms->requestLog().count(QStringLiteral("/tenants/<tenant>/outbound-orders"), "POST"), 0);
        for (int i = 0; i < stores.size(); ++i) {
            for (const int id : orders.at(i))
                QCOMPARE(stores[i]->order(id)[u"status"].toString(), QStringLiteral("completed"));
            QCOMPARE(OrderLinkRepository(world.store.database)
                         .inState(integrations.at(i).id, OrderLink::State::Completed)
                         .size(),
                     2);
            QCOMPARE(stores[i]->requestLog().count(QStringLiteral("/wp-json/wc/v3/orders/batch")), 1);
        }
        engine.shutdown();
    }

    // The merchant revokes the key while Wharf is running: Failing with the reason, no more calls
    // to the store until the integration is reconfigured, and then it carries on.
    void aKeyRevokedMidRunTurnsFailingWithoutARetryStormAndRecovers()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const QString acme =
            world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {QStringLiteral("CAP-RED")});
        woo->addProduct(QStringLiteral("CAP-RED"), QStringLiteral("Cap"));
        woo->generateOrders(3, 12, QStringLiteral("processing"));
        const Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));
        world.options.cycleOnStart = false;
        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy started(&engine, &SyncEngine::started);
        engine.start();
        QTRY_COMPARE(started.count(), 1);
        QVERIFY(runOnce(engine).constFirst().ok());
        QCOMPARE(IntegrationRepository(world.store.database).find(integration.id)->health, Health::Live);

        sandbox::Fault revoked = sandbox::Fault::httpStatus(QStringLiteral("*"), 401);
        revoked.body =
            R"({"code":"woocommerce_rest_authentication_error","message":"Consumer key is invalid.","data":{"status":401}})";
        woo->faults().add(revoked);
        woo->generateOrders(2, 13, QStringLiteral("processing"));
        QVERIFY(!runOnce(engine).constFirst().ok());
        const Integration failing = *IntegrationRepository(world.store.database).find(integration.id);
        QCOMPARE(failing.health, Health::Failing);
        QVERIFY2(failing.healthReason.contains(QStringLiteral("Reconfigure")), qPrintable(failing.healthReason));

        const qsizetype before = woo->requestLog().entries().size();
        for (int i = 0; i < 5; ++i) {
            const QList<CycleReport> blocked = runOnce(engine); // answers at once, with the reason
            QCOMPARE(blocked.size(), 1);
            QCOMPARE(blocked.constFirst().error, failing.healthReason);
        }
        QCOMPARE(woo->requestLog().entries().size(), before); // not one more call with a refused key

        // A person's Sync now does check again (they may have fixed the key), once, and says so.
        QSignalSpy answered(&engine, &SyncEngine::actionFinished);
        engine.syncNow(integration.id);
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 30000);
        const auto outcome = answered.constFirst().constFirst().value<ActionOutcome>();
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.message.isEmpty());
        const qsizetype checked = woo->requestLog().entries().size() - before;
        QVERIFY2(checked >= 1 && checked <= 3, qPrintable(QString::number(checked)));

        woo->faults().clear(); // the merchant made a new key; Reconfigure saved it
        engine.reloadIntegration(integration.id);
        // Reloading reads the new secret first; until then there is no cycle to report.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<CycleReport> reports = runOnce(engine);
                return reports.size() == 1 && reports.constFirst().ok();
            }(),
            30000);
        QCOMPARE(IntegrationRepository(world.store.database).find(integration.id)->health, Health::Live);
        QCOMPARE(world.sandbox.wms()->outboundOrderIds().size(), 5);
        engine.shutdown();
    }

    void refusedCredentialsTurnTheIntegrationFailingWithoutRetrying()
    {
        test::EngineFixture world;
        sandbox::WooStore *woo = world.sandbox.store();
        const QString acme =
            world.addCustomer(QStringLiteral("Acme"), QStringLiteral("ACME"), {QStringLiteral("CAP-RED")});
        Integration integration = world.addIntegration(woo, acme, QStringLiteral("Acme store"));
        test::SecretWaiter waiter;
        waiter.write(world.secrets, SecretKeys::integrationConsumerSecret(integration.id), QStringLiteral("cs_wrong"));

        SyncEngine engine(world.store.database, &world.secrets, world.options);
        QSignalSpy statuses(&engine, &SyncEngine::statusChanged);
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        engine.start();
        QVERIFY(firstCycle.wait(60000));
        const Integration failing = *IntegrationRepository(world.store.database).find(integration.id);
        QCOMPARE(failing.health, Health::Failing);
        QVERIFY2(failing.healthReason.contains(QStringLiteral("Reconfigure")), qPrintable(failing.healthReason));

        // No retry storm: more cycles send nothing to the store.
        const int requests = int(woo->requestLog().entries().size());
        engine.syncNow(integration.id); // Sync now on a blocked pipeline starts afresh, once
        QTest::qWait(500);
        const int afterOneRestart = int(woo->requestLog().entries().size());
        QVERIFY(afterOneRestart - requests <= 3);

        // Reconfigured with the right secret: it recovers.
        waiter.write(world.secrets, SecretKeys::integrationConsumerSecret(integration.id), woo->consumerSecret());
        engine.reloadIntegration(integration.id);
        QTRY_COMPARE_WITH_TIMEOUT(IntegrationRepository(world.store.database).find(integration.id)->health,
                                  Health::Live, 30000);
        engine.shutdown();
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
