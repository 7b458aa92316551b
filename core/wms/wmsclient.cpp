#include "core/wms/wmsclient.h"

#include "core/logging.h"
#include "core/net/ratelimiter.h"
#include "core/wms/searchcondition.h"
#include "core/wms/wmserrors.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace wharf::wms {

using net::ApiError;
using net::Done;
using net::HttpRequest;
using net::HttpResult;
using net::Result;
using Kind = net::ApiError::Kind;

namespace {

// Renew this long before the token's stated expiry, so that no request goes out with a token that
// expires on the way.
constexpr std::chrono::seconds RenewMargin {60};

ApiError unreadable(const QString &what)
{
    return ApiError::make(Kind::InvalidResponse,
                          QCoreApplication::translate("wharf::wms::WmsClient",
                                                      "CartonCloud sent an answer about %1 that Wharf cannot read.")
                              .arg(what));
}

QString isoWithOffset(const QDateTime &t)
{
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace

WmsClient::WmsClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_http(new net::HttpClient(nam, this))
    , m_limiter(std::make_shared<net::RateLimiter>())
    , m_clock(net::Clock::steady())
{
}

void WmsClient::setConnection(const WmsConnection &connection)
{
    const bool sameAccount = connection.baseUrl == m_connection.baseUrl && connection.clientId == m_connection.clientId
        && connection.clientSecret == m_connection.clientSecret;
    m_connection = connection;
    if (!sameAccount) {
        m_token.clear();
        m_tokenRenewAt = 0ms;
        ++m_generation;
    }
}

void WmsClient::setCreateLimiter(std::shared_ptr<net::CreateBudget> limiter)
{
    if (limiter)
        m_limiter = std::move(limiter);
}

bool WmsClient::hasValidToken() const
{
    return !m_token.isEmpty() && m_clock() < m_tokenRenewAt;
}

QUrl WmsClient::urlFor(const QString &path, const Query &query) const
{
    QUrl url = m_connection.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &item : query)
            q.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(item.first)),
                           QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        url.setQuery(q);
    }
    return url;
}

QString WmsClient::tenantPath(const QString &suffix) const
{
    return u"/tenants/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_connection.tenantId)) + suffix;
}

bool WmsClient::createOutcomeUnknown(const ApiError &error)
{
    // 429 and 4xx answers are refusals: nothing was created. No answer, or a 5xx, may hide a create.
    switch (error.kind) {
    case Kind::Transient:
    case Kind::Network:
    case Kind::InvalidResponse:
        return true;
    default:
        return false;
    }
}

// --- token ---

void WmsClient::withToken(QObject *context, std::function<void(const ApiError &)> then)
{
    if (hasValidToken()) {
        then({});
        return;
    }
    m_waiters.append({context, context != nullptr, std::move(then)});
    if (!m_fetchingToken)
        fetchToken();
}

