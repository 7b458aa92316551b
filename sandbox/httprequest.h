#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace wharf::sandbox {

// One request as the sandbox saw it, copied out of QHttpServerRequest so that it outlives the
// socket (delayed replies) and can be kept in the request log.
struct HttpRequest
{
    QByteArray method; // upper case, after X-HTTP-Method-Override / _method
    QString path; // percent-decoded path, no query
    QByteArray rawPath; // the path exactly as it came on the request line (OAuth signs it)
    QByteArray rawQuery; // the query exactly as it came, without '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool secure = false; // came over the HTTPS listener
    quint16 localPort = 0;

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;

    // Query decoded the way PHP's $_GET does it ('+' is a space; the last of repeated keys wins
    // unless the key ends in []). Keys keep their bracket syntax.
    QList<QPair<QString, QString>> queryItems() const;
    QString queryValue(const QString &key) const;
    bool hasQueryItem(const QString &key) const;

    // Form body (application/x-www-form-urlencoded) decoded the same way; empty otherwise.
    QList<QPair<QString, QString>> formItems() const;

    static QList<QPair<QString, QString>> parseUrlEncoded(const QByteArray &encoded);
};

} // namespace wharf::sandbox
