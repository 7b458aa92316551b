#pragma once

#include <QMetaType>
#include <QString>

namespace wharf {

// What became of something a person asked of the engine (Sync now, Retry, Pause …), so that every
// button answers: the UI shows progress when it asks and this sentence when the engine is done.
// A value type: it crosses from the engine's thread (or from the process that owns the
// integration, through the database) to the GUI thread in queued signals.
struct ActionOutcome
{
    enum class Action { SyncNow, Retry, RetryAll, Pause, Resume, Reload, Stop };

    Action action = Action::SyncNow;
    qint64 integrationId = 0;
    qint64 orderLinkId = 0; // for Retry
    bool ok = true;
    // For people: "Synced: 3 orders created, 1 completed.", "2 orders will be tried again now.",
    // "The Wharf service on HOST did not answer within 30 s." …
    QString message;
    // Empty when this process did it; else who did, e.g. "the Wharf service on warehouse-pc".
    QString doneBy;
};

} // namespace wharf

Q_DECLARE_METATYPE(wharf::ActionOutcome)
