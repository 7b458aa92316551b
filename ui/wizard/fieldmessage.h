#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace wharf {

// A sentence about one field, shown right under it: what is wrong with it (or what to watch out for)
// and what to do. It also becomes the field's accessible description, so that a screen reader tells
// the same thing as the screen. Hidden while empty.
class FieldMessage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { None, Error, Warning, Success, Info };
    Q_ENUM(Kind)

    explicit FieldMessage(QWidget *field = nullptr, QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;
    QWidget *field() const { return m_field; }

private:
    QPointer<QWidget> m_field;
    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::None;
};

} // namespace wharf
