#pragma once

#include "core/woo/trackingplugin.h"

#include <QStringList>
#include <QUrl>

namespace wharf::woo {

// What GET /wp-json/ told us about a site, before any credentials are involved.
struct StoreDiscovery
{
    bool isWordPress = false;
    // "wc/v3" is among the REST namespaces.
    bool hasWooCommerce = false;
    // /wp-json/ answers. When false but ?rest_route=/ answers, permalinks are "Plain" and
    // WooCommerce's API keys are not accepted (before WooCommerce 11.1).
    bool prettyPermalinks = false;
    QString siteName;
    // The URL the user's input led to (after redirects) and the one WordPress calls home.
    QUrl reachedUrl;
    QUrl home; // where Wharf talks to the store: `home`'s path on the origin that was reached
    // What WordPress itself calls home; differs from `home` (and homeElsewhere is true) when it
    // names another host or port, or plain http where https was reached.
    QUrl announcedHome;
    bool homeElsewhere = false;
    TrackingPlugin tracking = TrackingPlugin::None;
    QStringList namespaces;
};

} // namespace wharf::woo
