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

    // Old events go, their counts stay; twice pruned, the counts add up.
    void pruningKeepsTheCounts()
    {
        test::StoreFixture store;
        const Integration integration = store.addIntegration();
        const EventRepository repository(store.database);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto add = [&](const QString &kind, int daysAgo) {
            SyncEvent event;
            event.integrationId = integration.id;
            event.kind = kind;
            event.message = kind;
            event.at = now.addDays(-daysAgo);
            QVERIFY(repository.append(event));
        };
        for (int i = 0; i < 3; ++i)
            add(QStringLiteral("order.created"), 400);
        add(QStringLiteral("order.completed"), 300);
        add(QStringLiteral("order.created"), 10);

        QCOMPARE(repository.prune(now.addDays(-180)), 4);
        QCOMPARE(repository.forIntegration(integration.id).size(), 1);
        QHash<QString, qint64> counts = repository.prunedCounts(integration.id);
        QCOMPARE(counts.value(QStringLiteral("order.created")), 3);
        QCOMPARE(counts.value(QStringLiteral("order.completed")), 1);

        add(QStringLiteral("order.created"), 200);
        QCOMPARE(repository.prune(now.addDays(-180)), 1);
        counts = repository.prunedCounts(integration.id);
        QCOMPARE(counts.value(QStringLiteral("order.created")), 4);
        QCOMPARE(repository.prune(now.addDays(-180)), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventRepository)
#include "tst_eventrepository.moc"
