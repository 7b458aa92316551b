#pragma once

#include "core/net/httpclient.h"
#include "core/net/result.h"
#include "core/woo/storediscovery.h"
#include "core/woo/trackingitem.h"
#include "core/woo/trackingprovider.h"
#include "core/woo/woobatchitemresult.h"
#include "core/woo/woocatalogue.h"
#include "core/woo/woocatalogueprogress.h"
#include "core/woo/wooconnection.h"
#include "core/woo/wooorder.h"
#include "core/woo/wooorderlisting.h"
#include "core/woo/wooorderpage.h"
#include "core/woo/wooproductpage.h"
#include "core/woo/woorefund.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace wharf::woo {

// WooCommerce REST v3 and shipment-tracking client for one store. Asynchronous: every call returns at
// once and completes through a callback on this object's thread, unless the context dies first.
// Lives on the thread of the QNetworkAccessManager it is given.
class WooClient : public QObject
{
    Q_OBJECT

public:
    using Query = QList<QPair<QString, QString>>;
    template<typename T> using Callback = net::Callback<T>;

    // Orders per page: WooCommerce's maximum, because each request boots all of WordPress.
    static constexpr int PageSize = 100;
    // Seconds a store's idle connection stays open: a cycle's requests to its store follow each
    // other at once, and the next cycle is minutes away. A worker with 1,000 stores otherwise kept
    // hundreds of idle TLS connections and their buffers (bench_memory, issue 14).
    static constexpr int IdleConnectionSeconds = 2;
    // Orders per /orders/batch request at first: WooCommerce's own limit. Each completion sends an
    // e-mail and runs hooks, so a large batch can exceed PHP's max_execution_time on a slow store:
    // a batch that times out or fails on the server halves the size this store is sent from then
    // on (down to MinBatchSize), and one refused as too large (413, a lower
    // woocommerce_rest_batch_items_limit) is sent again at once in halves. Nothing is completed
    // twice either way: completing a completed order changes nothing, and CompletionStage reads
    // the statuses again before every batch.
    static constexpr int BatchSize = 100;
    static constexpr int MinBatchSize = 10;
    // A listing stops after this many pages even if the store reports more, so that a store that
    // misreports X-WP-TotalPages cannot keep the sync busy forever.
    static constexpr int MaxPages = 50;
    // A catalogue read stops after this many requests (a product page, or a page of one product's
    // variations, each): 100,000 products, or 2,000 variable products, is more than the stores this
    // is for, and a store that misreports its totals cannot keep the read going forever.
    static constexpr int MaxCatalogueRequests = 2000;
    using CatalogueProgress = std::function<void(const WooCatalogueProgress &)>;

    explicit WooClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setConnection(const WooConnection &connection) { m_connection = connection; }
    const WooConnection &connection() const { return m_connection; }
    net::HttpClient *http() const { return m_http; }
    // Time without data moving before a request is abandoned (default 60 s: big stores are slow).
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    // Seconds since the epoch for OAuth timestamps; tests fix it.
    void setTimestampSource(std::function<qint64()> source) { m_timestamp = std::move(source); }

    // --- discovery (no credentials) ---
    // GET {candidate}/wp-json/, falling back to ?rest_route=/ to recognise plain permalinks, for each
    // candidate in turn. A TLS or network failure ends the search with that error; a site that is
    // not WordPress is a successful answer with isWordPress false.
    void discover(const QList<QUrl> &candidates, QObject *context, Callback<StoreDiscovery> done);

    // --- orders ---
    // One page of processing orders modified after `modifiedAfterUtc` (all when invalid), oldest
    // change first, leaving out the `excluded` ids.
    // `offset` (when >= 0) skips that many orders instead of excluding ids.
    void listProcessingOrders(const QDateTime &modifiedAfterUtc, int page, QObject *context,
                              Callback<WooOrderPage> done, const QList<qint64> &excluded = {}, int offset = -1);
    // Every processing order modified after `modifiedAfterUtc`, read in keyset order on (modified,
    // id) rather than by page number: an order edited while the list is read moves to the end of
    // the list, which shifts every later page by one and made page-numbered reading skip an order.
    // Each request asks again from the newest change read so far (less a second, as WooCommerce
    // keeps seconds), leaving out the orders of that second already read: bulk actions give
    // hundreds of orders the same second. At most MaxPages requests; then `complete` is false.
    void listAllProcessingOrders(const QDateTime &modifiedAfterUtc, QObject *context, Callback<WooOrderListing> done);
    // The same for orders in any of `statuses` (WooCommerce's names, without "wc-").
    void listAllOrders(const QStringList &statuses, const QDateTime &modifiedAfterUtc, QObject *context,
                       Callback<WooOrderListing> done);
    // One page of orders in any of `statuses`, as listProcessingOrders.
    void listOrderPage(const QStringList &statuses, const QDateTime &modifiedAfterUtc, int page, QObject *context,
                       Callback<WooOrderPage> done, const QList<qint64> &excluded = {}, int offset = -1);
    void getOrder(qint64 orderId, QObject *context, Callback<WooOrder> done);
    // Up to PageSize orders by id, in one request, whatever their status; the ones deleted or in
    // the trash are simply not in the answer.
    void getOrders(const QList<qint64> &orderIds, QObject *context, Callback<QList<WooOrder>> done);
    // Sets every order to "completed" through /orders/batch, completionBatchSize() at a time; one result per id,
    // in the order given. The call fails as a whole only when no batch could be sent or read.
    void completeOrders(const QList<qint64> &orderIds, QObject *context, Callback<QList<WooBatchItemResult>> done);
    // How many orders the next completion batch holds: BatchSize until this store showed it takes fewer.
    int completionBatchSize() const { return m_completionBatchSize; }
    // Every refund of the order, newest first, PageSize a request (an order rarely has more than a
    // few). Fails rather than answer part of them: a refund left out would send goods that were
    // refunded.
    void listRefunds(qint64 orderId, QObject *context, Callback<QList<WooRefund>> done);
    // Adds a private note (or a customer-visible one, which e-mails the customer). Returns the note id.
    void addOrderNote(qint64 orderId, const QString &note, bool customerNote, QObject *context, Callback<qint64> done);

