#include "core/logging.h"

Q_LOGGING_CATEGORY(lcApp, "wharf.app")
Q_LOGGING_CATEGORY(lcStore, "wharf.store")
Q_LOGGING_CATEGORY(lcSecrets, "wharf.secrets")
Q_LOGGING_CATEGORY(lcNet, "wharf.net")
Q_LOGGING_CATEGORY(lcWoo, "wharf.woo")
Q_LOGGING_CATEGORY(lcWms, "wharf.wms")
Q_LOGGING_CATEGORY(lcSync, "wharf.sync")
Q_LOGGING_CATEGORY(lcBilling, "wharf.billing")
Q_LOGGING_CATEGORY(lcUi, "wharf.ui")
Q_LOGGING_CATEGORY(lcCatalogue, "wharf.catalogue")
