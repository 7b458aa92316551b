#include "core/sync/fairshare.h"

#include <QTest>

using namespace wharf;
using namespace std::chrono_literals;

class TestFairShare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLoneEngineTakesEverything()
    {
        const FairShare fair(20, 1);
        QCOMPARE(fair.share(), 20);
        QVERIFY(fair.mayTake(19, 0ms, 20s));
        QVERIFY(!fair.mayTake(20, 0ms, 20s));
        QCOMPARE(fair.surplus(20), 0);
    }

    void engineCountsOfZeroCountAsOne()
    {
        // Its own heartbeat not read back yet (or the count failed): the engine still counts itself.
        QCOMPARE(FairShare(7, 0).share(), 7);
        QCOMPARE(FairShare(7, -1).share(), 7);
        QCOMPARE(FairShare(0, 3).share(), 0);
    }

    void threeWorkersShareTwentyIntegrations()
    {
        const FairShare fair(20, 3);
        QCOMPARE(fair.share(), 7); // ceil(20 / 3)
        QVERIFY(fair.mayTake(6, 0ms, 20s));
        QVERIFY(!fair.mayTake(7, 0ms, 20s));
        // A worker that took all twenty before the others started lets go of twelve: it keeps its
        // share and the slack of one.
        QCOMPARE(fair.surplus(20), 12);
        QCOMPARE(fair.surplus(8), 0);
        QCOMPARE(fair.surplus(7), 0);
    }

    void sharesAddUpToEveryIntegration()
    {
        // However the numbers fall, the engines' shares together cover every integration, so none
        // is left for the lease-period fallback in the steady state.
        for (int integrations = 0; integrations <= 60; ++integrations) {
            for (int engines = 1; engines <= 7; ++engines)
                QVERIFY(FairShare(integrations, engines).share() * engines >= integrations);
        }
    }

    void anIntegrationNobodyTakesIsTakenAfterALeasePeriod()
    {
        const FairShare fair(20, 3);
        QVERIFY(!fair.mayTake(7, 19'999ms, 20s));
        QVERIFY(fair.mayTake(7, 20s, 20s));
        QVERIFY(fair.mayTake(15, 25s, 20s));
    }

    void aConsoleTakesOnlyWhatNoWorkerTakesAndGivesItBack()
    {
        const FairShare alone = FairShare::forConsole(0);
        QVERIFY(!alone.mayTake(0, 19s, 20s));
        QVERIFY(alone.mayTake(0, 20s, 20s)); // no worker runs: better the console than nobody
        QVERIFY(alone.mayTake(5, 20s, 20s));
        QCOMPARE(alone.surplus(5), 0);
        // A worker came: the console hands everything to it.
        QCOMPARE(FairShare::forConsole(1).surplus(5), 5);
        QVERIFY(!FairShare::forConsole(1).mayTake(0, 0ms, 20s));
    }
};

QTEST_GUILESS_MAIN(TestFairShare)
#include "tst_fairshare.moc"
