#pragma once

#include "core/net/httprequest.h"
#include "core/net/httpresult.h"
#include "core/net/retrypolicy.h"

#include <QNetworkReply>
#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace wharf::net {

// The one request path both clients use: transfer timeouts, an X-Request-Id, redirects that never
// leave https or carry credentials to another origin, retries of safe requests with jittered
// exponential backoff that honours Retry-After, TLS errors never ignored, failures mapped to an
// ApiError, and logs without secrets.
//
// Lives on the thread of the QNetworkAccessManager it is given (the sync thread has its own, the GUI
// thread has another), and must be used from that thread only.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using Completion = std::function<void(const HttpResult &)>;

    explicit HttpClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~HttpClient() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    // Trust settings used for every request that does not bring its own (tests add a private CA).
    void setSslConfiguration(const QSslConfiguration &configuration) { m_sslConfiguration = configuration; }
    std::optional<QSslConfiguration> sslConfiguration() const { return m_sslConfiguration; }
    // Jitter source in [0, 1); tests make it deterministic.
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }

    // Sends the request (retrying it if it is safe and the failure is transient) and calls `done`
    // exactly once on this thread, unless `context` is destroyed first: then the request is aborted
    // and `done` is never called. `context` may be null (no guard).
    void send(const HttpRequest &request, QObject *context, Completion done);

    // Runs `fn` from the event loop of the current thread, unless `context` is destroyed first:
    // the clients answer refusals they can decide alone this way, so that a callback never runs
    // inside the call that asked for it.
    static void later(QObject *context, std::function<void()> fn);

    // Number of requests in flight or waiting for a retry.
    int pendingCount() const { return m_pending; }

    // The URL with the values of credential-looking query parameters replaced, fit for a log.
    static QString redactedUrl(const QUrl &url);
    // Maps a transport failure or an HTTP status to a kind and a generic sentence; the clients
    // refine the sentence with what they know about their API. `detail` is the TLS or network
    // error text, if any.
    static ApiError mapError(QNetworkReply::NetworkError networkError, int httpStatus, const QUrl &url,
                             const QString &detail = QString());
    static bool isSameOrigin(const QUrl &a, const QUrl &b);

    // Seconds an idle keep-alive connection stays open (see attempt()).
    static constexpr int kIdleConnectionSeconds = 10;
    // The same for this client's hosts: a store is asked a few requests in a row once a cycle.
    void setIdleConnectionSeconds(int seconds) { m_idleConnectionSeconds = seconds; }
    int idleConnectionSeconds() const { return m_idleConnectionSeconds; }

private:
    struct Call;
    void attempt(const std::shared_ptr<Call> &call);
    void finished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void complete(const std::shared_ptr<Call> &call, const HttpResult &result);

    QNetworkAccessManager *m_nam;
    RetryPolicy m_retryPolicy;
    std::optional<QSslConfiguration> m_sslConfiguration;
    std::function<double()> m_random;
    int m_pending = 0;
    int m_idleConnectionSeconds = kIdleConnectionSeconds;
};

} // namespace wharf::net
