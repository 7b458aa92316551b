#pragma once

#include "core/model/syncevent.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace wharf {

class Database;
class EngineControl;

// The activity of one integration (newest first), or the timeline of one order (oldest first:
// received, created in CartonCloud, packed, tracking sent, dispatched, completed). New events from
// the engine appear as they are recorded.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, OrderColumn, StepColumn, MessageColumn, ColumnCount };
    enum Role {
        OrderLinkIdRole = Qt::UserRole + 1,
        SeverityRole,
        KindRole,
        SearchTextRole, // everything a filter should match: order, step and sentence
    };
    enum class Mode { Integration, Order };

    ActivityModel(const Database &database, EngineControl &engine, QObject *parent = nullptr);

    void showIntegration(qint64 integrationId);
    void showOrder(qint64 orderLinkId);
    void clear();
    Mode mode() const { return m_mode; }
    qint64 subjectId() const { return m_subjectId; }
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    SyncEvent eventAt(int row) const;
    // An event recorded outside the engine (the dashboard records the actions people ask for);
    // shown at once.
    void addEvent(const SyncEvent &event);
    // What a step of an order's life is called, from the event's stable kind.
    static QString stepName(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onEvent(const SyncEvent &event);
    void flushPending();
    QString orderNumber(qint64 orderLinkId) const;

    const Database &m_database;
    Mode m_mode = Mode::Integration;
    qint64 m_subjectId = 0;
    QList<SyncEvent> m_events;
    // Engine events of the shown integration, inserted together once a burst of signals is
    // handled: a page of 100 orders brings hundreds, and one insertion each kept the GUI busy.
    QList<SyncEvent> m_pending;
    bool m_flushQueued = false;
    mutable QHash<qint64, QString> m_orderNumbers; // order link id → WooCommerce order number
    std::function<QDateTime()> m_now;
};

} // namespace wharf
