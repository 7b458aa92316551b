#pragma once

#include "core/woo/credentialscheckresult.h"
#include "ui/wizard/wizardpage.h"

namespace wharf {

class FulfilmentForm;
class IntegrationWizard;
class StockPreviewDialog;

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
    // The stock levels preview last opened from this step; null before.
    StockPreviewDialog *stockPreview() const { return m_stockPreview; }

private:
    void checkAgain();
    void showFindings(const woo::CredentialsCheckResult &result);
    void stopChecking();
    void previewStock();

    IntegrationWizard *m_wizard;
    FulfilmentForm *m_form;
    bool m_checking = false;
    StockPreviewDialog *m_stockPreview = nullptr;
};

} // namespace wharf
