#include "ui/widgets/wrappingdelegate.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace wharf {

WrappingDelegate::WrappingDelegate(QTreeView *view, int column)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_column(column)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    // Once per burst of resizes (a splitter drag resizes many times): rows measured again.
    connect(view->header(), &QHeaderView::sectionResized, this, [this] {
        if (m_layoutPending)
            return;
        m_layoutPending = true;
        QTimer::singleShot(0, this, [this] {
            m_layoutPending = false;
            m_view->doItemsLayout();
        });
    });
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    const bool spanned = index.column() == 0 && m_view->isFirstColumnSpanned(index.row(), index.parent());
    if (index.column() != m_column && !spanned) {
        // One line at its natural width, so that ResizeToContents columns size to their text.
        opt.features &= ~QStyleOptionViewItem::WrapText;
        return QStyledItemDelegate::sizeHint(opt, index);
    }
    int width = m_view->columnWidth(index.column());
    if (index.column() == 0) {
        // A first column loses its indentation; a spanned row has the viewport's width.
        int depth = 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        const int indent = m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
        width = (spanned ? m_view->viewport()->width() : width) - indent;
    }
    opt.rect.setWidth(std::max(width, 20));
    // The style wraps only within a valid rectangle; the height is what is being asked.
    if (opt.rect.height() <= 0)
        opt.rect.setHeight(1);
    opt.features |= QStyleOptionViewItem::WrapText;
    return QStyledItemDelegate::sizeHint(opt, index);
}

} // namespace wharf
