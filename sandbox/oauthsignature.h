#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace wharf::sandbox {

// OAuth 1.0a one-legged signatures the way WooCommerce's class-wc-rest-authentication.php
// checks them: parameters sorted by top-level key (strcmp), keys and values RFC 3986 encoded,
// "k=v" pairs encoded again and joined with %26, key = consumer secret + '&'.
class OAuthSignature
{
public:
    enum class Method { HmacSha1, HmacSha256 };
    // WooCommerce sorts the raw keys (uksort strcmp) and then encodes them; RFC 5849 sorts the
    // encoded keys. They differ only for keys with characters that need encoding ("c@" vs "c2").
    enum class KeyOrder { WooCommerce, Rfc5849 };

    // RFC 3986 percent-encoding: only A-Z a-z 0-9 - . _ ~ stay literal.
    static QByteArray encode(const QString &value);

    // `baseUrl` is scheme://host[:port]/path (no query); `params` excludes oauth_signature and
    // keeps PHP's flattened array keys ("status[0]").
    static QByteArray baseString(const QByteArray &httpMethod, const QString &baseUrl,
                                 const QList<QPair<QString, QString>> &params, KeyOrder order = KeyOrder::WooCommerce);
    static QByteArray sign(Method method, const QByteArray &baseString, const QString &consumerSecret,
                           const QString &tokenSecret = {});
};

} // namespace wharf::sandbox