void WmsClient::fetchToken()
{
    m_fetchingToken = true;
    HttpRequest request;
    request.method = "POST";
    request.url = urlFor(u"/uaa/oauth/token"_s, {});
    request.label = u"wms token"_s;
    request.transferTimeoutMs = m_transferTimeoutMs;
    // Asking for a token twice only yields two tokens: safe to repeat.
    request.safeToRetry = true;
    request.carriesCredentials = true;
    request.setHeader("Accept-Version", "1");
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setHeader("Authorization",
                      "Basic " + (m_connection.clientId + u':' + m_connection.clientSecret).toUtf8().toBase64());
    request.body = "grant_type=client_credentials";
    const int generation = m_generation;
    const auto requestedAt = m_clock();
    m_http->send(request, this, [this, generation, requestedAt](const HttpResult &result) {
        m_fetchingToken = false;
        if (generation != m_generation) {
            // The account changed meanwhile: fetch for the new one.
            if (!m_waiters.isEmpty())
                fetchToken();
            return;
        }
        ApiError error = result.error;
        if (result.ok()) {
            const QJsonObject o = result.json.object();
            const QByteArray token = o.value(u"access_token"_s).toString().toLatin1();
            // expires_in is documented as seconds (3600 in the example); read, not assumed.
            const qint64 expiresIn = o.value(u"expires_in"_s).toInteger(3600);
            if (token.isEmpty()) {
                error = unreadable(tr("its access token"));
            } else {
                m_token = token;
                const auto lifetime = std::chrono::seconds(std::max<qint64>(expiresIn, 0));
                m_tokenRenewAt =
                    requestedAt + std::max<std::chrono::milliseconds>(lifetime - RenewMargin, lifetime / 2);
                qCDebug(lcWms) << "token renewed, valid for" << expiresIn << "s";
            }
        } else {
            HttpResult refined = result;
            WmsErrors::refine(refined, tr("the sign-in"));
            error = refined.error;
            // An OAuth2 server answers 400 invalid_client for unknown credentials, too.
            if (result.status == 400 || result.status == 401) {
                error.kind = Kind::Auth;
                error.sentence = tr("CartonCloud rejected the API client's id or secret. Check them in CartonCloud "
                                    "(More → Self-Managed Integrations, or API Clients) and enter them again.");
            }
        }
        const QList<Waiter> waiters = std::exchange(m_waiters, {});
        for (const Waiter &w : waiters) {
            if (w.hadContext && !w.context)
                continue;
            w.then(error);
        }
    });
}

// --- calls ---

void WmsClient::call(const QByteArray &method, const QString &path, const Query &query, const QJsonDocument &body,
                     bool safeToRetry, const QString &what, QObject *context,
                     std::function<void(const HttpResult &)> done)
{
    send(method, path, query, body, safeToRetry, what, context, std::move(done), false);
}

void WmsClient::send(const QByteArray &method, const QString &path, const Query &query, const QJsonDocument &body,
                     bool safeToRetry, const QString &what, QObject *context,
                     std::function<void(const HttpResult &)> done, bool renewed)
{
    if (path.startsWith(u"/tenants/"_s) && m_connection.tenantId.isEmpty()) {
        HttpResult refused;
        refused.error = ApiError::make(Kind::Validation, tr("Choose a CartonCloud tenant first."));
        net::HttpClient::later(context, [done, refused] { done(refused); });
        return;
    }
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    withToken(context, [=, this](const ApiError &tokenError) {
        if (hadContext && !guard)
            return;
        if (tokenError.isError()) {
            HttpResult failed;
            failed.error = tokenError;
            done(failed);
            return;
        }
        HttpRequest request;
        request.method = method;
        request.url = urlFor(path, query);
        request.safeToRetry = safeToRetry;
        request.carriesCredentials = true;
        request.label = u"wms "_s + QString::fromLatin1(method) + u' ' + path;
        request.transferTimeoutMs = m_transferTimeoutMs;
        request.setHeader("Accept-Version", "1");
        if (!body.isNull()) {
            request.body = body.toJson(QJsonDocument::Compact);
            request.setHeader("Content-Type", "application/json");
        }
        const QByteArray usedToken = m_token;
        request.prepare = [this](QNetworkRequest &r) {
            r.setRawHeader("Authorization", "Bearer " + m_token);
        };
        m_http->send(request, context, [=, this](const HttpResult &result) {
            if (result.status == 401 && !renewed) {
                // Expired or revoked early: one new token, one more try.
                if (m_token == usedToken) {
                    m_token.clear();
                    m_tokenRenewAt = 0ms;
                }
                qCInfo(lcWms) << "401 on" << path << "- renewing the token once";
                send(method, path, query, body, safeToRetry, what, guard, done, true);
                return;
            }
            HttpResult refined = result;
            WmsErrors::refine(refined, what);
            done(refined);
        });
    });
}

