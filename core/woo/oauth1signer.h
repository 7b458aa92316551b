#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace wharf::woo {

// OAuth 1.0a "one-legged" signing (RFC 5849) as WooCommerce checks it for stores on plain HTTP:
// every query parameter is signed, a JSON body is not, the key is "consumer_secret&" (no token).
class OAuth1Signer
{
public:
    enum class Method { HmacSha1, HmacSha256 };
    using Params = QList<QPair<QString, QString>>; // decoded names and values, in any order

    // RFC 3986 percent-encoding of the UTF-8 bytes: only A-Z a-z 0-9 - . _ ~ stay literal.
    static QByteArray percentEncode(const QString &value);
    // The base string URI of RFC 5849 §3.4.1.2: lowercase scheme and host, the port only when it is
    // not the scheme's default, the path, no query.
    static QByteArray baseStringUri(const QUrl &url);
    // The normalised parameter string of §3.4.1.3.2: encoded, sorted by name then value, joined.
    static QByteArray normalisedParameters(const Params &params);
    // METHOD & enc(base URI) & enc(normalised parameters).
    static QByteArray signatureBaseString(const QByteArray &httpMethod, const QUrl &url, const Params &params);
    // base64(HMAC(secret-key, base string)), key = enc(consumerSecret) & enc(tokenSecret).
    static QByteArray signature(const QByteArray &baseString, const QString &consumerSecret,
                                const QString &tokenSecret = QString(), Method method = Method::HmacSha256);

    // Returns the full parameter list to send: the request's own query parameters, the oauth_*
    // parameters, and oauth_signature. `nonce` and `timestamp` are arguments so that tests can fix
    // them; use makeNonce() and the current time otherwise.
    static Params sign(const QByteArray &httpMethod, const QUrl &urlWithoutQuery, const Params &queryParams,
                       const QString &consumerKey, const QString &consumerSecret, const QString &nonce,
                       qint64 timestamp, Method method = Method::HmacSha256);
    // A 32-character random nonce, as WooCommerce recommends (unique per key within 15 minutes).
    static QString makeNonce();
    // name=value&… with percentEncode() on both, in the given order.
    static QByteArray encodeQuery(const Params &params);
};

} // namespace wharf::woo
