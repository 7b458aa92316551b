#include "ui/dashboard/customerdelegate.h"

#include "ui/dashboard/customerlistmodel.h"
#include "ui/widgets/healthappearance.h"

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
    // Health beside the dot, one badge a line so that none is ever cut off: a small dot of the
    // state's colour and the words, which carry the meaning for those who cannot tell the colours.
    const QVariantList badges = index.data(CustomerListModel::BadgesRole).toList();
    for (const QVariant &badge : badges) {
        const QVariantMap map = badge.toMap();
        const auto health = Health(map.value(QStringLiteral("health")).toInt());
        baseline += subtitleMetrics.height();
        const int badgeDot = subtitleMetrics.height() - 4;
        HealthAppearance::icon(health, badgeDot)
            .paint(painter, QRect(textArea.left(), baseline - subtitleMetrics.ascent() + 2, badgeDot, badgeDot));
        QColor colour = HealthAppearance::of(health).colour;
        if (health == Health::Attention)
            colour = colour.darker(135); // amber text on white is too pale to read
        painter->setPen(selected ? option.palette.color(group, QPalette::HighlightedText) : colour);
        const int left = textArea.left() + badgeDot + 4;
        painter->drawText(left, baseline,
                          subtitleMetrics.elidedText(map.value(QStringLiteral("text")).toString(), Qt::ElideRight,
                                                     textArea.right() - left));
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
    const QVariantList badges = index.data(CustomerListModel::BadgesRole).toList();
    int widest = std::max(nameMetrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()),
                          subtitleMetrics.horizontalAdvance(index.data(CustomerListModel::SubtitleRole).toString()));
    for (const QVariant &badge : badges)
        widest =
            std::max(widest,
                     subtitleMetrics.height()
                         + subtitleMetrics.horizontalAdvance(badge.toMap().value(QStringLiteral("text")).toString()));
    const int width = kIconSize + 3 * kMargin + widest;
    const int lines = 1 + int(badges.size());
    return {width, nameMetrics.height() + 2 + lines * subtitleMetrics.height() + 2 * kMargin};
}

} // namespace wharf
