#include "ui/wizard/authenticationpage.h"

#include "core/secrets/secretstore.h"
#include "core/sync/integrationsetup.h"
#include "core/woo/storeurl.h"
#include "ui/wizard/authenticationform.h"
#include "ui/wizard/integrationwizard.h"

namespace wharf {

AuthenticationPage::AuthenticationPage(IntegrationWizard *wizard)
    : m_wizard(wizard)
    , m_form(new AuthenticationForm(this))
{
    setObjectName(QStringLiteral("authenticationPage"));
    setTitle(tr("Authentication"));
    setSubTitle(tr("Connect Wharf to the customer's WooCommerce store."));
    setForm(m_form);

    connect(m_form, &AuthenticationForm::edited, this, [this] {
        if (m_checking) {
            // The check is for what the fields held before: its answer would be about another store.
            m_wizard->storeCheck()->cancel();
            m_checking = false;
            m_form->setChecking(false);
        }
        m_passReady = false;
        updateNextText();
        Q_EMIT completeChanged();
    });
    StoreCheck *check = m_wizard->storeCheck();
    connect(check, &StoreCheck::progress, this, [this](const QString &step) {
        if (m_checking)
            m_form->setProgress(step);
    });
    connect(check, &StoreCheck::finished, this, &AuthenticationPage::checkFinished);
}

void AuthenticationPage::initializePage()
{
    m_form->setSecretPlace(m_wizard->services().secrets->place());
    m_form->load(m_wizard->draft());
    m_passReady = false;
    updateNextText();
}

void AuthenticationPage::cleanupPage()
{
    if (m_checking) {
        m_wizard->storeCheck()->cancel();
        m_checking = false;
        m_form->setChecking(false);
    }
    m_passReady = false;
    m_form->save(m_wizard->draft());
}

bool AuthenticationPage::isComplete() const
{
    return !m_checking && m_form->isFilled();
}

void AuthenticationPage::updateNextText()
{
    if (!wizard())
        return;
    const bool needsCheck =
        !m_passReady && !(m_wizard->mode() == IntegrationWizard::Mode::Reconfigure && m_wizard->storeInputsUnchanged());
    // The button says what it will do: check first, go on once the check passed.
    setButtonText(QWizard::NextButton,
                  needsCheck ? tr("&Check connection") : wizard()->buttonText(QWizard::NextButton));
}

bool AuthenticationPage::validatePage()
{
    if (m_checking)
        return false;
    Integration &draft = m_wizard->draft();
    const StoreCheck::Inputs inputs = m_wizard->storeInputs();
    const std::optional<woo::CredentialsCheckResult> findings = m_wizard->currentFindings();

    if (m_passReady && findings) {
        m_passReady = false; // used up: Back then Next checks again
        m_form->save(draft);
        // What WordPress calls the site's home is the address every request is built from.
        if (findings->connection.home.isValid())
            draft.storeUrl = woo::StoreUrl::display(findings->connection.home);
        draft.wooAuth = IntegrationSetup::wooAuthKey(findings->connection.auth);
        updateNextText();
        return true;
    }
    if (m_wizard->mode() == IntegrationWizard::Mode::Reconfigure && m_wizard->storeInputsUnchanged()) {
        m_form->save(draft);
        draft.storeUrl = m_wizard->original().storeUrl; // unchanged, as the last check left it
        return true;
    }

    m_checking = true;
    ++m_checksStarted;
    m_form->setChecking(true);
    Q_EMIT completeChanged();
    m_wizard->storeCheck()->start(inputs);
    return false;
}

void AuthenticationPage::checkFinished(const woo::CredentialsCheckResult &result)
{
    if (!m_checking)
        return; // a check the Fulfilment step started
    m_checking = false;
    m_form->setChecking(false);
    m_form->showResult(result);
    m_passReady = result.ok();
    updateNextText();
    Q_EMIT completeChanged();
}

} // namespace wharf
