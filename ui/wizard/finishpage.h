#pragma once

#include "ui/wizard/wizardpage.h"

#include <QStringList>

class QFormLayout;
class QLabel;

namespace wharf {

class FieldMessage;
class IntegrationWizard;
class KeychainProgress;

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
    // The wait for the keychain, with Cancel and a time limit.
    KeychainProgress *progress() const { return m_progress; }
    // The summary's value for a row label (tests, and the README's screenshot).
    QString summaryValue(const QString &label) const;
    // Reconfigure: each changed setting as "Setting: before → after" (empty when nothing changed).
    QStringList changes() const;

private:
    void addRow(const QString &label, const QString &value);
    void setSaving(bool saving);
    void stopWaiting(bool timedOut);

    IntegrationWizard *m_wizard;
    QFormLayout *m_summary;
    QLabel *m_changes;
    QLabel *m_cost;
    KeychainProgress *m_progress;
    FieldMessage *m_status;
    bool m_saving = false;
};

} // namespace wharf
