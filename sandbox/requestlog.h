#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

namespace wharf::sandbox {

// Every request a service received, in arrival order, so that tests can count calls per route
// ("did the client really make one search per cycle?").
class RequestLog
{
public:
    struct Entry
    {
        QDateTime time; // UTC, when the request arrived
        QByteArray method;
        QString path; // decoded path without query
        QString route; // the matched route template, e.g. "/wp-json/wc/v3/orders/<id>"; empty if none
        QByteArray query; // raw query string (may hold secrets: this is a test tool)
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int status = 0; // status written; 0 = never answered, -1 = connection reset
        QString fault; // Fault::kindName of the fault that fired, empty if none
        bool secure = false;
        // The client's TCP port: one per connection, so that tests can tell a kept-alive connection
        // from a new one (e.g. a client that closes its idle connections).
        quint16 peerPort = 0;
        bool delivered = true; // false: handled, but the client had gone before the answer

        QByteArray header(QByteArrayView name) const;
        // The JSON body's /references/customer (a CartonCloud create's reference), or empty.
        QString bodyReference() const;
    };

    // Returns the index of the new entry, for finish().
    qsizetype append(Entry entry);
    void finish(qsizetype index, int status, bool delivered = true);
    void clear();

    QList<Entry> entries() const;
    qsizetype size() const;
    // Counts entries whose route template (or, failing that, path) equals `route`; `method`
    // empty = any method.
    int count(const QString &route, const QByteArray &method = {}) const;
    // Counts per "METHOD route", e.g. {"GET /wp-json/wc/v3/orders": 3}.
    QMap<QString, int> countsByRoute() const;
    // The entries with this method (empty = any), path or route pattern (as Fault paths: a trailing
    // '*' is a prefix, "*" or empty is any) and status (0 = any).
    QList<Entry> select(const QByteArray &method, const QString &pathPattern, int status = 0) const;

private:
    mutable QMutex m_mutex;
    QList<Entry> m_entries;
    qsizetype m_dropped = 0; // entries before m_entries[0] that were dropped to bound memory
};

} // namespace wharf::sandbox
