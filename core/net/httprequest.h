#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <optional>

namespace wharf::net {

// One logical request, as the clients describe it to HttpClient. HttpClient may send it several
// times (retries), each time calling prepare() so that per-attempt details (an OAuth nonce, a fresh
// bearer token) are never reused.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Only requests that may be repeated without changing the outcome are retried: reads, searches,
    // idempotent updates. A create is never marked safe: a timed-out create may have happened, and
    // repeating it could make two orders. The caller decides, because only it knows.
    bool safeToRetry = false;

    // The request carries credentials (Authorization header or keys in the query). Such a request
    // never follows a redirect to another origin, so a secret is never sent to a host it was not
    // meant for.
    bool carriesCredentials = false;

    // Transfer timeout in milliseconds: the time without any data moving before the request is
    // abandoned. WooCommerce stores are often slow (7-10 s answers are reported), hence the default.
    int transferTimeoutMs = 60000;

    // Short label for logs ("woo.orders.list"); never contains data.
    QString label;

    // TLS settings for this request (e.g. a test's private CA); the client's default when unset.
    std::optional<QSslConfiguration> sslConfiguration;

    // Called before every attempt with the request about to be sent; may set headers or replace the
    // URL. Runs on the client's thread.
    std::function<void(QNetworkRequest &)> prepare;

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
};

} // namespace wharf::net
