#include "ui/account/keychainprogress.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace wharf;
using namespace std::chrono_literals;

class TestKeychainProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelStopsTheWait()
    {
        KeychainProgress progress;
        QSignalSpy cancelled(&progress, &KeychainProgress::cancelled);
        QVERIFY(progress.isHidden()); // takes no room while nothing is waited for
        progress.start(QStringLiteral("Saving the secret…"));
        QVERIFY(!progress.isHidden());
        QVERIFY(progress.isRunning());
        QCOMPARE(progress.text(), QStringLiteral("Saving the secret…"));
        progress.cancelButton()->click();
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!progress.isRunning());
        QVERIFY(progress.isHidden());
    }

    void theTimeLimitEndsTheWait()
    {
        KeychainProgress progress;
        QCOMPARE(progress.timeout(), std::chrono::milliseconds(KeychainProgress::kDefaultTimeout));
        progress.setTimeout(50ms);
        QSignalSpy timedOut(&progress, &KeychainProgress::timedOut);
        progress.start(QStringLiteral("Saving the secret…"));
        QTRY_COMPARE(timedOut.count(), 1);
        QVERIFY(!progress.isRunning());
    }

    void anAnswerInTimeEndsItQuietly()
    {
        KeychainProgress progress;
        progress.setTimeout(50ms);
        QSignalSpy timedOut(&progress, &KeychainProgress::timedOut);
        progress.start(QStringLiteral("Saving the secret…"));
        progress.finish();
        QVERIFY(!QTest::qWaitFor([&timedOut] { return timedOut.count() > 0; }, 200));
    }

    void aStepWithoutLimitDoesNotTimeOut()
    {
        KeychainProgress progress;
        progress.setTimeout(50ms);
        QSignalSpy timedOut(&progress, &KeychainProgress::timedOut);
        progress.start(QStringLiteral("Checking with CartonCloud…"), KeychainProgress::Limit::None);
        QVERIFY(!QTest::qWaitFor([&timedOut] { return timedOut.count() > 0; }, 200));
        QVERIFY(progress.isRunning());
    }
};

QTEST_MAIN(TestKeychainProgress)
#include "tst_keychainprogress.moc"
