#include "core/woo/wooclient.h"

#include "core/logging.h"
#include "core/woo/oauth1signer.h"
#include "core/woo/wooerrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wharf::woo {

using net::ApiError;
using net::Done;
using net::HttpRequest;
using net::HttpResult;
using net::Result;
using Kind = net::ApiError::Kind;

namespace {

QUrl withPath(const QUrl &base, const QString &suffix)
{
    QUrl u = base;
    QString path = u.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    u.setPath(path + suffix);
    return u;
}

ApiError unreadable(const QUrl &url, const QString &what)
{
    return ApiError::make(Kind::InvalidResponse,
                          QCoreApplication::translate("wharf::woo::WooClient",
                                                      "The store at %1 sent an answer about %2 that Wharf cannot read.")
                              .arg(url.host(), what));
}

StoreDiscovery parseIndex(const QJsonObject &index, const QUrl &candidate, const QUrl &reached, bool pretty)
{
    StoreDiscovery d;
    d.isWordPress = true;
    d.prettyPermalinks = pretty;
    d.siteName = index.value(u"name"_s).toString();
    for (const QJsonValue &v : index.value(u"namespaces"_s).toArray())
        d.namespaces << v.toString();
    d.hasWooCommerce = d.namespaces.contains(u"wc/v3"_s);
    if (d.namespaces.contains(u"wc-ast/v3"_s))
        d.tracking = TrackingPlugin::AdvancedShipmentTracking;
    else if (d.namespaces.contains(u"wc-shipment-tracking/v3"_s))
        d.tracking = TrackingPlugin::ShipmentTracking;
    d.reachedUrl = reached.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (pretty) {
        QString path = d.reachedUrl.path();
        const qsizetype at = path.indexOf(u"/wp-json"_s);
        if (at >= 0)
            path.truncate(at);
        d.reachedUrl.setPath(path);
    }
    QUrl home(index.value(u"home"_s).toString(), QUrl::StrictMode);
    if (!home.isValid() || home.host().isEmpty())
        home = d.reachedUrl.isValid() ? d.reachedUrl : candidate;
    // TLS ended at a proxy: WordPress believes it is on http while we reached it over https. Keep
    // talking https (never downgrade); WooCommerce then accepts Basic auth only if it sees HTTPS, which
    // the credentials check finds out.
    if (home.scheme() == u"http"_s && d.reachedUrl.scheme() == u"https"_s
        && home.host().compare(d.reachedUrl.host(), Qt::CaseInsensitive) == 0) {
        home.setScheme(u"https"_s);
        if (home.port() == 80)
            home.setPort(-1);
    }
    QString homePath = home.path();
    while (homePath.endsWith(u'/'))
        homePath.chop(1);
    home.setPath(homePath);
    d.announcedHome = home;
    // Keys go only where the site was reached: a `home` on plain http (a downgrade) or on another
    // host or port is shown to the person, never followed (a compromised or misconfigured site
    // could otherwise collect the key).
    const QUrl reachedOrigin = d.reachedUrl.isValid() ? d.reachedUrl : candidate;
    const auto port = [](const QUrl &url) {
        return url.port(url.scheme() == u"https"_s ? 443 : 80);
    };
    const bool sameOrigin = home.scheme() == reachedOrigin.scheme()
        && home.host().compare(reachedOrigin.host(), Qt::CaseInsensitive) == 0 && port(home) == port(reachedOrigin);
    if (sameOrigin) {
        d.home = home;
    } else {
        d.homeElsewhere = true;
        d.home = reachedOrigin.adjusted(QUrl::RemovePath);
        d.home.setPath(homePath);
    }
    return d;
}

QUrl withQuery(const QUrl &url, const QList<QPair<QString, QString>> &query)
{
    QUrl u = url;
    if (query.isEmpty())
        u.setQuery(QString());
    else
        u.setQuery(QString::fromLatin1(OAuth1Signer::encodeQuery(query)), QUrl::StrictMode);
    return u;
}

} // namespace

WooClient::WooClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_http(new net::HttpClient(nam, this))
    , m_timestamp([] { return QDateTime::currentSecsSinceEpoch(); })
{
    m_http->setIdleConnectionSeconds(IdleConnectionSeconds);
}

QString WooClient::orderFields()
{
    return u"id,number,status,currency,total,date_created,date_created_gmt,date_modified_gmt,customer_note,"
           "billing,shipping,line_items,shipping_lines,refunds"_s;
}

QUrl WooClient::apiUrl(const QString &route) const
{
    return withPath(m_connection.home, u"/wp-json"_s + route);
}

QString WooClient::trackingRoute(qint64 orderId) const
{
    return u"/"_s + trackingNamespace(m_connection.tracking) + u"/orders/"_s + QString::number(orderId)
        + u"/shipment-trackings"_s;
}

void WooClient::call(const QByteArray &method, const QString &route, const Query &query, const QJsonDocument &body,
                     bool safeToRetry, const QString &what, QObject *context,
                     std::function<void(const HttpResult &)> done)
{
    send(method, QByteArray(), route, query, body, safeToRetry, what, context, std::move(done));
}

