#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace wharf::woo {

// Turns what a person pastes into the "store address" field into the site's base URL.
class StoreUrl
{
    Q_DECLARE_TR_FUNCTIONS(wharf::woo::StoreUrl)

public:
    struct Normalised
    {
        // Best guess first; discovery tries each in turn (see candidates).
        QUrl url;
        // More guesses, for a site that really lives in a folder we stripped (e.g. WordPress
        // installed under /shop).
        QList<QUrl> alternatives;
        // Translated; empty when the input is usable.
        QString problem;
        bool ok() const { return problem.isEmpty(); }
        QList<QUrl> candidates() const { return QList<QUrl> {url} + alternatives; }
    };

    // Trims whitespace, adds https:// when no scheme is given, lowercases the host (IDN hosts are
    // kept in Unicode for display; QUrl puts them on the wire as punycode), drops user info, query,
    // fragment and trailing slashes, and cuts pasted WordPress paths (/wp-admin/…, /wp-login.php,
    // /wp-json/…) and WooCommerce page paths (/shop/, /product/…, /cart/, /checkout/, /my-account/).
    static Normalised normalise(const QString &input);

    // The URL as a person should see it (Unicode host, no trailing slash).
    static QString display(const QUrl &url);
};

} // namespace wharf::woo
