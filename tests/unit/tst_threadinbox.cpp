#include "core/threadinbox.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace wharf;

// Real threads with their own event loops: a call posted from one runs on the other, in order,
// and not at all once its context is gone.
class TestThreadInbox : public QObject
{
    Q_OBJECT

private:
    struct Worker
    {
        std::unique_ptr<QThread> thread = std::make_unique<QThread>();
        QObject *context = new QObject; // lives on `thread`; deleted there when it finishes

        Worker()
        {
            context->moveToThread(thread.get());
            QObject::connect(thread.get(), &QThread::finished, context, &QObject::deleteLater);
            thread->start();
        }
        ~Worker()
        {
            thread->quit();
            thread->wait();
        }
    };

private Q_SLOTS:
    void callsRunOnTheContextsThreadInTheOrderPosted()
    {
        Worker worker;
        QList<int> seen; // written on the worker's thread only, read here after the last call
        QThread *ranOn = nullptr;
        QObject done;
        QSignalSpy finished(&done, &QObject::objectNameChanged);
        for (int i = 0; i < 100; ++i)
            ThreadInbox::post(worker.context, [&seen, &ranOn, i] {
                seen.append(i);
                ranOn = QThread::currentThread();
            });
        // Back to this thread, through its own inbox, once the worker has run all hundred.
        ThreadInbox::post(worker.context, [&done] {
            ThreadInbox::post(&done, [&done] { done.setObjectName(QStringLiteral("done")); });
        });
        QVERIFY(finished.wait(10000));
        QCOMPARE(ranOn, worker.thread.get());
        QCOMPARE(seen.size(), 100);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(seen.at(i), i);
    }

    void aCallToAContextThatIsGoneDoesNotRun()
    {
        auto *context = new QObject;
        bool ran = false;
        ThreadInbox::post(context, [&ran] { ran = true; });
        delete context;
        QObject later;
        bool laterRan = false;
        ThreadInbox::post(&later, [&laterRan] { laterRan = true; });
        QTRY_VERIFY(laterRan);
        QVERIFY(!ran);
    }

    void aThreadThatEndedTakesNoMoreCalls()
    {
        auto worker = std::make_unique<Worker>();
        QThread *thread = worker->thread.get();
        QObject stays; // a context of the ended thread that is still alive
        stays.moveToThread(thread);
        std::atomic_bool first = false; // polled from this thread while the worker sets it
        ThreadInbox::post(&stays, [&first] { first = true; });
        QTRY_VERIFY(first);
        thread->quit();
        QVERIFY(thread->wait(10000));
        std::atomic_bool ran = false;
        ThreadInbox::post(&stays, [&ran] { ran = true; }); // dropped, not queued for ever
        QTest::qWait(50);
        QVERIFY(!ran);
    }
};

QTEST_GUILESS_MAIN(TestThreadInbox)
#include "tst_threadinbox.moc"
