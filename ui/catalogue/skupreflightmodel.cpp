#include "ui/catalogue/skupreflightmodel.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>

namespace wharf {

using catalogue::SkuPreflightItem;
using catalogue::SkuPreflightResult;

namespace {

// Problems first: no SKU, then no product code, then duplicates, then hints, then matches.
int rank(const SkuPreflightItem &item)
{
    if (item.verdict == SkuPreflightItem::Verdict::NoSku)
        return 0;
    if (item.verdict == SkuPreflightItem::Verdict::NoMatch)
        return 1;
    if (item.duplicate)
        return 2;
    if (!item.hint.isEmpty())
        return 3;
    return 4;
}

} // namespace

void SkuPreflightModel::setResult(const SkuPreflightResult &result)
{
    beginResetModel();
    m_result = result;
    m_rows.clear();
    m_rows.reserve(result.items.size());
    for (qsizetype i = 0; i < result.items.size(); ++i)
        m_rows.append(i);
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](qsizetype a, qsizetype b) {
        const SkuPreflightItem &x = m_result.items.at(a);
        const SkuPreflightItem &y = m_result.items.at(b);
        if (rank(x) != rank(y))
            return rank(x) < rank(y);
        // Duplicates side by side.
        return rank(x) == 2 && x.sku < y.sku;
    });
    endResetModel();
}

void SkuPreflightModel::clear()
{
    setResult({});
}

int SkuPreflightModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SkuPreflightModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SkuPreflightModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SkuPreflightItem &it = item(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ResultColumn:
            return SkuPreflightResult::verdictText(it.verdict);
        case SkuColumn:
            return it.sku;
        case ProductColumn:
            return role == Qt::ToolTipRole ? tr("%1 (ID %2)").arg(it.name).arg(it.productId) : it.name;
        case KindColumn:
            return it.variation ? tr("Variation") : tr("Product");
        case NoteColumn: {
            QStringList notes;
            if (it.duplicate)
                notes << tr("SKU used more than once.");
            if (!it.hint.isEmpty())
                notes << it.hint;
            return notes.join(QLatin1Char(' '));
        }
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ResultColumn
        && it.verdict != SkuPreflightItem::Verdict::Matched) {
        return QBrush(QColor(0xd2, 0x3b, 0x2e)); // the Failing red of HealthAppearance
    }
    return {};
}

QVariant SkuPreflightModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ResultColumn:
        return tr("Result");
    case SkuColumn:
        return tr("SKU");
    case ProductColumn:
        return tr("Product");
    case KindColumn:
        return tr("Kind");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace wharf
