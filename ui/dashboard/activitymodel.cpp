#include "ui/dashboard/activitymodel.h"

#include "core/store/eventrepository.h"
#include "core/store/orderlinkrepository.h"
#include "core/sync/enginecontrol.h"
#include "ui/dashboard/integrationtablemodel.h"
#include "ui/widgets/healthappearance.h"

#include <QLocale>
#include <QTimer>

namespace wharf {

namespace {
// The activity log keeps the newest events; older ones stay in the database.
constexpr int kIntegrationEventLimit = 500;
} // namespace

ActivityModel::ActivityModel(const Database &database, EngineControl &engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_now([] { return QDateTime::currentDateTime(); })
{
    connect(&engine, &EngineControl::eventRecorded, this, &ActivityModel::onEvent);
    // The engine tells each order's number as it goes: no query per event for the Order column.
    connect(&engine, &EngineControl::orderChanged, this, [this](const OrderLink &link) {
        if (link.id != 0 && !m_orderNumbers.contains(link.id))
            m_orderNumbers.insert(
                link.id,
                tr("#%1").arg(link.wooOrderNumber.isEmpty() ? QString::number(link.wooOrderId) : link.wooOrderNumber));
    });
}

void ActivityModel::showIntegration(qint64 integrationId)
{
    beginResetModel();
    m_pending.clear();
    m_mode = Mode::Integration;
    m_subjectId = integrationId;
    m_events = integrationId != 0 ? EventRepository(m_database).forIntegration(integrationId, kIntegrationEventLimit)
                                  : QList<SyncEvent> {};
    endResetModel();
}

void ActivityModel::showOrder(qint64 orderLinkId)
{
    beginResetModel();
    m_pending.clear();
    m_mode = Mode::Order;
    m_subjectId = orderLinkId;
    m_events = orderLinkId != 0 ? EventRepository(m_database).forOrder(orderLinkId) : QList<SyncEvent> {};
    endResetModel();
}

void ActivityModel::clear()
{
    beginResetModel();
    m_pending.clear();
    m_subjectId = 0;
    m_events.clear();
    endResetModel();
}

void ActivityModel::addEvent(const SyncEvent &event)
{
    onEvent(event);
    flushPending();
}

void ActivityModel::flushPending()
{
    m_flushQueued = false;
    if (m_pending.isEmpty())
        return;
    // Newest first, as the log reads.
    QList<SyncEvent> fresh;
    fresh.reserve(m_pending.size());
    for (auto it = m_pending.crbegin(); it != m_pending.crend(); ++it)
        fresh.append(*it);
    m_pending.clear();
    if (fresh.size() > kIntegrationEventLimit)
        fresh.resize(kIntegrationEventLimit);
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_events = fresh + m_events;
    endInsertRows();
    if (m_events.size() > kIntegrationEventLimit) {
        beginRemoveRows({}, kIntegrationEventLimit, int(m_events.size()) - 1);
        m_events.resize(kIntegrationEventLimit);
        endRemoveRows();
    }
}

void ActivityModel::onEvent(const SyncEvent &event)
{
    if (m_subjectId == 0)
        return;
    if (m_mode == Mode::Integration && event.integrationId == m_subjectId) {
        m_pending.append(event);
        if (!m_flushQueued) {
            m_flushQueued = true;
            QTimer::singleShot(0, this, &ActivityModel::flushPending);
        }
    } else if (m_mode == Mode::Order && event.orderLinkId == m_subjectId) {
        const int position = int(m_events.size());
        beginInsertRows({}, position, position);
        m_events.append(event);
        endInsertRows();
    }
}

SyncEvent ActivityModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? m_events.at(row) : SyncEvent {};
}

QString ActivityModel::stepName(const QString &kind)
{
    // The steps of an order's life as the issue names them; other kinds show their own sentence.
    static const QHash<QString, const char *> names {
        {QStringLiteral("order.received"), QT_TR_NOOP("Received")},
        {QStringLiteral("order.created"), QT_TR_NOOP("Created in CartonCloud")},
        {QStringLiteral("order.packed"), QT_TR_NOOP("Packed")},
        {QStringLiteral("tracking.sent"), QT_TR_NOOP("Tracking sent")},
        {QStringLiteral("tracking.updated"), QT_TR_NOOP("Tracking updated")},
        {QStringLiteral("order.dispatched"), QT_TR_NOOP("Dispatched")},
        {QStringLiteral("order.completed"), QT_TR_NOOP("Completed")},
        {QStringLiteral("order.attention"), QT_TR_NOOP("Needs attention")},
        {QStringLiteral("order.skipped"), QT_TR_NOOP("Not sent")},
        {QStringLiteral("order.retry"), QT_TR_NOOP("Retried")},
        {QStringLiteral("order.woo-changed"), QT_TR_NOOP("Changed in WooCommerce")},
        {QStringLiteral("order.stopped"), QT_TR_NOOP("Stopped in CartonCloud")},
        {QStringLiteral("order.carry-on"), QT_TR_NOOP("Carried on")},
        {QStringLiteral("sync.started"), QT_TR_NOOP("Sync")},
        {QStringLiteral("sync.finished"), QT_TR_NOOP("Sync")},
        {QStringLiteral("sync.failed"), QT_TR_NOOP("Sync failed")},
        {QStringLiteral("integration.paused"), QT_TR_NOOP("Paused")},
        {QStringLiteral("integration.resumed"), QT_TR_NOOP("Resumed")},
        {QStringLiteral("action.sync-now"), QT_TR_NOOP("Sync now")},
        {QStringLiteral("action.retry-all"), QT_TR_NOOP("Retry all")},
        {QStringLiteral("action.pause"), QT_TR_NOOP("Paused")},
        {QStringLiteral("action.resume"), QT_TR_NOOP("Resumed")},
        {QStringLiteral("action.delete"), QT_TR_NOOP("Deleted")},
    };
    const auto found = names.constFind(kind);
    if (found != names.cend())
        return tr(*found);
    if (kind.startsWith(QLatin1String("order.")))
        return tr("Order");
    if (kind.startsWith(QLatin1String("tracking.")))
        return tr("Tracking");
    return tr("Integration");
}

QString ActivityModel::orderNumber(qint64 orderLinkId) const
{
    if (orderLinkId == 0)
        return {};
    const auto cached = m_orderNumbers.constFind(orderLinkId);
    if (cached != m_orderNumbers.cend())
        return *cached;
    QString number;
    if (const std::optional<OrderLink> link = OrderLinkRepository(m_database).findById(orderLinkId))
        number =
            tr("#%1").arg(link->wooOrderNumber.isEmpty() ? QString::number(link->wooOrderId) : link->wooOrderNumber);
    m_orderNumbers.insert(orderLinkId, number);
    return number;
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return IntegrationTableModel::friendlyTime(event.at, m_now());
        case OrderColumn:
            return orderNumber(event.orderLinkId);
        case StepColumn:
            return stepName(event.kind);
        case MessageColumn:
            return event.message;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != MessageColumn || event.severity == SyncEvent::Severity::Info)
            return {};
        return HealthAppearance::icon(event.severity == SyncEvent::Severity::Error ? Health::Failing
                                                                                   : Health::Attention);
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(event.at.toLocalTime(), QLocale::LongFormat);
        if (index.column() == OrderColumn && event.orderLinkId != 0)
            return tr("Double-click to see this order's timeline");
        if (index.column() == MessageColumn)
            return event.message;
        return {};
    case OrderLinkIdRole:
        return event.orderLinkId;
    case SeverityRole:
        return int(event.severity);
    case KindRole:
        return event.kind;
    case SearchTextRole:
        return QStringList {orderNumber(event.orderLinkId), stepName(event.kind), event.message}.join(QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case OrderColumn:
        return tr("Order");
    case StepColumn:
        return tr("Step");
    case MessageColumn:
        return tr("What happened");
    default:
        return {};
    }
}

} // namespace wharf