    // --- catalogue ---
    // One page of products (any status but trash), PageSize per page, in id order so that a product
    // added while the list is read lands at its end rather than shifting the pages.
    void listProducts(int page, QObject *context, Callback<WooProductPage> done);
    // One page of a variable product's variations.
    void listVariations(const WooProduct &parent, int page, QObject *context, Callback<WooProductPage> done);
    // Every product and every variation: the product pages, then each variable product's
    // variations, one request after another (each boots all of WordPress; in parallel they would
    // only queue at the store's PHP workers). `progress` is called after each request. A failed
    // request fails the read, except a variable product deleted since its page was read (404),
    // which is counted as unreadable. Deleting `context` stops the read after the request in flight.
    void readCatalogue(QObject *context, CatalogueProgress progress, Callback<WooCatalogue> done);

    // --- shipment tracking (the connection's plugin) ---
    // The carriers the plugin knows. `anyOrderId` is used for the per-order form of the route,
    // which older plugin versions and Advanced Shipment Tracking serve; 0 when none is known.
    void trackingProviders(qint64 anyOrderId, QObject *context, Callback<QList<TrackingProvider>> done);
    void listTracking(qint64 orderId, QObject *context, Callback<QList<TrackingItem>> done);
    void addTracking(qint64 orderId, const TrackingItem &item, QObject *context, Callback<TrackingItem> done);
    void deleteTracking(qint64 orderId, const QString &trackingId, QObject *context, Callback<net::Done> done);

    // --- building blocks (CredentialsCheck uses them) ---
    // {home}/wp-json{route}; route starts with '/'.
    QUrl apiUrl(const QString &route) const;
    // An authenticated call with the connection's auth mode. `what` names the object for sentences.
    void call(const QByteArray &method, const QString &route, const Query &query, const QJsonDocument &body,
              bool safeToRetry, const QString &what, QObject *context,
              std::function<void(const net::HttpResult &)> done);

    // The _fields list for order reads: everything the sync and the mapping use, nothing else.
    static QString orderFields();

private:
    // `overridden`: the method a POST stands for (X-HTTP-Method-Override), or empty.
    void send(const QByteArray &method, const QByteArray &overridden, const QString &route, const Query &query,
              const QJsonDocument &body, bool safeToRetry, const QString &what, QObject *context,
              std::function<void(const net::HttpResult &)> done);
    void discoverNext(QList<QUrl> candidates, QObject *context, Callback<StoreDiscovery> done);
    void listFrom(WooOrderListing listing, QObject *context, Callback<WooOrderListing> done);
    void readRefunds(qint64 orderId, int page, QList<WooRefund> collected, QObject *context,
                     Callback<QList<WooRefund>> done);
    void completeBatch(QList<qint64> remaining, QList<WooBatchItemResult> collected, QObject *context,
                       Callback<QList<WooBatchItemResult>> done);
    QString trackingRoute(qint64 orderId) const;
    struct CatalogueRead;
    void readProductPage(std::shared_ptr<CatalogueRead> read, int page);
    void readVariations(std::shared_ptr<CatalogueRead> read, qsizetype parentIndex, int page);
    void finishCatalogue(const std::shared_ptr<CatalogueRead> &read);

    net::HttpClient *m_http;
    WooConnection m_connection;
    std::function<qint64()> m_timestamp;
    int m_transferTimeoutMs = 60000;
    // Kept for the client's life (the integration's pipeline): a hint about this store's speed,
    // not a fact anything exact depends on.
    int m_completionBatchSize = BatchSize;
};

} // namespace wharf::woo