void WooClient::send(const QByteArray &method, const QByteArray &overridden, const QString &route, const Query &query,
                     const QJsonDocument &body, bool safeToRetry, const QString &what, QObject *context,
                     std::function<void(const HttpResult &)> done)
{
    const QUrl url = apiUrl(route);
    HttpRequest request;
    request.method = method;
    if (!overridden.isEmpty())
        request.setHeader("X-HTTP-Method-Override", overridden);
    request.safeToRetry = safeToRetry;
    request.carriesCredentials = true;
    request.label = u"woo "_s + route;
    request.transferTimeoutMs = m_transferTimeoutMs;
    if (!body.isNull()) {
        request.body = body.toJson(QJsonDocument::Compact);
        request.setHeader("Content-Type", "application/json");
    }
    const WooConnection c = m_connection;
    switch (c.auth) {
    case WooConnection::AuthMode::Basic:
        request.url = withQuery(url, query);
        request.setHeader("Authorization", "Basic " + (c.consumerKey + u':' + c.consumerSecret).toUtf8().toBase64());
        break;
    case WooConnection::AuthMode::QueryString: {
        if (url.scheme() != u"https"_s) {
            // WooCommerce ignores such keys without TLS anyway; sending them would only expose them.
            HttpResult refused;
            refused.error = ApiError::make(Kind::Validation,
                                           tr("Wharf sends the keys in the address only over HTTPS; this store "
                                              "address is not HTTPS."));
            net::HttpClient::later(context, [done, refused] { done(refused); });
            return;
        }
        Query withKeys = query;
        withKeys.append({u"consumer_key"_s, c.consumerKey});
        withKeys.append({u"consumer_secret"_s, c.consumerSecret});
        request.url = withQuery(url, withKeys);
        break;
    }
    case WooConnection::AuthMode::OAuth1: {
        request.url = withQuery(url, query);
        // A fresh nonce and timestamp for every attempt: WooCommerce refuses a nonce it has seen.
        auto timestamp = m_timestamp;
        request.prepare = [url, query, method, c, timestamp](QNetworkRequest &r) {
            const auto params = OAuth1Signer::sign(method, url, query, c.consumerKey, c.consumerSecret,
                                                   OAuth1Signer::makeNonce(), timestamp());
            r.setUrl(withQuery(url, params));
        };
        break;
    }
    }
    QPointer<QObject> guard(context);
    m_http->send(request, context, [=, this](const HttpResult &result) {
        // Some hosts and firewalls refuse PUT, PATCH and DELETE (405, 501); WordPress accepts them as a
        // POST that names the real method in X-HTTP-Method-Override.
        const bool blockedVerb = method == "PUT" || method == "PATCH" || method == "DELETE";
        if (overridden.isEmpty() && blockedVerb && (result.status == 405 || result.status == 501)) {
            qCInfo(lcWoo) << method << "refused with" << result.status << "- sending it as POST with an override";
            send("POST", method, route, query, body, safeToRetry, what, guard, done);
            return;
        }
        HttpResult refined = result;
        WooErrors::refine(refined, what);
        done(refined);
    });
}

// --- discovery ---

void WooClient::discover(const QList<QUrl> &candidates, QObject *context, Callback<StoreDiscovery> done)
{
    discoverNext(candidates, context, std::move(done));
}

void WooClient::discoverNext(QList<QUrl> candidates, QObject *context, Callback<StoreDiscovery> done)
{
    if (candidates.isEmpty()) {
        done(Result<StoreDiscovery>::success(StoreDiscovery {}));
        return;
    }
    const QUrl candidate = candidates.takeFirst();
    HttpRequest request;
    request.safeToRetry = true;
    request.label = u"woo discovery"_s;
    request.transferTimeoutMs = m_transferTimeoutMs;
    // _fields keeps the index small: a full one lists every route of every plugin.
    request.url = withQuery(withPath(candidate, u"/wp-json/"_s), {{u"_fields"_s, u"name,url,home,namespaces"_s}});
    m_http->send(request, context, [this, candidate, candidates, context, done](const HttpResult &answer) {
        // A store that did not answer (timeout, 5xx, 429, no route, a firewall's page) says nothing
        // about whether it is WordPress: report that, rather than concluding "not WordPress".
        HttpResult result = answer;
        WooErrors::refine(result);
        if (result.error.kind == Kind::Tls || result.error.isTransient()) {
            done(Result<StoreDiscovery>::failure(result.error));
            return;
        }
        const QJsonObject index = result.json.object();
        if (result.ok() && index.value(u"namespaces"_s).isArray()) {
            done(Result<StoreDiscovery>::success(parseIndex(index, candidate, result.finalUrl, true)));
            return;
        }
        // /wp-json/ is not routed when permalinks are "Plain"; the same index is at ?rest_route=/.
        HttpRequest plain;
        plain.safeToRetry = true;
        plain.label = u"woo discovery (plain permalinks)"_s;
        plain.transferTimeoutMs = m_transferTimeoutMs;
        plain.url = withQuery(withPath(candidate, u"/"_s),
                              {{u"rest_route"_s, u"/"_s}, {u"_fields"_s, u"name,url,home,namespaces"_s}});
        m_http->send(plain, context, [this, candidate, candidates, context, done](const HttpResult &plainAnswer) {
            HttpResult second = plainAnswer;
            WooErrors::refine(second);
            if (second.error.kind == Kind::Tls || second.error.isTransient()) {
                done(Result<StoreDiscovery>::failure(second.error));
                return;
            }
            const QJsonObject plainIndex = second.json.object();
            if (second.ok() && plainIndex.value(u"namespaces"_s).isArray()) {
                done(Result<StoreDiscovery>::success(parseIndex(plainIndex, candidate, second.finalUrl, false)));
                return;
            }
            discoverNext(candidates, context, done);
        });
    });
}

