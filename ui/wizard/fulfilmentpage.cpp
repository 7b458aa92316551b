#include "ui/wizard/fulfilmentpage.h"

#include "core/sync/integrationsetup.h"
#include "ui/wizard/fulfilmentform.h"
#include "ui/wizard/integrationwizard.h"

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

void FulfilmentPage::showFindings(const woo::CredentialsCheckResult &result)
{
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