void WmsClient::searchAll(const QString &tenantSuffix, const QJsonObject &condition, const QString &what, int maxPages,
                          QObject *context, Callback<QJsonArray> done)
{
    searchPages(tenantSuffix, condition, what, maxPages, context, [done](const Result<SearchPages> &r) {
        if (!r.ok()) {
            done(Result<QJsonArray>::failure(r.error));
            return;
        }
        done(Result<QJsonArray>::success(r.value.items));
    });
}

void WmsClient::searchPages(const QString &tenantSuffix, const QJsonObject &condition, const QString &what,
                            int maxPages, QObject *context, Callback<SearchPages> done)
{
    searchPage(tenantSuffix, condition, what, 1, maxPages, {}, context, std::move(done));
}

void WmsClient::searchPage(const QString &tenantSuffix, const QJsonObject &condition, const QString &what, int page,
                           int maxPages, QJsonArray collected, QObject *context, Callback<SearchPages> done)
{
    const Query query {{u"page"_s, QString::number(page)}, {u"size"_s, QString::number(PageSize)}};
    call("POST", tenantPath(tenantSuffix), query, QJsonDocument(SearchCondition::body(condition)), true, what, context,
         [=, this](const HttpResult &result) mutable {
             if (!result.ok()) {
                 done(Result<SearchPages>::failure(result.error));
                 return;
             }
             if (!result.json.isArray()) {
                 done(Result<SearchPages>::failure(unreadable(what)));
                 return;
             }
             const QJsonArray items = result.json.array();
             for (const QJsonValue &v : items)
                 collected.append(v);
             const int totalPages = result.intHeader("Total-Pages", -1);
             // Stop at the last page the server states, on a short page, or at our own bound. The
             // server may cut `size` (Page-Size says so): a short page is short only against that.
             const int pageSize = result.intHeader("Page-Size", PageSize);
             const bool more = !items.isEmpty() && (totalPages >= 0 ? page < totalPages : items.size() >= pageSize);
             if (!more || page >= maxPages) {
                 if (more)
                     qCWarning(lcWms) << "search stopped after" << maxPages << "pages:" << what;
                 done(Result<SearchPages>::success({collected, !more}));
                 return;
             }
             searchPage(tenantSuffix, condition, what, page + 1, maxPages, collected, context, done);
         });
}

// --- account ---

void WmsClient::userInfo(QObject *context, Callback<WmsUser> done)
{
    const QString what = tr("the API client's user");
    call("GET", u"/uaa/userinfo"_s, {}, {}, true, what, context, [done, what](const HttpResult &result) {
        if (!result.ok()) {
            done(Result<WmsUser>::failure(result.error));
            return;
        }
        const QJsonObject o = result.json.object();
        if (!o.value(u"tenants"_s).isArray()) {
            done(Result<WmsUser>::failure(unreadable(what)));
            return;
        }
        WmsUser user;
        user.id = o.value(u"id"_s).toString();
        user.name = o.value(u"name"_s).toString();
        user.email = o.value(u"email"_s).toString();
        for (const QJsonValue &v : o.value(u"tenants"_s).toArray()) {
            const QJsonObject t = v.toObject();
            if (!t.value(u"id"_s).toString().isEmpty())
                user.tenants.append({t.value(u"id"_s).toString(), t.value(u"name"_s).toString()});
        }
        done(Result<WmsUser>::success(user));
    });
}

