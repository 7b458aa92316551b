#include "ui/wizard/authenticationform.h"

#include "core/secrets/secretsentences.h"
#include "core/woo/storeurl.h"
#include "ui/wizard/busyindicator.h"
#include "ui/wizard/fieldmessage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace wharf {

using woo::CredentialsCheckResult;
using Verdict = woo::CredentialsCheckResult::Verdict;

AuthenticationForm::AuthenticationForm(QWidget *parent)
    : QWidget(parent)
    , m_address(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_showSecret(new QToolButton(this))
    , m_addressMessage(new FieldMessage(m_address, this))
    , m_keyMessage(new FieldMessage(m_key, this))
    , m_secretMessage(new FieldMessage(m_secret, this))
    , m_resultMessage(new FieldMessage(nullptr, this))
    , m_busy(new BusyIndicator(this))
    , m_progress(new QLabel(this))
{
    m_address->setObjectName(QStringLiteral("storeAddressEdit"));
    m_key->setObjectName(QStringLiteral("consumerKeyEdit"));
    m_secret->setObjectName(QStringLiteral("consumerSecretEdit"));
    m_showSecret->setObjectName(QStringLiteral("showSecretButton"));
    m_addressMessage->setObjectName(QStringLiteral("storeAddressMessage"));
    m_keyMessage->setObjectName(QStringLiteral("consumerKeyMessage"));
    m_secretMessage->setObjectName(QStringLiteral("consumerSecretMessage"));
    m_resultMessage->setObjectName(QStringLiteral("checkResultMessage"));
    m_busy->setObjectName(QStringLiteral("checkBusy"));
    m_progress->setObjectName(QStringLiteral("checkProgress"));

    m_address->setPlaceholderText(tr("https://shop.example.com"));
    m_address->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_key->setPlaceholderText(tr("ck_…"));
    m_key->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_secret->setPlaceholderText(tr("cs_…"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);

    // A real button rather than an icon inside the field: Tab reaches it, and its text says what it does.
    m_showSecret->setCheckable(true);
    m_showSecret->setFocusPolicy(Qt::StrongFocus);
    setSecretVisible(false);
    connect(m_showSecret, &QToolButton::toggled, this, &AuthenticationForm::setSecretVisible);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // Kept out of the form layout: a wrapped label spanning a form row is given too little height.
    auto *intro = new QLabel(tr("<p>Wharf connects to the store with a WooCommerce REST API key. To create one, "
                                "sign in to the store's WordPress:</p>"
                                "<ol><li>Open <b>WooCommerce → Settings → Advanced → REST API</b> and click <b>Add "
                                "key</b>.</li>"
                                "<li>Choose <b>Read/Write</b> permissions: Wharf reads new orders, marks them "
                                "completed and adds tracking.</li>"
                                "<li>Click <b>Generate API key</b> and copy the consumer key and the consumer secret "
                                "below. WooCommerce shows the secret only once.</li></ol>"),
                             this);
    intro->setObjectName(QStringLiteral("keyHelp"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    outer->addWidget(intro);

    auto *layout = new QFormLayout;
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(layout);

    auto *addressLabel = new QLabel(tr("Store &URL:"), this);
    addressLabel->setBuddy(m_address);
    layout->addRow(addressLabel, m_address);
    layout->addRow(QString(), m_addressMessage);

    auto *keyLabel = new QLabel(tr("Consumer &key:"), this);
    keyLabel->setBuddy(m_key);
    layout->addRow(keyLabel, m_key);
    layout->addRow(QString(), m_keyMessage);

    auto *secretRow = new QHBoxLayout;
    secretRow->setContentsMargins(0, 0, 0, 0);
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_showSecret);
    auto *secretLabel = new QLabel(tr("Consumer &secret:"), this);
    secretLabel->setBuddy(m_secret);
    layout->addRow(secretLabel, secretRow);
    layout->addRow(QString(), m_secretMessage);

    auto *progressRow = new QHBoxLayout;
    progressRow->setContentsMargins(0, 0, 0, 0);
    progressRow->addWidget(m_busy);
    progressRow->addWidget(m_progress, 1);
    m_progress->setWordWrap(true);
    m_progress->hide();
    outer->addLayout(progressRow);
    outer->addWidget(m_resultMessage);
    outer->addStretch(1);

    setTabOrder(m_address, m_key);
    setTabOrder(m_key, m_secret);
    setTabOrder(m_secret, m_showSecret);

    for (QLineEdit *edit : {m_address, m_key, m_secret}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            clearResult();
            Q_EMIT edited();
        });
    }
}

void AuthenticationForm::setSecretVisible(bool visible)
{
    m_secret->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    m_showSecret->setText(visible ? tr("&Hide") : tr("Sho&w"));
    m_showSecret->setToolTip(visible ? tr("Hide the consumer secret") : tr("Show the consumer secret"));
    m_showSecret->setAccessibleName(m_showSecret->toolTip());
}

void AuthenticationForm::load(const Integration &integration)
{
    m_address->setText(integration.storeUrl);
    m_key->setText(integration.consumerKey);
    m_hasStoredSecret = integration.id != 0;
    m_secret->setPlaceholderText(m_hasStoredSecret ? SecretSentences::storedPlaceholder(m_secretPlace) : tr("cs_…"));
}

void AuthenticationForm::save(Integration &integration) const
{
    integration.storeUrl = storeAddress();
    integration.consumerKey = consumerKey();
}

QString AuthenticationForm::storeAddress() const
{
    return m_address->text().trimmed();
}

QString AuthenticationForm::consumerKey() const
{
    return m_key->text().trimmed();
}

QString AuthenticationForm::typedSecret() const
{
    return m_secret->text().trimmed();
}

bool AuthenticationForm::isFilled() const
{
    return !storeAddress().isEmpty() && !consumerKey().isEmpty() && (!typedSecret().isEmpty() || m_hasStoredSecret);
}

void AuthenticationForm::setChecking(bool checking)
{
    if (checking) {
        clearResult();
        m_busy->start();
        m_progress->setText(tr("Checking the store…"));
        m_progress->show();
    } else {
        m_busy->stop();
        m_progress->hide();
    }
}

void AuthenticationForm::setProgress(const QString &step)
{
    m_progress->setText(step);
}

AuthenticationForm::Field AuthenticationForm::fieldFor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::InvalidAddress:
    case Verdict::Unreachable:
    case Verdict::CertificateProblem:
    case Verdict::NotWordPress:
    case Verdict::WooCommerceMissing:
    case Verdict::PermalinksOff:
        return Field::StoreAddress;
    case Verdict::KeysSwapped:
    case Verdict::WrongKey:
    case Verdict::ReadOnlyKey:
    case Verdict::WriteOnlyKey:
    case Verdict::MissingCapability:
        return Field::ConsumerKey;
    case Verdict::WrongSecret:
        return Field::ConsumerSecret;
    case Verdict::ClockWrong: // the computer's clock, not anything typed here
    case Verdict::Failed:
    case Verdict::Ok:
        break;
    }
    return Field::General;
}

