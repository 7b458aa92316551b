#pragma once

#include "core/model/orderlink.h"
#include "core/store/repository.h"

#include <QHash>
#include <QList>

#include <optional>

namespace wharf {

// The links between WooCommerce orders and CartonCloud outbound orders. The unique key
// (integration, WooCommerce order id) is what keeps one order from being taken twice.
class OrderLinkRepository : public Repository
{
public:
    using Repository::Repository;

    // Fails (and changes nothing) when the order is already linked.
    bool insert(OrderLink &link) const; // sets id, createdAt, updatedAt
    bool update(OrderLink &link) const; // sets updatedAt

    std::optional<OrderLink> find(qint64 integrationId, qint64 wooOrderId) const;
    std::optional<OrderLink> findById(qint64 id) const;
    std::optional<OrderLink> findByWmsOrderId(qint64 integrationId, const QString &wmsOrderId) const;
    QList<OrderLink> inState(qint64 integrationId, OrderLink::State state) const;
    QList<OrderLink> inStates(qint64 integrationId, const QList<OrderLink::State> &states) const;
    QHash<OrderLink::State, int> countsByState(qint64 integrationId) const;
    // What the dashboard counts, of many integrations at once: each one's links by state, and how
    // many of its created links CartonCloud has dispatched. Two statements prepared once rather
    // than two per integration (an engine starting with 1,000 integrations: bench_memory).
    struct StateCounts
    {
        QHash<OrderLink::State, int> byState;
        int createdDispatched = 0;
    };
    QHash<qint64, StateCounts> stateCounts(const QList<qint64> &integrationIds) const;
    // Dispatched orders (completed in WooCommerce or not) whose tracking is still followed: first
    // seen dispatched after `dispatchedAfter`, and due for a look by `dueBy`.
    QList<OrderLink> trackingFollowed(qint64 integrationId, const QDateTime &dispatchedAfter,
                                      const QDateTime &dueBy) const;
    // Orders in CartonCloud and not yet dispatched whose link has not changed since `before`, the
    // longest unchanged first, at most `limit` of them.
    QList<OrderLink> waitingUnchangedSince(qint64 integrationId, const QDateTime &before, int limit) const;

private:
    // `where` and `orderAndLimit` are SQL with `?` marks, bound to `values` in order.
    QList<OrderLink> select(const QString &where, const QVariantList &values,
                            const QString &orderAndLimit = QStringLiteral("ORDER BY id")) const;
};

} // namespace wharf
