#pragma once

#include "core/model/orderlink.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QUrl>

#include <functional>

namespace wharf {

class Database;
class EngineControl;

// The orders of one integration that need someone to act: the order number, the reason's sentence
// and since when. Follows the engine: an order leaves the list when it no longer needs attention.
class AttentionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OrderColumn, ReasonColumn, SinceColumn, ColumnCount };
    enum Role {
        OrderLinkIdRole = Qt::UserRole + 1,
        WooOrderIdRole,
        AdminUrlRole,
        RetryingRole,
    };

    AttentionModel(const Database &database, EngineControl &engine, QObject *parent = nullptr);

    // `storeUrl` builds the "Open in WooCommerce" links.
    void setIntegration(qint64 integrationId, const QString &storeUrl);
    qint64 integrationId() const { return m_integrationId; }
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    // Marks rows as retried until the engine reports on them, so a click visibly did something.
    void markRetrying(qint64 orderLinkId);
    void markAllRetrying();

    OrderLink linkAt(int row) const;

    // The WooCommerce admin page of an order.
    static QUrl wooAdminUrl(const QString &storeUrl, qint64 wooOrderId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void onOrderChanged(const OrderLink &link);
    int rowOf(qint64 orderLinkId) const;

    const Database &m_database;
    qint64 m_integrationId = 0;
    QString m_storeUrl;
    QList<OrderLink> m_links;
    QSet<qint64> m_retrying;
    std::function<QDateTime()> m_now;
};

} // namespace wharf
