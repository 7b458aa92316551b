#pragma once

#include "cartoncloudhostility.h"
#include "httpservice.h"
#include "reportruns.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace wharf::sandbox {

class HttpEndpoint;
class Router;

// A loopback CartonCloud tenant (public REST API, Accept-Version 1), written from
// shared/reference/cartoncloud-api.md: OAuth2 client credentials with expiring bearer tokens,
// customers, warehouse products, outbound (sale) orders with 201 / 228 REJECTED / 422 DUPLICATE,
// the condition-grammar searches with paging headers, consignments carrying tracking, and the
// limit of creates per minute per API client. The warehouse's hands are the pack(), dispatch(),
// setTracking(), reject() and removeOrder() methods, or the automatic mode.
//
// All methods must be called from the thread the server lives in (normally the test's main thread).
class CartonCloudServer : public QObject, public HttpService
{
    Q_OBJECT

public:
    // Customer settings that decide how a create ends (CartonCloud's "Sale Order import" settings).
    enum class ProblemPolicy {
        Reject, // the whole order is created REJECTED (HTTP 228) with details.errors
        RemoveLine, // the offending lines are dropped; REJECTED only if no line is left
    };
    Q_ENUM(ProblemPolicy)
    enum class ConsignmentPolicy {
        Never, // no consignment: tracking never appears
        OnPacked, // default: a consignment is generated when the order is packed
        OnImport, // generated at create (AWAITING_SALE_ORDER_PACKING), IN_WAREHOUSE when packed
    };
    Q_ENUM(ConsignmentPolicy)

    struct CustomerSettings
    {
        ProblemPolicy unknownProduct = ProblemPolicy::Reject; // unknown or blank product code
        ProblemPolicy outOfStock = ProblemPolicy::Reject; // quantity above the product's stock
        ConsignmentPolicy consignment = ConsignmentPolicy::OnPacked;
    };

    struct Options
    {
        quint16 port = 0; // 0 = any free port
        QString tenantName = QStringLiteral("Sandbox 3PL");
        int tokenLifetimeSeconds = 3600; // expires_in of new tokens
        int createLimit = 30; // creates per window per API client; <= 0 = unlimited
        int createWindowMs = 60000;
        bool createLimitRetryAfter = false; // CartonCloud does not document Retry-After on 429
        int utcOffsetHours = 10; // the tenant's time zone, used in timestamps
    };

    explicit CartonCloudServer(QObject *parent = nullptr);
    explicit CartonCloudServer(const Options &options, QObject *parent = nullptr);
    ~CartonCloudServer() override;

    // With `tls`, also an HTTPS listener (the real API is HTTPS only; clients that refuse plain
    // HTTP, like the Account screen, are tested against it).
    bool start(const std::optional<QSslConfiguration> &tls = std::nullopt);
    void stop();
    QUrl baseUrl() const; // e.g. http://127.0.0.1:40111 (paths start with /uaa and /tenants)
    QUrl httpsUrl() const; // empty unless started with TLS

    // --- credentials -------------------------------------------------------------------------
    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    QString tenantId() const { return m_tenantId; }
    // A second API client (its own create limit).
    void addApiClient(const QString &clientId, const QString &clientSecret);
    void setTokenLifetime(int seconds) { m_options.tokenLifetimeSeconds = seconds; }
    void expireAllTokens(); // every issued token answers 401 from now on

    // --- limits ------------------------------------------------------------------------------
    void setCreateRateLimit(int perWindow, int windowMs = 60000, bool sendRetryAfter = false);
    // The clock (milliseconds) the create limit counts by; the sandbox's own by default. A test of
    // pacing gives the client and the server one clock of its own, so that the machine's speed
    // cannot decide the outcome.
    void setRateLimitClock(std::function<qint64()> clock) { m_rateLimitClock = std::move(clock); }
    // Statuses in which DELETE is allowed (the organisation setting). Default: DRAFT,
    // AWAITING_STOCK, AWAITING_PICK_AND_PACK, REJECTED.
    void setDeletableStatuses(const QStringList &statuses) { m_deletable = statuses; }

    // --- the real world's unkindness (all off by default) --------------------------------------
    const CartonCloudHostility &hostility() const { return m_hostility; }
    void setHostility(const CartonCloudHostility &hostility);

    // --- master data -------------------------------------------------------------------------
    QString addCustomer(const QString &name, const QString &code);
    QString addCustomer(const QString &name, const QString &code, const CustomerSettings &settings);
    void setCustomerSettings(const QString &customerId, const CustomerSettings &settings);
    QString customerIdByCode(const QString &code) const;
    QString addWarehouse(const QString &name); // the first one added is the default
    QString defaultWarehouseId() const { return m_defaultWarehouse; }
    QString addProduct(const QString &customerId, const QString &code, const QString &name, double stock = 1000);
    void setStock(const QString &productId, double stock);
    double stock(const QString &productId) const { return m_products.value(productId).stock; }
    QString productIdByCode(const QString &customerId, const QString &code) const;

