#pragma once

#include "fault.h"

#include <QList>
#include <QMutex>

#include <optional>

namespace wharf::sandbox {

// The faults armed for one service (a store or the CartonCloud server). The first armed fault
// that matches a request fires and uses up one of its `times`.
class FaultInjector
{
public:
    void add(const Fault &fault);
    void clear();
    // Removes the faults whose path pattern equals `path` exactly.
    void remove(const QString &path);
    QList<Fault> faults() const;

    // Takes the fault that applies to this request, if any (decrementing its count).
    std::optional<Fault> take(const QByteArray &method, const QString &path, const QString &route);

    static bool matches(const QString &pattern, const QString &path);

private:
    mutable QMutex m_mutex;
    QList<Fault> m_faults;
};

} // namespace wharf::sandbox
