#pragma once

#include "core/net/clock.h"
#include "core/net/createbudget.h"
#include "core/net/httpclient.h"
#include "core/net/result.h"
#include "core/wms/consignmenttracking.h"
#include "core/wms/createoutcome.h"
#include "core/wms/outboundorder.h"
#include "core/wms/outboundorderchanges.h"
#include "core/wms/stockonhand.h"
#include "core/wms/stockreportrun.h"
#include "core/wms/warehousechoice.h"
#include "core/wms/wmsconnection.h"
#include "core/wms/wmscustomer.h"
#include "core/wms/wmsproduct.h"
#include "core/wms/wmstenant.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <utility>

class QNetworkAccessManager;

namespace wharf::wms {

// CartonCloud client for one account (API client + tenant). Gets and caches the OAuth2
// client-credentials token, renews it a minute before it expires and once more on a 401; sends
// Accept-Version: 1 on every call; paces outbound-order creates through the account's shared
// RateLimiter. Asynchronous like WooClient, and lives on the thread of the QNetworkAccessManager.
class WmsClient : public QObject
{
    Q_OBJECT

public:
    using Query = QList<QPair<QString, QString>>;
    template<typename T> using Callback = net::Callback<T>;

    // The maximum page size is not documented; 100 is what working clients use.
    static constexpr int PageSize = 100;
    static constexpr int MaxPages = 50;
    // products() reads to the last page; this bound (1,000,000 products) only stops a server that
    // never says it is done.
    static constexpr int ProductPagesMax = 10000;
    // Outbound order ids per consignment search (one Or condition each): a page's worth, so that
    // orders shipped in one consignment each, the usual case, cost one request per hundred. Orders
    // with more consignments make the answer longer, and it is read page by page, never costing
    // more requests than smaller searches would. Whether CartonCloud limits the number of
    // conditions is not documented (cartoncloud-api.md §3, "unknown"); 100 is no more a guess than
    // the 50 sent before, and matches the page size working clients use.
    static constexpr int IdsPerConsignmentSearch = 100;
    // A changes search falls back to one STARTS_WITH per day over at most this many days.
    static constexpr int MaxFallbackDays = 31;
    // How long an asker's `since` is remembered for the customer's next shared search, and how
    // much earlier than its asker's own `since` that search may start: a cursor far behind the
    // others (a new integration, one back from a pause) gets its own search rather than making
    // every search of the customer read more pages.
    static constexpr std::chrono::minutes ChangeAskMemory {10};
    static constexpr std::chrono::minutes MaxChangeWidening {10};

    explicit WmsClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    // Forgets the token when the account changes.
    void setConnection(const WmsConnection &connection);
    const WmsConnection &connection() const { return m_connection; }
    // The API client's create budget, shared by every integration of the account (in the engine,
    // by every process: SharedCreateBudget). Without one, the client keeps its own
    // 30-per-minute limiter.
    void setCreateLimiter(std::shared_ptr<net::CreateBudget> limiter);
    net::CreateBudget *createLimiter() const { return m_limiter.get(); }
    void setClock(net::Clock::Function clock) { m_clock = std::move(clock); }
    // Time without data moving before a request is abandoned.
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    net::HttpClient *http() const { return m_http; }
    bool hasValidToken() const;

    // --- account ---
    void userInfo(QObject *context, Callback<WmsUser> done);
    void customers(QObject *context, Callback<QList<WmsCustomer>> done);
    // All warehouse products of a customer (paged search on /customer/id, every page).
    void products(const QString &customerId, QObject *context, Callback<QList<WmsProduct>> done);
    // Warehouses seen on the customer's most recent outbound orders (one search page), then the
    // customer's default; the UI adds a typed name with WarehouseChoice::named().
    void warehouseChoices(const QString &customerId, QObject *context, Callback<QList<WarehouseChoice>> done);

    // --- outbound orders ---
    // Waits for a slot of the create budget, then POSTs once: never retried, because a create whose
    // answer was lost may have happened. On a failure for which createOutcomeUnknown() is true, search
    // by reference before creating again. 201, 228 and 422 DUPLICATE are successes (CreateOutcome).
    // `beforeSend`, when given, is asked when the budget's slot comes, right before the POST
    // leaves; returning false sends nothing (the caller knows why).
    void createOutboundOrder(const QJsonObject &payload, QObject *context, Callback<CreateOutcome> done,
                             std::function<bool()> beforeSend = {});
    void getOutboundOrder(const QString &id, QObject *context, Callback<OutboundOrder> done);
    void findByReference(const QString &reference, const QString &customerId, QObject *context,
                         Callback<QList<OutboundOrder>> done);
    // Orders of a customer modified at or after `since` (all pages), one search per cycle; all of
    // the customer's orders when `since` is invalid.
    void changesSince(const QString &customerId, const QDateTime &since, QObject *context,
                      Callback<QList<OutboundOrder>> done);
    // Orders of a customer modified at or after `since` and, when `until` is valid, before it; says
    // whether the search read every page (see OutboundOrderChanges).
    //
    // A customer's open-ended search is shared: the integrations of one customer (several stores)
    // asking within `changeSharing` of each other get one search between them, each its part
    // (the changes at or after its own `since`), when the search began at or after `notBefore`
    // (on this client's clock: the asker's cycle start, so that no one is served what it saw) and
    // started from a `since` no later than the asker's. A new search starts from the earliest
    // `since` the customer's integrations asked for lately (at most MaxChangeWidening earlier than
    // the asker's): their cursors differ, and one search then serves them all.
    void changesBetween(const QString &customerId, const QDateTime &since, const QDateTime &until, QObject *context,
                        Callback<OutboundOrderChanges> done,
                        std::chrono::milliseconds notBefore = std::chrono::milliseconds::max());
    void setChangeSharing(std::chrono::milliseconds window) { m_changeSharing = window; }
    int changeSearchesStarted() const { return m_changeSearches; }
    // Deleting an order that is already gone counts as done.
    void deleteOutboundOrder(const QString &id, QObject *context, Callback<net::Done> done);

