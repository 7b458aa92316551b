#include "ui/account/accountdialog.h"

#include "core/store/accountrepository.h"
#include "ui/account/accountwidget.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace wharf {

AccountDialog::AccountDialog(const Database &database, SecretStore &secrets, EngineControl *engine,
                             QNetworkAccessManager *network, const QSslConfiguration &ssl, QWidget *parent)
    : QDialog(parent)
    , m_form(new AccountWidget(database, secrets, network, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(tr("CartonCloud Account"));
    m_form->setSslConfiguration(ssl);
    m_form->setEngine(engine);
    const QList<WmsAccount> accounts = AccountRepository(database).all();
    if (!accounts.isEmpty())
        m_form->load(accounts.constFirst());
    saveButton()->setObjectName(QStringLiteral("saveAccount"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_buttons);

    connect(saveButton(), &QPushButton::clicked, m_form, &AccountWidget::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Close stays available while saving: the form has its own Cancel for the wait, and what was
    // being saved is finished (or undone) by AccountRegistry whether the dialog is open or not.
    connect(m_form, &AccountWidget::busyChanged, this, [this](bool busy) { saveButton()->setEnabled(!busy); });
    connect(m_form, &AccountWidget::unchanged, this, &QDialog::accept);
    // The form has told the engine already (it does so even when the dialog is gone by then).
    connect(m_form, &AccountWidget::saved, this, [this](const WmsAccount &account) {
        Q_EMIT accountSaved(account);
        accept();
    });

    // In characters and lines, so that it holds at any font size and scale.
    const QFontMetrics metrics(font());
    resize(qMax(sizeHint().width(), metrics.averageCharWidth() * 90), qMax(sizeHint().height(), metrics.height() * 26));
}

QPushButton *AccountDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

} // namespace wharf