// --- orders ---

void WooClient::listProcessingOrders(const QDateTime &modifiedAfterUtc, int page, QObject *context,
                                     Callback<WooOrderPage> done, const QList<qint64> &excluded, int offset)
{
    listOrderPage({u"processing"_s}, modifiedAfterUtc, page, context, std::move(done), excluded, offset);
}

void WooClient::listOrderPage(const QStringList &statuses, const QDateTime &modifiedAfterUtc, int page,
                              QObject *context, Callback<WooOrderPage> done, const QList<qint64> &excluded, int offset)
{
    // v3 takes a list of statuses; WordPress reads a comma-separated string as that list.
    Query query {{u"status"_s, statuses.join(u',')},
                 {u"orderby"_s, u"modified"_s},
                 {u"order"_s, u"asc"_s},
                 {u"per_page"_s, QString::number(PageSize)},
                 {u"page"_s, QString::number(std::max(1, page))},
                 {u"_fields"_s, orderFields()}};
    if (modifiedAfterUtc.isValid()) {
        // Offsets in the value are ignored by WooCommerce (woocommerce#14539): send UTC without one
        // and say so with dates_are_gmt.
        query.append({u"modified_after"_s, WooOrder::formatGmt(modifiedAfterUtc)});
        query.append({u"dates_are_gmt"_s, u"true"_s});
    }
    if (offset >= 0)
        query.append({u"offset"_s, QString::number(offset)});
    if (!excluded.isEmpty()) {
        QStringList ids;
        ids.reserve(excluded.size());
        for (const qint64 id : excluded)
            ids.append(QString::number(id));
        query.append({u"exclude"_s, ids.join(u',')});
    }
    const QUrl home = m_connection.home;
    call("GET", u"/wc/v3/orders"_s, query, {}, true, tr("the order list"), context,
         [done, page, home, statuses](const HttpResult &result) {
             if (!result.ok()) {
                 done(Result<WooOrderPage>::failure(result.error));
                 return;
             }
             if (!result.json.isArray()) {
                 done(Result<WooOrderPage>::failure(unreadable(home, tr("its orders"))));
                 return;
             }
             WooOrderPage p;
             p.page = std::max(1, page);
             for (const QJsonValue &v : result.json.array()) {
                 const WooOrder order = WooOrder::fromJson(v.toObject());
                 if (!order.isValid()) {
                     ++p.unreadable;
                     continue;
                 }
                 // Stores older than WooCommerce 5.x ignore unknown filters: check what we asked for.
                 if (!statuses.contains(order.status))
                     continue;
                 p.orders.append(order);
             }
             p.total = result.intHeader("X-WP-Total", int(p.orders.size()));
             p.totalPages = result.intHeader("X-WP-TotalPages", p.page);
             if (p.unreadable)
                 qCWarning(lcWoo) << p.unreadable << "order(s) without an id on page" << p.page;
             done(Result<WooOrderPage>::success(p));
         });
}

void WooClient::listAllProcessingOrders(const QDateTime &modifiedAfterUtc, QObject *context,
                                        Callback<WooOrderListing> done)
{
    listAllOrders({u"processing"_s}, modifiedAfterUtc, context, std::move(done));
}

void WooClient::listAllOrders(const QStringList &statuses, const QDateTime &modifiedAfterUtc, QObject *context,
                              Callback<WooOrderListing> done)
{
    WooOrderListing listing;
    listing.statuses = statuses;
    listing.readThrough = modifiedAfterUtc;
    listFrom(std::move(listing), context, std::move(done));
}

