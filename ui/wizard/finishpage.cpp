#include "ui/wizard/finishpage.h"

#include "core/secrets/secretsentences.h"
#include "core/secrets/secretstore.h"
#include "core/woo/storeurl.h"
#include "ui/account/keychainprogress.h"
#include "ui/wizard/fieldmessage.h"
#include "ui/wizard/integrationwizard.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace wharf {

FinishPage::FinishPage(IntegrationWizard *wizard)
    : m_wizard(wizard)
    , m_summary(new QFormLayout)
    , m_changes(new QLabel(this))
    , m_cost(new QLabel(this))
    , m_progress(new KeychainProgress(this))
    , m_status(new FieldMessage(nullptr, this))
{
    setObjectName(QStringLiteral("finishPage"));
    setTitle(tr("Finish"));
    m_status->setObjectName(QStringLiteral("saveStatus"));
    m_cost->setObjectName(QStringLiteral("costNote"));
    m_cost->setWordWrap(true);
    m_changes->setObjectName(QStringLiteral("changesList"));
    m_changes->setWordWrap(true);
    m_changes->setTextFormat(Qt::PlainText);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // First, above the full summary: what Finish changes is what a Reconfigure is checked for, and
    // on a small screen the end of the page is below the fold.
    m_changes->setContentsMargins(0, 0, 0, fontMetrics().height());
    m_summary->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_changes);
    layout->addLayout(m_summary);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_cost);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    setForm(content);
    connect(m_progress, &KeychainProgress::cancelled, this, [this] { stopWaiting(false); });
    connect(m_progress, &KeychainProgress::timedOut, this, [this] { stopWaiting(true); });
}

void FinishPage::addRow(const QString &label, const QString &value)
{
    auto *valueLabel = new QLabel(value);
    valueLabel->setWordWrap(true);
    valueLabel->setTextFormat(Qt::PlainText);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->addRow(label, valueLabel);
}

QString FinishPage::summaryValue(const QString &label) const
{
    for (int row = 0; row < m_summary->rowCount(); ++row) {
        auto *name = m_summary->itemAt(row, QFormLayout::LabelRole);
        auto *value = m_summary->itemAt(row, QFormLayout::FieldRole);
        if (!name || !value)
            continue;
        if (qobject_cast<QLabel *>(name->widget())->text() == label)
            return qobject_cast<QLabel *>(value->widget())->text();
    }
    return {};
}

namespace {

QString warehouseText(const Integration &integration)
{
    return integration.warehouseMode == Integration::WarehouseMode::Named
        ? integration.warehouseName
        : FinishPage::tr("The customer's default warehouse in CartonCloud");
}

QString dispatchText(const Integration &integration)
{
    return integration.completeOnDispatch ? FinishPage::tr("Marks the WooCommerce order Completed")
                                          : FinishPage::tr("Leaves the WooCommerce order as it is");
}

QString trackingText(const Integration &integration)
{
    return integration.sendTracking ? FinishPage::tr("Sent to WooCommerce when packed or dispatched")
                                    : FinishPage::tr("Not sent");
}

QString stockText(const Integration &integration)
{
    return integration.stockSync
        ? FinishPage::tr("Sent to WooCommerce every %n minute(s)", nullptr, integration.stockSyncMinutes)
        : FinishPage::tr("Not sent");
}

QString cancelledText(const Integration &integration)
{
    return integration.stopCancelledOrders ? FinishPage::tr("Stopped in CartonCloud before picking, where allowed")
                                           : FinishPage::tr("Listed as needing attention");
}

} // namespace

QStringList FinishPage::changes() const
{
    const Integration &before = m_wizard->original();
    const Integration &after = m_wizard->draft();
    QStringList changes;
    const auto compare = [&changes](const QString &setting, const QString &was, const QString &is) {
        if (was != is)
            changes << tr("%1: %2 → %3").arg(setting, was, is);
    };
    compare(tr("Name"), before.name, after.name);
    compare(tr("Store"), before.storeUrl, after.storeUrl);
    compare(tr("Consumer key"), before.consumerKey, after.consumerKey);
    if (!m_wizard->storeInputs().typedSecret.isEmpty())
        changes << tr("Consumer secret: replaced by the one you typed");
    compare(tr("Warehouse"), warehouseText(before), warehouseText(after));
    compare(tr("On dispatch"), dispatchText(before), dispatchText(after));
    compare(tr("Tracking"), trackingText(before), trackingText(after));
    compare(tr("Cancelled orders"), cancelledText(before), cancelledText(after));
    compare(tr("Stock levels"), stockText(before), stockText(after));
    return changes;
}

