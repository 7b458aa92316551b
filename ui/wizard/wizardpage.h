#pragma once

#include <QWizardPage>

namespace wharf {

// What every step of the integration wizard shares (KeePassXC's wizard-page base): the step's form
// sits in a frameless scroll area, so that long explanations never get squeezed into each other at a
// large font or a small screen; they scroll instead.
class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

protected:
    void setForm(QWidget *form);
};

} // namespace wharf
