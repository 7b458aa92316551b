#include "core/store/eventrepository.h"
#include "core/store/orderlinkrepository.h"
#include "storefixture.h"

#include <QTest>

using namespace wharf;

class TestEventRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every test runs against SQLite and against PostgreSQL.
    void initTestCase_data() { test::addBackends(); }
    void init() { WHARF_USE_BACKEND(); }

    void keepsTheLogAndEachOrdersTimeline()
    {
        test::StoreFixture store;
        const Integration integration = store.addIntegration();
        OrderLink link;
        link.integrationId = integration.id;
        link.wooOrderId = 7;
        link.wooOrderNumber = QStringLiteral("7");
        QVERIFY(OrderLinkRepository(store.database).insert(link));

        const EventRepository repository(store.database);
        const QStringList kinds {QStringLiteral("order.received"), QStringLiteral("order.created"),
                                 QStringLiteral("order.packed")};
        for (const QString &kind : kinds) {
            SyncEvent event;
            event.integrationId = integration.id;
            event.orderLinkId = link.id;
            event.kind = kind;
            event.message = kind;
            QVERIFY(repository.append(event));
            QVERIFY(event.at.isValid());
        }
        SyncEvent general;
        general.integrationId = integration.id;
        general.kind = QStringLiteral("integration.failing");
        general.severity = SyncEvent::Severity::Error;
        general.message = QStringLiteral("The store rejected the consumer secret.");
        QVERIFY(repository.append(general));

        const QList<SyncEvent> timeline = repository.forOrder(link.id);
        QCOMPARE(timeline.size(), 3);
        for (int i = 0; i < kinds.size(); ++i)
            QCOMPARE(timeline.at(i).kind, kinds.at(i));

        const QList<SyncEvent> log = repository.forIntegration(integration.id);
        QCOMPARE(log.size(), 4);
        QCOMPARE(log.constFirst().kind, QStringLiteral("integration.failing")); // newest first
        QCOMPARE(log.constFirst().severity, SyncEvent::Severity::Error);
        QCOMPARE(log.constFirst().orderLinkId, 0);
        QCOMPARE(repository.forIntegration(integration.id, 2).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestEventRepository)
#include "tst_eventrepository.moc"