void WooClient::listFrom(WooOrderListing listing, QObject *context, Callback<WooOrderListing> done)
{
    // The first request starts where the caller said (it has already stepped back by its overlap);
    // each later one from the newest change read, less a second, without the orders of that second
    // already read. `modified_after` is compared to the second, and whether WooCommerce's date query
    // is inclusive there is not documented: stepping back a second and excluding is right either way.
    QDateTime after = listing.readThrough;
    QList<qint64> excluded;
    if (listing.requests > 0 && after.isValid()) {
        after = after.addSecs(-1);
        for (const WooOrder &order : std::as_const(listing.orders)) {
            if (order.modifiedUtc >= after)
                excluded.append(order.id);
        }
    }
    // Hundreds of orders of one bulk action in the last two seconds would make the address too
    // long for some servers (414): past that, the orders already read of those seconds are skipped
    // by count (`offset`, ties ordered by id) instead of by id. Only an edit within those seconds
    // while they are read could shift that count, and the next cycle's overlap reads them again.
    constexpr qsizetype kMaxExcluded = 300;
    int offset = -1;
    if (excluded.size() > kMaxExcluded) {
        offset = int(excluded.size());
        excluded.clear();
    }
    const QStringList statuses = listing.statuses;
    listOrderPage(
        statuses, after, 1, context,
        [this, listing = std::move(listing), context, done](const Result<WooOrderPage> &r) mutable {
            if (!r.ok()) {
                done(Result<WooOrderListing>::failure(r.error));
                return;
            }
            ++listing.requests;
            QHash<qint64, qsizetype> position;
            for (qsizetype i = 0; i < listing.orders.size(); ++i)
                position.insert(listing.orders.at(i).id, i);
            for (const WooOrder &order : r.value.orders) {
                // An order edited while we read comes again, later: its newest version wins.
                if (const auto seen = position.constFind(order.id); seen != position.cend()) {
                    listing.orders[*seen] = order;
                } else {
                    position.insert(order.id, listing.orders.size());
                    listing.orders.append(order);
                }
                if (!listing.readThrough.isValid() || order.modifiedUtc > listing.readThrough)
                    listing.readThrough = order.modifiedUtc;
            }
            const bool more = r.value.totalPages > 1 && !r.value.orders.isEmpty();
            if (!more) {
                listing.complete = true;
                done(Result<WooOrderListing>::success(listing));
                return;
            }
            if (listing.requests >= MaxPages) {
                // The rest is read by the next listing, from the second where this one stopped.
                qCWarning(lcWoo) << "stopped listing after" << listing.requests
                                 << "requests; the rest is read next cycle from" << listing.readThrough;
                listing.complete = false;
                listing.readThrough = listing.readThrough.addSecs(-1);
                done(Result<WooOrderListing>::success(listing));
                return;
            }
            listFrom(std::move(listing), context, done);
        },
        excluded, offset);
}

void WooClient::getOrder(qint64 orderId, QObject *context, Callback<WooOrder> done)
{
    const QUrl home = m_connection.home;
    const QString what = tr("order %1").arg(orderId);
    call("GET", u"/wc/v3/orders/"_s + QString::number(orderId), {{u"_fields"_s, orderFields()}}, {}, true, what,
         context, [done, home, what](const HttpResult &result) {
             if (!result.ok()) {
                 done(Result<WooOrder>::failure(result.error));
                 return;
             }
             const WooOrder order = WooOrder::fromJson(result.json.object());
             if (!order.isValid()) {
                 done(Result<WooOrder>::failure(unreadable(home, what)));
                 return;
             }
             done(Result<WooOrder>::success(order));
         });
}

void WooClient::getOrders(const QList<qint64> &orderIds, QObject *context, Callback<QList<WooOrder>> done)
{
    // One request for up to a page of orders, whatever their status; an order not in the answer
    // is deleted or in the trash.
    QStringList ids;
    for (const qint64 id : orderIds.mid(0, PageSize))
        ids.append(QString::number(id));
    const QUrl home = m_connection.home;
    call("GET", u"/wc/v3/orders"_s,
         {{u"include"_s, ids.join(u',')},
          {u"status"_s, u"any"_s},
          {u"per_page"_s, QString::number(PageSize)},
          {u"_fields"_s, orderFields()}},
         {}, true, tr("the orders"), context, [done, home](const HttpResult &result) {
             if (!result.ok()) {
                 done(Result<QList<WooOrder>>::failure(result.error));
                 return;
             }
             if (!result.json.isArray()) {
                 done(Result<QList<WooOrder>>::failure(unreadable(home, tr("its orders"))));
                 return;
             }
             QList<WooOrder> orders;
             for (const QJsonValue &v : result.json.array()) {
                 const WooOrder order = WooOrder::fromJson(v.toObject());
                 if (order.isValid())
                     orders.append(order);
             }
             done(Result<QList<WooOrder>>::success(orders));
         });
}

void WooClient::completeOrders(const QList<qint64> &orderIds, QObject *context,
                               Callback<QList<WooBatchItemResult>> done)
{
    completeBatch(orderIds, {}, context, std::move(done));
}

