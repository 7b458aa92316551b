#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace wharf {

// What one sync cycle of one integration did: printed by `wharf sync --once`, logged by the
// headless engine, and used by the benchmarks to count work per order.
struct CycleReport
{
    qint64 integrationId = 0;
    QString integrationName;
    QDateTime startedAt;
    QDateTime finishedAt;
    int ordersSeen = 0; // processing orders the intake listed
    int ordersReceived = 0; // new links recorded
    int created = 0; // outbound orders created (or found/linked after an interrupted create)
    int needAttention = 0; // orders that went to "needs attention" this cycle
    int skipped = 0; // pickup orders listed with their reason
    int statusChanges = 0; // CartonCloud status changes seen
    int trackingSent = 0;
    int completed = 0;
    int leftAlone = 0;
    QString error; // the integration-level problem, if the cycle met one
    // Empty when this process ran the cycle; else who did, for people ("the Wharf service on
    // HOST"): `wharf sync --once` asks the integration's owner when another process has it.
    QString ranBy;
    bool ok() const { return error.isEmpty(); }
};

} // namespace wharf

Q_DECLARE_METATYPE(wharf::CycleReport)
