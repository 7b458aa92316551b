#pragma once

#include "ui/wizard/wizardpage.h"

class QFormLayout;
class QLabel;

namespace wharf {

class BusyIndicator;
class FieldMessage;
class IntegrationWizard;

// Step 5: what will be saved, in words, and the saving itself. Finish saves the integration and its
// secret together (asynchronously; nothing is half-saved) and the engine starts it; a failure is
// shown here, with nothing saved, and Finish can be pressed again.
class FinishPage : public WizardPage
{
    Q_OBJECT

public:
    explicit FinishPage(IntegrationWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    FieldMessage *statusMessage() const { return m_status; }
    // The summary's value for a row label (tests, and the README's screenshot).
    QString summaryValue(const QString &label) const;

private:
    void addRow(const QString &label, const QString &value);
    void setSaving(bool saving);

    IntegrationWizard *m_wizard;
    QFormLayout *m_summary;
    QLabel *m_cost;
    BusyIndicator *m_busy;
    FieldMessage *m_status;
    bool m_saving = false;
};

} // namespace wharf
