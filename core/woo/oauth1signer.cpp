#include "core/woo/oauth1signer.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wharf::woo {

QByteArray OAuth1Signer::percentEncode(const QString &value)
{
    // QByteArray::toPercentEncoding leaves exactly the RFC 3986 unreserved set unencoded.
    return value.toUtf8().toPercentEncoding();
}

QByteArray OAuth1Signer::baseStringUri(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    QByteArray out = scheme.toLatin1() + "://" + url.host(QUrl::FullyEncoded).toLower().toLatin1();
    const int port = url.port();
    if (port != -1 && !((scheme == u"http"_s && port == 80) || (scheme == u"https"_s && port == 443)))
        out += ':' + QByteArray::number(port);
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    return out + path;
}

QByteArray OAuth1Signer::normalisedParameters(const Params &params)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(params.size());
    for (const auto &p : params)
        encoded.append({percentEncode(p.first), percentEncode(p.second)});
    // Byte order of the encoded forms, as RFC 5849 and WooCommerce's strcmp sort both do.
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &p : std::as_const(encoded)) {
        if (!out.isEmpty())
            out += '&';
        out += p.first + '=' + p.second;
    }
    return out;
}

QByteArray OAuth1Signer::signatureBaseString(const QByteArray &httpMethod, const QUrl &url, const Params &params)
{
    return httpMethod.toUpper() + '&' + baseStringUri(url).toPercentEncoding() + '&'
        + normalisedParameters(params).toPercentEncoding();
}

QByteArray OAuth1Signer::signature(const QByteArray &baseString, const QString &consumerSecret,
                                   const QString &tokenSecret, Method method)
{
    const QByteArray key = percentEncode(consumerSecret) + '&' + percentEncode(tokenSecret);
    const auto algorithm = method == Method::HmacSha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
    return QMessageAuthenticationCode::hash(baseString, key, algorithm).toBase64();
}

OAuth1Signer::Params OAuth1Signer::sign(const QByteArray &httpMethod, const QUrl &urlWithoutQuery,
                                        const Params &queryParams, const QString &consumerKey,
                                        const QString &consumerSecret, const QString &nonce, qint64 timestamp,
                                        Method method)
{
    Params params = queryParams;
    // oauth_version is optional and WooCommerce's docs say to omit it.
    params.append({u"oauth_consumer_key"_s, consumerKey});
    params.append({u"oauth_nonce"_s, nonce});
    params.append({u"oauth_signature_method"_s, method == Method::HmacSha1 ? u"HMAC-SHA1"_s : u"HMAC-SHA256"_s});
    params.append({u"oauth_timestamp"_s, QString::number(timestamp)});
    const QByteArray base = signatureBaseString(httpMethod, urlWithoutQuery, params);
    params.append({u"oauth_signature"_s, QString::fromLatin1(signature(base, consumerSecret, QString(), method))});
    return params;
}

QString OAuth1Signer::makeNonce()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString nonce;
    nonce.reserve(32);
    for (int i = 0; i < 32; ++i)
        nonce += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return nonce;
}

QByteArray OAuth1Signer::encodeQuery(const Params &params)
{
    QByteArray out;
    for (const auto &p : params) {
        if (!out.isEmpty())
            out += '&';
        out += percentEncode(p.first) + '=' + percentEncode(p.second);
    }
    return out;
}

} // namespace wharf::woo
