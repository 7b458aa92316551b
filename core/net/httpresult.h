#pragma once

#include "core/net/apierror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QUrl>

namespace wharf::net {

// What came back for one logical request (after any retries).
struct HttpResult
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Parsed when the body is JSON; null otherwise.
    QJsonDocument json;
    // The URL that answered, after redirects.
    QUrl finalUrl;
    // The id sent as X-Request-Id, for matching our log with the server's.
    QByteArray requestId;
    int attempts = 0;
    ApiError error;

    bool ok() const { return !error.isError(); }
    // Case-insensitive; empty when absent.
    QByteArray header(const QByteArray &name) const;
    // An integer header such as X-WP-TotalPages; fallback when absent or not a number.
    int intHeader(const QByteArray &name, int fallback = -1) const;
    bool bodyLooksLikeJson() const { return !json.isNull(); }
};

} // namespace wharf::net
