#include "core/net/httpclient.h"

#include "core/logging.h"
#include "core/monitoring/enginemetrics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslError>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wharf::net {

namespace {

QString hostOf(const QUrl &url)
{
    const QString host = url.host();
    return host.isEmpty() ? url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) : host;
}

bool looksLikeCredential(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(u"secret"_s) || k.contains(u"signature"_s) || k.contains(u"token"_s) || k.contains(u"password"_s)
        || k.contains(u"key"_s) || k.contains(u"nonce"_s);
}

QJsonDocument parseJson(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty() || (trimmed.front() != '{' && trimmed.front() != '['))
        return {};
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    return error.error == QJsonParseError::NoError ? doc : QJsonDocument();
}

} // namespace

struct HttpClient::Call
{
    HttpRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    Completion done;
    QByteArray requestId;
    int attempt = 0;
    QElapsedTimer elapsed;
    QList<QSslError> sslErrors;
    QString redirectRefusal; // set when a redirect was refused; the sentence to report
    ApiError::Kind redirectRefusalKind = ApiError::Kind::None;
    QPointer<QNetworkReply> reply;
    // Where the current hop was sent; QNetworkReply::url() is not reliably the origin of the redirect.
    QUrl currentUrl;
    // Watches the caller's context; dropped when the call ends, so that a long-lived context (the
    // sync engine) does not collect one connection per request it ever made.
    QMetaObject::Connection contextWatch;
    bool cancelled = false;
};

HttpClient::HttpClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    Q_ASSERT(m_nam);
}

HttpClient::~HttpClient() = default;

void HttpClient::send(const HttpRequest &request, QObject *context, Completion done)
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "HttpClient::send", "used from a thread it does not live on");
    auto call = std::make_shared<Call>();
    call->request = request;
    call->context = context;
    call->hasContext = context != nullptr;
    call->done = std::move(done);
    call->requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    call->elapsed.start();
    ++m_pending;
    if (context) {
        // A caller that goes away (a wizard page closed) takes its request with it.
        call->contextWatch = connect(context, &QObject::destroyed, this, [call] {
            if (call->cancelled)
                return;
            call->cancelled = true;
            if (call->reply)
                call->reply->abort();
        });
    }
    attempt(call);
}

void HttpClient::attempt(const std::shared_ptr<Call> &call)
{
    if (call->cancelled || (call->hasContext && !call->context)) {
        call->cancelled = true;
        disconnect(call->contextWatch);
        --m_pending;
        return;
    }
    ++call->attempt;
    call->sslErrors.clear();
    call->redirectRefusal.clear();
    call->redirectRefusalKind = ApiError::Kind::None;

    const HttpRequest &r = call->request;
    QNetworkRequest request(r.url);
    request.setTransferTimeout(r.transferTimeoutMs);
    // Every redirect is checked in the redirected() handler below.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    // An idle connection is closed after a few seconds instead of Qt's two minutes: the requests of
    // one cycle to one host follow each other within seconds, while between cycles a worker with
    // 1,000 stores would otherwise keep 1,000 TLS connections and their buffers for nothing
    // (about 0.15 MB each: bench_memory, issue 14). A busy host (CartonCloud) keeps its connection.
    request.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, m_idleConnectionSeconds);
    request.setRawHeader("User-Agent", "Wharf/" WHARF_VERSION);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-Request-Id", call->requestId);
    for (const auto &h : r.headers)
        request.setRawHeader(h.first, h.second);
    if (r.sslConfiguration)
        request.setSslConfiguration(*r.sslConfiguration);
    else if (m_sslConfiguration)
        request.setSslConfiguration(*m_sslConfiguration);
    if (r.prepare)
        r.prepare(request);

    call->currentUrl = request.url();
    qCDebug(lcNet).noquote() << r.method << redactedUrl(call->currentUrl) << "attempt" << call->attempt << "id"
                             << call->requestId << r.label;

    QNetworkReply *reply = r.body.isEmpty() && (r.method == "GET" || r.method == "HEAD" || r.method == "DELETE")
        ? m_nam->sendCustomRequest(request, r.method)
        : m_nam->sendCustomRequest(request, r.method, r.body);
    call->reply = reply;

    connect(reply, &QNetworkReply::redirected, this, [call, reply](const QUrl &target) {
        const QUrl from = call->currentUrl;
        const QUrl to = from.resolved(target);
        if (from.scheme() == u"https"_s && to.scheme() != u"https"_s) {
            call->redirectRefusalKind = ApiError::Kind::Tls;
            call->redirectRefusal = tr("%1 redirects to an unencrypted address (%2). Wharf never leaves an "
                                       "encrypted connection for an unencrypted one; ask the site's administrator "
                                       "to fix the redirect.")
                                        .arg(hostOf(from), redactedUrl(to));
            reply->abort();
            return;
        }
        if (call->request.carriesCredentials && !isSameOrigin(from, to)) {
            call->redirectRefusalKind = ApiError::Kind::InvalidResponse;
            call->redirectRefusal = tr("%1 redirects to another address (%2). Wharf does not send credentials to "
                                       "another address: enter that address instead.")
                                        .arg(hostOf(from), redactedUrl(to.adjusted(QUrl::RemoveQuery)));
            reply->abort();
            return;
        }
        call->currentUrl = to;
        Q_EMIT reply->redirectAllowed();
    });
    // TLS errors are recorded for the sentence and never ignored: the handshake fails.
    connect(reply, &QNetworkReply::sslErrors, this,
            [call](const QList<QSslError> &errors) { call->sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finished(call, reply); });
}