void WmsClient::customers(QObject *context, Callback<QList<WmsCustomer>> done)
{
    // Documented without paging ([{name, id}]); page/size are sent anyway in case the server pages.
    auto collected = std::make_shared<QList<WmsCustomer>>();
    auto fetch = std::make_shared<std::function<void(int)>>();
    const QString what = tr("the customer list");
    *fetch = [this, context, done, collected, fetch, what](int page) {
        call("GET", tenantPath(u"/customers"_s),
             {{u"page"_s, QString::number(page)}, {u"size"_s, QString::number(PageSize)}}, {}, true, what, context,
             [done, collected, fetch, what, page](const HttpResult &result) {
                 if (!result.ok() || !result.json.isArray()) {
                     *fetch = nullptr;
                     done(Result<QList<WmsCustomer>>::failure(result.ok() ? unreadable(what) : result.error));
                     return;
                 }
                 const QJsonArray items = result.json.array();
                 for (const QJsonValue &v : items) {
                     const QJsonObject o = v.toObject();
                     WmsCustomer c {o.value(u"id"_s).toString(), o.value(u"name"_s).toString(),
                                    o.value(u"references"_s).toObject().value(u"code"_s).toString()};
                     if (!c.id.isEmpty())
                         collected->append(c);
                 }
                 const int totalPages = result.intHeader("Total-Pages", 1);
                 if (page < totalPages && page < MaxPages && !items.isEmpty()) {
                     (*fetch)(page + 1);
                     return;
                 }
                 *fetch = nullptr;
                 done(Result<QList<WmsCustomer>>::success(*collected));
             });
    };
    (*fetch)(1);
}

void WmsClient::products(const QString &customerId, QObject *context, Callback<QList<WmsProduct>> done)
{
    const QJsonObject condition = SearchCondition::allOf({SearchCondition::text(u"/customer/id"_s, customerId)});
    // Every page: a code left unread would be reported as "not a product code" by the SKU
    // pre-flight and the order intake. ProductPagesMax only guards against a server that never
    // ends the search; reaching it is an error, never a silently shorter list.
    searchPages(u"/warehouse-products/search"_s, condition, tr("the customer's products"), ProductPagesMax, context,
                [done](const Result<SearchPages> &r) {
                    if (!r.ok()) {
                        done(Result<QList<WmsProduct>>::failure(r.error));
                        return;
                    }
                    if (!r.value.complete) {
                        done(Result<QList<WmsProduct>>::failure(ApiError::make(
                            Kind::InvalidResponse,
                            tr("CartonCloud listed more than %L1 products for the customer and had not finished; "
                               "Wharf stopped reading there so as not to report products it did not read as "
                               "missing. Ask the warehouse whether the customer really has that many products.")
                                .arg(qint64(ProductPagesMax) * PageSize))));
                        return;
                    }
                    QList<WmsProduct> products;
                    for (const QJsonValue &v : r.value.items) {
                        const QJsonObject o = v.toObject();
                        WmsProduct p;
                        p.id = o.value(u"id"_s).toString();
                        p.code = o.value(u"references"_s).toObject().value(u"code"_s).toString();
                        if (p.code.isEmpty())
                            p.code = o.value(u"code"_s).toString();
                        p.name = o.value(u"name"_s).toString();
                        p.active = o.value(u"details"_s).toObject().value(u"active"_s).toBool(true);
                        if (!p.code.isEmpty())
                            products.append(p);
                    }
                    done(Result<QList<WmsProduct>>::success(products));
                });
}

void WmsClient::warehouseChoices(const QString &customerId, QObject *context, Callback<QList<WarehouseChoice>> done)
{
    const QJsonObject condition = SearchCondition::allOf({SearchCondition::text(u"/customer/id"_s, customerId)});
    // One page is enough to offer what the customer uses; the default is always offered.
    searchAll(u"/outbound-orders/search"_s, condition, tr("the customer's recent orders"), 1, context,
              [done](const Result<QJsonArray> &r) {
                  if (!r.ok()) {
                      done(Result<QList<WarehouseChoice>>::failure(r.error));
                      return;
                  }
                  QList<WarehouseChoice> choices;
                  QSet<QString> seen;
                  for (const QJsonValue &v : r.value) {
                      const OutboundOrder o = OutboundOrder::fromJson(v.toObject());
                      const QString key = o.warehouseId.isEmpty() ? o.warehouseName : o.warehouseId;
                      if (key.isEmpty() || seen.contains(key))
                          continue;
                      seen.insert(key);
                      choices.append(WarehouseChoice::seen(o.warehouseId, o.warehouseName));
                  }
                  choices.append(WarehouseChoice::customerDefault());
                  done(Result<QList<WarehouseChoice>>::success(choices));
              });
}

