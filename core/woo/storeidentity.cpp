#include "core/woo/storeidentity.h"

#include <QCryptographicHash>
#include <QUrl>

namespace wharf::woo {

QString StoreIdentity::key(const QString &storeAddress)
{
    QString address = storeAddress.trimmed();
    if (!address.contains(QLatin1String("://")))
        address.prepend(QLatin1String("https://"));
    const QUrl url(address);
    QString host = url.host(QUrl::FullyDecoded).toLower();
    if (host.isEmpty())
        return {};
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    const int port = url.port();
    const bool defaultPort = port < 0 || port == 80 || port == 443;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return host + (defaultPort ? QString() : u':' + QString::number(port)) + path;
}

QString StoreIdentity::code(const QString &storeKey)
{
    const QByteArray digest = QCryptographicHash::hash(storeKey.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(12).toUpper());
}

} // namespace wharf::woo
