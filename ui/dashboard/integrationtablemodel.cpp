#include "ui/dashboard/integrationtablemodel.h"

#include "ui/widgets/healthappearance.h"

#include <QLocale>
#include <QPalette>
#include <QTimeZone>
#include <QUrl>

namespace wharf {

IntegrationTableModel::IntegrationTableModel(IntegrationBoard &board, QObject *parent)
    : QAbstractTableModel(parent)
    , m_board(board)
    , m_now([] { return QDateTime::currentDateTime(); })
{
    connect(&m_board, &IntegrationBoard::integrationChanged, this, &IntegrationTableModel::onIntegrationChanged);
    connect(&m_board, &IntegrationBoard::reset, this, &IntegrationTableModel::reload);
}

void IntegrationTableModel::setCustomer(qint64 accountId, const QString &customerId)
{
    m_accountId = accountId;
    m_customerId = customerId;
    reload();
}

void IntegrationTableModel::setShowDeleted(bool show)
{
    if (show == m_showDeleted)
        return;
    m_showDeleted = show;
    reload();
}

void IntegrationTableModel::reload()
{
    beginResetModel();
    m_ids.clear();
    if (!m_customerId.isEmpty()) {
        for (const IntegrationBoard::Entry &entry : m_board.forCustomer(m_accountId, m_customerId, m_showDeleted))
            m_ids.append(entry.integration.id);
    }
    endResetModel();
}

void IntegrationTableModel::onIntegrationChanged(qint64 integrationId, const QString &customerId)
{
    if (customerId != m_customerId)
        return;
    const std::optional<IntegrationBoard::Entry> entry = m_board.entry(integrationId);
    if (!entry || entry->integration.accountId != m_accountId)
        return;
    const int row = rowOf(integrationId);
    const bool belongs = m_showDeleted || !entry->integration.isDeleted();
    if (row >= 0 && belongs) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        endRemoveRows();
    } else if (belongs) {
        // New rows go where forCustomer() would sort them, so that a reload changes nothing.
        const QList<IntegrationBoard::Entry> sorted = m_board.forCustomer(m_accountId, m_customerId, m_showDeleted);
        int position = 0;
        for (const IntegrationBoard::Entry &other : sorted) {
            if (other.integration.id == integrationId)
                break;
            if (m_ids.contains(other.integration.id))
                ++position;
        }
        beginInsertRows({}, position, position);
        m_ids.insert(position, integrationId);
        endInsertRows();
    }
}

int IntegrationTableModel::rowOf(qint64 integrationId) const
{
    return int(m_ids.indexOf(integrationId));
}

qint64 IntegrationTableModel::integrationIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int IntegrationTableModel::deletedCount() const
{
    int count = 0;
    for (const IntegrationBoard::Entry &entry : m_board.forCustomer(m_accountId, m_customerId, true))
        count += entry.integration.isDeleted() ? 1 : 0;
    return count;
}

int IntegrationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int IntegrationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IntegrationTableModel::friendlyTime(const QDateTime &moment, const QDateTime &now)
{
    if (!moment.isValid())
        return {};
    // In the clock's zone: the local one in the application, a fixed one in tests and screenshots.
    const QDateTime local = now.timeSpec() == Qt::LocalTime ? moment.toLocalTime() : moment.toTimeZone(now.timeZone());
    const QDate today = now.date();
    const QLocale locale;
    // A 24-hour clock without seconds: unambiguous on a warehouse floor, and short.
    const QString time = locale.toString(local.time(), QStringLiteral("HH:mm"));
    if (local.date() == today)
        return tr("Today %1").arg(time);
    if (local.date() == today.addDays(-1))
        return tr("Yesterday %1").arg(time);
    const QString format = local.date().year() == today.year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy");
    return locale.toString(local.date(), format) + QLatin1Char(' ') + time;
}