// --- outbound orders ---

void WmsClient::createOutboundOrder(const QJsonObject &payload, QObject *context, Callback<CreateOutcome> done,
                                    std::function<bool()> beforeSend)
{
    const QString reference = payload.value(u"references"_s).toObject().value(u"customer"_s).toString();
    const QString what = tr("outbound order %1").arg(reference);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto limiter = m_limiter;
    // The slot is taken on this client's thread; the context only decides whether the result is wanted.
    limiter->acquire(this, [=, this] {
        if (hadContext && !guard)
            return;
        if (beforeSend && !beforeSend()) {
            done(Result<CreateOutcome>::failure(ApiError::make(Kind::Transient, tr("%1 was not sent.").arg(what))));
            return;
        }
        call("POST", tenantPath(u"/outbound-orders"_s), {}, QJsonDocument(payload), false, what, guard,
             [=](const HttpResult &result) {
                 if (result.status == 201 || result.status == 228 || (result.ok() && result.status == 200)) {
                     CreateOutcome outcome;
                     outcome.kind =
                         result.status == 228 ? CreateOutcome::Kind::CreatedWithIssues : CreateOutcome::Kind::Created;
                     outcome.order = OutboundOrder::fromJson(result.json.object());
                     if (!outcome.order.isValid()) {
                         // Created, but we cannot say which id: the caller must search by reference.
                         done(Result<CreateOutcome>::failure(unreadable(what)));
                         return;
                     }
                     qCInfo(lcWms) << "created outbound order" << outcome.order.id << "status" << result.status;
                     done(Result<CreateOutcome>::success(outcome));
                     return;
                 }
                 if (result.status == 422) {
                     const QString duplicate = WmsErrors::duplicateId(result.json);
                     if (!duplicate.isEmpty()) {
                         CreateOutcome outcome;
                         outcome.kind = CreateOutcome::Kind::Duplicate;
                         outcome.duplicateId = duplicate;
                         outcome.message = result.error.serverMessage;
                         qCInfo(lcWms) << "create refused as duplicate of" << duplicate;
                         done(Result<CreateOutcome>::success(outcome));
                         return;
                     }
                 }
                 if (result.error.kind == Kind::RateLimited) {
                     // Someone else spends this API client's budget too: hold every create.
                     limiter->holdFor(result.error.retryAfter.count() > 0
                                          ? std::chrono::milliseconds(result.error.retryAfter)
                                          : std::chrono::milliseconds(60s));
                 }
                 done(Result<CreateOutcome>::failure(result.error));
             });
    });
}

void WmsClient::getOutboundOrder(const QString &id, QObject *context, Callback<OutboundOrder> done)
{
    const QString what = tr("outbound order %1").arg(id);
    call("GET", tenantPath(u"/outbound-orders/"_s + id), {}, {}, true, what, context,
         [done, what](const HttpResult &result) {
             if (!result.ok()) {
                 done(Result<OutboundOrder>::failure(result.error));
                 return;
             }
             const OutboundOrder order = OutboundOrder::fromJson(result.json.object());
             if (!order.isValid()) {
                 done(Result<OutboundOrder>::failure(unreadable(what)));
                 return;
             }
             done(Result<OutboundOrder>::success(order));
         });
}

namespace {

Result<QList<OutboundOrder>> ordersFrom(const Result<QJsonArray> &r)
{
    if (!r.ok())
        return Result<QList<OutboundOrder>>::failure(r.error);
    QList<OutboundOrder> orders;
    for (const QJsonValue &v : r.value) {
        const OutboundOrder o = OutboundOrder::fromJson(v.toObject());
        if (o.isValid())
            orders.append(o);
    }
    return Result<QList<OutboundOrder>>::success(orders);
}

} // namespace

