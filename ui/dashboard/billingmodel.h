#pragma once

#include "core/billing/weeklybilling.h"

#include <QAbstractItemModel>
#include <QHash>

namespace wharf {

// The weekly statement as a tree: each week (its boundaries and time zone stated), under it each
// customer with its subtotal, under that each integration with its active days and charge. The
// numbers come from WeeklyBilling; this model only arranges them.
class BillingModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, ActiveDaysColumn, AmountColumn, ColumnCount };
    enum Role {
        CentsRole = Qt::UserRole + 1, // the amount of a row, in cents
        LevelRole, // 0 week, 1 customer, 2 integration
        WeekStartRole,
        CustomerIdRole,
        IntegrationIdRole,
    };

    explicit BillingModel(QObject *parent = nullptr);

    // Bills `integrations` (deleted ones included: they are billed up to their deletion) for every
    // week from the one holding `from` to the one holding `to`, as they stand at `asOf` (now: the
    // days of a week in progress that have not come yet are not counted); newest week first.
    void setStatement(const WeeklyBilling &billing, const QList<Integration> &integrations,
                      const QHash<QString, QString> &customerNames, const QDateTime &from, const QDateTime &to,
                      const QDateTime &asOf);

    const QList<WeeklyBilling::Line> &lines() const { return m_lines; }
    int totalCents() const { return WeeklyBilling::totalCents(m_lines); }
    QHash<QString, int> centsByCustomer() const;
    QString csv() const;
    QString timeZoneName() const;

    static QString money(int cents);
    // "Mon 3 Mar 2025 00:00 – Mon 10 Mar 2025 00:00 (Australia/Sydney)"
    QString weekBoundaries(QDate weekStart) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        int parent = -1; // index into m_nodes; -1 for a week
        int row = 0; // row under its parent
        int level = 0;
        QDate weekStart;
        QString customerId;
        int lineIndex = -1; // for integrations: index into m_lines
        int cents = 0;
        QList<int> children;
        bool weekComplete = true;
    };
    const Node *nodeFor(const QModelIndex &index) const;

    WeeklyBilling m_billing;
    QList<WeeklyBilling::Line> m_lines;
    QHash<QString, QString> m_customerNames;
    QHash<qint64, QDateTime> m_deletedAt;
    QList<Node> m_nodes;
    QList<int> m_weeks; // top-level node indexes, newest week first
};

} // namespace wharf
