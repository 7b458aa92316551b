#include "ui/wizard/fieldmessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace wharf {

FieldMessage::FieldMessage(QWidget *field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // sentences may quote what a server said, angle brackets and all
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
}

void FieldMessage::showMessage(Kind kind, const QString &text)
{
    if (kind == Kind::None || text.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    m_text->setText(text);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (kind) {
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Success:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Kind::Info:
    case Kind::None:
        break;
    }
    const int edge = fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(edge, edge));
    if (m_field)
        m_field->setAccessibleDescription(text);
    show();
}

void FieldMessage::clear()
{
    m_kind = Kind::None;
    m_text->clear();
    if (m_field)
        m_field->setAccessibleDescription(QString());
    hide();
}

QString FieldMessage::text() const
{
    return m_text->text();
}

} // namespace wharf
