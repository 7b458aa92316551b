#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace wharf {

// Word-wraps long sentences (reasons that say what to do) in a tree view instead of eliding them:
// QTreeView asks for a row's height without telling the delegate how wide the column is, so this
// delegate tells it, and lays the rows out again when a column changes width.
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Wraps `column` (and spanned first columns); the others keep one line and their natural width.
    WrappingDelegate(QTreeView *view, int column);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
    int m_column;
    bool m_layoutPending = false;
};

} // namespace wharf
