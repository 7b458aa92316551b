#pragma once

#include "core/model/orderlink.h"
#include "core/model/syncevent.h"
#include "core/sync/actionoutcome.h"
#include "core/sync/integrationstatus.h"

#include <QObject>

namespace wharf {

// The GUI's (and the CLI's) view of the sync engine. The real engine runs on its own thread and
// implements this with queued calls; tests of the UI use a fake. Every call returns at once; what
// happens is learnt from the signals, which are delivered on the caller's thread.
class EngineControl : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // (Re)reads the integration from the database and runs it: after the wizard saved it, after
    // Reconfigure changed it, after Resume. A deleted integration is stopped instead.
    virtual void reloadIntegration(qint64 integrationId) = 0;
    // Stops the integration's pipeline (Delete Integration, or shutdown). Nothing in flight is
    // lost: every step is recorded before and after it happens.
    virtual void stopIntegration(qint64 integrationId) = 0;
    // Runs one cycle of the integration now, whatever its interval.
    virtual void syncNow(qint64 integrationId) = 0;
    // Pause keeps the integration (and its billing) but stops its syncing until resumed.
    virtual void setPaused(qint64 integrationId, bool paused) = 0;
    // Retries an order that needs attention at once, after the user fixed the cause.
    virtual void retryOrder(qint64 orderLinkId) = 0;
    virtual void retryAllOrders(qint64 integrationId) = 0;
    // The account's settings changed (a new address, a new secret): its integrations pick them up
    // at once instead of at the next start.
    virtual void reloadAccount(qint64 accountId) = 0;

Q_SIGNALS:
    void statusChanged(const wharf::IntegrationStatus &status);
    void orderChanged(const wharf::OrderLink &link);
    void eventRecorded(const wharf::SyncEvent &event);
    // Every syncNow, retryOrder, retryAllOrders, setPaused, reloadIntegration and stopIntegration
    // ends in exactly one outcome, also when it failed or nobody could carry it out.
    void actionFinished(const wharf::ActionOutcome &outcome);
};

} // namespace wharf
