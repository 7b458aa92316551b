#include "core/store/sharedcreatebudget.h"
#include "storefixture.h"

#include <QTest>

using namespace wharf;
using namespace std::chrono_literals;

class TestSharedCreateBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every test runs against SQLite and against PostgreSQL.
    void initTestCase_data() { test::addBackends(); }
    void init() { WHARF_USE_BACKEND(); }

    void twoProcessesDrawFromOneBudget()
    {
        // Two budgets on two connections to one file, as two processes have them; one clock.
        test::StoreFixture store;
        Database other(store.database.filePath());
        QVERIFY(other.open());
        std::chrono::milliseconds now {1'000'000};
        auto clock = [&now] {
            return now;
        };
        SharedCreateBudget first(store.database, QStringLiteral("https://api|client"), 30, 60s, 1s, clock);
        SharedCreateBudget second(other, QStringLiteral("https://api|client"), 30, 60s, 1s, clock);
        SharedCreateBudget elsewhere(other, QStringLiteral("https://api|another-client"), 30, 60s, 1s, clock);
        const auto spacing = first.spacing();
        QCOMPARE(spacing, 2034ms); // (60 s + 1 s) / 30, rounded up: never 31 in a minute

        // Taken in turns, the slots never meet: the second process waits for the first's.
        QCOMPARE(first.reserve(), 0ms);
        QCOMPARE(second.reserve(), spacing);
        QCOMPARE(first.reserve(), 2 * spacing);
        QCOMPARE(elsewhere.reserve(), 0ms); // another API client has a budget of its own

        // Any 60 s holds at most 30 grants, whoever asks.
        now += 10min;
        std::vector<std::chrono::milliseconds> grants;
        for (int i = 0; i < 90; ++i)
            grants.push_back(now + (i % 2 ? first : second).reserve());
        for (size_t i = 30; i < grants.size(); ++i)
            QVERIFY(grants[i] - grants[i - 30] > 60s);

        // A restart does not start with a fresh budget: it lives in the file.
        SharedCreateBudget restarted(store.database, QStringLiteral("https://api|client"), 30, 60s, 1s, clock);
        QVERIFY(restarted.reserve() >= grants.back() - now + spacing);
    }

    void a429HoldsEveryProcess()
    {
        test::StoreFixture store;
        Database other(store.database.filePath());
        QVERIFY(other.open());
        std::chrono::milliseconds now {5'000'000};
        auto clock = [&now] {
            return now;
        };
        SharedCreateBudget first(store.database, QStringLiteral("k"), 30, 60s, 1s, clock);
        SharedCreateBudget second(other, QStringLiteral("k"), 30, 60s, 1s, clock);
        first.holdFor(45s);
        QVERIFY(second.reserve() >= 45s);
        first.holdFor(1s); // a shorter hold does not shorten a longer one
        QVERIFY(first.reserve() >= 45s);
    }
};

QTEST_GUILESS_MAIN(TestSharedCreateBudget)
#include "tst_sharedcreatebudget.moc"
