#pragma once

#include "core/woo/credentialscheckresult.h"
#include "ui/wizard/wizardpage.h"

namespace wharf {

class FulfilmentForm;
class IntegrationWizard;

// Step 4: complete on dispatch, and send tracking where a tracking plugin answers. What the store
// offers comes from the last check; Reconfigure without a fresh check asks the store when the step
// opens, and "Check the store again" asks at any time.
class FulfilmentPage : public WizardPage
{
    Q_OBJECT

public:
    explicit FulfilmentPage(IntegrationWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    FulfilmentForm *form() const { return m_form; }
    bool isChecking() const { return m_checking; }

private:
    void checkAgain();
    void showFindings(const woo::CredentialsCheckResult &result);
    void stopChecking();

    IntegrationWizard *m_wizard;
    FulfilmentForm *m_form;
    bool m_checking = false;
};

} // namespace wharf
