#pragma once

#include "core/sync/enginecontrol.h"

#include <QList>
#include <QString>

namespace wharf::test {

// An EngineControl that records what the UI asked of it and reports whatever a test tells it to,
// so that UI tests drive "the engine" without threads or network. No Q_OBJECT: it adds no signals,
// and the base class's signals are what the UI listens to.
class FakeEngine : public EngineControl
{
public:
    struct Call
    {
        QString what; // "reload", "stop", "syncNow", "pause", "resume", "retryOrder", "retryAll", "reloadAccount"
        qint64 id = 0;

        friend bool operator==(const Call &, const Call &) = default;
    };

    using EngineControl::EngineControl;

    void reloadIntegration(qint64 integrationId) override { record(QStringLiteral("reload"), integrationId); }
    void stopIntegration(qint64 integrationId) override { record(QStringLiteral("stop"), integrationId); }
    void syncNow(qint64 integrationId) override { record(QStringLiteral("syncNow"), integrationId); }
    void setPaused(qint64 integrationId, bool paused) override
    {
        record(paused ? QStringLiteral("pause") : QStringLiteral("resume"), integrationId);
    }
    void retryOrder(qint64 orderLinkId) override { record(QStringLiteral("retryOrder"), orderLinkId); }
    void retryAllOrders(qint64 integrationId) override { record(QStringLiteral("retryAll"), integrationId); }
    void reloadAccount(qint64 accountId) override { record(QStringLiteral("reloadAccount"), accountId); }

    // What the engine would report after a cycle.
    void reportHealth(qint64 integrationId, Health health, const QString &reason = {})
    {
        IntegrationStatus status = m_last.value(integrationId);
        status.integrationId = integrationId;
        status.health = health;
        status.reason = reason;
        report(status);
    }
    void report(const IntegrationStatus &status)
    {
        m_last.insert(status.integrationId, status);
        Q_EMIT statusChanged(status);
    }
    void reportOrder(const OrderLink &link) { Q_EMIT orderChanged(link); }
    void reportEvent(const SyncEvent &event) { Q_EMIT eventRecorded(event); }
    void reportOutcome(const ActionOutcome &outcome) { Q_EMIT actionFinished(outcome); }

    bool wasAsked(const QString &what, qint64 id) const { return calls.contains(Call {what, id}); }

    QList<Call> calls;

private:
    void record(const QString &what, qint64 id) { calls.append({what, id}); }

    QHash<qint64, IntegrationStatus> m_last;
};

} // namespace wharf::test
