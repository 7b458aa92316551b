#pragma once

#include "core/model/orderlink.h"

#include <QAbstractItemModel>
#include <QSet>
#include <QUrl>

#include <functional>

namespace wharf {

class Database;
class EngineControl;

// The orders of one integration that did not go through, grouped by cause ("SKU MUG-02 is not a
// product code of customer Acme — 7 orders"): first the groups that need someone to act (they can
// be retried), then the orders Wharf deliberately did not send, such as pickups, with their reason.
// A tree: a group's children are its orders. Follows the engine: an order leaves the list when it
// no longer needs attention.
class AttentionModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { OrderColumn, ReasonColumn, CartonCloudColumn, SinceColumn, ColumnCount };
    enum Role {
        OrderLinkIdRole = Qt::UserRole + 1, // 0 on a group
        WooOrderIdRole,
        AdminUrlRole,
        RetryingRole,
        IsGroupRole,
        RetryableRole, // needs attention (a group: all of it), not a deliberate skip
        OrderLinkIdsRole, // a group's orders (QList<qint64> as QVariantList)
        CauseRole, // the group's cause, without the order count
    };

    AttentionModel(const Database &database, EngineControl &engine, QObject *parent = nullptr);

    // `storeUrl` builds the "Open in WooCommerce" links.
    void setIntegration(qint64 integrationId, const QString &storeUrl);
    qint64 integrationId() const { return m_integrationId; }
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    // Marks orders as retried until the engine reports on them, so a click visibly did something.
    void markRetrying(qint64 orderLinkId);
    void markRetrying(const QList<qint64> &orderLinkIds);
    void markAllRetrying();

    // Orders that need attention (not the skipped ones), and the number of groups.
    int attentionCount() const;
    int orderCount() const;
    int groupCount() const { return int(m_groups.size()); }
    OrderLink linkAt(const QModelIndex &index) const;
    // The list as CSV (one line per order, with its group's cause), for a spreadsheet.
    QByteArray toCsv() const;

    // The cause an order shares with others: its reason's first sentence without the order number
    // and without what is in brackets (the order's particulars, shown on its own line).
    struct Cause
    {
        QString text;
        QString particulars;
    };
    static Cause splitCause(const OrderLink &link);
    static QString causeOf(const OrderLink &link);
    // The rest of a reason after its cause: what to do about it (the whole reason if that is all).
    static QString whatToDo(const QString &reason);
    // The WooCommerce admin page of an order.
    static QUrl wooAdminUrl(const QString &storeUrl, qint64 wooOrderId);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString cause;
        bool retryable = true;
        QList<OrderLink> links;
    };

    void reload();
    void onOrderChanged(const OrderLink &link);
    bool contains(qint64 orderLinkId) const;
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant orderData(const OrderLink &link, const QString &groupTodo, int column, int role) const;

    const Database &m_database;
    qint64 m_integrationId = 0;
    QString m_storeUrl;
    QList<Group> m_groups;
    QSet<qint64> m_retrying;
    bool m_reloadQueued = false;
    std::function<QDateTime()> m_now;
};

} // namespace wharf
