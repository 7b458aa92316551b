#pragma once

#include <QLoggingCategory>

// One category per area, so that QT_LOGGING_RULES="wharf.sync.debug=true" shows one area's detail.
// No category ever receives a secret or an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcWoo)
Q_DECLARE_LOGGING_CATEGORY(lcWms)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcBilling)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCatalogue)
