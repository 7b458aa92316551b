#pragma once

#include "core/woo/trackingplugin.h"

#include <QString>
#include <QUrl>

namespace wharf::woo {

// Everything WooClient needs to talk to one store. The secret arrives from the caller (who reads it
// from the keychain) and is never logged.
struct WooConnection
{
    enum class AuthMode {
        Basic, // HTTPS: Authorization: Basic key:secret
        QueryString, // HTTPS, for hosts that strip the Authorization header: keys in the query
        OAuth1, // plain HTTP: OAuth 1.0a, HMAC-SHA256, signed against `home`
    };

    // The site's home URL as WordPress reports it (from discovery): every request and every OAuth
    // signature is built from it, since WooCommerce signs against get_home_url().
    QUrl home;
    AuthMode auth = AuthMode::Basic;
    QString consumerKey;
    QString consumerSecret;
    TrackingPlugin tracking = TrackingPlugin::None;

    bool isComplete() const { return home.isValid() && !consumerKey.isEmpty() && !consumerSecret.isEmpty(); }
    // What a URL's scheme allows: OAuth for http, Basic for https.
    static AuthMode defaultAuthFor(const QUrl &home)
    {
        return home.scheme() == QStringLiteral("http") ? AuthMode::OAuth1 : AuthMode::Basic;
    }
    // The mode an integration stores by name (Integration::wooAuth: "basic", "query", "oauth1";
    // empty or unknown: what the URL's scheme allows).
    static AuthMode authModeNamed(const QString &name, const QUrl &home)
    {
        if (name == QLatin1String("query"))
            return AuthMode::QueryString;
        if (name == QLatin1String("oauth1"))
            return AuthMode::OAuth1;
        if (name == QLatin1String("basic"))
            return AuthMode::Basic;
        return defaultAuthFor(home);
    }
};

} // namespace wharf::woo