void HttpClient::finished(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    call->reply = nullptr;
    if (call->cancelled || (call->hasContext && !call->context)) {
        qCDebug(lcNet).noquote() << "cancelled" << call->requestId;
        call->cancelled = true;
        disconnect(call->contextWatch);
        --m_pending;
        return;
    }

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.headers = reply->rawHeaderPairs();
    // An aborted or timed-out reply is closed; reading it only produces a warning.
    if (reply->isOpen())
        result.body = reply->readAll();
    result.json = parseJson(result.body);
    result.finalUrl = reply->url();
    result.requestId = call->requestId;
    result.attempts = call->attempt;

    const auto networkError = reply->error();
    if (!call->redirectRefusal.isEmpty()) {
        result.error = ApiError::make(call->redirectRefusalKind, call->redirectRefusal, result.status);
    } else if (!call->sslErrors.isEmpty()) {
        QStringList details;
        for (const auto &e : std::as_const(call->sslErrors))
            details << e.errorString();
        details.removeDuplicates();
        result.error = mapError(QNetworkReply::SslHandshakeFailedError, 0, call->request.url, details.join(u"; "_s));
    } else if (result.status >= 200 && result.status < 300) {
        // 2xx, 228 "Created with issues" included: the clients read the status themselves.
    } else {
        result.error = mapError(networkError, result.status, call->request.url, reply->errorString());
        if (result.error.kind == ApiError::Kind::RateLimited || result.status == 503)
            result.error.retryAfter =
                RetryPolicy::parseRetryAfter(result.header("Retry-After"), QDateTime::currentDateTimeUtc());
    }

    EngineMetrics::instance().recordAttempt(EngineMetrics::apiOf(call->request.label), result.status);
    const ApiError &e = result.error;
    const bool retryable = e.isError() && call->request.safeToRetry && e.isTransient()
        && call->attempt < m_retryPolicy.maxAttempts && e.retryAfter <= m_retryPolicy.maxRetryAfter;
    if (retryable) {
        const auto delay = m_retryPolicy.delayBefore(call->attempt + 1, e.retryAfter, m_random());
        qCInfo(lcNet).noquote() << call->request.method << redactedUrl(call->request.url) << "failed ("
                                << ApiError::kindName(e.kind) << result.status << ") id" << call->requestId
                                << "- retrying in" << delay.count() << "ms";
        QTimer::singleShot(delay, this, [this, call] { attempt(call); });
        return;
    }
    complete(call, result);
}

void HttpClient::complete(const std::shared_ptr<Call> &call, const HttpResult &result)
{
    disconnect(call->contextWatch);
    --m_pending;
    if (result.error.isError()) {
        EngineMetrics::instance().recordFailure(EngineMetrics::apiOf(call->request.label),
                                                ApiError::kindName(result.error.kind));
        qCInfo(lcNet).noquote() << call->request.method << redactedUrl(call->request.url) << "->" << result.status
                                << ApiError::kindName(result.error.kind) << "id" << call->requestId << "after"
                                << call->attempt << "attempt(s)," << call->elapsed.elapsed() << "ms";
    } else {
        qCDebug(lcNet).noquote() << call->request.method << redactedUrl(call->request.url) << "->" << result.status
                                 << "id" << call->requestId << call->elapsed.elapsed() << "ms";
    }
    if (call->done)
        call->done(result);
}