void WooClient::completeBatch(QList<qint64> remaining, QList<WooBatchItemResult> collected, QObject *context,
                              Callback<QList<WooBatchItemResult>> done)
{
    if (remaining.isEmpty()) {
        done(Result<QList<WooBatchItemResult>>::success(collected));
        return;
    }
    const QList<qint64> batch = remaining.mid(0, m_completionBatchSize);
    remaining.remove(0, batch.size());
    QJsonArray update;
    for (qint64 id : batch)
        update.append(QJsonObject {{u"id"_s, id}, {u"status"_s, u"completed"_s}});
    const QUrl home = m_connection.home;
    // Safe to repeat: completing a completed order changes nothing and sends no second e-mail.
    call("POST", u"/wc/v3/orders/batch"_s, {}, QJsonDocument(QJsonObject {{u"update"_s, update}}), true,
         tr("the batch update"), context,
         [this, batch, remaining, collected, context, done, home](const HttpResult &result) mutable {
             if (!result.ok() && result.status == 413 && batch.size() > 1) {
                 // woocommerce_rest_request_entity_too_large: the store takes fewer items per
                 // batch than asked; this one goes again at once, in halves.
                 m_completionBatchSize = int(batch.size() / 2);
                 qCInfo(lcWoo) << "store refused a batch of" << batch.size() << "orders - sending"
                               << m_completionBatchSize << "at a time";
                 completeBatch(batch + remaining, collected, context, done);
                 return;
             }
             if (!result.ok() && (result.error.kind == Kind::Transient || result.status >= 500)
                 && batch.size() > MinBatchSize) {
                 // Too slow for this store, perhaps: its orders wait for the next cycle (which
                 // reads their statuses again first), and later batches are smaller.
                 m_completionBatchSize = std::max<int>(MinBatchSize, int(batch.size() / 2));
                 qCInfo(lcWoo) << "a batch of" << batch.size() << "orders failed (" << result.error.serverMessage
                               << ") - later batches hold" << m_completionBatchSize;
             }
             if (!result.ok()) {
                 if (collected.isEmpty()) {
                     done(Result<QList<WooBatchItemResult>>::failure(result.error));
                     return;
                 }
                 // Earlier batches went through: report them, and this batch's orders as failed.
                 for (qint64 id : batch) {
                     WooBatchItemResult item;
                     item.id = id;
                     item.error = result.error;
                     collected.append(item);
                 }
                 for (qint64 id : std::as_const(remaining)) {
                     WooBatchItemResult item;
                     item.id = id;
                     item.error = result.error;
                     collected.append(item);
                 }
                 done(Result<QList<WooBatchItemResult>>::success(collected));
                 return;
             }
             QHash<qint64, WooBatchItemResult> byId;
             for (const QJsonValue &v : result.json.object().value(u"update"_s).toArray()) {
                 const QJsonObject o = v.toObject();
                 WooBatchItemResult item;
                 item.id = o.value(u"id"_s).toInteger();
                 if (o.contains(u"error"_s)) {
                     item.error =
                         WooErrors::fromErrorObject(o.value(u"error"_s).toObject(), 0, tr("order %1").arg(item.id));
                     if (item.error.kind == Kind::None)
                         item.error.kind = Kind::Validation;
                     item.error.sentence =
                         tr("Order %1 could not be completed: %2")
                             .arg(item.id)
                             .arg(item.error.sentence.isEmpty() ? item.error.serverMessage : item.error.sentence);
                 } else {
                     item.status = o.value(u"status"_s).toString();
                 }
                 byId.insert(item.id, item);
             }
             for (qint64 id : batch) {
                 if (byId.contains(id)) {
                     collected.append(byId.value(id));
                 } else {
                     WooBatchItemResult missing;
                     missing.id = id;
                     missing.error = unreadable(home, tr("order %1").arg(id));
                     collected.append(missing);
                 }
             }
             completeBatch(remaining, collected, context, done);
         });
}

void WooClient::addOrderNote(qint64 orderId, const QString &note, bool customerNote, QObject *context,
                             Callback<qint64> done)
{
    const QUrl home = m_connection.home;
    const QString what = tr("order %1").arg(orderId);
    const QJsonObject body {{u"note"_s, note}, {u"customer_note"_s, customerNote}};
    // Not safe to repeat: a second attempt would add a second note.
    call("POST", u"/wc/v3/orders/"_s + QString::number(orderId) + u"/notes"_s, {}, QJsonDocument(body), false, what,
         context, [done, home, what](const HttpResult &result) {
             if (!result.ok()) {
                 done(Result<qint64>::failure(result.error));
                 return;
             }
             const qint64 id = result.json.object().value(u"id"_s).toInteger();
             if (id <= 0) {
                 done(Result<qint64>::failure(unreadable(home, what)));
                 return;
             }
             done(Result<qint64>::success(id));
         });
}

void WooClient::listRefunds(qint64 orderId, QObject *context, Callback<QList<WooRefund>> done)
{
    readRefunds(orderId, 1, {}, context, std::move(done));
}

