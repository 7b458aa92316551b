#include "ui/account/keychainprogress.h"

#include "ui/wizard/busyindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace wharf {

KeychainProgress::KeychainProgress(QWidget *parent)
    : QWidget(parent)
    , m_busy(new BusyIndicator(this))
    , m_text(new QLabel(this))
    , m_cancel(new QPushButton(tr("Stop Waiting"), this))
{
    setObjectName(QStringLiteral("keychainProgress"));
    m_text->setObjectName(QStringLiteral("keychainProgressText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_cancel->setObjectName(QStringLiteral("keychainCancel"));
    // Return belongs to the dialog's own default button (Save, Finish), never to this Cancel; and a
    // hidden Cancel must not be where a wizard page puts the focus.
    m_cancel->setAutoDefault(false);
    m_cancel->setFocusPolicy(Qt::NoFocus);
    m_cancel->setToolTip(tr("Stop waiting. Nothing is left half-saved: what the keychain refuses is not kept."));
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultTimeout);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_cancel, 0, Qt::AlignTop);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        finish();
        Q_EMIT cancelled();
    });
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish();
        Q_EMIT timedOut();
    });
    hide();
}

void KeychainProgress::start(const QString &sentence, Limit limit)
{
    m_text->setText(sentence);
    m_busy->start();
    m_running = true;
    m_cancel->setFocusPolicy(Qt::StrongFocus);
    if (limit == Limit::Timeout)
        m_timer.start();
    else
        m_timer.stop();
    show();
}

void KeychainProgress::finish()
{
    m_running = false;
    m_cancel->setFocusPolicy(Qt::NoFocus);
    m_timer.stop();
    m_busy->stop();
    hide();
}

QString KeychainProgress::text() const
{
    return m_text->text();
}

} // namespace wharf
