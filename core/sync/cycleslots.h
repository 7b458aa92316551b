#pragma once

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

namespace wharf {

// How many integration cycles one engine runs at once. A running cycle holds HTTPS connections to
// its store and their buffers (about 0.2 MB an integration); 1,000 integrations whose timers tick
// together held them all at once, and the process kept that memory afterwards (bench_memory,
// issue 14: 224-280 MB). Cycles beyond the limit wait their turn, first come first served.
// Lives on the sync thread, like the pipelines that use it.
class CycleSlots : public QObject
{
    Q_OBJECT

public:
    explicit CycleSlots(int capacity, QObject *parent = nullptr);

    // Runs `start` now when a slot is free, else when one is released (from the event loop). The
    // slot is then the caller's until it calls leave(). Skipped if `owner` is gone by then.
    void enter(QObject *owner, std::function<void()> start);
    void leave();

    int capacity() const { return m_slots; }
    int taken() const { return m_taken; }
    int waiting() const { return int(m_waiting.size()); }

private:
    void startWaiting();

    struct Waiting
    {
        QPointer<QObject> owner;
        std::function<void()> start;
    };
    const int m_slots;
    int m_taken = 0;
    bool m_startQueued = false;
    std::deque<Waiting> m_waiting;
};

} // namespace wharf
