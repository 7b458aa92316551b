#pragma once

#include "core/model/integration.h"
#include "core/woo/credentialscheckresult.h"
#include "core/woo/wooconnection.h"

namespace wharf::IntegrationSetup {

// The stored key for how a store takes its API key (Integration::wooAuth).
inline QString wooAuthKey(woo::WooConnection::AuthMode mode)
{
    switch (mode) {
    case woo::WooConnection::AuthMode::Basic:
        return QStringLiteral("basic");
    case woo::WooConnection::AuthMode::QueryString:
        return QStringLiteral("query");
    case woo::WooConnection::AuthMode::OAuth1:
        return QStringLiteral("oauth1");
    }
    return {};
}

// What a successful credentials check found, as the integration keeps it: the store's home URL
// (the one WooCommerce signs against), the key, and how the store takes it. The wizard and
// `wharf integration add` both save through this, so the engine talks to the store exactly as the
// check did.
inline void applyCheck(Integration &integration, const woo::CredentialsCheckResult &check)
{
    integration.storeUrl = check.connection.home.toString();
    integration.consumerKey = check.connection.consumerKey;
    integration.wooAuth = wooAuthKey(check.connection.auth);
}

} // namespace wharf::IntegrationSetup
