#pragma once

#include <QStyledItemDelegate>

namespace wharf {

// Draws a customer as the seed describes it: the dot, the name, and "N active integrations" under
// the name in a quieter colour.
class CustomerDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace wharf
