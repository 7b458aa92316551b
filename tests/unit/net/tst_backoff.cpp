#include "core/net/backoff.h"

#include <QTest>

using namespace std::chrono_literals;
using wharf::net::Backoff;

class tst_Backoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultSchedule()
    {
        const Backoff b;
        QCOMPARE(b.delayAfter(0), 0s);
        QCOMPARE(b.delayAfter(1), 25s);
        QCOMPARE(b.delayAfter(2), 125s);
        QCOMPARE(b.delayAfter(3), 625s);
        QCOMPARE(b.delayAfter(4), 3125s);
        QCOMPARE(b.delayAfter(5), 15625s);
        QCOMPARE(b.delayAfter(6), 78125s);
        QCOMPARE(b.delayAfter(7), std::chrono::seconds(24h));
        QCOMPARE(b.delayAfter(1000), std::chrono::seconds(24h));
    }

    void shrinkableBounds()
    {
        const Backoff b(1s, 5, 30s);
        QCOMPARE(b.delayAfter(1), 1s);
        QCOMPARE(b.delayAfter(2), 5s);
        QCOMPARE(b.delayAfter(3), 25s);
        QCOMPARE(b.delayAfter(4), 30s);
    }

    void jitterStaysWithinATenthAndTheMax()
    {
        const Backoff b;
        QCOMPARE(b.delayAfter(1, 0.0), 25s);
        QVERIFY(b.delayAfter(1, 0.999) <= 27s);
        QCOMPARE(b.delayAfter(10, 0.999), std::chrono::seconds(24h));
    }

    void nextAttempt()
    {
        const Backoff b;
        const QDateTime t(QDate(2026, 5, 4), QTime(12, 0), Qt::UTC);
        QCOMPARE(b.nextAttempt(t, 2), t.addSecs(125));
    }
};

QTEST_GUILESS_MAIN(tst_Backoff)
#include "tst_backoff.moc"
