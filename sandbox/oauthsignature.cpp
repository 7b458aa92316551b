#include "oauthsignature.h"

#include <QMessageAuthenticationCode>

#include <algorithm>

namespace wharf::sandbox {

QByteArray OAuthSignature::encode(const QString &value)
{
    return value.toUtf8().toPercentEncoding();
}

QByteArray OAuthSignature::baseString(const QByteArray &httpMethod, const QString &baseUrl,
                                      const QList<QPair<QString, QString>> &params, KeyOrder order)
{
    // uksort() sorts only the top-level keys; the elements of one array keep their order.
    auto sorted = params;
    const auto topKey = [order](const QString &key) {
        const qsizetype bracket = key.indexOf(u'[');
        const QString top = bracket < 0 ? key : key.left(bracket);
        return order == KeyOrder::WooCommerce ? top.toUtf8() : encode(top);
    };
    // Equal keys (possible in RFC 5849, never in PHP's $_GET) are ordered by encoded value.
    std::stable_sort(sorted.begin(), sorted.end(), [&](const auto &a, const auto &b) {
        const QByteArray ka = topKey(a.first);
        const QByteArray kb = topKey(b.first);
        if (ka != kb)
            return ka < kb;
        return a.first == b.first && encode(a.second) < encode(b.second);
    });

    QByteArrayList pairs;
    for (const auto &[key, value] : std::as_const(sorted)) {
        // "status[0]" is signed as encode("status") + "%5B0%5D", i.e. like encode("status[0]").
        const QByteArray pair = encode(key) + '=' + encode(value);
        pairs.append(pair.toPercentEncoding());
    }
    return httpMethod.toUpper() + '&' + encode(baseUrl) + '&' + pairs.join("%26");
}

QByteArray OAuthSignature::sign(Method method, const QByteArray &baseString, const QString &consumerSecret,
                                const QString &tokenSecret)
{
    // WooCommerce uses the secret as it is (consumer_secret . '&'); RFC 5849 would encode it, which
    // makes no difference for the cs_<hex> secrets WooCommerce issues.
    const QByteArray key = consumerSecret.toUtf8() + '&' + tokenSecret.toUtf8();
    const auto algorithm = method == Method::HmacSha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
    return QMessageAuthenticationCode::hash(baseString, key, algorithm).toBase64();
}

} // namespace wharf::sandbox
