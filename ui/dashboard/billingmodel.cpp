#include "ui/dashboard/billingmodel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace wharf {

namespace {
QString integrationCount(int count)
{
    return BillingModel::tr("%n integration(s)", nullptr, count);
}
} // namespace

BillingModel::BillingModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void BillingModel::setStatement(const WeeklyBilling &billing, const QList<Integration> &integrations,
                                const QHash<QString, QString> &customerNames, const QDateTime &from,
                                const QDateTime &to, const QDateTime &asOf)
{
    beginResetModel();
    m_billing = billing;
    m_customerNames = customerNames;
    m_deletedAt.clear();
    for (const Integration &integration : integrations) {
        if (integration.isDeleted())
            m_deletedAt.insert(integration.id, integration.deletedAt);
    }
    m_lines = billing.weeks(integrations, from, to, asOf);
    m_nodes.clear();
    m_weeks.clear();

    // Weeks newest first; within a week customers by name, within a customer integrations by name.
    QList<QDate> weekStarts;
    for (const WeeklyBilling::Line &line : std::as_const(m_lines)) {
        if (!weekStarts.contains(line.weekStart))
            weekStarts.append(line.weekStart);
    }
    std::sort(weekStarts.begin(), weekStarts.end(), std::greater<QDate>());
    for (const QDate &weekStart : std::as_const(weekStarts)) {
        const int weekNode = int(m_nodes.size());
        m_nodes.append({-1, int(m_weeks.size()), 0, weekStart, {}, -1, 0, {}, true});
        m_weeks.append(weekNode);

        QList<int> lineIndexes;
        for (int i = 0; i < m_lines.size(); ++i) {
            if (m_lines.at(i).weekStart == weekStart)
                lineIndexes.append(i);
        }
        auto customerName = [this](const QString &id) {
            return m_customerNames.value(id, id);
        };
        std::sort(lineIndexes.begin(), lineIndexes.end(), [&](int a, int b) {
            const WeeklyBilling::Line &x = m_lines.at(a);
            const WeeklyBilling::Line &y = m_lines.at(b);
            const int byCustomer =
                QString::compare(customerName(x.customerId), customerName(y.customerId), Qt::CaseInsensitive);
            if (byCustomer != 0)
                return byCustomer < 0;
            if (x.customerId != y.customerId)
                return x.customerId < y.customerId;
            const int byName = QString::compare(x.integrationName, y.integrationName, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : x.integrationId < y.integrationId;
        });
        int customerNode = -1;
        for (const int lineIndex : std::as_const(lineIndexes)) {
            const WeeklyBilling::Line &line = m_lines.at(lineIndex);
            if (customerNode < 0 || m_nodes.at(customerNode).customerId != line.customerId) {
                customerNode = int(m_nodes.size());
                m_nodes.append({weekNode,
                                int(m_nodes[weekNode].children.size()),
                                1,
                                weekStart,
                                line.customerId,
                                -1,
                                0,
                                {},
                                line.weekComplete()});
                m_nodes[weekNode].children.append(customerNode);
            }
            const int lineNode = int(m_nodes.size());
            m_nodes.append({customerNode,
                            int(m_nodes[customerNode].children.size()),
                            2,
                            weekStart,
                            line.customerId,
                            lineIndex,
                            line.amountCents,
                            {},
                            line.weekComplete()});
            m_nodes[customerNode].children.append(lineNode);
            m_nodes[customerNode].cents += line.amountCents;
            m_nodes[weekNode].cents += line.amountCents;
            m_nodes[weekNode].weekComplete = line.weekComplete();
        }
    }
    endResetModel();
}

QHash<QString, int> BillingModel::centsByCustomer() const
{
    QHash<QString, int> totals;
    for (const WeeklyBilling::Line &line : m_lines)
        totals[line.customerId] += line.amountCents;
    return totals;
}

QString BillingModel::csv() const
{
    return m_billing.csv(m_lines, m_customerNames);
}

QString BillingModel::timeZoneName() const
{
    return QString::fromUtf8(m_billing.timeZone().id());
}

QString BillingModel::money(int cents)
{
    // The price is in US dollars (seed: "$10 per week"), whatever the user's locale.
    return QStringLiteral("$%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QString BillingModel::weekBoundaries(QDate weekStart) const
{
    const QLocale locale;
    const QString format = QStringLiteral("ddd d MMM yyyy");
    return tr("%1 00:00 to %2 00:00, %3")
        .arg(locale.toString(weekStart, format), locale.toString(weekStart.addDays(7), format), timeZoneName());
}

const BillingModel::Node *BillingModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto node = qsizetype(index.internalId());
    return node >= 0 && node < m_nodes.size() ? &m_nodes.at(node) : nullptr;
}

QModelIndex BillingModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= m_weeks.size())
            return {};
        return createIndex(row, column, quintptr(m_weeks.at(row)));
    }
    if (parent.column() != 0)
        return {};
    const Node *node = nodeFor(parent);
    if (!node || row >= node->children.size())
        return {};
    return createIndex(row, column, quintptr(node->children.at(row)));
}

