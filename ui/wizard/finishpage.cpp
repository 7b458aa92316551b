#include "ui/wizard/finishpage.h"

#include "core/woo/storeurl.h"
#include "ui/wizard/busyindicator.h"
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
    , m_cost(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_status(new FieldMessage(nullptr, this))
{
    setObjectName(QStringLiteral("finishPage"));
    setTitle(tr("Finish"));
    m_status->setObjectName(QStringLiteral("saveStatus"));
    m_cost->setObjectName(QStringLiteral("costNote"));
    m_cost->setWordWrap(true);
    m_summary->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_summary);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_cost);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);
    layout->addStretch(1);
    setForm(content);
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
           !reconfigure || newSecret ? tr("Saved in the system keychain, never in Wharf's data file")
                                     : tr("Unchanged (kept in the system keychain)"));
    addRow(tr("Warehouse:"),
           draft.warehouseMode == Integration::WarehouseMode::Named
               ? draft.warehouseName
               : tr("The customer's default warehouse in CartonCloud"));
    addRow(tr("At go-live:"),
           draft.intakeSince.isValid()
               ? tr("Takes the orders in Processing created on or after %1")
                     .arg(QLocale().toString(draft.intakeSince.toLocalTime().date(), QLocale::LongFormat))
               : tr("Takes all orders in Processing"));
    addRow(tr("On dispatch:"),
           draft.completeOnDispatch ? tr("Marks the WooCommerce order Completed")
                                    : tr("Leaves the WooCommerce order as it is"));
    addRow(tr("Tracking:"), draft.sendTracking ? tr("Sent to WooCommerce when packed or dispatched") : tr("Not sent"));

    m_cost->setText(reconfigure ? QString()
                                : tr("Each integration costs $10 per week, billed weekly, from today until it is "
                                     "deleted."));
    m_cost->setVisible(!reconfigure);
}

bool FinishPage::isComplete() const
{
    return !m_saving;
}

void FinishPage::setSaving(bool saving)
{
    m_saving = saving;
    if (saving) {
        m_busy->start();
        m_status->showMessage(FieldMessage::Kind::Info, tr("Saving…"));
    } else {
        m_busy->stop();
    }
    Q_EMIT completeChanged();
    // QWizard re-enables Back on completeChanged; a save cannot be walked back from halfway.
    if (QAbstractButton *back = wizard()->button(QWizard::BackButton))
        back->setEnabled(!saving);
}

bool FinishPage::validatePage()
{
    if (m_saving)
        return false;
    setSaving(true);
    m_wizard->save([this](bool ok, const QString &message) {
        setSaving(false);
        if (ok)
            m_status->showMessage(FieldMessage::Kind::Success, tr("Saved."));
        else
            m_status->showMessage(FieldMessage::Kind::Error, message);
    });
    // The wizard closes itself once the save succeeded.
    return false;
}

} // namespace wharf