void WooClient::readRefunds(qint64 orderId, int page, QList<WooRefund> collected, QObject *context,
                            Callback<QList<WooRefund>> done)
{
    const Query query {{u"per_page"_s, QString::number(PageSize)},
                       {u"page"_s, QString::number(page)},
                       {u"_fields"_s, WooRefund::fields()}};
    const QUrl home = m_connection.home;
    const QString what = tr("the refunds of order %1").arg(orderId);
    call("GET", u"/wc/v3/orders/%1/refunds"_s.arg(orderId), query, {}, true, what, context,
         [this, orderId, page, collected = std::move(collected), context, done, home,
          what](const HttpResult &result) mutable {
             if (!result.ok()) {
                 done(Result<QList<WooRefund>>::failure(result.error));
                 return;
             }
             if (!result.json.isArray()) {
                 done(Result<QList<WooRefund>>::failure(unreadable(home, what)));
                 return;
             }
             const QJsonArray refunds = result.json.array();
             for (const QJsonValue &v : refunds) {
                 const WooRefund refund = WooRefund::fromJson(v.toObject());
                 if (!refund.isValid()) {
                     done(Result<QList<WooRefund>>::failure(unreadable(home, what)));
                     return;
                 }
                 collected.append(refund);
             }
             const int totalPages = result.intHeader("X-WP-TotalPages", page);
             if (page >= totalPages || refunds.isEmpty()) {
                 done(Result<QList<WooRefund>>::success(collected));
                 return;
             }
             if (page >= MaxPages) {
                 done(Result<QList<WooRefund>>::failure(
                     ApiError::make(Kind::InvalidResponse,
                                    tr("Order %1 has more refunds than Wharf reads (%2 pages); its quantities were "
                                       "not worked out.")
                                        .arg(orderId)
                                        .arg(MaxPages))));
                 return;
             }
             readRefunds(orderId, page + 1, std::move(collected), context, done);
         });
}

// --- tracking ---

// --- catalogue -------------------------------------------------------------------------------

namespace {

Result<WooProductPage> productPage(const HttpResult &result, int page, const QUrl &home, const QString &what,
                                   const std::function<WooProduct(const QJsonObject &)> &read)
{
    if (!result.ok())
        return Result<WooProductPage>::failure(result.error);
    if (!result.json.isArray())
        return Result<WooProductPage>::failure(unreadable(home, what));
    WooProductPage p;
    p.page = std::max(1, page);
    for (const QJsonValue &v : result.json.array()) {
        const WooProduct product = read(v.toObject());
        if (!product.isValid()) {
            ++p.unreadable;
            continue;
        }
        p.products.append(product);
    }
    p.total = result.intHeader("X-WP-Total", int(p.products.size()));
    p.totalPages = result.intHeader("X-WP-TotalPages", p.page);
    return Result<WooProductPage>::success(p);
}

} // namespace

void WooClient::listProducts(int page, QObject *context, Callback<WooProductPage> done)
{
    const Query query {{u"per_page"_s, QString::number(PageSize)},
                       {u"page"_s, QString::number(std::max(1, page))},
                       {u"orderby"_s, u"id"_s},
                       {u"order"_s, u"asc"_s},
                       {u"_fields"_s, WooProduct::productFields()}};
    const QUrl home = m_connection.home;
    call("GET", u"/wc/v3/products"_s, query, {}, true, tr("the product list"), context,
         [done, page, home](const HttpResult &result) {
             done(productPage(result, page, home, tr("its products"), &WooProduct::fromJson));
         });
}

void WooClient::listVariations(const WooProduct &parent, int page, QObject *context, Callback<WooProductPage> done)
{
    const Query query {{u"per_page"_s, QString::number(PageSize)},
                       {u"page"_s, QString::number(std::max(1, page))},
                       {u"orderby"_s, u"id"_s},
                       {u"order"_s, u"asc"_s},
                       {u"_fields"_s, WooProduct::variationFields()}};
    const QUrl home = m_connection.home;
    const QString what = tr("the variations of product %1").arg(parent.id);
    call("GET", u"/wc/v3/products/%1/variations"_s.arg(parent.id), query, {}, true, what, context,
         [done, page, home, what, parent](const HttpResult &result) {
             done(productPage(result, page, home, what, [&parent](const QJsonObject &json) {
                 return WooProduct::variationFromJson(json, parent);
             }));
         });
}

struct WooClient::CatalogueRead
{
    QPointer<QObject> context;
    CatalogueProgress progress;
    Callback<WooCatalogue> done;
    WooCatalogue catalogue; // the products while they are read; the variations are added at the end
    WooCatalogueProgress state;
    QList<qsizetype> variable; // indexes of variable products in catalogue.products
    QHash<qint64, QList<WooProduct>> variations; // by parent id
};

void WooClient::readCatalogue(QObject *context, CatalogueProgress progress, Callback<WooCatalogue> done)
{
    auto read = std::make_shared<CatalogueRead>();
    read->context = context;
    read->progress = std::move(progress);
    read->done = std::move(done);
    readProductPage(std::move(read), 1);
}

void WooClient::readProductPage(std::shared_ptr<CatalogueRead> read, int page)
{
    // The context went (in a progress callback, say): the read is over, and a call with no context
    // would run unguarded.
    if (read->context.isNull())
        return;
    listProducts(page, read->context, [this, read, page](const Result<WooProductPage> &r) {
        if (!r.ok()) {
            read->done(Result<WooCatalogue>::failure(r.error));
            return;
        }
        ++read->catalogue.requests;
        read->catalogue.unreadable += r.value.unreadable;
        for (const WooProduct &product : r.value.products) {
            if (product.type == WooProduct::Type::Variable) {
                read->variable.append(read->catalogue.products.size());
                read->state.variationsExpected += int(product.variationIds.size());
            }
            read->catalogue.products.append(product);
        }
        read->state.requests = read->catalogue.requests;
        read->state.productsTotal = r.value.total;
        read->state.productsRead += int(r.value.products.size()) + r.value.unreadable;
        if (read->progress)
            read->progress(read->state);
        if (read->catalogue.requests >= MaxCatalogueRequests && r.value.hasMore()) {
            qCWarning(lcWoo) << "stopped reading the catalogue after" << read->catalogue.requests << "requests";
            read->catalogue.complete = false;
            finishCatalogue(read);
            return;
        }
        // An empty page ends the list whatever the headers say (a store that misreports them).
        if (r.value.hasMore() && !r.value.products.isEmpty())
            readProductPage(read, page + 1);
        else
            readVariations(read, 0, 1);
    });
}

