#pragma once

#include "core/model/lease.h"
#include "core/sync/actionoutcome.h"

#include <QObject>

#include <chrono>

class QTimer;

namespace wharf {

class Database;

// Retry, Retry All, Pause and Resume asked by a process that runs no engine (`wharf integration
// retry|pause|resume`). The engine that owns the integration is asked through the engine
// commands table, as another engine asks it (SyncEngine::askOwner), and does it. When no engine
// owns it, the lasting part is done here, under a short lease of this process's own so that no
// engine starts the integration halfway: the order made due, the pause written — what every
// engine honours when it next takes the integration.
class OwnerRequest : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // Until an owner takes the command; then, once taken, until it answers.
        std::chrono::milliseconds answerTimeout {std::chrono::seconds(30)};
        std::chrono::milliseconds takenTimeout {std::chrono::minutes(2)};
        std::chrono::milliseconds pollInterval {std::chrono::milliseconds(200)};
        std::chrono::milliseconds leaseTtl {std::chrono::seconds(20)};
    };

    OwnerRequest(const Database &database, Options options, QObject *parent = nullptr);
    ~OwnerRequest() override;

    // Retry takes an order link id; the others take none. Ends in exactly one `finished`.
    void start(ActionOutcome::Action action, qint64 integrationId, qint64 orderLinkId = 0);

Q_SIGNALS:
    void finished(const wharf::ActionOutcome &outcome);

private:
    void askOwner();
    void poll();
    void doItHere();
    void finish(bool ok, const QString &message, const QString &doneBy = {});

    const Database &m_database;
    Options m_options;
    LeaseHolder m_me;
    ActionOutcome m_outcome;
    QTimer *m_poll = nullptr;
    qint64 m_commandId = 0;
    qint64 m_deadlineMs = 0;
    bool m_extended = false;
    // Waits, 50 ms each, for another command's short lease to end (a second at most).
    static constexpr int kBusyWaits = 20;
    int m_busyWaits = 0;
};

} // namespace wharf
