#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace wharf {

// What a list shows when it has nothing to show: what the list is for and what to do next, with an
// optional button that does it.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);
    // An empty label hides the button.
    void setAction(const QString &label);
    QString title() const;
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace wharf