void WooClient::readVariations(std::shared_ptr<CatalogueRead> read, qsizetype parentIndex, int page)
{
    if (read->context.isNull())
        return;
    if (parentIndex >= read->variable.size()) {
        finishCatalogue(read);
        return;
    }
    if (read->catalogue.requests >= MaxCatalogueRequests) {
        qCWarning(lcWoo) << "stopped reading variations after" << read->catalogue.requests << "requests";
        read->catalogue.complete = false;
        finishCatalogue(read);
        return;
    }
    const WooProduct parent = read->catalogue.products.at(read->variable.at(parentIndex));
    listVariations(parent, page, read->context,
                   [this, read, parentIndex, page, parent](const Result<WooProductPage> &r) {
                       ++read->catalogue.requests;
                       read->state.requests = read->catalogue.requests;
                       if (!r.ok()) {
                           if (r.error.kind != Kind::NotFound) {
                               read->done(Result<WooCatalogue>::failure(r.error));
                               return;
                           }
                           // Deleted since its page was read: nothing of it can be ordered any more.
                           qCInfo(lcWoo) << "product" << parent.id << "was gone when its variations were read";
                           ++read->catalogue.unreadable;
                           read->state.variationsExpected -= int(parent.variationIds.size());
                           if (read->progress)
                               read->progress(read->state);
                           readVariations(read, parentIndex + 1, 1);
                           return;
                       }
                       read->catalogue.unreadable += r.value.unreadable;
                       read->variations[parent.id].append(r.value.products);
                       read->state.variationsRead += int(r.value.products.size());
                       if (read->progress)
                           read->progress(read->state);
                       if (r.value.hasMore() && !r.value.products.isEmpty())
                           readVariations(read, parentIndex, page + 1);
                       else
                           readVariations(read, parentIndex + 1, 1);
                   });
}

void WooClient::finishCatalogue(const std::shared_ptr<CatalogueRead> &read)
{
    if (read->context.isNull())
        return;
    WooCatalogue out;
    out.requests = read->catalogue.requests;
    out.unreadable = read->catalogue.unreadable;
    out.complete = read->catalogue.complete;
    out.products.reserve(read->catalogue.products.size() + read->state.variationsRead);
    for (const WooProduct &product : std::as_const(read->catalogue.products)) {
        out.products.append(product);
        if (product.type == WooProduct::Type::Variable)
            out.products.append(read->variations.value(product.id));
    }
    read->done(Result<WooCatalogue>::success(out));
}

void WooClient::trackingProviders(qint64 anyOrderId, QObject *context, Callback<QList<TrackingProvider>> done)
{
    if (m_connection.tracking == TrackingPlugin::None) {
        net::HttpClient::later(context, [done] {
            done(Result<QList<TrackingProvider>>::failure(
                ApiError::make(Kind::NotFound, tr("The store has no shipment-tracking plugin active."))));
        });
        return;
    }
    // The order-independent route exists in the official plugin since 1.6.20 (public). Whether
    // Advanced Shipment Tracking serves it is not documented; the per-order route (deprecated in the
    // official plugin) is served by both, so it is the fallback when an order id is known.
    QStringList routes {u"/"_s + trackingNamespace(m_connection.tracking) + u"/shipment-trackings/providers"_s};
    if (anyOrderId > 0)
        routes << trackingRoute(anyOrderId) + u"/providers"_s;
    if (m_connection.tracking == TrackingPlugin::AdvancedShipmentTracking && routes.size() == 2)
        std::swap(routes[0], routes[1]);

    auto attempt = std::make_shared<std::function<void(int)>>();
    const QUrl home = m_connection.home;
    *attempt = [this, routes, context, done, home, attempt](int index) {
        call("GET", routes.at(index), {}, {}, true, tr("the list of carriers"), context,
             [routes, done, home, attempt, index](const HttpResult &result) {
                 if (!result.ok()) {
                     if (result.error.kind == Kind::NotFound && index + 1 < routes.size()) {
                         (*attempt)(index + 1);
                         return;
                     }
                     *attempt = nullptr; // break the self-reference
                     done(Result<QList<TrackingProvider>>::failure(result.error));
                     return;
                 }
                 *attempt = nullptr;
                 if (!result.json.isObject()) {
                     done(Result<QList<TrackingProvider>>::failure(unreadable(home, tr("its carriers"))));
                     return;
                 }
                 QList<TrackingProvider> providers;
                 const QJsonObject groups = result.json.object();
                 for (auto g = groups.begin(); g != groups.end(); ++g) {
                     const QJsonObject names = g.value().toObject();
                     for (auto n = names.begin(); n != names.end(); ++n)
                         providers.append({g.key(), n.key(), n.value().toString()});
                 }
                 done(Result<QList<TrackingProvider>>::success(providers));
             });
    };
    (*attempt)(0);
}

