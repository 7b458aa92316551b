#include "core/sync/cycleslots.h"

#include <algorithm>
#include <utility>

namespace wharf {

CycleSlots::CycleSlots(int capacity, QObject *parent)
    : QObject(parent)
    , m_slots(std::max(1, capacity))
{
}

void CycleSlots::enter(QObject *owner, std::function<void()> start)
{
    if (m_taken < m_slots && m_waiting.empty()) {
        ++m_taken;
        start();
        return;
    }
    m_waiting.push_back({QPointer<QObject>(owner), std::move(start)});
}

void CycleSlots::leave()
{
    m_taken = std::max(0, m_taken - 1);
    if (m_waiting.empty() || m_startQueued)
        return;
    // From the event loop, not from inside the cycle that just ended: a cycle that ends at once
    // would otherwise start the next one within its own call, a thousand deep.
    m_startQueued = true;
    QMetaObject::invokeMethod(this, &CycleSlots::startWaiting, Qt::QueuedConnection);
}

void CycleSlots::startWaiting()
{
    m_startQueued = false;
    while (m_taken < m_slots && !m_waiting.empty()) {
        Waiting next = std::move(m_waiting.front());
        m_waiting.pop_front();
        if (!next.owner)
            continue; // its pipeline is gone
        ++m_taken;
        next.start();
    }
}

} // namespace wharf
