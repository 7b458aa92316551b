#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace wharf {

// One line of an integration's activity log; orderLinkId ties it to an order's timeline.
struct SyncEvent
{
    enum class Severity { Info, Warning, Error };

    qint64 id = 0;
    qint64 integrationId = 0;
    qint64 orderLinkId = 0; // 0 when the event is about the integration as a whole
    QDateTime at;
    QString kind; // stable key: "order.received", "order.created", "tracking.sent" …
    Severity severity = Severity::Info;
    QString message; // the sentence people read

    static QString severityKey(Severity severity);
    static Severity severityFromKey(const QString &key);
};

} // namespace wharf

Q_DECLARE_METATYPE(wharf::SyncEvent)
