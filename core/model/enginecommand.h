#pragma once

#include <QDateTime>
#include <QString>

namespace wharf {

// Something a person asked of an integration that another process works (Sync now, Retry,
// Pause …), carried through the database to the integration's owner, who does it and writes the
// outcome back for the asker to show.
struct EngineCommand
{
    enum class Kind { SyncNow, Retry, RetryAll, Pause, Resume, Reload, Stop };

    qint64 id = 0;
    qint64 integrationId = 0;
    qint64 orderLinkId = 0; // Retry
    Kind kind = Kind::SyncNow;
    QString requestedBy; // the asking engine's owner id
    QDateTime requestedAt;
    QString takenBy; // the owner that took it; empty while nobody has
    QDateTime finishedAt; // null until answered
    bool ok = false;
    QString message; // the outcome, for people
    QString doneBy; // who did it, for people ("the Wharf service on HOST")
    QString result; // Sync now: the cycle's report as JSON, for `wharf sync --once --json`

    bool isFinished() const { return finishedAt.isValid(); }

    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key);
};

} // namespace wharf
