#include "core/net/ratelimiter.h"

#include <QSignalSpy>
#include <QTest>

#include <vector>

using namespace std::chrono_literals;
using wharf::net::RateLimiter;

class tst_RateLimiter : public QObject
{
    Q_OBJECT

private:
    std::chrono::milliseconds m_now {1000000};
    std::function<std::chrono::milliseconds()> fakeClock()
    {
        return [this] {
            return m_now;
        };
    }

private Q_SLOTS:
    void init() { m_now = 1000000ms; }

    void firstGoesAtOnce()
    {
        RateLimiter limiter(30, 60s, 0ms, fakeClock());
        QCOMPARE(limiter.reserve(), 0ms);
    }

    void neverA31stWithinAMinute()
    {
        // Callers ask as fast as they can, at odd moments: no window of 60 s may hold 31 grants.
        RateLimiter limiter(30, 60s, 1s, fakeClock());
        std::vector<std::chrono::milliseconds> grants;
        for (int i = 0; i < 200; ++i) {
            grants.push_back(m_now + limiter.reserve());
            m_now += std::chrono::milliseconds((i * 7919) % 1700); // callers arrive irregularly
        }
        for (size_t i = 30; i < grants.size(); ++i)
            QVERIFY2(grants[i] - grants[i - 30] >= 60s, qPrintable(QString::number(i)));
        // And they go in the order they asked.
        for (size_t i = 1; i < grants.size(); ++i)
            QVERIFY(grants[i] > grants[i - 1]);
    }

    void burstAfterIdleIsStillPaced()
    {
        RateLimiter limiter(30, 60s, 0ms, fakeClock());
        std::vector<std::chrono::milliseconds> waits;
        for (int i = 0; i < 31; ++i)
            waits.push_back(limiter.reserve());
        QCOMPARE(waits.front(), 0ms);
        QCOMPARE(waits[1], 2000ms); // evenly spaced, not 30 at once
        QVERIFY(waits[30] >= 60s);
        QCOMPARE(limiter.spacing(), 2000ms);
    }

    void slotsFreeUpAsTimePasses()
    {
        RateLimiter limiter(30, 60s, 0ms, fakeClock());
        QCOMPARE(limiter.reserve(), 0ms);
        m_now += 10s;
        QCOMPARE(limiter.waitIfReservedNow(), 0ms);
        QCOMPARE(limiter.reserve(), 0ms);
    }

    void holdForDelaysEveryone()
    {
        RateLimiter limiter(30, 60s, 0ms, fakeClock());
        limiter.holdFor(45s);
        QCOMPARE(limiter.reserve(), 45000ms);
        QCOMPARE(limiter.reserve(), 47000ms);
    }

    void acquireRunsInOrder()
    {
        // A generous real-clock limiter: only the order and the eventual running are asserted.
        RateLimiter limiter(100, 1000ms, 0ms);
        QObject context;
        QList<int> ran;
        for (int i = 0; i < 3; ++i)
            limiter.acquire(&context, [&ran, i] { ran.append(i); });
        QTRY_COMPARE(ran, (QList<int> {0, 1, 2}));
    }

    void acquireDropsWhenContextDies()
    {
        RateLimiter limiter(100, 1000ms, 0ms);
        bool ran = false;
        {
            QObject context;
            limiter.acquire(&context, [&ran] { ran = true; });
        }
        QObject later;
        bool laterRan = false;
        limiter.acquire(&later, [&laterRan] { laterRan = true; });
        QTRY_VERIFY(laterRan);
        QVERIFY(!ran);
    }
};

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
