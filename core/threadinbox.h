#pragma once

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

class QThread;

namespace wharf {

// Calls that cross from one thread to another: ThreadInbox::post(context, call) runs `call` on
// `context`'s thread, from its event loop, unless `context` is gone by then; calls to one thread
// run in the order they were posted. It does what QMetaObject::invokeMethod(context, call,
// Qt::QueuedConnection) does, in a way ThreadSanitizer can follow: Debian's Qt is not built with
// TSan, so TSan does not see its event queue hand a functor (or a queued signal's arguments) from
// one thread to the other, and reports every such hand-over as a data race. Here the call crosses
// under a QMutex of Wharf's own, whose locking TSan sees (Qt's inline QMutex is annotated for it),
// and all that goes through Qt's queue is a bare event that makes the inbox look.
class ThreadInbox : public QObject
{
    Q_OBJECT

public:
    static void post(const QObject *context, std::function<void()> call);

protected:
    bool event(QEvent *event) override;

private:
    struct Call
    {
        QPointer<const QObject> context;
        std::function<void()> run;
    };

    ThreadInbox() = default;
    // The inbox of `thread`, made on first use; nullptr once the thread has finished. The caller
    // holds the inboxes' mutex.
    static ThreadInbox *of(QThread *thread);
    static void forget(QThread *thread);

    // A deque: taken from the front one by one, and a vector's erase there moved every call behind
    // it (1,000 integrations' secret reads at start took a quadratic share of it: bench_memory).
    std::deque<Call> m_calls; // guarded by the inboxes' mutex
};

} // namespace wharf
