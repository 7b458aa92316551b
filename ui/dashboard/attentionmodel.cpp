#include "ui/dashboard/attentionmodel.h"

#include "core/store/orderlinkrepository.h"
#include "core/sync/enginecontrol.h"
#include "ui/dashboard/integrationtablemodel.h"

#include <QFont>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace wharf {

namespace {
// A top-level index (a group) carries 0; an order carries its group's row + 1.
constexpr quintptr kGroupId = 0;

QString csvField(const QString &text)
{
    QString field = text;
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}
} // namespace

AttentionModel::AttentionModel(const Database &database, EngineControl &engine, QObject *parent)
    : QAbstractItemModel(parent)
    , m_database(database)
    , m_now([] { return QDateTime::currentDateTime(); })
{
    connect(&engine, &EngineControl::orderChanged, this, &AttentionModel::onOrderChanged);
}

void AttentionModel::setIntegration(qint64 integrationId, const QString &storeUrl)
{
    m_integrationId = integrationId;
    m_storeUrl = storeUrl;
    m_retrying.clear();
    reload();
}

AttentionModel::Cause AttentionModel::splitCause(const OrderLink &link)
{
    QString reason = link.reason.trimmed();
    if (reason.isEmpty())
        return {tr("No reason recorded"), {}};
    // The first sentence is the cause; what follows says what to do, the same for every order.
    static const QRegularExpression sentenceEnd(QStringLiteral("\\.(\\s|$)"));
    const QRegularExpressionMatch end = sentenceEnd.match(reason);
    if (end.hasMatch())
        reason = reason.left(end.capturedStart());
    // The engine's sentences name the order ("Order 1042: SKU …", "Order 1042 is a pickup order
    // (…)", "CartonCloud created order 1042 but …"); without the number, orders with the same cause
    // share one group. Compiled once: this runs for every listed order at every reload.
    static const QRegularExpression notSent(QStringLiteral("^Not sent:\\s*"));
    static const QRegularExpression withColon(QStringLiteral("^Order\\s+#?(\\S+):\\s*"));
    static const QRegularExpression withVerb(QStringLiteral("^Order\\s+#?(\\S+)\\s+(?:is an?\\s+|has\\s+|is\\s+)?"));
    reason.remove(notSent);
    const QString &number = link.wooOrderNumber;
    if (!number.isEmpty()) {
        for (const QRegularExpression *prefix : {&withColon, &withVerb}) {
            const QRegularExpressionMatch match = prefix->match(reason);
            if (match.hasMatch() && match.captured(1) == number) {
                reason.remove(0, match.capturedLength());
                break;
            }
        }
        reason.replace(QStringLiteral("order #%1").arg(number), tr("the order"));
        reason.replace(QStringLiteral("order %1").arg(number), tr("the order"));
    }
    // What is in brackets is this order's own (an article and quantity, a shipping method): it
    // goes to the order's line, so that the same cause with other particulars shares the group.
    Cause cause;
    QStringList particulars;
    int depth = 0;
    int openedAt = -1;
    for (int i = 0; i < reason.size(); ++i) {
        const QChar c = reason.at(i);
        if (c == QLatin1Char('(')) {
            if (depth++ == 0)
                openedAt = i;
        } else if (c == QLatin1Char(')') && depth > 0) {
            if (--depth == 0)
                particulars << reason.mid(openedAt + 1, i - openedAt - 1).trimmed();
        } else if (depth == 0) {
            cause.text += c;
        }
    }
    cause.text = cause.text.simplified();
    if (cause.text.isEmpty()) // a sentence that was all brackets keeps them
        cause.text = reason.simplified();
    else
        cause.particulars = particulars.join(QStringLiteral("; "));
    if (!cause.text.isEmpty())
        cause.text[0] = cause.text.at(0).toUpper();
    return cause;
}

QString AttentionModel::causeOf(const OrderLink &link)
{
    return splitCause(link).text;
}

QString AttentionModel::whatToDo(const QString &reason)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("\\.(\\s|$)"));
    const QRegularExpressionMatch end = sentenceEnd.match(reason);
    const QString rest = end.hasMatch() ? reason.mid(end.capturedEnd()).trimmed() : QString();
    return rest.isEmpty() ? reason : rest;
}

