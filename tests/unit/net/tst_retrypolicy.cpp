#include "core/net/retrypolicy.h"

#include <QTest>

using namespace std::chrono_literals;
using wharf::net::RetryPolicy;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exponentialWithJitterBounds()
    {
        RetryPolicy p;
        p.baseDelay = 1000ms;
        p.maxDelay = 30000ms;
        // Equal jitter: between half and all of base * 2^(attempt-2).
        QCOMPARE(p.delayBefore(2, 0s, 0.0), 500ms);
        QCOMPARE(p.delayBefore(2, 0s, 0.999999).count() <= 1000, true);
        QCOMPARE(p.delayBefore(3, 0s, 0.0), 1000ms);
        QCOMPARE(p.delayBefore(4, 0s, 0.0), 2000ms);
        QCOMPARE(p.delayBefore(5, 0s, 1.0), 8000ms);
    }

    void cappedAtMaxDelay()
    {
        RetryPolicy p;
        p.baseDelay = 1000ms;
        p.maxDelay = 5000ms;
        QCOMPARE(p.delayBefore(20, 0s, 1.0), 5000ms);
        QCOMPARE(p.delayBefore(1000, 0s, 0.0), 2500ms);
    }

    void retryAfterIsAFloor()
    {
        RetryPolicy p;
        QCOMPARE(p.delayBefore(2, 7s, 0.5), 7000ms);
        // A Retry-After shorter than the backoff does not shorten it.
        p.baseDelay = 10000ms;
        QCOMPARE(p.delayBefore(2, 1s, 0.0), 5000ms);
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("empty") << QByteArray() << qint64(0);
        QTest::newRow("seconds") << QByteArray("120") << qint64(120);
        QTest::newRow("spaces") << QByteArray(" 5 ") << qint64(5);
        QTest::newRow("negative") << QByteArray("-4") << qint64(0);
        QTest::newRow("http-date") << QByteArray("Sun, 06 Nov 1994 08:50:37 GMT") << qint64(60);
        QTest::newRow("past date") << QByteArray("Sun, 06 Nov 1994 08:40:37 GMT") << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(0);
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, seconds);
        const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QCOMPARE(RetryPolicy::parseRetryAfter(value, now).count(), seconds);
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
