#include "ui/wizard/nameform.h"

#include "ui/wizard/fieldmessage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace wharf {

NameForm::NameForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_nameMessage(new FieldMessage(m_name, this))
    , m_blocker(new FieldMessage(nullptr, this))
{
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameMessage->setObjectName(QStringLiteral("nameMessage"));
    m_blocker->setObjectName(QStringLiteral("nameBlocker"));
    // Long enough for "Acme Apparel – wholesale store (AU)"; the dashboard elides beyond that.
    m_name->setMaxLength(80);
    m_name->setPlaceholderText(tr("e.g. Acme Apparel online shop"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("The name appears on the Integrations dashboard, in the activity log and on the "
                                "weekly statement. Choose one that tells this store apart from the customer's "
                                "other integrations."),
                             this);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    auto *layout = new QFormLayout;
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(layout);
    auto *label = new QLabel(tr("Na&me:"), this);
    label->setBuddy(m_name);
    layout->addRow(label, m_name);
    layout->addRow(QString(), m_nameMessage);
    outer->addWidget(m_blocker);
    outer->addStretch(1);

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_nameMessage->clear();
        Q_EMIT changed();
    });
}

void NameForm::load(const Integration &integration)
{
    m_name->setText(integration.name);
}

void NameForm::save(Integration &integration) const
{
    integration.name = name();
}

QString NameForm::name() const
{
    return m_name->text().trimmed();
}

void NameForm::showProblem(const QString &sentence)
{
    m_nameMessage->showMessage(FieldMessage::Kind::Error, sentence);
}

void NameForm::showBlocker(const QString &sentence)
{
    m_blocker->showMessage(FieldMessage::Kind::Error, sentence);
}

} // namespace wharf