    // --- outbound orders and the warehouse's hands --------------------------------------------
    QJsonObject outboundOrder(const QString &id) const; // as GET shows it; empty if none
    QStringList outboundOrderIds() const; // creation order
    QString outboundOrderIdByReference(const QString &customerReference) const;
    QJsonObject consignmentForOrder(const QString &outboundOrderId) const; // the first; empty if none
    QList<QJsonObject> consignmentsForOrder(const QString &outboundOrderId) const;
    // Every tracking number a consignment has had, oldest first (the current one last): what a
    // store may rightly show for it when the change came after its last look.
    QStringList trackingHistory(const QString &consignmentId) const { return m_trackingHistory.value(consignmentId); }
    // When a consignment's tracking number last changed (UTC); invalid if it never had one.
    QDateTime trackingChangedAt(const QString &consignmentId) const { return m_trackingChangedAt.value(consignmentId); }
    bool pack(const QString &id); // -> PACKED (+ consignment per customer setting)
    bool dispatch(const QString &id); // -> DISPATCHED (packs first if needed)
    bool setStatus(const QString &id, const QString &status);
    // Sets or changes the tracking of the order's consignment number `consignment` (0 = the first),
    // creating the order's consignments if there are none. Works in any status, after dispatch too.
    bool setTracking(const QString &orderId, const QString &trackingNumber, const QString &companyName,
                     const QString &url = {}, int consignment = 0);
    bool reject(const QString &id, const QString &message);
    // The warehouse deletes the order, whatever its status (the API's DELETE is limited by status).
    bool removeOrder(const QString &id);

    // --- report runs (stock on hand) ------------------------------------------------------------
    // How long a run stays IN_PROCESS and whether it ends FAILED are hostility() keys
    // (reportRunMs, reportRunsFail).
    int reportRunsStarted() const { return m_reportRuns.count(); }

    // Request-log questions exactly-once tests ask: create POSTs per `references.customer`, and
    // how many requests were answered with `status` (e.g. 422).
    QHash<QString, int> createPostsByReference() const;
    int answersWithStatus(int status, const QByteArray &method = "POST") const;

    // Walks new orders AWAITING_PICK_AND_PACK -> PACKED (with tracking) after `packAfterMs`, then
    // -> DISPATCHED after a further `dispatchAfterMs`. Checked every `tickMs`.
    void setAutomaticMode(bool enabled, int packAfterMs = 3000, int dispatchAfterMs = 3000, int tickMs = 200);
    bool automaticMode() const { return m_auto.isActive(); }

signals:
    void outboundOrderCreated(const QString &id);
    void outboundOrderChanged(const QString &id);

public:
    // HttpService
    QString routeOf(const HttpRequest &request) const override;
    HttpResponse handle(const HttpRequest &request) override;
    HttpResponse errorResponse(int status) const override;
    int commitDelayMs(const HttpRequest &request) const override;

private:
    struct Customer
    {
        QString id;
        QString name;
        QString code;
        CustomerSettings settings;
    };
    struct Product
    {
        QJsonObject json;
        double stock = 0;
    };
    struct Token
    {
        QString clientId;
        qint64 expiresAtMs = 0;
    };
    struct OrderState
    {
        qint64 stepStartedMs = 0; // when the order entered its current status (automatic mode)
        qint64 createdMs = 0; // for the search lag
        bool retracked = false; // automatic mode changed its tracking after dispatch
    };

    void buildRoutes();
    QString now() const;
    void bump(QJsonObject &entity) const;
    QJsonObject customerRef(const Customer &customer) const;
    const Customer *resolveCustomer(const QJsonObject &ref) const;
    HttpResponse paged(const HttpRequest &request, QList<QJsonObject> items, const QString &path);
    // Makes the order's consignments exist (hostility().consignmentsPerOrder of them) and gives
    // them all `status`; returns their ids.
    QStringList ensureConsignments(const QString &orderId, const QString &status);
    void autoTick();

    HttpResponse token(const HttpRequest &request);
    HttpResponse createOrder(const HttpRequest &request);
    HttpResponse searchOrders(const HttpRequest &request);
    HttpResponse createProduct(const HttpRequest &request);
    HttpResponse startReportRun(const HttpRequest &request);

    Options m_options;
    std::unique_ptr<Router> m_router;
    HttpEndpoint *m_endpoint = nullptr;
    HttpEndpoint *m_secureEndpoint = nullptr;
    QString m_clientId;
    QString m_clientSecret;
    QString m_tenantId;
    QHash<QString, QString> m_clients; // id -> secret
    QHash<QString, Token> m_tokens;
    QString m_currentClient;
    QHash<QString, QList<qint64>> m_createTimes; // client id -> ms of recent creates
    QElapsedTimer m_clock;
    std::function<qint64()> m_rateLimitClock;
    QStringList m_deletable;
    QMap<QString, Customer> m_customers;
    QStringList m_customerOrder;
    QMap<QString, QString> m_warehouses; // id -> name
    QString m_defaultWarehouse;
    QMap<QString, Product> m_products;
    QStringList m_productOrder;
    QMap<QString, QJsonObject> m_orders;
    QStringList m_orderOrder;
    QHash<QString, OrderState> m_orderStates;
    QMap<QString, QJsonObject> m_consignments; // consignment id -> json
    QHash<QString, QStringList> m_consignmentsByOrder;
    QHash<QString, QStringList> m_trackingHistory; // consignment id -> numbers, oldest first
    QHash<QString, QDateTime> m_trackingChangedAt; // consignment id -> last change of its number
    CartonCloudHostility m_hostility;
    ReportRuns m_reportRuns;
    int m_autoPacked = 0; // orders the automatic warehouse took on, for deleteEvery
    int m_nextNumericId = 13670;
    QTimer m_auto;
    int m_packAfterMs = 3000;
    int m_dispatchAfterMs = 3000;
};

} // namespace wharf::sandbox
