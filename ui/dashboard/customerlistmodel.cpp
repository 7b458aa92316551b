#include "ui/dashboard/customerlistmodel.h"

#include "core/store/customerrepository.h"
#include "ui/dashboard/integrationboard.h"
#include "ui/widgets/healthappearance.h"

#include <QSet>
#include <QStringList>

namespace wharf {

CustomerListModel::CustomerListModel(const Database &database, IntegrationBoard &board, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
    , m_board(board)
{
    connect(&m_board, &IntegrationBoard::integrationChanged, this, &CustomerListModel::onIntegrationChanged);
    connect(&m_board, &IntegrationBoard::reset, this, &CustomerListModel::reload);
}

void CustomerListModel::setAccount(qint64 accountId, const QString &onlyCustomerId)
{
    m_accountId = accountId;
    m_onlyCustomerId = onlyCustomerId;
    reload();
}

void CustomerListModel::reload()
{
    beginResetModel();
    m_customers.clear();
    QSet<QString> known;
    if (m_accountId != 0) {
        for (const Customer &customer : CustomerRepository(m_database).forAccount(m_accountId)) {
            if (!m_onlyCustomerId.isEmpty() && customer.id != m_onlyCustomerId)
                continue;
            m_customers.append(customer);
            known.insert(customer.id);
        }
        // A customer with integrations that the customer list no longer holds (renamed away,
        // list not yet refreshed) still appears: its integrations are billed.
        for (const IntegrationBoard::Entry &entry : m_board.entries()) {
            const QString &id = entry.integration.customerId;
            if (entry.integration.accountId != m_accountId || known.contains(id))
                continue;
            if (!m_onlyCustomerId.isEmpty() && id != m_onlyCustomerId)
                continue;
            Customer customer;
            customer.id = id;
            customer.accountId = m_accountId;
            customer.name = tr("Customer %1").arg(id);
            m_customers.append(customer);
            known.insert(id);
        }
    }
    endResetModel();
}

bool CustomerListModel::setMaySelfManage(const QString &customerId, bool allowed)
{
    const int row = rowOf(customerId);
    if (row < 0 || !CustomerRepository(m_database).setMaySelfManage(m_accountId, customerId, allowed))
        return false;
    m_customers[row].maySelfManage = allowed;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {MaySelfManageRole, Qt::ToolTipRole});
    return true;
}

int CustomerListModel::rowOf(const QString &customerId) const
{
    for (int row = 0; row < m_customers.size(); ++row) {
        if (m_customers.at(row).id == customerId)
            return row;
    }
    return -1;
}

Customer CustomerListModel::customerAt(int row) const
{
    return row >= 0 && row < m_customers.size() ? m_customers.at(row) : Customer {};
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_customers.size());
}

CustomerListModel::Counts CustomerListModel::countsFor(const QString &customerId) const
{
    Counts counts;
    for (const IntegrationBoard::Entry &entry : m_board.forCustomer(m_accountId, customerId, false)) {
        ++counts.active;
        switch (entry.status.health) {
        case Health::Live:
            ++counts.live;
            break;
        case Health::Attention:
            ++counts.attention;
            break;
        case Health::Failing:
            ++counts.failing;
            break;
        case Health::Paused:
            ++counts.paused;
            break;
        case Health::Draft:
            ++counts.draft;
            break;
        }
    }
    return counts;
}

QString CustomerListModel::subtitle(const Counts &counts) const
{
    if (counts.active == 0)
        return tr("No active integrations");
    // Singular and plural spelled out: the English source must read right without a translation.
    return counts.active == 1 ? tr("1 active integration") : tr("%n active integrations", nullptr, counts.active);
}

QString CustomerListModel::states(const Counts &counts) const
{
    if (counts.live == counts.active)
        return {};
    // Only the states that are present, worst first, so a problem is read before the good news.
    QStringList parts;
    if (counts.failing > 0)
        parts << tr("%n failing", nullptr, counts.failing);
    if (counts.attention > 0)
        parts << (counts.attention == 1 ? tr("1 needs attention") : tr("%n need attention", nullptr, counts.attention));
    if (counts.paused > 0)
        parts << tr("%n paused", nullptr, counts.paused);
    if (counts.draft > 0)
        parts << tr("%n not started", nullptr, counts.draft);
    if (counts.live > 0)
        parts << tr("%n live", nullptr, counts.live);
    return parts.join(QStringLiteral(", "));
}

QString CustomerListModel::toolTip(const Customer &customer, const Counts &counts) const
{
    QString tip = counts.live > 0
        ? tr("Green dot: %1 has a live integration; orders from its store are reaching CartonCloud.").arg(customer.name)
        : tr("Grey dot: none of %1's integrations is live at the moment.").arg(customer.name);
    tip +=
        QLatin1Char('\n') + tr("Active integrations are billed at $10 per week each, whether live, paused or failing.");
    tip += QLatin1Char('\n')
        + (customer.maySelfManage ? tr("This customer's users may create their own integrations.")
                                  : tr("Only the warehouse can create integrations for this customer."));
    return tip;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer &customer = m_customers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return customer.name;
    case CustomerIdRole:
        return customer.id;
    case MaySelfManageRole:
        return customer.maySelfManage;
    default:
        break;
    }
    if (role != Qt::DecorationRole && role != Qt::ToolTipRole && role != SubtitleRole && role != StatesRole
        && role != ActiveCountRole && role != LiveCountRole && role != HasLiveRole
        && role != Qt::AccessibleDescriptionRole)
        return {};
    const Counts counts = countsFor(customer.id);
    switch (role) {
    case Qt::DecorationRole:
        // Green while any integration is live, grey otherwise: the seed's rule, nothing more.
        return HealthAppearance::icon(counts.live > 0 ? Health::Live : Health::Paused);
    case Qt::ToolTipRole:
        return toolTip(customer, counts);
    case SubtitleRole:
        return subtitle(counts);
    case StatesRole:
        return states(counts);
    case Qt::AccessibleDescriptionRole:
        return states(counts).isEmpty() ? subtitle(counts) : subtitle(counts) + QStringLiteral(", ") + states(counts);
    case ActiveCountRole:
        return counts.active;
    case LiveCountRole:
        return counts.live;
    case HasLiveRole:
        return counts.live > 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> CustomerListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CustomerIdRole, "customerId");
    names.insert(NameRole, "name");
    names.insert(SubtitleRole, "subtitle");
    names.insert(StatesRole, "states");
    names.insert(ActiveCountRole, "activeCount");
    names.insert(LiveCountRole, "liveCount");
    names.insert(HasLiveRole, "hasLive");
    names.insert(MaySelfManageRole, "maySelfManage");
    return names;
}

void CustomerListModel::onIntegrationChanged(qint64 integrationId, const QString &customerId)
{
    const int row = rowOf(customerId);
    if (row < 0) {
        // A first integration for a customer not listed yet (added by the wizard).
        const std::optional<IntegrationBoard::Entry> entry = m_board.entry(integrationId);
        if (entry && entry->integration.accountId == m_accountId
            && (m_onlyCustomerId.isEmpty() || m_onlyCustomerId == customerId))
            reload();
        return;
    }
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

} // namespace wharf