void FinishPage::initializePage()
{
    const bool reconfigure = m_wizard->mode() == IntegrationWizard::Mode::Reconfigure;
    setSubTitle(reconfigure ? tr("Check the changes, then click Finish to save them. The integration carries on with "
                                 "the new settings.")
                            : tr("Check the settings, then click Finish to save the integration and start it."));
    while (m_summary->rowCount() > 0)
        m_summary->removeRow(0);
    m_status->clear();

    const Integration &draft = m_wizard->draft();
    const auto findings = m_wizard->currentFindings();
    addRow(tr("Customer:"), m_wizard->customerName(draft.customerId));
    addRow(tr("Name:"), draft.name);
    QString store = draft.storeUrl;
    if (findings && !findings->discovery.siteName.isEmpty())
        store = tr("%1 (%2)").arg(findings->discovery.siteName, draft.storeUrl);
    addRow(tr("Store:"), store);
    addRow(tr("Consumer key:"), draft.consumerKey);
    const bool newSecret = !m_wizard->storeInputs().typedSecret.isEmpty();
    addRow(tr("Consumer secret:"),
           !reconfigure || newSecret ? SecretSentences::consumerSecretSaved(m_wizard->services().secrets->place())
                                     : SecretSentences::consumerSecretUnchanged(m_wizard->services().secrets->place()));
    addRow(tr("Warehouse:"), warehouseText(draft));
    addRow(tr("At go-live:"),
           draft.intakeSince.isValid()
               ? tr("Takes the orders in Processing created on or after %1")
                     .arg(QLocale().toString(draft.intakeSince.toLocalTime().date(), QLocale::LongFormat))
               : tr("Takes all orders in Processing"));
    addRow(tr("On dispatch:"), dispatchText(draft));
    addRow(tr("Tracking:"), trackingText(draft));
    addRow(tr("Cancelled orders:"), cancelledText(draft));
    addRow(tr("Stock levels:"), stockText(draft));

    // Reconfigure says what Finish will change, before → after, so that nothing changes unnoticed.
    if (reconfigure) {
        const QStringList changed = changes();
        m_changes->setText(changed.isEmpty() ? tr("Nothing has changed: Finish keeps the integration as it is.")
                                             : tr("What changes:") + QLatin1Char('\n') + QStringLiteral("• ")
                                   + changed.join(QStringLiteral("\n• ")));
    }
    m_changes->setVisible(reconfigure);

    m_cost->setText(reconfigure ? QString()
                                : tr("Each integration costs $10 per week, billed weekly, from today until it is "
                                     "deleted."));
    m_cost->setVisible(!reconfigure);
}

bool FinishPage::isComplete() const
{
    // After a Cancel the earlier save may still answer: a second one would race it.
    return !m_saving && !m_wizard->isSavePending();
}

void FinishPage::setSaving(bool saving)
{
    m_saving = saving;
    if (saving) {
        m_status->clear();
        m_progress->start(tr("Saving the integration, with its consumer secret in %1…")
                              .arg(m_wizard->services().secrets->description()));
    } else {
        m_progress->finish();
    }
    Q_EMIT completeChanged();
    // QWizard re-enables Back on completeChanged, and again once Finish's click is handled; a save
    // cannot be walked back from halfway, so Back is disabled now and after that.
    const auto updateBack = [this] {
        if (QAbstractButton *back = wizard() ? wizard()->button(QWizard::BackButton) : nullptr)
            back->setEnabled(!m_saving);
    };
    updateBack();
    QMetaObject::invokeMethod(this, updateBack, Qt::QueuedConnection);
}

void FinishPage::stopWaiting(bool timedOut)
{
    m_wizard->stopWaitingForSave();
    setSaving(false);
    const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(m_progress->timeout()).count());
    m_status->showMessage(
        FieldMessage::Kind::Warning,
        (timedOut ? tr("The keychain has not answered in %n second(s). It may be locked, waiting for you to unlock "
                       "it in its own window, or not running.",
                       nullptr, seconds)
                  : tr("Stopped waiting for the keychain."))
            + QLatin1Char(' ')
            + tr("If it answers later, the integration is saved then and starts; if it refuses, nothing is kept. "
                 "You can close the wizard."));
}

bool FinishPage::validatePage()
{
    if (m_saving || m_wizard->isSavePending())
        return false;
    setSaving(true);
    m_wizard->save([this](bool ok, const QString &message) {
        const bool wasWaiting = m_saving;
        setSaving(false);
        if (ok)
            m_status->showMessage(FieldMessage::Kind::Success,
                                  wasWaiting ? tr("Saved.")
                                             : tr("The keychain answered after all: the integration is saved."));
        else
            m_status->showMessage(FieldMessage::Kind::Error, message);
    });
    // The wizard closes itself once the save succeeded.
    return false;
}

} // namespace wharf
