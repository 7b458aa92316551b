#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace wharf::sandbox {

// The ways the real CartonCloud is less kind than a fresh sandbox (issue 12). Every field's default
// is today's kind behaviour, so tests and the demo that never set one see no change. The same
// JSON keys are read from the command line (--wms-hostile KEY=VALUE), a seed ("wms": {"hostile":
// {...}}) and the control API (POST /control/wms/hostile).
struct CartonCloudHostility
{
    // A created order stays out of outbound-order searches for this long (GET by id sees it).
    int searchLagMs = 0;
    // A create is processed this long after it arrived, whether or not the client still waits:
    // a client that times out first has still created the order.
    int commitDelayMs = 0;
    // false: a second create with the same reference and customer makes a second order (no 422).
    bool duplicateCheck = true;
    // The organisation setting "Sale Order Statuses on which overriding pre-existing Sale Order is
    // allowed": a create whose reference matches an order in one of these statuses deletes that
    // order and creates the new one under a new id, with no 422. CartonCloud's default: REJECTED.
    QStringList overrideStatuses {QStringLiteral("REJECTED")};
    // Consignments generated per outbound order, each with its own tracking.
    int consignmentsPerOrder = 1;
    // Automatic mode: this long after dispatch, every consignment's tracking changes once.
    int retrackAfterDispatchMs = 0;
    // Automatic mode: every Nth order the warehouse would pack is deleted instead.
    int deleteEvery = 0;
    // The largest `size` a search or list honours; a larger one is cut to it (Page-Size says so).
    int maxPageSize = 0; // 0 = no cap
    // A report run (stock on hand) stays IN_PROCESS this long before it ends; its POST answers
    // IN_PROCESS whatever this is.
    int reportRunMs = 0;
    // true: every report run started while it is on ends FAILED.
    bool reportRunsFail = false;

    QJsonObject toJson() const;
    // Applies the keys present in `json` over the current values; false with `error` on an unknown
    // key or a value of the wrong type.
    bool merge(const QJsonObject &json, QString *error);
    // For --help: one line per key.
    static QString keysHelp();
};

} // namespace wharf::sandbox