FieldMessage *AuthenticationForm::messageFor(Field field) const
{
    switch (field) {
    case Field::StoreAddress:
        return m_addressMessage;
    case Field::ConsumerKey:
        return m_keyMessage;
    case Field::ConsumerSecret:
        return m_secretMessage;
    case Field::General:
        break;
    }
    return m_resultMessage;
}

void AuthenticationForm::showResult(const CredentialsCheckResult &result)
{
    clearResult();
    // Warnings (plain HTTP, a host that strips the Authorization header) concern the store's address
    // and its host, and hold whether or not the check passed.
    if (!result.warnings.isEmpty())
        m_addressMessage->showMessage(FieldMessage::Kind::Warning, result.warnings.join(QStringLiteral("\n\n")));

    if (!result.ok()) {
        FieldMessage *message = messageFor(fieldFor(result.verdict));
        QString sentence = result.sentence;
        if (message == m_addressMessage && m_addressMessage->kind() == FieldMessage::Kind::Warning)
            sentence += QStringLiteral("\n\n") + m_addressMessage->text();
        message->showMessage(FieldMessage::Kind::Error, sentence);
        if (QWidget *field = message->field())
            field->setFocus(Qt::OtherFocusReason);
        return;
    }

    const woo::StoreDiscovery &found = result.discovery;
    const QString store = !found.siteName.isEmpty() ? found.siteName
        : found.home.isValid()                      ? woo::StoreUrl::display(found.home)
                                                    : storeAddress();
    QString tracking;
    switch (result.connection.tracking) {
    case woo::TrackingPlugin::ShipmentTracking:
        tracking = tr("The WooCommerce Shipment Tracking plugin answers, so tracking can be sent to this store.");
        break;
    case woo::TrackingPlugin::AdvancedShipmentTracking:
        tracking = tr("The Advanced Shipment Tracking plugin answers, so tracking can be sent to this store.");
        break;
    case woo::TrackingPlugin::None:
        tracking = tr("No shipment tracking plugin answers on this store: orders can be completed, but tracking "
                      "cannot be sent until the WooCommerce Shipment Tracking plugin is installed and activated.");
        break;
    }
    m_resultMessage->showMessage(FieldMessage::Kind::Success,
                                 tr("Connected to “%1”. The key can read and change orders.").arg(store)
                                     + QLatin1Char('\n') + tracking);
}

void AuthenticationForm::clearResult()
{
    for (FieldMessage *message : {m_addressMessage, m_keyMessage, m_secretMessage, m_resultMessage})
        message->clear();
}

} // namespace wharf