void WooClient::listTracking(qint64 orderId, QObject *context, Callback<QList<TrackingItem>> done)
{
    if (m_connection.tracking == TrackingPlugin::None) {
        net::HttpClient::later(context, [done] {
            done(Result<QList<TrackingItem>>::failure(
                ApiError::make(Kind::NotFound, tr("The store has no shipment-tracking plugin active."))));
        });
        return;
    }
    const QUrl home = m_connection.home;
    const QString what = tr("order %1").arg(orderId);
    call("GET", trackingRoute(orderId), {}, {}, true, what, context, [done, home, what](const HttpResult &result) {
        if (!result.ok()) {
            done(Result<QList<TrackingItem>>::failure(result.error));
            return;
        }
        if (!result.json.isArray()) {
            done(Result<QList<TrackingItem>>::failure(unreadable(home, what)));
            return;
        }
        QList<TrackingItem> items;
        for (const QJsonValue &v : result.json.array())
            items.append(TrackingItem::fromJson(v.toObject()));
        done(Result<QList<TrackingItem>>::success(items));
    });
}

void WooClient::addTracking(qint64 orderId, const TrackingItem &item, QObject *context, Callback<TrackingItem> done)
{
    const TrackingPlugin plugin = m_connection.tracking;
    if (plugin == TrackingPlugin::None) {
        net::HttpClient::later(context, [done] {
            done(Result<TrackingItem>::failure(
                ApiError::make(Kind::NotFound, tr("The store has no shipment-tracking plugin active."))));
        });
        return;
    }
    ApiError refused;
    if (item.number.trimmed().isEmpty()) {
        refused = ApiError::make(Kind::Validation, tr("Order %1 has no tracking number to send.").arg(orderId));
    }
    // No rule of our own for the number's characters: Advanced Shipment Tracking's REST route
    // (3.9.2, create_item) stores "AB/123", "AB_123", "AB.123" and "AB 123" as they are; its
    // "special character" check belongs to its CSV upload only.
    if (refused.isError()) {
        net::HttpClient::later(context, [done, refused] { done(Result<TrackingItem>::failure(refused)); });
        return;
    }
    QJsonObject body {{u"tracking_number"_s, item.number.trimmed()}};
    if (!item.customProvider.isEmpty()) {
        body.insert(u"custom_tracking_provider"_s, item.customProvider);
        if (!item.customLink.isEmpty())
            body.insert(u"custom_tracking_link"_s, item.customLink);
    } else {
        body.insert(u"tracking_provider"_s, item.provider);
    }
    if (plugin == TrackingPlugin::ShipmentTracking) {
        if (item.dateShipped.isValid())
            body.insert(u"date_shipped"_s, item.dateShipped.toString(Qt::ISODate));
    } else {
        // Advanced Shipment Tracking reads date_shipped in a format set in its own settings
        // (d-m-Y by default), so it is left out (the plugin then uses today); status_shipped 0 keeps
        // it from changing the order's status, which Wharf does itself after the tracking is written.
        body.insert(u"status_shipped"_s, 0);
    }
    const QUrl home = m_connection.home;
    const QString what = tr("order %1").arg(orderId);
    // Not safe to repeat: a second attempt would add a second tracking entry.
    call("POST", trackingRoute(orderId), {}, QJsonDocument(body), false, what, context,
         [done, home, what](const HttpResult &result) {
             if (!result.ok()) {
                 done(Result<TrackingItem>::failure(result.error));
                 return;
             }
             const TrackingItem created = TrackingItem::fromJson(result.json.object());
             if (created.trackingId.isEmpty()) {
                 done(Result<TrackingItem>::failure(unreadable(home, what)));
                 return;
             }
             done(Result<TrackingItem>::success(created));
         });
}

void WooClient::deleteTracking(qint64 orderId, const QString &trackingId, QObject *context, Callback<Done> done)
{
    if (m_connection.tracking == TrackingPlugin::None) {
        net::HttpClient::later(context, [done] {
            done(Result<Done>::failure(
                ApiError::make(Kind::NotFound, tr("The store has no shipment-tracking plugin active."))));
        });
        return;
    }
    const QString what = tr("tracking entry %1 on order %2").arg(trackingId).arg(orderId);
    call("DELETE", trackingRoute(orderId) + u"/"_s + trackingId, {}, {}, true, what, context,
         [done](const HttpResult &result) {
             // Deleting what is already gone (an earlier attempt that timed out after the store
             // acted) is success. A missing route is not: the plugin was deactivated.
             if (!result.ok()
                 && !(result.error.kind == Kind::NotFound && result.error.serverCode != u"rest_no_route"_s)) {
                 done(Result<Done>::failure(result.error));
                 return;
             }
             done(Result<Done>::success({}));
         });
}

} // namespace wharf::woo