void HttpClient::later(QObject *context, std::function<void()> fn)
{
    if (context)
        QTimer::singleShot(0, context, std::move(fn));
    else
        QTimer::singleShot(0, std::move(fn));
}

QString HttpClient::redactedUrl(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo);
    QUrlQuery query(copy);
    auto items = query.queryItems(QUrl::FullyEncoded);
    bool changed = false;
    for (auto &item : items) {
        if (looksLikeCredential(item.first)) {
            item.second = u"***"_s;
            changed = true;
        }
    }
    if (changed) {
        QUrlQuery redacted;
        redacted.setQueryItems(items);
        copy.setQuery(redacted);
    }
    return copy.toString();
}

bool HttpClient::isSameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &u) {
        return u.port(u.scheme() == u"https"_s ? 443 : 80);
    };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

ApiError HttpClient::mapError(QNetworkReply::NetworkError networkError, int httpStatus, const QUrl &url,
                              const QString &detail)
{
    using Kind = ApiError::Kind;
    const QString host = hostOf(url);
    if (httpStatus == 0) {
        switch (networkError) {
        case QNetworkReply::NoError:
            return {};
        case QNetworkReply::SslHandshakeFailedError:
            return ApiError::make(
                Kind::Tls,
                tr("The secure connection to %1 failed: %2. Wharf only connects to servers whose "
                   "certificate it can verify; ask the server's administrator to install a valid "
                   "certificate.")
                    .arg(host, detail.isEmpty() ? tr("the certificate could not be verified") : detail));
        case QNetworkReply::HostNotFoundError:
            return ApiError::make(Kind::Network,
                                  tr("The address %1 could not be found. Check its spelling and your internet "
                                     "connection.")
                                      .arg(host));
        case QNetworkReply::ConnectionRefusedError:
            return ApiError::make(
                Kind::Network,
                tr("%1 refused the connection. Check the address, and that the server is running.").arg(host));
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
            return ApiError::make(Kind::Transient,
                                  tr("%1 did not answer in time. Wharf will try again later.").arg(host));
        case QNetworkReply::TooManyRedirectsError:
        case QNetworkReply::InsecureRedirectError:
            return ApiError::make(
                Kind::InvalidResponse,
                tr("%1 sends Wharf round in redirects. Check the address, or ask the site's administrator.").arg(host));
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
        case QNetworkReply::ProtocolFailure:
            return ApiError::make(Kind::InvalidResponse, tr("%1 answered with something Wharf cannot read.").arg(host));
        default:
            return ApiError::make(Kind::Network,
                                  tr("Wharf could not reach %1 (%2). Check your internet connection; Wharf will "
                                     "try again later.")
                                      .arg(host, detail));
        }
    }
    if (httpStatus >= 200 && httpStatus < 300)
        return {};
    ApiError e;
    e.httpStatus = httpStatus;
    switch (httpStatus) {
    case 401:
        e.kind = Kind::Auth;
        e.sentence = tr("%1 rejected the credentials. Check them and enter them again.").arg(host);
        break;
    case 403:
        e.kind = Kind::Permission;
        e.sentence = tr("%1 refused access: the credentials lack a permission this needs.").arg(host);
        break;
    case 404:
    case 410:
        e.kind = Kind::NotFound;
        e.sentence = tr("%1 has no such item or address (HTTP %2).").arg(host).arg(httpStatus);
        break;
    case 408:
    case 425:
    case 500:
    case 502:
    case 503:
    case 504:
        e.kind = Kind::Transient;
        e.sentence = tr("%1 had a temporary problem (HTTP %2). Wharf will try again later.").arg(host).arg(httpStatus);
        break;
    case 429:
        e.kind = Kind::RateLimited;
        e.sentence = tr("%1 asked Wharf to slow down. Wharf will try again later.").arg(host);
        break;
    default:
        if (httpStatus >= 500) {
            e.kind = Kind::Transient;
            e.sentence =
                tr("%1 had a temporary problem (HTTP %2). Wharf will try again later.").arg(host).arg(httpStatus);
        } else if (httpStatus >= 400) {
            e.kind = Kind::Validation;
            e.sentence = tr("%1 refused the request (HTTP %2).").arg(host).arg(httpStatus);
        } else {
            e.kind = Kind::InvalidResponse;
            e.sentence = tr("%1 answered with something Wharf cannot read (HTTP %2).").arg(host).arg(httpStatus);
        }
        break;
    }
    return e;
}

} // namespace wharf::net
