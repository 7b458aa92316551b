#include "core/threadinbox.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QMutex>
#include <QThread>

namespace wharf {

namespace {

// One mutex for every inbox: the calls are few, and a receiving thread takes it before it
// touches anything a posting thread wrote, the inbox itself included (made by the first poster).
QMutex s_mutex;
// Set while this thread holds s_mutex in post(): moveToThread() there sends the new inbox its
// ThreadChange event at once, on this thread, and event() must not take the lock again.
thread_local bool t_holdsMutex = false;
// Never destroyed: a thread may still post while the process exits.
auto *const s_inboxes = new QHash<QThread *, ThreadInbox *>; // guarded by s_mutex

QEvent::Type drainEvent()
{
    static const auto type = QEvent::Type(QEvent::registerEventType());
    return type;
}

} // namespace

ThreadInbox *ThreadInbox::of(QThread *thread)
{
    if (ThreadInbox *inbox = s_inboxes->value(thread))
        return inbox;
    if (thread->isFinished())
        return nullptr;
    auto *inbox = new ThreadInbox;
    inbox->moveToThread(thread);
    s_inboxes->insert(thread, inbox);
    // On the finishing thread, which owns the inbox. Without a capture: Qt keeps this functor and
    // calls it on that thread, and TSan would take the read of a capture for a race.
    connect(thread, &QThread::finished, [] { forget(QThread::currentThread()); });
    return inbox;
}

void ThreadInbox::forget(QThread *thread)
{
    ThreadInbox *inbox = nullptr;
    // Calls still waiting are dropped, as Qt drops the events posted to a thread that has ended.
    std::deque<Call> dropped;
    {
        const QMutexLocker lock(&s_mutex);
        inbox = s_inboxes->take(thread);
        if (!inbox)
            return;
        dropped.swap(inbox->m_calls);
    }
    delete inbox;
}

void ThreadInbox::post(const QObject *context, std::function<void()> call)
{
    if (!context)
        return;
    const QMutexLocker lock(&s_mutex);
    t_holdsMutex = true;
    ThreadInbox *inbox = of(context->thread());
    if (inbox) {
        inbox->m_calls.push_back({QPointer<const QObject>(context), std::move(call)});
        // Posted under the lock: the inbox cannot be forgotten (deleted) meanwhile.
        QCoreApplication::postEvent(inbox, new QEvent(drainEvent()));
    }
    t_holdsMutex = false;
}

bool ThreadInbox::event(QEvent *event)
{
    if (t_holdsMutex) // sent from post() (ThreadChange), never a drain
        return QObject::event(event);
    // The lock first: the event and this inbox were made by the posting thread.
    QMutexLocker lock(&s_mutex);
    if (event->type() != drainEvent()) {
        lock.unlock();
        return QObject::event(event);
    }
    while (!m_calls.empty()) {
        Call call = std::move(m_calls.front());
        m_calls.pop_front();
        lock.unlock();
        if (call.context)
            call.run();
        call = {}; // its captures are released on this thread, without the lock
        lock.relock();
    }
    return true;
}

} // namespace wharf
