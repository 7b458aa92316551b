#pragma once

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QStringList>
#include <QWidget>

namespace wharf::test {

namespace detail {

inline bool layoutHolds(const QLayout *layout, const QWidget *widget)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget)
            return true;
        if (item->layout() && layoutHolds(item->layout(), widget))
            return true;
    }
    return false;
}

inline QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    text = text.left(60);
    return widget->objectName().isEmpty() ? QStringLiteral("“%1”").arg(text)
                                          : QStringLiteral("%1 “%2”").arg(widget->objectName(), text);
}

} // namespace detail

// What a person would see wrong in a laid-out window, as sentences (empty when nothing):
// - a stray text: a visible label or button that no layout places (it is drawn at 0,0 over whatever
//   is there, such as a group box's title);
// - cut text: a label or button narrower than its text (or a wrapped label lower than its lines);
// - text past an edge: a label or button reaching beyond the right edge of a widget that holds it.
// Only the parts Wharf lays out are looked at: the insides of Qt's own composite widgets (combo
// boxes, spin boxes, scroll bars) are Qt's business. Call it after the window is shown and laid out.
inline QStringList layoutProblems(QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->isWindow())
            continue;
        auto *label = qobject_cast<QLabel *>(widget);
        auto *button = qobject_cast<QAbstractButton *>(widget);
        if (!label && !button)
            continue;
        QWidget *parent = widget->parentWidget();
        if (!parent || qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)
            || qobject_cast<QAbstractScrollArea *>(parent) || qobject_cast<QAbstractButton *>(parent))
            continue;
        const QString name = detail::describe(widget);
        if (!parent->layout() || !detail::layoutHolds(parent->layout(), widget)) {
            problems << QStringLiteral("stray: %1 is in no layout").arg(name);
            continue;
        }
        if (label && !label->text().isEmpty()) {
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height())
                    problems << QStringLiteral("cut: %1 needs %2 px of height, has %3")
                                    .arg(name)
                                    .arg(label->heightForWidth(label->width()))
                                    .arg(label->height());
            } else if (label->minimumSizeHint().width() > label->width()) {
                problems << QStringLiteral("cut: %1 needs %2 px, has %3")
                                .arg(name)
                                .arg(label->minimumSizeHint().width())
                                .arg(label->width());
            }
        }
        if (button && !button->text().isEmpty() && button->minimumSizeHint().width() > button->width())
            problems << QStringLiteral("cut: %1 needs %2 px, has %3")
                            .arg(name)
                            .arg(button->minimumSizeHint().width())
                            .arg(button->width());
        for (QWidget *holder = parent; holder; holder = holder->parentWidget()) {
            const int right = widget->mapTo(holder, QPoint(widget->width(), 0)).x();
            if (right > holder->width()) {
                problems << QStringLiteral("past the edge: %1 ends at %2, %3 is %4 px wide")
                                .arg(name)
                                .arg(right)
                                .arg(holder->objectName().isEmpty()
                                         ? QString::fromLatin1(holder->metaObject()->className())
                                         : holder->objectName())
                                .arg(holder->width());
                break;
            }
            if (holder == root)
                break;
        }
    }
    return problems;
}

} // namespace wharf::test
