#include "core/sync/cycleslots.h"

#include <QTest>

#include <memory>
#include <vector>

using namespace wharf;

class TestCycleSlots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cyclesBeyondTheLimitWaitTheirTurnInOrder()
    {
        CycleSlots gate(2);
        std::vector<std::unique_ptr<QObject>> owners;
        QList<int> started;
        for (int i = 0; i < 5; ++i) {
            owners.push_back(std::make_unique<QObject>());
            gate.enter(owners.back().get(), [&started, i] { started.append(i); });
        }
        QCOMPARE(started, (QList<int> {0, 1}));
        QCOMPARE(gate.taken(), 2);
        QCOMPARE(gate.waiting(), 3);

        gate.leave();
        QCOMPARE(started.size(), 2); // from the event loop, not inside the cycle that ended
        QTRY_COMPARE(started, (QList<int> {0, 1, 2}));
        QCOMPARE(gate.taken(), 2);

        // One whose pipeline is gone meanwhile is skipped, and its turn goes to the next.
        owners.at(3).reset();
        gate.leave();
        QTRY_COMPARE(started, (QList<int> {0, 1, 2, 4}));
        QCOMPARE(gate.waiting(), 0);
        QCOMPARE(gate.taken(), 2);
    }

    void aNewcomerDoesNotOvertakeThoseWaiting()
    {
        CycleSlots gate(1);
        QObject owner;
        QList<int> started;
        gate.enter(&owner, [&started] { started.append(0); });
        gate.enter(&owner, [&started] { started.append(1); });
        gate.leave(); // a slot is free, but 1 has waited: 2 waits behind it
        gate.enter(&owner, [&started] { started.append(2); });
        QCOMPARE(started, (QList<int> {0}));
        QTRY_COMPARE(started, (QList<int> {0, 1}));
        gate.leave();
        QTRY_COMPARE(started, (QList<int> {0, 1, 2}));
    }

    void aCycleThatEndsAtOnceLetsTheNextBeginWithoutNesting()
    {
        CycleSlots gate(1);
        QObject owner;
        int depth = 0;
        int deepest = 0;
        int ran = 0;
        gate.enter(&owner, [] {});
        for (int i = 0; i < 100; ++i) {
            gate.enter(&owner, [&] {
                ++depth;
                deepest = std::max(deepest, depth);
                ++ran;
                gate.leave(); // this cycle had nothing to do
                --depth;
            });
        }
        gate.leave();
        QTRY_COMPARE(ran, 100);
        QCOMPARE(deepest, 1);
        QCOMPARE(gate.taken(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCycleSlots)
#include "tst_cycleslots.moc"
