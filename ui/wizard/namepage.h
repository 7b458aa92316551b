#pragma once

#include "ui/wizard/wizardpage.h"

namespace wharf {

class IntegrationWizard;
class NameForm;

// Step 1: the integration's name, unique among the customer's integrations.
class NamePage : public WizardPage
{
    Q_OBJECT

public:
    explicit NamePage(IntegrationWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    NameForm *form() const { return m_form; }

private:
    IntegrationWizard *m_wizard;
    NameForm *m_form;
    QString m_blocker;
};

} // namespace wharf