void WmsClient::findByReference(const QString &reference, const QString &customerId, QObject *context,
                                Callback<QList<OutboundOrder>> done)
{
    const QJsonObject condition = SearchCondition::allOf({SearchCondition::text(u"/references/customer"_s, reference),
                                                          SearchCondition::text(u"/customer/id"_s, customerId)});
    searchAll(u"/outbound-orders/search"_s, condition, tr("outbound order %1").arg(reference), MaxPages, context,
              [done, reference](const Result<QJsonArray> &r) {
                  auto orders = ordersFrom(r);
                  // References may be matched loosely by some tenants; keep exact matches only.
                  if (orders.ok()) {
                      orders.value.removeIf([&reference](const OutboundOrder &o) {
                          return !o.reference.isEmpty() && o.reference != reference;
                      });
                  }
                  done(orders);
              });
}

OutboundOrderChanges WmsClient::changesFrom(const OutboundOrderChanges &all, const QDateTime &since)
{
    OutboundOrderChanges part;
    part.complete = all.complete;
    for (const OutboundOrder &order : all.orders) {
        if (!since.isValid() || !order.modified.isValid() || order.modified >= since)
            part.orders.append(order);
    }
    return part;
}

void WmsClient::rememberAsk(ChangeFeed &feed, std::chrono::milliseconds now, const QDateTime &since)
{
    while (!feed.asked.isEmpty() && feed.asked.constLast().second >= since)
        feed.asked.removeLast(); // never the earliest again while this one is remembered
    feed.asked.append({now, since});
    while (now - feed.asked.constFirst().first > ChangeAskMemory)
        feed.asked.removeFirst();
}

void WmsClient::changesBetween(const QString &customerId, const QDateTime &since, const QDateTime &until,
                               QObject *context, Callback<OutboundOrderChanges> done,
                               std::chrono::milliseconds notBefore)
{
    if (until.isValid() || !since.isValid() || m_changeSharing.count() <= 0) {
        fetchChanges(customerId, since, until, context, std::move(done));
        return;
    }
    // A search that began at or before this caller's `since`, a moment ago, read everything the
    // caller asks for as of its start: the caller's cursor then moves only as far as that search
    // saw, and what changed since is read by its next cycle. Nothing is skipped; one search serves
    // every store of the customer.
    ChangeFeed &feed = m_feeds[customerId];
    const std::chrono::milliseconds now = m_clock();
    rememberAsk(feed, now, since);
    const bool recent = now - feed.startedAt <= m_changeSharing && feed.startedAt >= notBefore;
    if (recent && feed.since.isValid() && feed.since <= since) {
        if (feed.running) {
            feed.readers.append({since, QPointer<QObject>(context), std::move(done)});
            return;
        }
        if (feed.ok && feed.changes.complete) {
            const OutboundOrderChanges part = changesFrom(feed.changes, since);
            QMetaObject::invokeMethod(
                context ? context : this, [done, part] { done(Result<OutboundOrderChanges>::success(part)); },
                Qt::QueuedConnection);
            return;
        }
    }
    if (feed.running) {
        // A search for a later start is under way: this caller needs its own.
        fetchChanges(customerId, since, {}, context, std::move(done));
        return;
    }
    // The customer's other integrations ask from cursors of their own, which differ by what each
    // last read: starting from the earliest of them lately, this search serves them too. Each
    // still gets only its part (changesFrom), so its cursor moves only as far as it read.
    const QDateTime earliest =
        std::max(feed.asked.constFirst().second, since.addSecs(-std::chrono::seconds(MaxChangeWidening).count()));
    QList<std::pair<std::chrono::milliseconds, QDateTime>> asked = std::move(feed.asked);
    feed = ChangeFeed();
    feed.asked = std::move(asked);
    feed.since = std::min(earliest, since);
    feed.startedAt = now;
    feed.running = true;
    feed.readers.append({since, QPointer<QObject>(context), std::move(done)});
    fetchChanges(customerId, feed.since, {}, this, [this, customerId](const Result<OutboundOrderChanges> &result) {
        ChangeFeed &finished = m_feeds[customerId];
        finished.running = false;
        finished.ok = result.ok();
        if (result.ok())
            finished.changes = result.value;
        const QList<ChangeFeed::Reader> readers = std::exchange(finished.readers, {});
        for (const ChangeFeed::Reader &reader : readers) {
            if (!reader.context)
                continue; // its pipeline is gone
            if (!result.ok())
                reader.done(Result<OutboundOrderChanges>::failure(result.error));
            else
                reader.done(Result<OutboundOrderChanges>::success(changesFrom(result.value, reader.since)));
        }
    });
}

