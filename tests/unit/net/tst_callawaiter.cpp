#include "core/net/callawaiter.h"

#include <QTest>
#include <QTimer>
#include <qcoro/qcorotask.h>

#include <memory>

using namespace wharf;
using namespace wharf::net;

namespace {

// A callback client in miniature: answers after `delayMs` (or at once when negative), and only
// while the call's context lives — the clients' contract (core/net/result.h).
void answerLater(int delayMs, int value, QObject *context, Callback<int> done)
{
    if (delayMs < 0) {
        done(Result<int>::success(value));
        return;
    }
    QTimer::singleShot(delayMs, context, [done, value]() { done(Result<int>::success(value)); });
}

struct Outcome
{
    bool finished = false;
    Result<int> result;
    int steps = 0;
};

// Awaits two calls in a row, recording what it saw; touches only `outcome`, which the test owns.
QCoro::Task<> twoCalls(QObject *owner, int delayMs, std::shared_ptr<Outcome> outcome)
{
    const Result<int> first = co_await ResultAwaiter<int>(
        owner, [delayMs](QObject *context, Callback<int> done) { answerLater(delayMs, 20, context, done); });
    ++outcome->steps;
    if (!first.ok()) {
        outcome->result = first;
        outcome->finished = true;
        co_return;
    }
    const Result<int> second = co_await ResultAwaiter<int>(
        owner, [delayMs](QObject *context, Callback<int> done) { answerLater(delayMs, 22, context, done); });
    ++outcome->steps;
    outcome->result = second.ok() ? Result<int>::success(first.value + second.value) : second;
    outcome->finished = true;
}

} // namespace

class TestCallAwaiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resumesWithEachAnswerInTurn()
    {
        QObject owner;
        auto outcome = std::make_shared<Outcome>();
        twoCalls(&owner, 10, outcome);
        QVERIFY(!outcome->finished); // suspended at the first call
        QTRY_VERIFY(outcome->finished);
        QVERIFY(outcome->result.ok());
        QCOMPARE(outcome->result.value, 42);
        QCOMPARE(outcome->steps, 2);
        // Each call's context is gone once it answered: nothing piles up under the owner.
        QTRY_COMPARE(owner.children().size(), 0);
    }

    void anAnswerGivenAtOnceDoesNotSuspend()
    {
        QObject owner;
        auto outcome = std::make_shared<Outcome>();
        twoCalls(&owner, -1, outcome);
        // Both answers came inside start(): the coroutine ran to its end without the event loop.
        QVERIFY(outcome->finished);
        QCOMPARE(outcome->result.value, 42);
    }

    void deletingTheOwnerResumesWithCancelled()
    {
        auto owner = std::make_unique<QObject>();
        auto outcome = std::make_shared<Outcome>();
        twoCalls(owner.get(), 60000, outcome);
        QVERIFY(!outcome->finished);
        owner.reset();
        // Resumed at once, with "cancelled", rather than left suspended for ever.
        QVERIFY(outcome->finished);
        QCOMPARE(outcome->steps, 1);
        QVERIFY(!outcome->result.ok());
        QCOMPARE(outcome->result.error.serverCode, QStringLiteral("wharf_cancelled"));
    }

    void anAnswerAfterCancellationIsIgnored()
    {
        // The client answers even though the context died (a client that ignores the contract):
        // the coroutine was resumed once, with "cancelled", and is not resumed a second time.
        auto owner = std::make_unique<QObject>();
        auto outcome = std::make_shared<Outcome>();
        Callback<int> kept;
        auto run = [&]() -> QCoro::Task<> {
            const Result<int> answer =
                co_await ResultAwaiter<int>(owner.get(), [&kept](QObject *, Callback<int> done) { kept = done; });
            ++outcome->steps;
            outcome->result = answer;
            outcome->finished = true;
        };
        run();
        owner.reset();
        QCOMPARE(outcome->steps, 1);
        kept(Result<int>::success(7));
        QCOMPARE(outcome->steps, 1);
        QCOMPARE(outcome->result.error.serverCode, QStringLiteral("wharf_cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestCallAwaiter)
#include "tst_callawaiter.moc"
