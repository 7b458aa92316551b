#include "core/woo/storeurl.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wharf::woo {

namespace {

// Path segments that begin a WordPress or WooCommerce page rather than the site's root. Everything
// from the first of these on is cut. The WooCommerce ones are the default page slugs; a shop that
// renamed them is handled by discovery through `home` once one candidate answers.
const QStringList &wordpressSegments()
{
    static const QStringList s {u"wp-admin"_s,  u"wp-login.php"_s, u"wp-json"_s,
                                u"index.php"_s, u"wp-content"_s,   u"wp-includes"_s};
    return s;
}

const QStringList &woocommerceSegments()
{
    static const QStringList s {u"shop"_s, u"product"_s,  u"product-category"_s, u"product-tag"_s,
                                u"cart"_s, u"checkout"_s, u"my-account"_s,       u"order-received"_s};
    return s;
}

QString cutAt(const QStringList &segments, const QStringList &stoppers)
{
    QStringList kept;
    for (const QString &segment : segments) {
        if (stoppers.contains(segment.toLower()))
            break;
        kept << segment;
    }
    return kept.isEmpty() ? QString() : u"/"_s + kept.join(u'/');
}

} // namespace

StoreUrl::Normalised StoreUrl::normalise(const QString &input)
{
    Normalised result;
    QString text = input.trimmed();
    // Pasted text often carries inner whitespace or invisible characters from e-mails and chats.
    text.remove(QRegularExpression(u"[\\s\\x{200B}\\x{FEFF}]"_s));
    if (text.isEmpty()) {
        result.problem = tr("Enter the address of the store, for example https://shop.example.com.");
        return result;
    }
    static const QRegularExpression hasScheme(u"^[A-Za-z][A-Za-z0-9+.-]*://"_s);
    // "mailto:…", "javascript:…": a scheme without "//" (a colon before a port number is not one).
    static const QRegularExpression otherScheme(u"^[A-Za-z][A-Za-z0-9+.-]*:(?![0-9])"_s);
    if (!hasScheme.match(text).hasMatch() && otherScheme.match(text).hasMatch()) {
        result.problem = tr("“%1” is not a web address: it should start with https://.").arg(input.trimmed());
        return result;
    }
    if (!hasScheme.match(text).hasMatch()) {
        if (text.startsWith(u"//"_s))
            text.remove(0, 2);
        text.prepend(u"https://"_s);
    }
    QUrl url(text, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()) {
        result.problem = tr("“%1” is not a web address. Enter the store's address, for example "
                            "https://shop.example.com.")
                             .arg(input.trimmed());
        return result;
    }
    if (scheme != u"https"_s && scheme != u"http"_s) {
        result.problem = tr("“%1” is not a web address: it should start with https://.").arg(input.trimmed());
        return result;
    }
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    url.setUserInfo(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    if ((scheme == u"https"_s && url.port() == 443) || (scheme == u"http"_s && url.port() == 80))
        url.setPort(-1);

    const QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    const QString withoutWordPress = cutAt(segments, wordpressSegments());
    const QString withoutPages = cutAt(withoutWordPress.split(u'/', Qt::SkipEmptyParts), woocommerceSegments());

    QUrl best = url;
    best.setPath(withoutPages);
    result.url = best;
    if (withoutPages != withoutWordPress) {
        QUrl alternative = url;
        alternative.setPath(withoutWordPress);
        result.alternatives << alternative;
    }
    return result;
}

QString StoreUrl::display(const QUrl &url)
{
    // QUrl shows punycode for top-level domains outside its IDN whitelist; people read Unicode.
    QString s =
        url.scheme() + u"://"_s + QUrl::fromAce(url.host(QUrl::FullyEncoded).toLatin1(), QUrl::IgnoreIDNWhitelist);
    if (url.port() != -1)
        s += u':' + QString::number(url.port());
    s += url.path(QUrl::PrettyDecoded);
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

} // namespace wharf::woo
