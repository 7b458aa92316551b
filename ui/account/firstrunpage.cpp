#include "ui/account/firstrunpage.h"

#include "core/secrets/secretstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wharf {

FirstRunPage::FirstRunPage(SecretStore &secrets, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_connect(new QPushButton(tr("Connect CartonCloud Account…"), this))
    , m_checkAgain(new QPushButton(tr("Check the Keychain Again"), this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);

    auto *title = new QLabel(tr("<h2>Connect WooCommerce stores to CartonCloud</h2>"), this);
    title->setWordWrap(true);
    auto *body = new QLabel(
        tr("Wharf turns your customers' WooCommerce orders into CartonCloud outbound orders as soon as they reach "
           "<i>Processing</i>, sends tracking back when they are packed or dispatched, and completes them on "
           "dispatch.<br><br>"
           "<b>No CartonCloud account is connected yet.</b> Connect the account of your warehouse first; then "
           "set up an integration for each customer's store. Each integration costs $10 per week, billed weekly."),
        this);
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);

    m_connect->setObjectName(QStringLiteral("connectAccountButton"));
    m_connect->setDefault(true);
    connect(m_connect, &QPushButton::clicked, this, &FirstRunPage::connectRequested);
    m_checkAgain->setObjectName(QStringLiteral("checkKeychainButton"));
    connect(m_checkAgain, &QPushButton::clicked, this, &FirstRunPage::checkKeychain);
    m_state->setObjectName(QStringLiteral("accountState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_checkAgain);
    buttons->addStretch(1);

    layout->addWidget(title);
    layout->addWidget(body);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_state);
    layout->addStretch(1);

    checkKeychain();
}

QString FirstRunPage::stateText() const
{
    return m_state->text();
}

void FirstRunPage::checkKeychain()
{
    if (m_checking)
        return;
    m_checking = true;
    m_connect->setEnabled(false);
    m_checkAgain->hide();
    m_state->setText(
        tr("Checking that %1 answers, since your secrets will be kept there…").arg(m_secrets.description()));
    m_secrets.probe(this, [this](const SecretResult &result) {
        m_checking = false;
        m_status = result.status;
        if (!result.ok()) {
            showKeychainProblem(result);
            return;
        }
        m_connect->setEnabled(true);
        m_checkAgain->hide();
        m_state->setText(tr("Nothing is syncing yet. Your secrets will be kept in %1.").arg(m_secrets.description()));
    });
}

void FirstRunPage::showKeychainProblem(const SecretResult &result)
{
    // Connecting would ask for a secret that could not be kept: the button waits for a keychain.
    m_connect->setEnabled(false);
    m_checkAgain->show();
    QString what;
    switch (result.status) {
    case SecretResult::Status::Unavailable:
        what = tr("No keychain answers on this computer, and Wharf keeps secrets only there, never in a file. Start "
                  "your desktop's keychain (GNOME Keyring, or KWallet with its Secret Service), or log in to a "
                  "desktop session that has one, then click Check the Keychain Again.");
        break;
    case SecretResult::Status::Denied:
        what = tr("The keychain is locked or refused Wharf. Unlock it (your login password usually does), allow "
                  "Wharf when it asks, then click Check the Keychain Again.");
        break;
    default:
        what = tr("The keychain did not answer as expected: %1 Check that it is running and unlocked, then click "
                  "Check the Keychain Again.")
                   .arg(result.message);
        break;
    }
    m_state->setText(what);
}

} // namespace wharf
