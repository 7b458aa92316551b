#include "faultinjector.h"

namespace wharf::sandbox {

void FaultInjector::add(const Fault &fault)
{
    QMutexLocker lock(&m_mutex);
    m_faults.append(fault);
}

void FaultInjector::clear()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

void FaultInjector::remove(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    m_faults.removeIf([&](const Fault &fault) { return fault.path == path; });
}

QList<Fault> FaultInjector::faults() const
{
    QMutexLocker lock(&m_mutex);
    return m_faults;
}

bool FaultInjector::matches(const QString &pattern, const QString &path)
{
    if (pattern == u"*")
        return true;
    if (pattern.endsWith(u'*'))
        return path.startsWith(QStringView(pattern).chopped(1));
    return pattern == path;
}

std::optional<Fault> FaultInjector::take(const QByteArray &method, const QString &path, const QString &route)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!fault.method.isEmpty() && fault.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!matches(fault.path, path) && !matches(fault.path, route))
            continue;
        const Fault fired = fault;
        if (fault.times > 0 && --fault.times == 0)
            m_faults.removeAt(i);
        return fired;
    }
    return std::nullopt;
}

} // namespace wharf::sandbox
