#include "ui/dashboard/integrationboard.h"

#include "core/store/eventrepository.h"
#include "core/store/integrationregistry.h"
#include "core/store/integrationrepository.h"
#include "core/store/orderlinkrepository.h"
#include "core/sync/enginecontrol.h"

#include <algorithm>

namespace wharf {

IntegrationBoard::IntegrationBoard(const Database &database, EngineControl &engine, IntegrationRegistry *registry,
                                   QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    connect(&engine, &EngineControl::statusChanged, this, &IntegrationBoard::onStatus);
    if (registry) {
        connect(registry, &IntegrationRegistry::integrationAdded, this,
                [this](const Integration &integration) { reloadIntegration(integration.id); });
        connect(registry, &IntegrationRegistry::integrationUpdated, this,
                [this](const Integration &integration) { reloadIntegration(integration.id); });
        connect(registry, &IntegrationRegistry::integrationRemoved, this, &IntegrationBoard::reloadIntegration);
    }
    reload();
}

IntegrationStatus IntegrationBoard::statusFromDatabase(const Integration &integration) const
{
    // Until the engine reports, the database says what it last knew: the stored health and the
    // orders' states. The engine's own counts replace these at its first report.
    IntegrationStatus status;
    status.integrationId = integration.id;
    status.health = integration.health;
    status.reason = integration.healthReason;
    const QHash<OrderLink::State, int> counts = OrderLinkRepository(m_database).countsByState(integration.id);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        status.received += it.value();
    status.inProgress = counts.value(OrderLink::State::Created) + counts.value(OrderLink::State::Creating);
    status.dispatched = counts.value(OrderLink::State::Completed);
    status.needAttention = counts.value(OrderLink::State::NeedsAttention);
    const QList<SyncEvent> newest = EventRepository(m_database).forIntegration(integration.id, 1);
    if (!newest.isEmpty())
        status.lastSyncAt = newest.constFirst().at;
    return status;
}

void IntegrationBoard::reload()
{
    m_entries.clear();
    const QList<Integration> integrations = IntegrationRepository(m_database).all(true);
    for (const Integration &integration : integrations)
        m_entries.insert(integration.id, {integration, statusFromDatabase(integration)});
    Q_EMIT reset();
}

void IntegrationBoard::reloadIntegration(qint64 integrationId)
{
    const std::optional<Integration> integration = IntegrationRepository(m_database).find(integrationId);
    if (!integration)
        return;
    const Health before = health(integrationId);
    const auto existing = m_entries.constFind(integrationId);
    Entry entry {*integration, existing != m_entries.cend() ? existing->status : statusFromDatabase(*integration)};
    if (existing == m_entries.cend() || integration->health != existing->integration.health) {
        entry.status.health = integration->health;
        entry.status.reason = integration->healthReason;
    }
    m_entries.insert(integrationId, entry);
    Q_EMIT integrationChanged(integrationId, integration->customerId);
    const Health after = health(integrationId);
    if (before != after)
        Q_EMIT healthChanged(integrationId, before, after);
}

void IntegrationBoard::onStatus(const IntegrationStatus &status)
{
    auto found = m_entries.find(status.integrationId);
    if (found == m_entries.end()) {
        // An integration the engine knows and we do not yet: read it rather than guess its customer.
        reloadIntegration(status.integrationId);
        found = m_entries.find(status.integrationId);
        if (found == m_entries.end())
            return;
    }
    const Health before = health(status.integrationId);
    IntegrationStatus merged = status;
    const bool noCycleBehindIt = !merged.lastSyncAt.isValid() && !merged.syncing && merged.received == 0
        && merged.inProgress == 0 && merged.dispatched == 0 && merged.needAttention == 0;
    if (noCycleBehindIt) {
        // A report without a cycle behind it (paused, or failing before any call, e.g. a missing
        // secret) changes the health only: the last sync and the counts stay what was last known,
        // instead of reading "Not yet" and 0 until the next cycle.
        const IntegrationStatus &known = found->status;
        merged.lastSyncAt = known.lastSyncAt;
        merged.lastSuccessAt = known.lastSuccessAt;
        merged.received = known.received;
        merged.inProgress = known.inProgress;
        merged.dispatched = known.dispatched;
        merged.needAttention = known.needAttention;
    }
    found->status = merged;
    found->integration.health = status.health;
    found->integration.healthReason = status.reason;
    Q_EMIT integrationChanged(status.integrationId, found->integration.customerId);
    const Health after = health(status.integrationId);
    if (before != after)
        Q_EMIT healthChanged(status.integrationId, before, after);
}

std::optional<IntegrationBoard::Entry> IntegrationBoard::entry(qint64 integrationId) const
{
    const auto found = m_entries.constFind(integrationId);
    if (found == m_entries.cend())
        return std::nullopt;
    return *found;
}

Health IntegrationBoard::health(qint64 integrationId) const
{
    const auto found = m_entries.constFind(integrationId);
    if (found == m_entries.cend())
        return Health::Draft;
    if (found->integration.isDeleted())
        return Health::Paused;
    return found->status.health;
}

QList<IntegrationBoard::Entry> IntegrationBoard::entries() const
{
    QList<Entry> list = m_entries.values();
    std::sort(list.begin(), list.end(),
              [](const Entry &a, const Entry &b) { return a.integration.id < b.integration.id; });
    return list;
}

QList<IntegrationBoard::Entry> IntegrationBoard::forCustomer(qint64 accountId, const QString &customerId,
                                                             bool includeDeleted) const
{
    QList<Entry> list;
    for (const Entry &entry : m_entries) {
        if (entry.integration.accountId != accountId || entry.integration.customerId != customerId)
            continue;
        if (entry.integration.isDeleted() && !includeDeleted)
            continue;
        list.append(entry);
    }
    // Live integrations by name, then deleted ones (history) newest deletion first.
    std::sort(list.begin(), list.end(), [](const Entry &a, const Entry &b) {
        if (a.integration.isDeleted() != b.integration.isDeleted())
            return !a.integration.isDeleted();
        if (a.integration.isDeleted())
            return a.integration.deletedAt > b.integration.deletedAt;
        const int byName = QString::compare(a.integration.name, b.integration.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.integration.id < b.integration.id;
    });
    return list;
}

} // namespace wharf
