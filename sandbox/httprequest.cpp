#include "httprequest.h"

namespace wharf::sandbox {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<QPair<QString, QString>> HttpRequest::parseUrlEncoded(const QByteArray &encoded)
{
    QList<QPair<QString, QString>> items;
    if (encoded.isEmpty())
        return items;
    const auto decode = [](QByteArray part) {
        part.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
    };
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString key = decode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        // PHP: a plain key given twice keeps the last value; "key[]" accumulates.
        if (!key.endsWith(u"[]")) {
            bool replaced = false;
            for (auto &item : items) {
                if (item.first == key) {
                    item.second = value;
                    replaced = true;
                    break;
                }
            }
            if (replaced)
                continue;
        }
        items.append({key, value});
    }
    return items;
}

QList<QPair<QString, QString>> HttpRequest::queryItems() const
{
    return parseUrlEncoded(rawQuery);
}

QString HttpRequest::queryValue(const QString &key) const
{
    for (const auto &[name, value] : queryItems()) {
        if (name == key)
            return value;
    }
    return {};
}

bool HttpRequest::hasQueryItem(const QString &key) const
{
    for (const auto &item : queryItems()) {
        if (item.first == key)
            return true;
    }
    return false;
}

QList<QPair<QString, QString>> HttpRequest::formItems() const
{
    if (!header("Content-Type").toLower().startsWith("application/x-www-form-urlencoded"))
        return {};
    return parseUrlEncoded(body);
}

} // namespace wharf::sandbox
