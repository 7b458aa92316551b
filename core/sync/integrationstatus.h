#pragma once

#include "core/model/health.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace wharf {

// What the dashboard shows of one integration, as the engine last reported it. A value type: it
// crosses from the sync thread to the GUI thread in queued signals.
struct IntegrationStatus
{
    qint64 integrationId = 0;
    Health health = Health::Draft;
    QString reason; // the sentence behind the health
    QDateTime lastSyncAt; // last cycle that ran, successful or not
    QDateTime lastSuccessAt; // last cycle that finished without an integration-level error
    bool syncing = false; // a cycle is running now
    int received = 0; // orders taken from WooCommerce (all of them, whatever became of them)
    int inProgress = 0; // created in CartonCloud, not yet dispatched
    int dispatched = 0; // dispatched (completed in WooCommerce or not)
    int needAttention = 0; // waiting for someone to act
    // Stock back to WooCommerce, when it is on: when it last ran (invalid: not yet, or unknown here)
    // and why that run did not send every change (empty when it did).
    QDateTime stockSyncedAt;
    QString stockProblem;
    // Empty while this process syncs the integration (or nobody does); else who does, for people:
    // "the Wharf service on warehouse-pc, since 08:14". Actions then travel through the database.
    QString ownerDescription;

    friend bool operator==(const IntegrationStatus &, const IntegrationStatus &) = default;
};

} // namespace wharf

Q_DECLARE_METATYPE(wharf::IntegrationStatus)