void WmsClient::fetchChanges(const QString &customerId, const QDateTime &since, const QDateTime &until,
                             QObject *context, Callback<OutboundOrderChanges> done)
{
    ++m_changeSearches;
    QJsonArray conditions {SearchCondition::text(u"/customer/id"_s, customerId)};
    if (since.isValid())
        conditions.append(SearchCondition::dateTime(u"/timestamps/modified/time"_s, isoWithOffset(since),
                                                    u"GREATER_THAN_OR_EQUAL_TO"_s));
    if (until.isValid())
        conditions.append(
            SearchCondition::dateTime(u"/timestamps/modified/time"_s, isoWithOffset(until), u"LESS_THAN"_s));
    searchPages(u"/outbound-orders/search"_s, SearchCondition::allOf(conditions), tr("the customer's changed orders"),
                MaxPages, context, [=, this](const Result<SearchPages> &r) {
                    if (!r.ok() && r.error.kind == Kind::Validation && since.isValid()) {
                        // See changesSince: some tenants refuse date-time comparisons.
                        changesByDay(customerId, since, until, context, done);
                        return;
                    }
                    if (!r.ok()) {
                        done(Result<OutboundOrderChanges>::failure(r.error));
                        return;
                    }
                    const Result<QList<OutboundOrder>> orders = ordersFrom(Result<QJsonArray>::success(r.value.items));
                    done(Result<OutboundOrderChanges>::success({orders.value, r.value.complete}));
                });
}

void WmsClient::changesSince(const QString &customerId, const QDateTime &since, QObject *context,
                             Callback<QList<OutboundOrder>> done)
{
    if (!since.isValid()) {
        // No previous poll: every order of the customer.
        searchAll(u"/outbound-orders/search"_s,
                  SearchCondition::allOf({SearchCondition::text(u"/customer/id"_s, customerId)}),
                  tr("the customer's orders"), MaxPages, context,
                  [done](const Result<QJsonArray> &r) { done(ordersFrom(r)); });
        return;
    }
    const QJsonObject condition =
        SearchCondition::allOf({SearchCondition::text(u"/customer/id"_s, customerId),
                                SearchCondition::dateTime(u"/timestamps/modified/time"_s, isoWithOffset(since),
                                                          u"GREATER_THAN_OR_EQUAL_TO"_s)});
    searchAll(u"/outbound-orders/search"_s, condition, tr("the customer's changed orders"), MaxPages, context,
              [=, this](const Result<QJsonArray> &r) {
                  if (!r.ok() && r.error.kind == Kind::Validation) {
                      // The 2026 docs describe DateTimeComparisonCondition, but a working client reports
                      // that only STARTS_WITH works on timestamps: fall back to one prefix per day.
                      qCInfo(lcWms) << "date-time search refused; falling back to per-day prefixes";
                      changesByDay(customerId, since, QDateTime(), context,
                                   [done](const Result<OutboundOrderChanges> &days) {
                                       if (!days.ok()) {
                                           done(Result<QList<OutboundOrder>>::failure(days.error));
                                           return;
                                       }
                                       done(Result<QList<OutboundOrder>>::success(days.value.orders));
                                   });
                      return;
                  }
                  done(ordersFrom(r));
              });
}

