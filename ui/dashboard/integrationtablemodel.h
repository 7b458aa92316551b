#pragma once

#include "ui/dashboard/integrationboard.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>

namespace wharf {

// The integrations of one customer: name, health (dot and sentence), store, warehouse, last sync
// and the order counts. The dashboard lists the name and health; the panel beside it shows the rest. Deleted
// integrations can be listed too, so that their history stays readable; they show when they were deleted instead of a
// health.
class IntegrationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        HealthColumn,
        SentenceColumn,
        StoreColumn,
        WarehouseColumn,
        LastSyncColumn,
        CreatedColumn,
        InProgressColumn,
        DispatchedColumn,
        AttentionColumn,
        ColumnCount
    };
    enum Role {
        IntegrationIdRole = Qt::UserRole + 1,
        HealthRole,
        DeletedRole,
    };

    explicit IntegrationTableModel(IntegrationBoard &board, QObject *parent = nullptr);

    void setCustomer(qint64 accountId, const QString &customerId);
    void setShowDeleted(bool show);
    bool showDeleted() const { return m_showDeleted; }
    // Tests and screenshots fix "now" so that relative times read the same on every run.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    int rowOf(qint64 integrationId) const;
    qint64 integrationIdAt(int row) const;
    int deletedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Today 14:05", "Yesterday 09:12", "3 Mar 14:05": when something happened, for people.
    static QString friendlyTime(const QDateTime &moment, const QDateTime &now);

private:
    void reload();
    void onIntegrationChanged(qint64 integrationId, const QString &customerId);
    QVariant display(const IntegrationBoard::Entry &entry, int column) const;
    QVariant toolTip(const IntegrationBoard::Entry &entry, int column) const;

    IntegrationBoard &m_board;
    qint64 m_accountId = 0;
    QString m_customerId;
    bool m_showDeleted = false;
    std::function<QDateTime()> m_now;
    QList<qint64> m_ids;
};

} // namespace wharf
