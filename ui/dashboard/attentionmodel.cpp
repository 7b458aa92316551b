#include "ui/dashboard/attentionmodel.h"

#include "core/store/orderlinkrepository.h"
#include "core/sync/enginecontrol.h"
#include "ui/dashboard/integrationtablemodel.h"

#include <QLocale>
#include <QUrlQuery>

#include <algorithm>

namespace wharf {

AttentionModel::AttentionModel(const Database &database, EngineControl &engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_now([] { return QDateTime::currentDateTime(); })
{
    connect(&engine, &EngineControl::orderChanged, this, &AttentionModel::onOrderChanged);
}

void AttentionModel::setIntegration(qint64 integrationId, const QString &storeUrl)
{
    m_integrationId = integrationId;
    m_storeUrl = storeUrl;
    reload();
}

void AttentionModel::reload()
{
    beginResetModel();
    m_links.clear();
    m_retrying.clear();
    if (m_integrationId != 0)
        m_links = OrderLinkRepository(m_database).inState(m_integrationId, OrderLink::State::NeedsAttention);
    // Oldest first: the order that has waited longest is the one to look at first.
    std::stable_sort(m_links.begin(), m_links.end(),
                     [](const OrderLink &a, const OrderLink &b) { return a.reasonSince < b.reasonSince; });
    endResetModel();
}

int AttentionModel::rowOf(qint64 orderLinkId) const
{
    for (int row = 0; row < m_links.size(); ++row) {
        if (m_links.at(row).id == orderLinkId)
            return row;
    }
    return -1;
}

void AttentionModel::onOrderChanged(const OrderLink &link)
{
    if (link.integrationId != m_integrationId || m_integrationId == 0)
        return;
    const int row = rowOf(link.id);
    const bool needsAttention = link.state == OrderLink::State::NeedsAttention;
    if (row >= 0 && needsAttention) {
        m_links[row] = link;
        // The engine answered the retry: it still needs attention, with this (perhaps new) reason.
        m_retrying.remove(link.id);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_links.removeAt(row);
        m_retrying.remove(link.id);
        endRemoveRows();
    } else if (needsAttention) {
        const int position = int(m_links.size());
        beginInsertRows({}, position, position);
        m_links.append(link);
        endInsertRows();
    }
}

void AttentionModel::markRetrying(qint64 orderLinkId)
{
    const int row = rowOf(orderLinkId);
    if (row < 0)
        return;
    m_retrying.insert(orderLinkId);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AttentionModel::markAllRetrying()
{
    if (m_links.isEmpty())
        return;
    for (const OrderLink &link : std::as_const(m_links))
        m_retrying.insert(link.id);
    Q_EMIT dataChanged(index(0, 0), index(int(m_links.size()) - 1, ColumnCount - 1));
}

OrderLink AttentionModel::linkAt(int row) const
{
    return row >= 0 && row < m_links.size() ? m_links.at(row) : OrderLink {};
}

QUrl AttentionModel::wooAdminUrl(const QString &storeUrl, qint64 wooOrderId)
{
    // The classic order screen. Stores with High-Performance Order Storage (HPOS) use
    // admin.php?page=wc-orders&action=edit&id=<id> instead; WooCommerce redirects this legacy URL
    // there, so one link works for both kinds of store.
    QUrl url(storeUrl.trimmed());
    if (!url.isValid() || url.host().isEmpty() || wooOrderId <= 0)
        return {};
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/wp-admin/post.php"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("post"), QString::number(wooOrderId));
    query.addQueryItem(QStringLiteral("action"), QStringLiteral("edit"));
    url.setQuery(query);
    url.setFragment({});
    return url;
}

int AttentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_links.size());
}

int AttentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderLink &link = m_links.at(index.row());
    const bool retrying = m_retrying.contains(link.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OrderColumn:
            return tr("#%1").arg(link.wooOrderNumber.isEmpty() ? QString::number(link.wooOrderId)
                                                               : link.wooOrderNumber);
        case ReasonColumn:
            return retrying ? tr("Retrying… (%1)").arg(link.reason) : link.reason;
        case SinceColumn:
            return IntegrationTableModel::friendlyTime(link.reasonSince.isValid() ? link.reasonSince : link.updatedAt,
                                                       m_now());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn) {
            if (link.attempts == 1)
                return tr("%1\nTried once. Fix the cause, then click Retry.").arg(link.reason);
            if (link.attempts > 1)
                return tr("%1\nTried %2 times. Fix the cause, then click Retry.")
                    .arg(link.reason, QString::number(link.attempts));
            return tr("%1\nFix the cause, then click Retry.").arg(link.reason);
        }
        if (index.column() == SinceColumn && link.reasonSince.isValid())
            return QLocale().toString(link.reasonSince.toLocalTime(), QLocale::LongFormat);
        return {};
    case OrderLinkIdRole:
        return link.id;
    case WooOrderIdRole:
        return link.wooOrderId;
    case AdminUrlRole:
        return wooAdminUrl(m_storeUrl, link.wooOrderId);
    case RetryingRole:
        return retrying;
    default:
        return {};
    }
}

QVariant AttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrderColumn:
        return tr("Order");
    case ReasonColumn:
        return tr("Why it needs attention");
    case SinceColumn:
        return tr("Since");
    default:
        return {};
    }
}

} // namespace wharf
