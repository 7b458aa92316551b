#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>

namespace wharf::sandbox {

// A reply before it is written: the services build these, the endpoint writes them (after any
// fault injection has had its say).
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, const QJsonValue &value);
    static HttpResponse text(int status, const QByteArray &body, const QByteArray &contentType);
    static HttpResponse empty(int status);
};

} // namespace wharf::sandbox
