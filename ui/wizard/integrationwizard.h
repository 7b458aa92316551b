#pragma once

#include "core/model/customer.h"
#include "core/model/integration.h"
#include "core/model/wmsaccount.h"
#include "ui/wizard/storecheck.h"
#include "ui/wizard/wizardservices.h"

#include <QHash>
#include <QWizard>

#include <functional>

namespace wharf {

class AuthenticationPage;
class CustomerDirectory;

// The setup wizard for one self-managed WooCommerce integration: Name → Authentication → Order
// Creation → Fulfilment → Finish. The same wizard, pre-filled, is Reconfigure. It owns the draft
// integration the pages fill in; the pages are thin shells around reusable forms; the store check
// and the saving run asynchronously, and the wizard never blocks the GUI thread.
//
// Open it modeless or window-modal (show()/open()); it says what it saved through integrationSaved()
// and closes itself with accept().
class IntegrationWizard : public QWizard
{
    Q_OBJECT

public:
    // Stable page ids (setPage), so that code and tests can refer to a step by name.
    enum class PageId { Name = 0, Authentication, OrderCreation, Fulfilment, Finish };
    Q_ENUM(PageId)
    enum class Mode { Create, Reconfigure };
    Q_ENUM(Mode)

    // A new integration for `customerId` (an admin may pick another customer on the Order Creation
    // step; a customer user always gets the customer of their login, whatever is passed here).
    IntegrationWizard(const WizardServices &services, const WmsAccount &account, const QString &customerId,
                      QWidget *parent = nullptr);
    // Reconfigure an existing integration. The stored secret stays unless a new one is typed.
    IntegrationWizard(const WizardServices &services, const WmsAccount &account, const Integration &integration,
                      QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    const WmsAccount &account() const { return m_account; }
    const WizardServices &services() const { return m_services; }
    CustomerDirectory *customerDirectory() const { return m_directory; }
    StoreCheck *storeCheck() const { return m_storeCheck; }

    // The integration as the steps have filled it in so far.
    Integration &draft() { return m_draft; }
    const Integration &draft() const { return m_draft; }
    // Reconfigure: the integration as it was when the wizard opened.
    const Integration &original() const { return m_original; }

    // The customer cannot be changed: a customer user's own, or the one of the integration being
    // reconfigured; `reason` says why in a sentence.
    bool isCustomerFixed(QString *reason = nullptr) const;
    // A sentence when this login may not create or change this customer's integrations (a customer
    // user whose customer the account owner has not allowed to self-manage); empty otherwise.
    QString permissionProblem() const;
    QString customerName(const QString &customerId) const;
    void rememberCustomer(const Customer &customer);

    // The store inputs as the Authentication step holds them now.
    StoreCheck::Inputs storeInputs() const;
    // Reconfigure: true when the URL and key are the stored ones and no new secret was typed.
    bool storeInputsUnchanged() const;
    // What the last check found, when it passed for the current inputs.
    std::optional<woo::CredentialsCheckResult> currentFindings() const;

    // Saves the draft (with the typed secret) through the registry and tells the engine. `done` gets
    // a sentence on failure. Used by the Finish step.
    // `done` is called once, when the registry answers, even after stopWaitingForSave().
    void save(std::function<void(bool ok, const QString &message)> done);
    bool isSaving() const { return m_saving; }
    // The person gave up waiting (Cancel, or the keychain's time limit): the wizard may be closed
    // again. The save itself cannot be called back from the keychain; it stays pending, and when it
    // answers the integration is saved (and the engine told) or left out, as always.
    void stopWaitingForSave() { m_saving = false; }
    bool isSavePending() const { return m_savePending; }

public Q_SLOTS:
    void done(int result) override;

Q_SIGNALS:
    // The integration is in the database and its secret in the keychain; the engine was told.
    void integrationSaved(const wharf::Integration &integration);

private:
    void setUp();

    WizardServices m_services;
    WmsAccount m_account;
    Mode m_mode;
    Integration m_draft;
    Integration m_original;
    CustomerDirectory *m_directory = nullptr;
    StoreCheck *m_storeCheck = nullptr;
    AuthenticationPage *m_authenticationPage = nullptr;
    QHash<QString, QString> m_customerNames;
    bool m_saving = false;
    bool m_savePending = false;
};

} // namespace wharf