    // --- tracking ---
    // Consignments generated from the given outbound orders, IdsPerConsignmentSearch ids per search.
    void consignmentTracking(const QStringList &outboundOrderIds, QObject *context,
                             Callback<QList<ConsignmentTracking>> done);

    // --- stock ---
    // The customer's stock on hand by product code, from one asynchronous report run polled with
    // backoff (StockReportRun). A run that ends FAILED or takes longer than the polling's timeout
    // is an error whose serverCode is StockReportRun::FailedCode / TimeoutCode.
    void stockOnHand(const QString &customerId, QObject *context, Callback<StockOnHand> done);
    void setReportPolling(const StockReportRun::Polling &polling) { m_reportPolling = polling; }

    // --- building blocks ---
    // An authenticated call. `path` starts with '/' and is relative to the base URL; tenantPath()
    // makes a tenant's path.
    void call(const QByteArray &method, const QString &path, const Query &query, const QJsonDocument &body,
              bool safeToRetry, const QString &what, QObject *context,
              std::function<void(const net::HttpResult &)> done);
    QString tenantPath(const QString &suffix) const;
    // A search, all pages (up to `maxPages`), results concatenated.
    void searchAll(const QString &tenantSuffix, const QJsonObject &condition, const QString &what, int maxPages,
                   QObject *context, Callback<QJsonArray> done);
    // True when a failed create may nonetheless have created the order (timeouts, resets, 5xx).
    static bool createOutcomeUnknown(const net::ApiError &error);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hadContext = false;
        std::function<void(const net::ApiError &)> then;
    };
    void withToken(QObject *context, std::function<void(const net::ApiError &)> then);
    void fetchToken();
    void send(const QByteArray &method, const QString &path, const Query &query, const QJsonDocument &body,
              bool safeToRetry, const QString &what, QObject *context,
              std::function<void(const net::HttpResult &)> done, bool renewed);
    // A search's pages, and whether there were more than `maxPages`.
    struct SearchPages
    {
        QJsonArray items;
        bool complete = true;
    };
    void searchPages(const QString &tenantSuffix, const QJsonObject &condition, const QString &what, int maxPages,
                     QObject *context, Callback<SearchPages> done);
    void searchPage(const QString &tenantSuffix, const QJsonObject &condition, const QString &what, int page,
                    int maxPages, QJsonArray collected, QObject *context, Callback<SearchPages> done);
    void consignmentChunk(QStringList remaining, QList<ConsignmentTracking> collected, QObject *context,
                          Callback<QList<ConsignmentTracking>> done);
    void changesByDay(const QString &customerId, const QDateTime &since, const QDateTime &until, QObject *context,
                      Callback<OutboundOrderChanges> done);
    QUrl urlFor(const QString &path, const Query &query) const;

    net::HttpClient *m_http;
    WmsConnection m_connection;
    std::shared_ptr<net::CreateBudget> m_limiter;
    net::Clock::Function m_clock;
    QByteArray m_token;
    std::chrono::milliseconds m_tokenRenewAt {0};
    bool m_fetchingToken = false;
    // Bumped when the connection changes, so that a token fetched for old credentials is dropped.
    int m_generation = 0;
    QList<Waiter> m_waiters;
    int m_transferTimeoutMs = 60000;
    StockReportRun::Polling m_reportPolling;

    // One customer's last open-ended change search, and who waits for the one under way.
    struct ChangeFeed
    {
        struct Reader
        {
            QDateTime since;
            QPointer<QObject> context;
            Callback<OutboundOrderChanges> done;
        };
        QDateTime since;
        std::chrono::milliseconds startedAt {0};
        bool running = false;
        bool ok = false;
        OutboundOrderChanges changes;
        QList<Reader> readers;
        // The `since` of this customer's recent askers as a sliding minimum: each entry asked
        // later and from a later `since` than the one before it, so the first is the earliest
        // `since` asked within ChangeAskMemory.
        QList<std::pair<std::chrono::milliseconds, QDateTime>> asked;
    };
    static void rememberAsk(ChangeFeed &feed, std::chrono::milliseconds now, const QDateTime &since);
    void fetchChanges(const QString &customerId, const QDateTime &since, const QDateTime &until, QObject *context,
                      Callback<OutboundOrderChanges> done);
    static OutboundOrderChanges changesFrom(const OutboundOrderChanges &all, const QDateTime &since);
    QHash<QString, ChangeFeed> m_feeds;
    std::chrono::milliseconds m_changeSharing {std::chrono::seconds(60)};
    int m_changeSearches = 0;
};

} // namespace wharf::wms
