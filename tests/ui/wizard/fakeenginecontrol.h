#pragma once

#include "core/sync/enginecontrol.h"

#include <QList>

namespace wharf::test {

// An engine that only remembers what the UI told it, for tests of screens that start or change
// integrations.
class FakeEngineControl : public EngineControl
{
    Q_OBJECT

public:
    using EngineControl::EngineControl;

    void reloadIntegration(qint64 integrationId) override { reloaded.append(integrationId); }
    void stopIntegration(qint64 integrationId) override { stopped.append(integrationId); }
    void syncNow(qint64 integrationId) override { synced.append(integrationId); }
    void setPaused(qint64 integrationId, bool paused) override { (paused ? pausedIds : resumed).append(integrationId); }
    void retryOrder(qint64) override { }
    void retryAllOrders(qint64) override { }

    QList<qint64> reloaded;
    QList<qint64> stopped;
    QList<qint64> synced;
    QList<qint64> pausedIds;
    QList<qint64> resumed;
};

} // namespace wharf::test
