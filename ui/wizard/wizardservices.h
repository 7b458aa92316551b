#pragma once

class QNetworkAccessManager;

namespace wharf {

class CustomerDirectory;
class Database;
class EngineControl;
class IntegrationRegistry;
class SecretStore;

namespace wms {
class WmsClient;
}

// What the setup wizard works with; all owned by the caller and outliving the wizard.
struct WizardServices
{
    const Database *database = nullptr;
    // Saves the integration and its secret together (and tells the dashboard through its signals).
    IntegrationRegistry *registry = nullptr;
    // Where Reconfigure finds the stored secret when the store has to be checked again.
    SecretStore *secrets = nullptr;
    // Told to (re)load the integration once it is saved.
    EngineControl *engine = nullptr;
    // The GUI thread's network access, for the live check of the store.
    QNetworkAccessManager *network = nullptr;
    // Customers and the warehouses their orders go to; null: what Wharf has stored
    // (LocalCustomerDirectory).
    CustomerDirectory *customers = nullptr;
    // CartonCloud, connected to the account, for the Order Creation step's SKU check and the
    // Fulfilment step's stock levels preview; null when the account's secret could not be read
    // (both then say so).
    wms::WmsClient *wms = nullptr;
};

} // namespace wharf
