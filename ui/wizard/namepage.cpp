#include "ui/wizard/namepage.h"

#include "core/store/integrationrepository.h"
#include "ui/wizard/integrationwizard.h"
#include "ui/wizard/nameform.h"

#include <QLineEdit>

namespace wharf {

NamePage::NamePage(IntegrationWizard *wizard)
    : m_wizard(wizard)
    , m_form(new NameForm(this))
{
    setObjectName(QStringLiteral("namePage"));
    setTitle(tr("Name"));
    setSubTitle(tr("What should this integration be called?"));
    setForm(m_form);
    connect(m_form, &NameForm::changed, this, &QWizardPage::completeChanged);
}

void NamePage::initializePage()
{
    m_form->load(m_wizard->draft());
    m_blocker = m_wizard->permissionProblem();
    if (!m_blocker.isEmpty()) {
        m_form->showBlocker(m_blocker);
        m_form->nameEdit()->setEnabled(false);
    }
}

bool NamePage::isComplete() const
{
    return m_blocker.isEmpty() && m_form->isFilled();
}

bool NamePage::validatePage()
{
    Integration &draft = m_wizard->draft();
    m_form->save(draft);
    // With no customer chosen yet (an admin who opened the wizard without one), the Order Creation
    // step checks instead, once the customer is known.
    if (!draft.customerId.isEmpty()
        && IntegrationRepository(*m_wizard->services().database)
               .nameTaken(draft.accountId, draft.customerId, draft.name, draft.id)) {
        m_form->showProblem(tr("%1 already has an integration called “%2”. Choose another name.")
                                .arg(m_wizard->customerName(draft.customerId), draft.name));
        return false;
    }
    return true;
}

} // namespace wharf