void AttentionModel::reload()
{
    beginResetModel();
    m_groups.clear();
    if (m_integrationId != 0) {
        const OrderLinkRepository repository(m_database);
        QList<OrderLink> links = repository.inState(m_integrationId, OrderLink::State::NeedsAttention);
        links += repository.inState(m_integrationId, OrderLink::State::Skipped);
        // Oldest first within a group: the order that has waited longest is the one to look at first.
        std::stable_sort(links.begin(), links.end(),
                         [](const OrderLink &a, const OrderLink &b) { return a.reasonSince < b.reasonSince; });
        for (const OrderLink &link : std::as_const(links)) {
            const bool retryable = link.state == OrderLink::State::NeedsAttention;
            const QString cause = causeOf(link);
            auto group = std::find_if(m_groups.begin(), m_groups.end(),
                                      [&](const Group &g) { return g.retryable == retryable && g.cause == cause; });
            if (group == m_groups.end()) {
                m_groups.append({cause, retryable, {}});
                group = m_groups.end() - 1;
            }
            group->links.append(link);
        }
        // What someone can act on first, the biggest group first; then the deliberate skips.
        std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
            if (a.retryable != b.retryable)
                return a.retryable;
            return a.links.size() > b.links.size();
        });
    }
    endResetModel();
}

bool AttentionModel::contains(qint64 orderLinkId) const
{
    for (const Group &group : m_groups) {
        for (const OrderLink &link : group.links) {
            if (link.id == orderLinkId)
                return true;
        }
    }
    return false;
}

void AttentionModel::onOrderChanged(const OrderLink &link)
{
    if (link.integrationId != m_integrationId || m_integrationId == 0)
        return;
    const bool listed = link.state == OrderLink::State::NeedsAttention || link.state == OrderLink::State::Skipped;
    // Orders that flow normally (the great majority) cost nothing here.
    if (!listed && !contains(link.id))
        return;
    // The engine answered the retry, one way or the other.
    m_retrying.remove(link.id);
    // A new reason may move the order to another group: read the list again rather than patch it,
    // once per burst of signals (a page of orders can bring many).
    if (m_reloadQueued)
        return;
    m_reloadQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadQueued = false;
        reload();
    });
}

void AttentionModel::markRetrying(qint64 orderLinkId)
{
    markRetrying(QList<qint64> {orderLinkId});
}

void AttentionModel::markRetrying(const QList<qint64> &orderLinkIds)
{
    for (int row = 0; row < m_groups.size(); ++row) {
        const QList<OrderLink> &links = m_groups.at(row).links;
        bool changed = false;
        for (int child = 0; child < links.size(); ++child) {
            if (!orderLinkIds.contains(links.at(child).id) || !m_groups.at(row).retryable)
                continue;
            m_retrying.insert(links.at(child).id);
            changed = true;
            const QModelIndex first = index(child, 0, index(row, 0));
            Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        }
        if (changed)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void AttentionModel::markAllRetrying()
{
    QList<qint64> ids;
    for (const Group &group : std::as_const(m_groups)) {
        if (!group.retryable)
            continue;
        for (const OrderLink &link : group.links)
            ids.append(link.id);
    }
    markRetrying(ids);
}

int AttentionModel::attentionCount() const
{
    int count = 0;
    for (const Group &group : m_groups)
        count += group.retryable ? int(group.links.size()) : 0;
    return count;
}

int AttentionModel::orderCount() const
{
    int count = 0;
    for (const Group &group : m_groups)
        count += int(group.links.size());
    return count;
}

OrderLink AttentionModel::linkAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return {};
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return group.links.value(index.row());
}

QByteArray AttentionModel::toCsv() const
{
    QStringList lines;
    lines << QStringList {tr("Cause"), tr("State"), tr("Order"), tr("Reason"), tr("CartonCloud order"), tr("Since")}
                 .join(QLatin1Char(','));
    for (const Group &group : m_groups) {
        for (const OrderLink &link : group.links) {
            const QDateTime since = link.reasonSince.isValid() ? link.reasonSince : link.updatedAt;
            lines << QStringList {csvField(group.cause),
                                  csvField(group.retryable ? tr("Needs attention") : tr("Not sent")),
                                  csvField(link.wooOrderNumber),
                                  csvField(link.reason),
                                  csvField(link.wmsOrderId),
                                  csvField(since.toUTC().toString(Qt::ISODate))}
                         .join(QLatin1Char(','));
        }
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
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

QModelIndex AttentionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).links.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AttentionModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int AttentionModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).links.size());
}

int AttentionModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AttentionModel::groupData(const Group &group, int column, int role) const
{
    const int count = int(group.links.size());
    switch (role) {
    case Qt::DisplayRole:
        if (column != OrderColumn)
            return {};
        {
            // The cause, how many orders, and once for all of them what to do about it.
            QString title;
            if (group.retryable)
                title = count == 1 ? tr("%1 — 1 order").arg(group.cause)
                                   : tr("%1 — %n orders", nullptr, count).arg(group.cause);
            else
                title = count == 1 ? tr("%1 — 1 order, not sent to CartonCloud").arg(group.cause)
                                   : tr("%1 — %n orders, not sent to CartonCloud", nullptr, count).arg(group.cause);
            const QString todo = group.links.isEmpty() ? QString() : whatToDo(group.links.constFirst().reason);
            return todo == group.links.constFirst().reason ? title : tr("%1. %2").arg(title, todo);
        }
    case Qt::ToolTipRole:
        return group.links.isEmpty() ? QVariant() : QVariant(group.links.constFirst().reason);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case IsGroupRole:
        return true;
    case RetryableRole:
        return group.retryable;
    case CauseRole:
        return group.cause;
    case OrderLinkIdsRole: {
        QVariantList ids;
        for (const OrderLink &link : group.links)
            ids.append(link.id);
        return ids;
    }
    case RetryingRole:
        return std::all_of(group.links.cbegin(), group.links.cend(),
                           [this](const OrderLink &link) { return m_retrying.contains(link.id); });
    case OrderLinkIdRole:
        return qint64(0);
    default:
        return {};
    }
}

QVariant AttentionModel::orderData(const OrderLink &link, const QString &groupTodo, int column, int role) const
{
    const bool retrying = m_retrying.contains(link.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case OrderColumn:
            return tr("#%1").arg(link.wooOrderNumber.isEmpty() ? QString::number(link.wooOrderId)
                                                               : link.wooOrderNumber);
        case ReasonColumn: {
            // The cause and what to do stand once on the group's line; an order's line says only
            // what differs (or that it is being retried).
            const QString todo = whatToDo(link.reason);
            QStringList details;
            if (const QString particulars = splitCause(link).particulars; !particulars.isEmpty())
                details << particulars;
            if (todo != groupTodo && todo != link.reason)
                details << todo;
            const QString detail = details.join(QStringLiteral(" — "));
            if (retrying)
                return detail.isEmpty() ? tr("Retrying…") : tr("Retrying… (%1)").arg(detail);
            return detail;
        }
        case CartonCloudColumn:
            // The reference Wharf gave the outbound order: what to search for in CartonCloud.
            return link.wmsOrderId.isEmpty() ? tr("—") : link.reference;
        case SinceColumn:
            return IntegrationTableModel::friendlyTime(link.reasonSince.isValid() ? link.reasonSince : link.updatedAt,
                                                       m_now());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == ReasonColumn) {
            if (link.state == OrderLink::State::Skipped)
                return tr("%1\nNot sent to CartonCloud on purpose; nothing to retry.").arg(link.reason);
            if (link.attempts == 1)
                return tr("%1\nTried once. Fix the cause, then click Retry.").arg(link.reason);
            if (link.attempts > 1)
                return tr("%1\nTried %2 times. Fix the cause, then click Retry.")
                    .arg(link.reason, QString::number(link.attempts));
            return tr("%1\nFix the cause, then click Retry.").arg(link.reason);
        }
        if (column == CartonCloudColumn)
            return link.wmsOrderId.isEmpty() ? tr("Not in CartonCloud.")
                                             : tr("In CartonCloud as an outbound order with the reference %1 (id %2).")
                                                   .arg(link.reference, link.wmsOrderId);
        if (column == SinceColumn && link.reasonSince.isValid())
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
    case IsGroupRole:
        return false;
    case RetryableRole:
        return link.state == OrderLink::State::NeedsAttention;
    case OrderLinkIdsRole:
        return QVariantList {link.id};
    default:
        return {};
    }
}

QVariant AttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId)
        return groupData(m_groups.at(index.row()), index.column(), role);
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return orderData(group.links.at(index.row()), whatToDo(group.links.constFirst().reason), index.column(), role);
}

QVariant AttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrderColumn:
        return tr("Cause and orders");
    case ReasonColumn:
        return tr("Details");
    case CartonCloudColumn:
        return tr("CartonCloud");
    case SinceColumn:
        return tr("Since");
    default:
        return {};
    }
}

} // namespace wharf
