#include "ui/wizard/integrationwizard.h"

#include "core/store/customerrepository.h"
#include "core/store/integrationregistry.h"
#include "core/store/integrationrepository.h"
#include "core/sync/enginecontrol.h"
#include "core/woo/storeurl.h"
#include "ui/widgets/messagebox.h"
#include "ui/wizard/authenticationform.h"
#include "ui/wizard/authenticationpage.h"
#include "ui/wizard/finishpage.h"
#include "ui/wizard/fulfilmentpage.h"
#include "ui/wizard/localcustomerdirectory.h"
#include "ui/wizard/namepage.h"
#include "ui/wizard/ordercreationpage.h"

#include <QPointer>

namespace wharf {

IntegrationWizard::IntegrationWizard(const WizardServices &services, const WmsAccount &account,
                                     const QString &customerId, QWidget *parent)
    : QWizard(parent)
    , m_services(services)
    , m_account(account)
    , m_mode(Mode::Create)
{
    m_draft.accountId = account.id;
    // A customer user works for the customer of their login only, whatever the caller asked for.
    m_draft.customerId = account.role == WmsAccount::Role::CustomerUser ? account.customerId : customerId;
    m_original = m_draft;
    setUp();
    setWindowTitle(tr("New WooCommerce integration for %1").arg(customerName(m_draft.customerId)));
}

IntegrationWizard::IntegrationWizard(const WizardServices &services, const WmsAccount &account,
                                     const Integration &integration, QWidget *parent)
    : QWizard(parent)
    , m_services(services)
    , m_account(account)
    , m_mode(Mode::Reconfigure)
    , m_draft(integration)
    , m_original(integration)
{
    setUp();
    setWindowTitle(tr("Reconfigure “%1”").arg(integration.name));
}

void IntegrationWizard::setUp()
{
    Q_ASSERT(m_services.database && m_services.registry && m_services.secrets && m_services.network);
    setObjectName(QStringLiteral("integrationWizard"));
    m_directory = m_services.customers ? m_services.customers
                                       : new LocalCustomerDirectory(*m_services.database, m_account.id, this);
    m_storeCheck = new StoreCheck(m_services.network, *m_services.secrets, this);

    // Classic style draws titles in the page and keeps the system palette: Modern's white banner
    // says nothing more and looks foreign on most Linux desktops.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);

    setPage(int(PageId::Name), new NamePage(this));
    m_authenticationPage = new AuthenticationPage(this);
    setPage(int(PageId::Authentication), m_authenticationPage);
    setPage(int(PageId::OrderCreation), new OrderCreationPage(this));
    setPage(int(PageId::Fulfilment), new FulfilmentPage(this));
    setPage(int(PageId::Finish), new FinishPage(this));
    setStartId(int(PageId::Name));

    // Room for the longest step (Order Creation) without squeezing its wrapped explanations; in
    // characters and lines, so that it holds at any font size and scale.
    const QFontMetrics metrics(font());
    resize(qMax(sizeHint().width(), metrics.averageCharWidth() * 100),
           qMax(sizeHint().height(), metrics.height() * 38));
}

bool IntegrationWizard::isCustomerFixed(QString *reason) const
{
    QString why;
    if (m_account.role == WmsAccount::Role::CustomerUser)
        why = tr("Your CartonCloud login belongs to this customer, so its integrations are the ones you can set "
                 "up.");
    else if (m_mode == Mode::Reconfigure)
        why = tr("An integration stays with its customer. To connect this store to another customer, delete this "
                 "integration and create one for that customer.");
    if (reason)
        *reason = why;
    return !why.isEmpty();
}

QString IntegrationWizard::permissionProblem() const
{
    if (m_account.role != WmsAccount::Role::CustomerUser)
        return {};
    if (m_draft.customerId.isEmpty() || m_draft.customerId != m_account.customerId)
        return tr("Your CartonCloud login can only set up integrations of its own customer.");
    const std::optional<Customer> customer =
        CustomerRepository(*m_services.database).find(m_account.id, m_account.customerId);
    if (!customer || !customer->maySelfManage)
        return tr("Your CartonCloud account owner has not given %1 permission to create its own Self-Managed "
                  "Integrations. Please ask your account owner for this access.")
            .arg(customerName(m_account.customerId));
    return {};
}

QString IntegrationWizard::customerName(const QString &customerId) const
{
    if (customerId.isEmpty())
        return tr("a customer");
    const QString known = m_customerNames.value(customerId);
    if (!known.isEmpty())
        return known;
    const std::optional<Customer> stored = CustomerRepository(*m_services.database).find(m_account.id, customerId);
    return stored && !stored->name.isEmpty() ? stored->name : customerId;
}

void IntegrationWizard::rememberCustomer(const Customer &customer)
{
    if (!customer.id.isEmpty() && !customer.name.isEmpty())
        m_customerNames.insert(customer.id, customer.name);
}

StoreCheck::Inputs IntegrationWizard::storeInputs() const
{
    const AuthenticationForm *form = m_authenticationPage->form();
    StoreCheck::Inputs inputs;
    inputs.storeAddress = form->storeAddress();
    inputs.consumerKey = form->consumerKey();
    inputs.typedSecret = form->typedSecret();
    inputs.storedSecretOf = m_mode == Mode::Reconfigure ? m_original.id : 0;
    return inputs;
}

bool IntegrationWizard::storeInputsUnchanged() const
{
    if (m_mode != Mode::Reconfigure)
        return false;
    const StoreCheck::Inputs inputs = storeInputs();
    // Compared as addresses, so that "shop.example/" and "https://shop.example" count as the same store.
    return inputs.typedSecret.isEmpty() && inputs.consumerKey == m_original.consumerKey.trimmed()
        && woo::StoreUrl::normalise(inputs.storeAddress).url == woo::StoreUrl::normalise(m_original.storeUrl).url;
}

std::optional<woo::CredentialsCheckResult> IntegrationWizard::currentFindings() const
{
    if (!m_storeCheck->passedFor(storeInputs()))
        return std::nullopt;
    return m_storeCheck->lastResult();
}

void IntegrationWizard::save(std::function<void(bool ok, const QString &message)> done)
{
    if (m_mode == Mode::Reconfigure) {
        // The engine kept working while the wizard was open: its view of the integration's health
        // (and a Pause) must survive the save, and an integration deleted meanwhile stays deleted.
        const std::optional<Integration> current = IntegrationRepository(*m_services.database).find(m_draft.id);
        if (!current || current->isDeleted()) {
            done(false,
                 tr("This integration was deleted while the wizard was open, so there is nothing to save "
                    "the changes to."));
            return;
        }
        m_draft.health = current->health;
        m_draft.healthReason = current->healthReason;
        m_draft.createdAt = current->createdAt;
    }
    m_saving = true;
    m_savePending = true;
    const QString secret = storeInputs().typedSecret;
    QPointer<IntegrationWizard> self(this);
    EngineControl *const engine = m_services.engine; // outlives the wizard (WizardServices)
    // The registry answers on its own terms (the keychain may take a while); the wizard may be gone
    // by then, and the integration is saved all the same, so the engine is told all the same.
    auto finished = [self, engine, done](const IntegrationRegistry::Outcome &outcome) {
        if (outcome.ok && engine)
            engine->reloadIntegration(outcome.integration.id);
        if (!self)
            return;
        self->m_saving = false;
        self->m_savePending = false;
        if (!outcome.ok) {
            done(false, outcome.message);
            return;
        }
        self->m_draft = outcome.integration;
        Q_EMIT self->integrationSaved(outcome.integration);
        done(true, QString());
        if (self->isVisible())
            self->QDialog::done(QDialog::Accepted);
    };
    if (m_mode != Mode::Create) {
        m_services.registry->update(m_draft, secret, finished);
        return;
    }
    // A store whose integration was deleted comes back with its history rather than blank: its
    // orders already sent to CartonCloud must never be sent again.
    IntegrationRegistry *registry = m_services.registry;
    m_services.registry->add(
        m_draft, secret, [self, registry, secret, finished](const IntegrationRegistry::Outcome &outcome) {
            if (outcome.ok || outcome.restorableId == 0 || !self) {
                finished(outcome);
                return;
            }
            MessageBox::Question question;
            question.title = tr("Restore Integration");
            question.text = outcome.message;
            question.informativeText =
                tr("Restoring keeps its order history and sends no order twice. Your new name and settings are "
                   "used.");
            question.acceptLabel = tr("Restore Integration");
            MessageBox::confirm(
                self, question,
                [self, registry, secret, finished, id = outcome.restorableId] {
                    if (!self)
                        return;
                    Integration restored = self->m_draft;
                    restored.id = id;
                    registry->restore(restored, secret, [self, finished](const IntegrationRegistry::Outcome &result) {
                        // What the restore means for billing, said once.
                        if (result.ok && self && self->parentWidget())
                            MessageBox::notify(self->parentWidget(), QMessageBox::Information,
                                               tr("Integration restored"), result.message);
                        finished(result);
                    });
                },
                [finished, outcome] { finished(outcome); });
        });
}

void IntegrationWizard::done(int result)
{
    // Closing while the integration and its secret are being saved would leave the user unsure
    // whether it was saved; the save takes a moment, and Finish reports either way.
    if (result == QDialog::Rejected && m_saving)
        return;
    QWizard::done(result);
}

} // namespace wharf
