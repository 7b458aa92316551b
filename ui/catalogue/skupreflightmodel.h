#pragma once

#include "core/catalogue/skupreflightresult.h"

#include <QAbstractTableModel>

namespace wharf {

// The pre-flight's details: one row per product or variation, the ones with a problem first (no
// SKU, no product code, used more than once, a hint), then the matches.
class SkuPreflightModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ResultColumn, SkuColumn, ProductColumn, KindColumn, NoteColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const catalogue::SkuPreflightResult &result);
    void clear();
    const catalogue::SkuPreflightResult &result() const { return m_result; }
    const catalogue::SkuPreflightItem &item(int row) const { return m_result.items.at(m_rows.at(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    catalogue::SkuPreflightResult m_result;
    QList<qsizetype> m_rows; // indexes into m_result.items, in display order
};

} // namespace wharf
