#include "ui/wizard/ordercreationpage.h"

#include "core/catalogue/skupreflight.h"
#include "core/store/integrationrepository.h"
#include "core/woo/credentialscheck.h"
#include "core/woo/wooclient.h"
#include "ui/catalogue/skupreflightview.h"
#include "ui/wizard/customerdirectory.h"
#include "ui/wizard/integrationwizard.h"
#include "ui/wizard/ordercreationform.h"
#include "ui/wizard/storecheck.h"
#include "ui/wizard/wizardservices.h"

#include <QUrl>

namespace wharf {

OrderCreationPage::OrderCreationPage(IntegrationWizard *wizard)
    : m_wizard(wizard)
    , m_form(new OrderCreationForm(this))
{
    setObjectName(QStringLiteral("orderCreationPage"));
    setTitle(tr("Order Creation"));
    setSubTitle(tr("Where the store's orders go in CartonCloud, and which orders to take when the integration "
                   "starts."));
    setForm(m_form);
    connect(m_form, &OrderCreationForm::changed, this, &QWizardPage::completeChanged);
    connect(m_form, &OrderCreationForm::customerChanged, this, &OrderCreationPage::loadWarehouses);
    connect(m_form, &OrderCreationForm::customerChanged, this, [this](const QString &customerId) {
        m_form->skuPreflightView()->setCustomer(customerId, m_wizard->customerName(customerId));
    });
}

void OrderCreationPage::prepareSkuPreflight()
{
    SkuPreflightView *view = m_form->skuPreflightView();
    const std::optional<woo::CredentialsCheckResult> &checked = m_wizard->storeCheck()->lastResult();
    wms::WmsClient *wms = m_wizard->services().wms;
    if (!wms || !m_wizard->services().network) {
        view->setPreflight(nullptr,
                           tr("Wharf cannot reach CartonCloud for this account now, so it cannot compare "
                              "SKUs. Open File → CartonCloud Account… to check the connection."));
        return;
    }
    if (!checked || !checked->ok()) {
        view->setPreflight(nullptr, tr("Check the store on the Authentication step first."));
        return;
    }
    // Another store or key since the last visit (Back, a changed address, Next again): what was
    // found for the old one says nothing about this one, so the check starts afresh.
    if (m_woo
        && (m_woo->connection().home != checked->connection.home
            || m_woo->connection().consumerKey != checked->connection.consumerKey)) {
        delete m_skuPreflight;
        delete m_woo;
        m_skuPreflight = nullptr;
        m_woo = nullptr;
    }
    if (!m_woo) {
        m_woo = new woo::WooClient(m_wizard->services().network, this);
        m_skuPreflight = new catalogue::SkuPreflight(m_woo, wms, this);
    }
    m_woo->setConnection(checked->connection);
    if (const auto ssl = m_wizard->storeCheck()->credentialsCheck()->client()->http()->sslConfiguration())
        m_woo->http()->setSslConfiguration(*ssl);
    view->setExportStem(checked->connection.home.host());
    view->setPreflight(m_skuPreflight);
}

void OrderCreationPage::initializePage()
{
    const Integration &draft = m_wizard->draft();
    if (!m_customersRequested) {
        m_customersRequested = true;
        m_form->setIntakeFixed(m_wizard->mode() == IntegrationWizard::Mode::Reconfigure);
        QString reason;
        if (m_wizard->isCustomerFixed(&reason)) {
            m_form->setFixedCustomer({draft.customerId, draft.accountId, m_wizard->customerName(draft.customerId)},
                                     reason);
            loadWarehouses(draft.customerId);
        } else {
            m_loadingCustomers = true;
            m_form->setCustomersLoading(true);
            m_wizard->customerDirectory()->customers(
                this, [this](const QList<Customer> &customers, const QString &error) {
                    m_loadingCustomers = false;
                    m_form->setCustomersLoading(false);
                    for (const Customer &customer : customers)
                        m_wizard->rememberCustomer(customer);
                    m_form->setCustomers(customers, m_wizard->draft().customerId);
                    if (!error.isEmpty())
                        m_form->showCustomerProblem(error);
                    else if (customers.isEmpty())
                        m_form->showCustomerProblem(tr("Wharf knows no customers of this CartonCloud account yet."));
                    Q_EMIT completeChanged();
                });
        }
    }
    m_form->load(draft);
    prepareSkuPreflight();
    m_form->skuPreflightView()->setCustomer(m_form->customerId(), m_form->customerName());
}

void OrderCreationPage::loadWarehouses(const QString &customerId)
{
    const quint64 request = ++m_warehouseRequest;
    if (customerId.isEmpty()) {
        m_loadingWarehouses = false;
        m_form->setKnownWarehouses({}, QString());
        return;
    }
    m_loadingWarehouses = true;
    m_form->setWarehousesLoading(true);
    CustomerDirectory *directory = m_wizard->customerDirectory();
    const QString source = directory->knownWarehousesSource(m_wizard->customerName(customerId));
    directory->knownWarehouses(customerId, this,
                               [this, request, source](const QStringList &names, const QString &error) {
                                   if (request != m_warehouseRequest)
                                       return;
                                   m_loadingWarehouses = false;
                                   m_form->setKnownWarehouses(names, source, error);
                               });
}

void OrderCreationPage::cleanupPage()
{
    m_form->save(m_wizard->draft());
}

bool OrderCreationPage::isComplete() const
{
    return !m_loadingCustomers && m_form->isFilled();
}

bool OrderCreationPage::validatePage()
{
    Integration &draft = m_wizard->draft();
    m_form->save(draft);
    // The Name step checked the name against the customer it knew; the customer may have changed since.
    if (IntegrationRepository(*m_wizard->services().database)
            .nameTaken(draft.accountId, draft.customerId, draft.name, draft.id)) {
        m_form->showCustomerProblem(tr("%1 already has an integration called “%2”. Go back to the Name step to "
                                       "choose another name, or choose another customer.")
                                        .arg(m_wizard->customerName(draft.customerId), draft.name));
        return false;
    }
    return true;
}

} // namespace wharf
