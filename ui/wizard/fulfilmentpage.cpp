#include "ui/wizard/fulfilmentpage.h"

#include "core/net/httpclient.h"
#include "core/store/customerrepository.h"
#include "core/sync/integrationsetup.h"
#include "core/woo/credentialscheck.h"
#include "core/woo/wooclient.h"
#include "ui/wizard/fulfilmentform.h"
#include "ui/wizard/integrationwizard.h"
#include "ui/wizard/stockpreviewdialog.h"
#include "ui/wizard/wizardservices.h"

namespace wharf {

FulfilmentPage::FulfilmentPage(IntegrationWizard *wizard)
    : m_wizard(wizard)
    , m_form(new FulfilmentForm(this))
{
    setObjectName(QStringLiteral("fulfilmentPage"));
    setTitle(tr("Fulfilment"));
    setSubTitle(tr("What Wharf writes back to WooCommerce as CartonCloud fulfils the orders."));
    setForm(m_form);
    connect(m_form, &FulfilmentForm::checkAgainRequested, this, &FulfilmentPage::checkAgain);
    connect(m_form, &FulfilmentForm::stockPreviewRequested, this, &FulfilmentPage::previewStock);
    connect(m_wizard->storeCheck(), &StoreCheck::finished, this, [this](const woo::CredentialsCheckResult &result) {
        if (!m_checking)
            return; // a check the Authentication step started
        m_checking = false;
        showFindings(result);
        Q_EMIT completeChanged();
    });
}

void FulfilmentPage::initializePage()
{
    m_form->load(m_wizard->draft());
    if (const auto findings = m_wizard->currentFindings())
        showFindings(*findings);
    else if (m_wizard->mode() == IntegrationWizard::Mode::Reconfigure)
        checkAgain(); // the URL and key were kept, so nothing was checked on the way here
    else
        m_form->setTracking(FulfilmentForm::Tracking::Unknown);
}

void FulfilmentPage::stopChecking()
{
    if (!m_checking)
        return;
    m_wizard->storeCheck()->cancel();
    m_checking = false;
    m_form->setTracking(FulfilmentForm::Tracking::Unknown);
}

void FulfilmentPage::cleanupPage()
{
    stopChecking();
    m_form->save(m_wizard->draft());
}

bool FulfilmentPage::isComplete() const
{
    return !m_checking;
}

bool FulfilmentPage::validatePage()
{
    Integration &draft = m_wizard->draft();
    m_form->save(draft);
    // A check made here (Reconfigure, or "Check the store again") also learnt how the store takes the
    // key now, e.g. after its host began stripping the Authorization header.
    if (const auto findings = m_wizard->currentFindings())
        draft.wooAuth = IntegrationSetup::wooAuthKey(findings->connection.auth);
    return true;
}

void FulfilmentPage::checkAgain()
{
    m_checking = true;
    m_form->setTracking(FulfilmentForm::Tracking::Checking);
    Q_EMIT completeChanged();
    m_wizard->storeCheck()->start(m_wizard->storeInputs());
}

void FulfilmentPage::previewStock()
{
    const auto findings = m_wizard->currentFindings();
    if (!findings || !findings->ok() || !m_wizard->services().wms)
        return;
    const Integration &draft = m_wizard->draft();
    QString customerName = draft.customerId;
    if (const Database *database = m_wizard->services().database) {
        if (const auto customer = CustomerRepository(*database).find(m_wizard->account().id, draft.customerId))
            customerName = customer->name;
    }
    const auto ssl = m_wizard->storeCheck()->credentialsCheck()->client()->http()->sslConfiguration();
    delete m_stockPreview;
    m_stockPreview =
        new StockPreviewDialog(m_wizard->services().network, ssl.value_or(QSslConfiguration::defaultConfiguration()),
                               findings->connection, m_wizard->services().wms, draft.customerId, customerName, this);
    m_stockPreview->open();
    m_stockPreview->start();
}

void FulfilmentPage::showFindings(const woo::CredentialsCheckResult &result)
{
    if (!m_wizard->services().wms)
        m_form->setStockPreviewAvailable(false,
                                         tr("The preview needs the CartonCloud account's secret, which "
                                            "Wharf could not read."));
    else if (!result.ok())
        m_form->setStockPreviewAvailable(false,
                                         tr("The preview needs a store that answers: check the store "
                                            "again."));
    else
        m_form->setStockPreviewAvailable(true);
    if (!result.ok()) {
        m_form->setTracking(FulfilmentForm::Tracking::CheckFailed, woo::TrackingPlugin::None, result.sentence);
        return;
    }
    const woo::TrackingPlugin plugin = result.connection.tracking;
    m_form->setTracking(plugin == woo::TrackingPlugin::None ? FulfilmentForm::Tracking::Missing
                                                            : FulfilmentForm::Tracking::Available,
                        plugin);
}

} // namespace wharf