void WmsClient::changesByDay(const QString &customerId, const QDateTime &since, const QDateTime &until,
                             QObject *context, Callback<OutboundOrderChanges> done)
{
    // Timestamps carry the tenant's own offset, which we do not know: start a day early so that no
    // local day is missed, and filter exactly afterwards.
    QDate day = since.toUTC().date().addDays(-1);
    const QDate last = (until.isValid() ? until : QDateTime::currentDateTimeUtc()).toUTC().date().addDays(1);
    if (day.daysTo(last) >= MaxFallbackDays) {
        qCWarning(lcWms) << "changes window longer than" << MaxFallbackDays << "days; only the last ones are read";
        day = last.addDays(-(MaxFallbackDays - 1));
    }
    QJsonArray days;
    for (; day <= last; day = day.addDays(1))
        days.append(SearchCondition::text(u"/timestamps/modified/time"_s, day.toString(Qt::ISODate), u"STARTS_WITH"_s));
    const QJsonObject condition =
        SearchCondition::allOf({SearchCondition::text(u"/customer/id"_s, customerId), SearchCondition::anyOf(days)});
    searchPages(u"/outbound-orders/search"_s, condition, tr("the customer's changed orders"), MaxPages, context,
                [done, since, until](const Result<SearchPages> &r) {
                    if (!r.ok()) {
                        done(Result<OutboundOrderChanges>::failure(r.error));
                        return;
                    }
                    Result<QList<OutboundOrder>> orders = ordersFrom(Result<QJsonArray>::success(r.value.items));
                    orders.value.removeIf([&](const OutboundOrder &o) {
                        return o.modified.isValid() && (o.modified < since || (until.isValid() && o.modified >= until));
                    });
                    // Cut short by the page cap, this says so, as the date-time search does.
                    done(Result<OutboundOrderChanges>::success({orders.value, r.value.complete}));
                });
}

void WmsClient::deleteOutboundOrder(const QString &id, QObject *context, Callback<Done> done)
{
    // Safe to repeat: deleting what is gone is answered 404, which counts as done.
    call("DELETE", tenantPath(u"/outbound-orders/"_s + id), {}, {}, true, tr("outbound order %1").arg(id), context,
         [done](const HttpResult &result) {
             if (!result.ok() && result.error.kind != Kind::NotFound) {
                 done(Result<Done>::failure(result.error));
                 return;
             }
             done(Result<Done>::success({}));
         });
}

// --- stock ---

void WmsClient::stockOnHand(const QString &customerId, QObject *context, Callback<StockOnHand> done)
{
    StockReportRun::start(this, customerId, m_reportPolling, context, std::move(done));
}

// --- tracking ---

void WmsClient::consignmentTracking(const QStringList &outboundOrderIds, QObject *context,
                                    Callback<QList<ConsignmentTracking>> done)
{
    QStringList ids = outboundOrderIds;
    ids.removeDuplicates();
    ids.removeAll(QString());
    consignmentChunk(ids, {}, context, std::move(done));
}

void WmsClient::consignmentChunk(QStringList remaining, QList<ConsignmentTracking> collected, QObject *context,
                                 Callback<QList<ConsignmentTracking>> done)
{
    if (remaining.isEmpty()) {
        done(Result<QList<ConsignmentTracking>>::success(collected));
        return;
    }
    const QStringList chunk = remaining.mid(0, IdsPerConsignmentSearch);
    remaining.remove(0, chunk.size());
    QJsonArray anyOf;
    for (const QString &id : chunk)
        anyOf.append(SearchCondition::text(u"/generatedFromTask/id"_s, id));
    searchAll(u"/consignments/search"_s, SearchCondition::anyOf(anyOf), tr("the consignments"), MaxPages, context,
              [=, this](const Result<QJsonArray> &r) mutable {
                  if (!r.ok()) {
                      done(Result<QList<ConsignmentTracking>>::failure(r.error));
                      return;
                  }
                  for (const QJsonValue &v : r.value) {
                      const ConsignmentTracking c = ConsignmentTracking::fromJson(v.toObject());
                      if (!c.consignmentId.isEmpty())
                          collected.append(c);
                  }
                  consignmentChunk(remaining, collected, context, done);
              });
}

} // namespace wharf::wms
