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
        // The seed's "live": saved, not deleted, not paused. An order that needs attention, or a
        // store that does not answer, does not make the customer's integration less live; that is
        // what the badges say.
        if (entry.status.health != Health::Paused)
            ++counts.live;
        switch (entry.status.health) {
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
        case Health::Live:
            break;
        }
    }
    return counts;
}

QString CustomerListModel::subtitle(const Counts &counts) const
{
    if (counts.active == 0)
        return tr("No active integrations");
    // Singular spelled out: the English source must read right without a translation loaded.
    return counts.active == 1 ? tr("1 active integration") : tr("%n active integrations", nullptr, counts.active);
}

QVariantList CustomerListModel::badges(const Counts &counts) const
{
    // Worst first, so that a problem is read before anything else. They count integrations, not
    // orders: the orders are counted in the integration's panel.
    QVariantList list;
    auto add = [&list](Health health, const QString &text) {
        list.append(
            QVariantMap {{QStringLiteral("health"), QVariant::fromValue(int(health))}, {QStringLiteral("text"), text}});
    };
    if (counts.failing > 0)
        add(Health::Failing,
            counts.failing == 1 ? tr("1 integration failing") : tr("%n integrations failing", nullptr, counts.failing));
    if (counts.attention > 0)
        add(Health::Attention,
            counts.attention == 1 ? tr("1 integration needs attention")
                                  : tr("%n integrations need attention", nullptr, counts.attention));
    if (counts.paused > 0)
        add(Health::Paused,
            counts.paused == 1 ? tr("1 integration paused") : tr("%n integrations paused", nullptr, counts.paused));
    if (counts.draft > 0)
        add(Health::Draft,
            counts.draft == 1 ? tr("1 integration starting") : tr("%n integrations starting", nullptr, counts.draft));
    return list;
}

QString CustomerListModel::states(const Counts &counts) const
{
    QStringList parts;
    for (const QVariant &badge : badges(counts))
        parts << badge.toMap().value(QStringLiteral("text")).toString();
    return parts.join(QStringLiteral(", "));
}

QString CustomerListModel::toolTip(const Customer &customer, const Counts &counts) const
{
    QString tip = counts.live > 0
        ? tr("Green dot: %1 has a live integration (active and not paused).").arg(customer.name)
        : tr("Grey dot: %1 has no live integration (none, or all paused).").arg(customer.name);
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
        && role != BadgesRole && role != ActiveCountRole && role != LiveCountRole && role != HasLiveRole
        && role != Qt::AccessibleDescriptionRole)
        return {};
    const Counts counts = countsFor(customer.id);
    switch (role) {
    case Qt::DecorationRole:
        // Green while any integration is live (active, not paused), grey otherwise: the seed's rule.
        return HealthAppearance::icon(counts.live > 0 ? Health::Live : Health::Paused);
    case Qt::ToolTipRole:
        return toolTip(customer, counts);
    case SubtitleRole:
        return subtitle(counts);
    case StatesRole:
        return states(counts);
    case BadgesRole:
        return badges(counts);
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
    names.insert(BadgesRole, "badges");
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
