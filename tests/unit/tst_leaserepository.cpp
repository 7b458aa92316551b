#include "core/store/leaserepository.h"
#include "storefixture.h"

#include <QTest>

using namespace wharf;

class TestLeaseRepository : public QObject
{
    Q_OBJECT

    static LeaseHolder holder(const char *id, LeaseHolder::Kind kind = LeaseHolder::Kind::Service)
    {
        return {QString::fromLatin1(id), QStringLiteral("warehouse-pc"), kind, 4242};
    }

private Q_SLOTS:
    // Every test runs against SQLite and against PostgreSQL.
    void initTestCase_data() { test::addBackends(); }
    void init() { WHARF_USE_BACKEND(); }

    void oneOwnerAtATimeUntilTheLeaseExpires()
    {
        test::StoreFixture store;
        const LeaseRepository leases(store.database);
        const qint64 now = 1'000'000;
        QVERIFY(leases.tryAcquire(1, holder("a"), now, 20'000));
        QVERIFY(!leases.tryAcquire(1, holder("b"), now + 1'000, 20'000)); // a's, and alive
        QVERIFY(leases.tryAcquire(1, holder("a"), now + 1'000, 20'000)); // renewing one's own
        QVERIFY(leases.tryAcquire(2, holder("b"), now, 20'000)); // another integration is free
        QCOMPARE(leases.find(1)->holder.ownerId, QStringLiteral("a"));
        QCOMPARE(leases.find(1)->expiresAtMs, now + 21'000);

        // a died: after its lease ran out, b takes over.
        QVERIFY(!leases.tryAcquire(1, holder("b"), now + 20'999, 20'000));
        QVERIFY(leases.tryAcquire(1, holder("b"), now + 21'001, 20'000));
        QCOMPARE(leases.find(1)->holder.ownerId, QStringLiteral("b"));

        // a comes back from a long stop: its renewal finds only what is still its own.
        bool ok = false;
        QVERIFY(leases.renewAll(QStringLiteral("a"), now + 22'000, 20'000, &ok).isEmpty());
        QVERIFY(ok);
        QCOMPARE(leases.renewAll(QStringLiteral("b"), now + 22'000, 20'000, &ok), (QSet<qint64> {1, 2}));
        QCOMPARE(leases.find(2)->expiresAtMs, now + 42'000);
    }

    void releasingLetsAnotherEngineTakeOverAtOnce()
    {
        test::StoreFixture store;
        const LeaseRepository leases(store.database);
        QVERIFY(leases.tryAcquire(1, holder("a"), 0, 20'000));
        QVERIFY(leases.tryAcquire(2, holder("a"), 0, 20'000));
        QVERIFY(!leases.release(1, QStringLiteral("b")) || leases.find(1)); // only the owner lets go
        QVERIFY(leases.release(1, QStringLiteral("a")));
        QVERIFY(leases.tryAcquire(1, holder("b"), 1, 20'000));
        QVERIFY(leases.releaseAll(QStringLiteral("a")));
        QVERIFY(!leases.find(2));
        QCOMPARE(leases.all().size(), 1);
    }

    void leaseTimesAreTheDatabasesClock()
    {
        test::StoreFixture store;
        const LeaseRepository leases(store.database);
        bool ok = false;
        const qint64 before = LeaseRepository::nowMs();
        const qint64 database = leases.databaseNowMs(&ok);
        const qint64 after = LeaseRepository::nowMs();
        QVERIFY(ok);
        // The test server runs on this machine: its clock and ours agree to within a second.
        QVERIFY2(database >= before - 1000 && database <= after + 1000,
                 qPrintable(QStringLiteral("%1 not within [%2, %3]").arg(database).arg(before).arg(after)));
        QTest::qWait(20);
        QVERIFY(leases.databaseNowMs() > database); // milliseconds, not seconds
    }

    void enginesCountWhileTheirHeartbeatLasts()
    {
        test::StoreFixture store;
        const LeaseRepository leases(store.database);
        const qint64 now = 5'000'000;
        QCOMPARE(leases.liveEngines(now), 0);
        QVERIFY(leases.heartbeat(holder("a"), now, 20'000));
        QVERIFY(leases.heartbeat(holder("b"), now + 5'000, 20'000));
        QVERIFY(leases.heartbeat(holder("a"), now + 1'000, 20'000)); // renewed, still one row
        QCOMPARE(leases.liveEngines(now + 10'000), 2);
        // a stopped renewing (killed): after its heartbeat ran out, only b counts.
        QCOMPARE(leases.liveEngines(now + 22'000), 1);
        // b leaves: its heartbeat and its leases go at once.
        QVERIFY(leases.tryAcquire(7, holder("b"), now + 5'000, 20'000));
        QVERIFY(leases.leave(QStringLiteral("b")));
        QCOMPARE(leases.liveEngines(now + 10'000), 1);
        QVERIFY(!leases.find(7));
    }

    void whoHoldsItReadsAsASentence()
    {
        Lease lease;
        lease.holder = holder("a", LeaseHolder::Kind::Service);
        QCOMPARE(lease.describe(), QStringLiteral("the Wharf service on warehouse-pc"));
        lease.holder.kind = LeaseHolder::Kind::Desktop;
        QCOMPARE(lease.describe(), QStringLiteral("the Wharf window on warehouse-pc"));
        lease.since = QDateTime::currentDateTimeUtc();
        QVERIFY2(lease.describe().startsWith(QStringLiteral("the Wharf window on warehouse-pc, since ")),
                 qPrintable(lease.describe()));
    }
};

QTEST_GUILESS_MAIN(TestLeaseRepository)
#include "tst_leaserepository.moc"
