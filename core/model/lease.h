#pragma once

#include <QDateTime>
#include <QString>

namespace wharf {

// Who works an integration: one engine in one process, on one machine. Written into the lease
// row so that other processes can say who it is ("synced by the Wharf service on HOST").
struct LeaseHolder
{
    // Command: a `wharf integration pause|resume|retry` that briefly holds an integration nobody
    // syncs, to make its change without an engine starting the integration halfway through.
    enum class Kind { Service, Desktop, SyncOnce, Command };

    QString ownerId; // unique per running engine (a UUID); never reused
    QString host;
    Kind kind = Kind::Service;
    qint64 pid = 0;

    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key);
};

// The right to work one integration until expiresAtMs (wall-clock milliseconds since the epoch:
// compared across processes, so not a steady clock). Renewed while the owner lives; a process
// that dies loses it when it expires and another engine takes over.
struct Lease
{
    qint64 integrationId = 0;
    LeaseHolder holder;
    QDateTime since;
    qint64 expiresAtMs = 0;

    bool isExpired(qint64 nowMs) const { return expiresAtMs < nowMs; }
    // For people: "the Wharf service on warehouse-pc, since 08:14".
    QString describe() const;
};

} // namespace wharf
