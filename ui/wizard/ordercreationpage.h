#pragma once

#include "ui/wizard/wizardpage.h"

namespace wharf {

namespace catalogue {
class SkuPreflight;
}
namespace woo {
class WooClient;
}
class IntegrationWizard;
class OrderCreationForm;

// Step 3: customer, warehouse and go-live intake. Customers and the warehouses their orders go to
// arrive asynchronously from the CustomerDirectory; the page is complete once a customer and a
// warehouse are chosen.
class OrderCreationPage : public WizardPage
{
    Q_OBJECT

public:
    explicit OrderCreationPage(IntegrationWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    OrderCreationForm *form() const { return m_form; }
    bool isLoadingCustomers() const { return m_loadingCustomers; }
    bool isLoadingWarehouses() const { return m_loadingWarehouses; }

    catalogue::SkuPreflight *skuPreflight() const { return m_skuPreflight; }

private:
    void loadWarehouses(const QString &customerId);
    // Gives the form's SKU check the store the wizard checked and the account's CartonCloud.
    void prepareSkuPreflight();

    IntegrationWizard *m_wizard;
    OrderCreationForm *m_form;
    bool m_customersRequested = false;
    bool m_loadingCustomers = false;
    bool m_loadingWarehouses = false;
    // Bumped per warehouse request, so that the answer for a customer no longer selected is dropped.
    quint64 m_warehouseRequest = 0;
    woo::WooClient *m_woo = nullptr;
    catalogue::SkuPreflight *m_skuPreflight = nullptr;
};

} // namespace wharf
