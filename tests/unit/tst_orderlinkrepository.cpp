#include "core/store/orderlinkrepository.h"
#include "storefixture.h"

#include <QTest>

using namespace wharf;

class TestOrderLinkRepository : public QObject
{
    Q_OBJECT

    static OrderLink newLink(qint64 integrationId, qint64 wooOrderId)
    {
        OrderLink link;
        link.integrationId = integrationId;
        link.wooOrderId = wooOrderId;
        link.wooOrderNumber = QString::number(wooOrderId);
        link.reference = QStringLiteral("WC-%1").arg(wooOrderId);
        link.state = OrderLink::State::Creating;
        return link;
    }

private Q_SLOTS:
    // Every test runs against SQLite and against PostgreSQL.
    void initTestCase_data() { test::addBackends(); }
    void init() { WHARF_USE_BACKEND(); }

    void anOrderCanBeLinkedOnlyOnce()
    {
        test::StoreFixture store;
        const Integration integration = store.addIntegration();
        const Integration other = store.addIntegration(QStringLiteral("Other store"));
        const OrderLinkRepository repository(store.database);

        OrderLink first = newLink(integration.id, 10452);
        QVERIFY(repository.insert(first));
        OrderLink again = newLink(integration.id, 10452);
        QVERIFY(!repository.insert(again)); // the unique key refuses a second link
        QCOMPARE(repository.inState(integration.id, OrderLink::State::Creating).size(), 1);

        // The same order number in another store is another order.
        OrderLink elsewhere = newLink(other.id, 10452);
        QVERIFY(repository.insert(elsewhere));
    }

    void updatesAndCounts()
    {
        test::StoreFixture store;
        const Integration integration = store.addIntegration();
        const OrderLinkRepository repository(store.database);
        for (qint64 id = 1; id <= 5; ++id) {
            OrderLink link = newLink(integration.id, id);
            QVERIFY(repository.insert(link));
        }
        OrderLink link = *repository.find(integration.id, 3);
        link.state = OrderLink::State::NeedsAttention;
        link.reason = QStringLiteral("SKU MUG-02 is not a product code of customer Acme in CartonCloud.");
        link.reasonSince = QDateTime::currentDateTimeUtc();
        link.attempts = 2;
        QVERIFY(repository.update(link));
        link = *repository.find(integration.id, 4);
        link.state = OrderLink::State::Created;
        link.wmsOrderId = QStringLiteral("b2f1c3d4");
        link.wmsStatus = QStringLiteral("PACKED");
        link.trackingNumber = QStringLiteral("TRK123");
        QVERIFY(repository.update(link));

        const OrderLink attention = *repository.find(integration.id, 3);
        QCOMPARE(attention.state, OrderLink::State::NeedsAttention);
        QCOMPARE(attention.attempts, 2);
        QVERIFY(attention.reason.contains(QStringLiteral("MUG-02")));
        QCOMPARE(repository.findById(link.id)->trackingNumber, QStringLiteral("TRK123"));

        QCOMPARE(repository.findByWmsOrderId(integration.id, QStringLiteral("b2f1c3d4"))->wooOrderId, 4);
        QVERIFY(!repository.findByWmsOrderId(integration.id, QStringLiteral("nope")));
        QCOMPARE(
            repository.inStates(integration.id, {OrderLink::State::NeedsAttention, OrderLink::State::Created}).size(),
            2);

        const QHash<OrderLink::State, int> counts = repository.countsByState(integration.id);
        QCOMPARE(counts.value(OrderLink::State::Creating), 3);
        QCOMPARE(counts.value(OrderLink::State::NeedsAttention), 1);
        QCOMPARE(counts.value(OrderLink::State::Created), 1);
    }

    // The dashboard's counts of several integrations at once (an engine starting): the same as
    // each one's countsByState, and the created links CartonCloud dispatched told apart.
    void countsManyIntegrationsAtOnce()
    {
        test::StoreFixture store;
        const Integration first = store.addIntegration();
        const Integration second = store.addIntegration(QStringLiteral("Other store"));
        const Integration empty = store.addIntegration(QStringLiteral("Empty store"));
        const OrderLinkRepository repository(store.database);
        const auto add = [&](qint64 integrationId, qint64 wooOrderId, OrderLink::State state,
                             const QString &wmsStatus) {
            OrderLink link = newLink(integrationId, wooOrderId);
            QVERIFY(repository.insert(link));
            link.state = state;
            link.wmsStatus = wmsStatus;
            QVERIFY(repository.update(link));
        };
        add(first.id, 1, OrderLink::State::Created, QStringLiteral("DISPATCHED"));
        add(first.id, 2, OrderLink::State::Created, QStringLiteral("PACKED"));
        add(first.id, 3, OrderLink::State::Created, QStringLiteral("DISPATCHED"));
        add(first.id, 4, OrderLink::State::Completed, QStringLiteral("DISPATCHED"));
        add(first.id, 5, OrderLink::State::NeedsAttention, QString());
        add(second.id, 1, OrderLink::State::Completed, QStringLiteral("DISPATCHED"));
        add(second.id, 2, OrderLink::State::Created, QStringLiteral("AWAITING_PICK_AND_PACK"));

        const QHash<qint64, OrderLinkRepository::StateCounts> counts =
            repository.stateCounts({first.id, second.id, empty.id});
        QCOMPARE(counts.size(), 3);
        for (const Integration &integration : {first, second, empty})
            QCOMPARE(counts.value(integration.id).byState, repository.countsByState(integration.id));
        QCOMPARE(counts.value(first.id).byState.value(OrderLink::State::Created), 3);
        QCOMPARE(counts.value(first.id).createdDispatched, 2);
        QCOMPARE(counts.value(second.id).byState.value(OrderLink::State::Completed), 1);
        QCOMPARE(counts.value(second.id).createdDispatched, 0);
        QVERIFY(counts.value(empty.id).byState.isEmpty());
        QVERIFY(repository.stateCounts({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrderLinkRepository)
#include "tst_orderlinkrepository.moc"
