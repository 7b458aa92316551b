#pragma once

#include "core/woo/credentialscheckresult.h"
#include "ui/wizard/wizardpage.h"

namespace wharf {

class AuthenticationForm;
class IntegrationWizard;

// Step 2: the store and its key. Next runs the live check (Nextcloud's pattern): validatePage()
// starts it and returns false, isComplete() is false while it runs, the result arrives by signal
// and is shown on the page; the next Next goes on. Leaving the page uses the pass up, so Back then
// Next checks again. Reconfigure with the stored URL, key and secret goes on without a check.
class AuthenticationPage : public WizardPage
{
    Q_OBJECT

public:
    explicit AuthenticationPage(IntegrationWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    AuthenticationForm *form() const { return m_form; }
    bool isChecking() const { return m_checking; }
    // How many checks this page started (tests: "Back then Next checks again").
    int checksStarted() const { return m_checksStarted; }

private:
    void checkFinished(const woo::CredentialsCheckResult &result);
    void updateNextText();

    IntegrationWizard *m_wizard;
    AuthenticationForm *m_form;
    bool m_checking = false;
    // The last check passed for what the fields hold now, and the page has not been left since.
    bool m_passReady = false;
    int m_checksStarted = 0;
};

} // namespace wharf