QVariant IntegrationTableModel::display(const IntegrationBoard::Entry &entry, int column) const
{
    const Integration &integration = entry.integration;
    const IntegrationStatus &status = entry.status;
    const bool deleted = integration.isDeleted();
    switch (column) {
    case NameColumn:
        return integration.name;
    case HealthColumn:
        return deleted ? tr("Deleted") : healthLabel(status.health);
    case SentenceColumn:
        if (deleted)
            return tr("Deleted %1; billing stopped then. Its history stays readable.")
                .arg(friendlyTime(integration.deletedAt, m_now()));
        return status.reason.isEmpty() ? healthLabel(status.health) : status.reason;
    case StoreColumn:
        return QUrl(integration.storeUrl).host().isEmpty() ? integration.storeUrl : QUrl(integration.storeUrl).host();
    case WarehouseColumn:
        return integration.warehouseMode == Integration::WarehouseMode::CustomerDefault ? tr("Customer's default")
                                                                                        : integration.warehouseName;
    case LastSyncColumn:
        if (status.syncing && !deleted)
            return tr("Syncing now…");
        return status.lastSyncAt.isValid() ? friendlyTime(status.lastSyncAt, m_now()) : tr("Not yet");
    case CreatedColumn:
        // Created in CartonCloud: the orders that became outbound orders, open or dispatched.
        return status.inProgress + status.dispatched;
    case InProgressColumn:
        return status.inProgress;
    case DispatchedColumn:
        return status.dispatched;
    case AttentionColumn:
        return status.needAttention;
    default:
        return {};
    }
}

QVariant IntegrationTableModel::toolTip(const IntegrationBoard::Entry &entry, int column) const
{
    const Integration &integration = entry.integration;
    const IntegrationStatus &status = entry.status;
    switch (column) {
    case NameColumn:
    case HealthColumn:
    case SentenceColumn:
        if (integration.isDeleted())
            return tr("Deleted on %1. It no longer syncs and is no longer billed.")
                .arg(QLocale().toString(integration.deletedAt.toLocalTime(), QLocale::LongFormat));
        return QStringLiteral("%1: %2").arg(healthLabel(status.health),
                                            status.reason.isEmpty() ? tr("No problems reported.") : status.reason);
    case StoreColumn:
        return integration.storeUrl;
    case WarehouseColumn:
        return integration.warehouseMode == Integration::WarehouseMode::CustomerDefault
            ? tr("Orders go to the customer's default warehouse in CartonCloud.")
            : tr("Orders go to the warehouse \"%1\".").arg(integration.warehouseName);
    case LastSyncColumn:
        return status.lastSuccessAt.isValid()
            ? tr("Last successful sync: %1").arg(QLocale().toString(status.lastSuccessAt.toLocalTime()))
            : tr("No sync has finished without errors yet.");
    case CreatedColumn:
        return tr("Orders created in CartonCloud as outbound orders.");
    case InProgressColumn:
        return tr("Outbound orders not yet dispatched.");
    case DispatchedColumn:
        return tr("Outbound orders dispatched by the warehouse.");
    case AttentionColumn:
        return tr("Orders that need someone to act; select the integration to see why.");
    default:
        return {};
    }
}

QVariant IntegrationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::optional<IntegrationBoard::Entry> entry = m_board.entry(m_ids.at(index.row()));
    if (!entry)
        return {};
    const bool deleted = entry->integration.isDeleted();
    switch (role) {
    case Qt::DisplayRole:
        return display(*entry, index.column());
    case Qt::ToolTipRole:
        return toolTip(*entry, index.column());
    case Qt::DecorationRole:
        if (index.column() == HealthColumn)
            return deleted ? HealthAppearance::icon(Health::Draft) : HealthAppearance::icon(entry->status.health);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= CreatedColumn && index.column() <= AttentionColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        if (deleted)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case IntegrationIdRole:
        return entry->integration.id;
    case HealthRole:
        return QVariant::fromValue(entry->status.health);
    case DeletedRole:
        return deleted;
    default:
        return {};
    }
}

QVariant IntegrationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Integration");
        case HealthColumn:
            return tr("Health");
        case SentenceColumn:
            return tr("What is happening");
        case StoreColumn:
            return tr("Store");
        case WarehouseColumn:
            return tr("Warehouse");
        case LastSyncColumn:
            return tr("Last sync");
        case CreatedColumn:
            return tr("Created");
        case InProgressColumn:
            return tr("In progress");
        case DispatchedColumn:
            return tr("Dispatched");
        case AttentionColumn:
            return tr("Need attention");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section >= CreatedColumn && section <= AttentionColumn)
        return tr("Orders of this integration");
    return {};
}

} // namespace wharf