QModelIndex BillingModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes.at(node->parent).row, 0, quintptr(node->parent));
}

int BillingModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_weeks.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeFor(parent);
    return node ? int(node->children.size()) : 0;
}

int BillingModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant BillingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    if (!node)
        return {};
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn:
            if (node->level == 0)
                return node->weekComplete ? tr("Week %1").arg(weekBoundaries(node->weekStart))
                                          : tr("Week %1 (in progress)").arg(weekBoundaries(node->weekStart));
            if (node->level == 1)
                return m_customerNames.value(node->customerId, node->customerId);
            if (const qint64 id = m_lines.at(node->lineIndex).integrationId; m_deletedAt.contains(id))
                return tr("%1 (deleted %2)")
                    .arg(m_lines.at(node->lineIndex).integrationName,
                         locale.toString(m_deletedAt.value(id).toTimeZone(m_billing.timeZone()).date(),
                                         QStringLiteral("ddd d MMM")));
            return m_lines.at(node->lineIndex).integrationName;
        case ActiveDaysColumn:
            if (node->level == 0)
                return integrationCount(
                    int(std::count_if(m_lines.cbegin(), m_lines.cend(), [node](const WeeklyBilling::Line &line) {
                        return line.weekStart == node->weekStart;
                    })));
            if (node->level == 1)
                return integrationCount(int(node->children.size()));
            if (const WeeklyBilling::Line &line = m_lines.at(node->lineIndex); !line.weekComplete())
                return tr("%n day(s) so far", nullptr, line.activeDays);
            return tr("%1 of 7 days").arg(m_lines.at(node->lineIndex).activeDays);
        case AmountColumn:
            return money(node->cents);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (node->level == 0)
            return tr("Billed week: %1").arg(weekBoundaries(node->weekStart));
        if (node->level == 2 && index.column() == ActiveDaysColumn)
            return tr("Days of this week, up to today, on which the integration existed. A week is charged in "
                      "full ($10) for any integration that existed during it.");
        if (node->level == 2 && index.column() == ItemColumn)
            return m_lines.at(node->lineIndex).storeUrl;
        return {};
    case Qt::FontRole:
        if (node->level == 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != ItemColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case CentsRole:
        return node->cents;
    case LevelRole:
        return node->level;
    case WeekStartRole:
        return node->weekStart;
    case CustomerIdRole:
        return node->customerId;
    case IntegrationIdRole:
        return node->level == 2 ? m_lines.at(node->lineIndex).integrationId : qint64(0);
    default:
        return {};
    }
}

QVariant BillingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Week, customer, integration");
    case ActiveDaysColumn:
        return tr("Active days");
    case AmountColumn:
        return tr("Amount");
    default:
        return {};
    }
}

} // namespace wharf
