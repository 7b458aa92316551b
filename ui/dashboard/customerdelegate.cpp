#include "ui/dashboard/customerdelegate.h"

#include "ui/dashboard/customerlistmodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace wharf {

namespace {
constexpr int kMargin = 6;
constexpr int kIconSize = 16;
} // namespace

void CustomerDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The background and focus as the style draws them; the text is ours.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QRect iconRect(area.left(), area.top() + (option.fontMetrics.height() - kIconSize) / 2, kIconSize, kIconSize);
    icon.paint(painter, iconRect);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QFont nameFont = option.font;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    const QRect textArea = area.adjusted(kIconSize + kMargin, 0, 0, 0);
    painter->save();
    painter->setFont(nameFont);
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textArea.left(), textArea.top() + nameMetrics.ascent(),
                      nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textArea.width()));
    QFont subtitleFont = option.font;
    subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 0.9);
    const QFontMetrics subtitleMetrics(subtitleFont);
    painter->setFont(subtitleFont);
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    int baseline = textArea.top() + nameMetrics.height() + 2 + subtitleMetrics.ascent();
    painter->drawText(textArea.left(), baseline,
                      subtitleMetrics.elidedText(index.data(CustomerListModel::SubtitleRole).toString(), Qt::ElideRight,
                                                 textArea.width()));
    // The states that are not live, on a line of their own so that they are never cut off.
    const QString states = index.data(CustomerListModel::StatesRole).toString();
    if (!states.isEmpty()) {
        baseline += subtitleMetrics.height();
        painter->drawText(textArea.left(), baseline,
                          subtitleMetrics.elidedText(states, Qt::ElideRight, textArea.width()));
    }
    painter->restore();
}

QSize CustomerDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont nameFont = option.font;
    nameFont.setBold(true);
    QFont subtitleFont = option.font;
    subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 0.9);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics subtitleMetrics(subtitleFont);
    const QString states = index.data(CustomerListModel::StatesRole).toString();
    const int width = kIconSize + 3 * kMargin
        + std::max({nameMetrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()),
                    subtitleMetrics.horizontalAdvance(index.data(CustomerListModel::SubtitleRole).toString()),
                    subtitleMetrics.horizontalAdvance(states)});
    const int lines = states.isEmpty() ? 1 : 2;
    return {width, nameMetrics.height() + 2 + lines * subtitleMetrics.height() + 2 * kMargin};
}

} // namespace wharf
