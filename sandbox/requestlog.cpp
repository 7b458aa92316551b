#include "requestlog.h"

#include "faultinjector.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace wharf::sandbox {

namespace {
// A long demo run must not grow without bound; tests never come near this.
constexpr qsizetype kMaxEntries = 100000;
} // namespace

QByteArray RequestLog::Entry::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString RequestLog::Entry::bodyReference() const
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    return object.value(QStringLiteral("references")).toObject().value(QStringLiteral("customer")).toString();
}

qsizetype RequestLog::append(Entry entry)
{
    QMutexLocker lock(&m_mutex);
    if (m_entries.size() >= kMaxEntries) {
        m_entries.removeFirst();
        ++m_dropped;
    }
    m_entries.append(std::move(entry));
    return m_dropped + m_entries.size() - 1;
}

void RequestLog::finish(qsizetype index, int status, bool delivered)
{
    QMutexLocker lock(&m_mutex);
    const qsizetype local = index - m_dropped;
    if (local >= 0 && local < m_entries.size()) {
        m_entries[local].status = status;
        m_entries[local].delivered = delivered;
    }
}

void RequestLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_dropped += m_entries.size();
    m_entries.clear();
}

QList<RequestLog::Entry> RequestLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

qsizetype RequestLog::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.size();
}

int RequestLog::count(const QString &route, const QByteArray &method) const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const Entry &entry : m_entries) {
        if (!method.isEmpty() && entry.method != method)
            continue;
        if (entry.route == route || (entry.route.isEmpty() && entry.path == route) || entry.path == route)
            ++n;
    }
    return n;
}

QList<RequestLog::Entry> RequestLog::select(const QByteArray &method, const QString &pathPattern, int status) const
{
    QMutexLocker lock(&m_mutex);
    QList<Entry> out;
    for (const Entry &entry : m_entries) {
        if (!method.isEmpty() && entry.method != method)
            continue;
        if (status != 0 && entry.status != status)
            continue;
        if (!pathPattern.isEmpty() && !FaultInjector::matches(pathPattern, entry.path)
            && !FaultInjector::matches(pathPattern, entry.route))
            continue;
        out.append(entry);
    }
    return out;
}

QMap<QString, int> RequestLog::countsByRoute() const
{
    QMutexLocker lock(&m_mutex);
    QMap<QString, int> counts;
    for (const Entry &entry : m_entries)
        ++counts[QString::fromLatin1(entry.method) + u' ' + (entry.route.isEmpty() ? entry.path : entry.route)];
    return counts;
}

} // namespace wharf::sandbox
