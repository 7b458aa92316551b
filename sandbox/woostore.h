#pragma once

#include "httpservice.h"
#include "woohostility.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>
#include <variant>

namespace wharf::sandbox {

class HttpEndpoint;
class Router;

// A loopback WooCommerce store (REST API v3 plus a shipment-tracking plugin), written from
// shared/reference/woocommerce-api.md. It listens on plain HTTP (OAuth 1.0a only, as WooCommerce
// does) and, when given a TLS configuration, on HTTPS (Basic auth or consumer_key/consumer_secret
// in the query). Each listener is its own "home URL": OAuth signatures are checked against
// http://127.0.0.1:<httpPort>/... for the HTTP listener, and the index reports that URL as
// `home` on it.
//
// All methods must be called from the thread the store lives in (normally the test's main thread).
class WooStore : public QObject, public HttpService
{
    Q_OBJECT

public:
    enum class TrackingPlugin {
        None, // no tracking routes, namespaces only "wc/v3" (+ wc/v1, wc/v2)
        ShipmentTracking, // official "WooCommerce Shipment Tracking": wc-shipment-tracking/v3
        AdvancedShipmentTracking, // Zorem AST: wc-ast/v3 and copies under wc/v3, wc-shipment-tracking/v3
    };
    Q_ENUM(TrackingPlugin)

    enum class KeyPermission { Read, Write, ReadWrite };
    Q_ENUM(KeyPermission)

    struct ApiKey
    {
        QString consumerKey; // ck_<40 hex>
        QString consumerSecret; // cs_<40 hex>
        KeyPermission permission = KeyPermission::ReadWrite;
        // false: the key's WordPress user lacks shop-manager capabilities, so authenticated
        // calls get 403 woocommerce_rest_cannot_* instead of data.
        bool canManage = true;
    };

    struct Options
    {
        QString name = QStringLiteral("Sandbox Store");
        quint16 httpPort = 0; // 0 = any free port
        quint16 httpsPort = 0; // 0 = any free port; only used when start() gets a TLS configuration
        TrackingPlugin tracking = TrackingPlugin::ShipmentTracking;
        int gmtOffsetHours = 10; // site time zone; non-zero so that local and _gmt dates differ
        QString timezone = QStringLiteral("Australia/Brisbane");
        QString currency = QStringLiteral("AUD");
        QString wooVersion = QStringLiteral("9.8.5");
        QString wpVersion = QStringLiteral("6.8.1");
    };

    explicit WooStore(QObject *parent = nullptr);
    explicit WooStore(const Options &options, QObject *parent = nullptr);
    ~WooStore() override;

    // Starts the HTTP listener and, with `tls`, the HTTPS listener. False if a port is taken.
    bool start(const std::optional<QSslConfiguration> &tls = std::nullopt);
    void stop();

    // Base URLs ("home" URLs), e.g. http://127.0.0.1:43121 — empty until started / if absent.
    QUrl httpUrl() const;
    QUrl httpsUrl() const;
    const Options &options() const { return m_options; }
    // The site's name, as /wp-json/ reports it (a seed may set it).
    void setName(const QString &name) { m_options.name = name; }

    // --- keys --------------------------------------------------------------------------------
    // Three keys exist from construction: one per permission.
    ApiKey key(KeyPermission permission = KeyPermission::ReadWrite) const;
    QString consumerKey(KeyPermission permission = KeyPermission::ReadWrite) const;
    QString consumerSecret(KeyPermission permission = KeyPermission::ReadWrite) const;
    void addKey(const ApiKey &key);

    // --- behaviour switches ------------------------------------------------------------------
    // Ignore the Authorization header entirely, as Apache/FastCGI hosts that strip it do.
    void setDropAuthorizationHeader(bool drop);
    void setTrackingPlugin(TrackingPlugin plugin);
    TrackingPlugin trackingPlugin() const { return m_options.tracking; }
    // OAuth timestamp window (default 15 min) — tests can shrink it.
    void setOAuthTimestampWindow(int seconds) { m_timestampWindow = seconds; }
    // Batch limit (default 100, WooCommerce's woocommerce_rest_batch_items_limit).
    void setBatchLimit(int limit) { m_batchLimit = limit; }

    // --- the real world's unkindness (all off by default) --------------------------------------
    const WooHostility &hostility() const { return m_hostility; }
    void setHostility(const WooHostility &hostility) { m_hostility = hostility; }

    // --- catalogue and customers ---------------------------------------------------------------
    // Returns the new product id. A variation is a product with a parent (which becomes variable).
    int addProduct(const QString &sku, const QString &name, const QString &price = QStringLiteral("10.00"),
                   int parentId = 0);
    // A variable product: what customers order are its variations, each with its own SKU. Its own
    // SKU (may be empty) is what a variation without an SKU shows (WC_Product_Variation::get_sku in
    // the REST API's "view" context falls back to the parent's).
    int addVariableProduct(const QString &sku, const QString &name);
    // A variation of `parentId`; `option` is its attribute value ("Blue, L").
    int addVariation(int parentId, const QString &sku, const QString &option,
                     const QString &price = QStringLiteral("10.00"));
    // manage_stock and stock_quantity, as the shop owner sets them; stock_status follows the quantity
    // while stock is managed (WooCommerce's validate_props), else it is whatever was set.
    void setProductStock(int productId, bool manageStock, int quantity = 0);
    void setProductStockStatus(int productId, const QString &stockStatus);
    // publish (default), draft, pending, private or trash (trash is not listed under status=any).
    void setProductStatus(int productId, const QString &status);
    // The product or variation as GET /products/<id> (or /products/<parent>/variations/<id>) shows
    // it; empty if none.
    QJsonObject product(int productId) const;
    // Every product and variation not deleted, in id order.
    QList<int> productIds() const;
    // Adds one product from a seed or control-API description:
    //   {"sku", "name", "price", "type": "simple"|"variable", "status", "manageStock", "stock",
    //    "stockStatus", "variations": [{"sku", "option", "price", "manageStock", "stock", "stockStatus"}]}
    // Returns the ids made (the product first, then its variations), or an empty list and `error`.
    QList<int> addProductFromJson(const QJsonObject &description, QString *error = nullptr);
    // A generated catalogue, deterministic: `simple` simple products with SKUs <prefix>-00001…,
    // `variable` variable products (parent SKU <prefix>-V001) with `variationsEach` variations
    // (<prefix>-V001-1…), then `withoutSku` simple products without an SKU, and `duplicates` simple
    // products that reuse the SKU of the first `duplicates` simple products.
    struct CatalogueShape
    {
        QString prefix = QStringLiteral("GEN");
        int simple = 0;
        int variable = 0;
        int variationsEach = 3;
        int withoutSku = 0;
        int duplicates = 0;
        bool manageStock = true;
        int stock = 10;
    };
    QList<int> generateCatalogue(const CatalogueShape &shape);
    // SKUs are read live into line_items (as WooCommerce does): changing or deleting a product
    // changes the `sku` of existing orders; a deleted product gives "sku": null.
    void setProductSku(int productId, const QString &sku);
    void removeProduct(int productId);
    int productIdForSku(const QString &sku) const;
    // A customer: {"first_name","last_name","email","billing":{...},"shipping":{...}}. Returns id.
    int addCustomer(const QJsonObject &customer);

    // --- orders ------------------------------------------------------------------------------
    // Adds an order from a partial order JSON; anything missing is filled in. Accepted extras:
    //   line_items[].sku   -> resolved to product_id/variation_id/name/price
    //   customer_id        -> billing/shipping copied from that customer when not given
    //   date_created_gmt   -> "YYYY-MM-DDTHH:MM:SS" (UTC); default now
    //   refunds            -> [{"amount", "reason", "line_items": [{"sku", "quantity", "refund_total"}]}],
    //                         made after the order as refundOrder() makes them
    // A line item with "sku" that matches no product gets a product of its own with that SKU
    // (so orders with SKUs unknown to CartonCloud are easy to make); "sku": "" or null makes a
    // product without SKU. Returns the order id.
    int addOrder(const QJsonObject &partial);
    // Adds `count` plausible orders (several statuses and countries, unicode names) quickly;
    // deterministic for a given seed. Returns the ids.
    QList<int> generateOrders(int count, quint32 seed = 1, const QString &status = {});
    // As if the orders had come in one after another, `secondsApart` apart, the last one now: their
    // date_created and date_modified move back accordingly (a backlog that built up over hours).
    void spreadOrders(const QList<int> &ids, int secondsApart);
    // Keeps new "processing" orders arriving: `perTick` every `intervalMs`. 0 stops it.
    void setOrderGenerator(int intervalMs, int perTick = 1);

    QJsonObject order(int id) const; // the order as GET /orders/<id> shows it; empty if none
    QList<int> orderIds() const;
    int orderCount() const { return int(m_orders.size()); }
    bool setOrderStatus(int id, const QString &status); // as the shop owner would in wp-admin
    // Changes as PUT /orders/<id> takes them (status, addresses, line_items by id …), as the shop
    // owner would in wp-admin.
    bool editOrder(int id, const QJsonObject &changes);
    bool removeOrder(int id); // deleted for good (as "Delete permanently" or force=true)
    bool trashOrder(int id); // moved to the trash, as wp-admin's "Move to Trash"
    // A bulk action in wp-admin: every order in `ids` (empty = every order not in the trash) gets
    // `status` (empty = unchanged) and one and the same date_modified. Returns the ids changed.
    QList<int> bulkEdit(const QList<int> &ids, const QString &status);
    QJsonArray orderNotes(int id) const;
    QJsonArray trackingItems(int id) const;
    // A refund, as POST /orders/<id>/refunds makes it with api_refund=false (no payment gateway is
    // asked): {"amount", "reason", "line_items": [{"id" (the order's line item) or "sku" (its
    // first line with that SKU), "quantity", "refund_total"}]}; amount defaults to the lines'
    // refund_total. An order refunded in full becomes "refunded". Returns the refund id, or 0 and
    // `error`.
    int refundOrder(int orderId, const QJsonObject &refund, QString *error = nullptr);
    // The order's refunds as GET /orders/<id>/refunds shows them, newest first.
    QJsonArray refunds(int orderId) const;

signals:
    // Emitted when a client changed an order through the API (status update, tracking, note).
    void orderChanged(int id);

public:
    // HttpService
    QString routeOf(const HttpRequest &request) const override;
    HttpResponse handle(const HttpRequest &request) override;
    HttpResponse errorResponse(int status) const override;

private:
    struct Product
    {
        int id = 0;
        int parentId = 0;
        QString sku; // its own; see effectiveSku()
        QString name; // a variation's: its attribute option
        QString price;
        bool variable = false;
        QString status = QStringLiteral("publish");
        bool manageStock = false;
        int stockQuantity = 0; // only shown while manageStock
        QString stockStatus = QStringLiteral("instock");
        QDateTime created; // UTC
        bool deleted = false;
    };
    struct Order
    {
        QJsonObject json; // stored fields; line items keep product ids, SKUs are filled on output
        QString status;
        QDateTime created; // UTC
        QDateTime modified; // UTC
        QJsonArray notes;
        QJsonArray tracking;
        // Newest first, as WooCommerce lists them; dates kept as "_created_gmt", see renderRefund().
        QJsonArray refunds;
    };

    void init();
    void buildRoutes();
    QString restPath(const HttpRequest &request, bool *isRest) const;
    // Sets m_currentKey (null = anonymous) or returns the authentication error.
    std::optional<HttpResponse> authenticate(const HttpRequest &request);
    std::optional<HttpResponse> checkOAuth(const HttpRequest &request);
    // 401 for anonymous callers, 403 for keys whose user lacks capabilities.
    std::optional<HttpResponse> requireCapability(const char *code, const QString &message) const;
    HttpResponse dispatch(const HttpRequest &request, const QString &rest);

    QJsonObject render(const Order &order) const;
    // Line items with their SKU read live from the product, as WooCommerce does.
    QJsonArray withLiveSkus(const QJsonArray &lines) const;
    // wc_create_refund() as the REST route calls it: the refund made, or WooCommerce's error.
    std::variant<QJsonObject, HttpResponse> createRefund(Order &order, const QJsonObject &request);
    QJsonObject renderRefund(const QJsonObject &stored) const;
    QString localTime(const QDateTime &utc) const;
    static QString gmtTime(const QDateTime &utc);
    QJsonObject indexJson(const HttpRequest &request) const;
    QStringList namespaces() const;
    QUrl homeFor(const HttpRequest &request) const;
    void touch(Order &order);
    // Fires the hostility's afterRead hooks for orders a client has just read.
    void afterRead(const QList<int> &ids);
    QUrl resolveHome(const QString &setting, const HttpRequest &request) const;
    void addNote(Order &order, const QString &text, bool customerNote, bool addedByUser);
    std::optional<HttpResponse> updateOrder(Order &order, const QJsonObject &changes);
    int createOrder(const QJsonObject &partial);
    QJsonObject providers() const;
    QJsonObject trackingJson(const HttpRequest &request, const QString &ns, int orderId, const QJsonObject &item) const;

    // route handlers
    HttpResponse listOrders(const HttpRequest &request);
    HttpResponse getOrder(const HttpRequest &request, int id);
    HttpResponse putOrder(const HttpRequest &request, int id);
    HttpResponse deleteOrder(const HttpRequest &request, int id);
    HttpResponse batchOrders(const HttpRequest &request);
    HttpResponse notes(const HttpRequest &request, int id, const QString &noteId);
    // GET and POST /orders/<id>/refunds (refundId 0), GET /orders/<id>/refunds/<refundId>.
    HttpResponse refundsRoute(const HttpRequest &request, int id, int refundId);
    HttpResponse tracking(const HttpRequest &request, const QString &ns, int id, const QString &trackingId);
    HttpResponse systemStatus(const HttpRequest &request);
    HttpResponse listProducts(const HttpRequest &request, int parentId);
    HttpResponse getProduct(const HttpRequest &request, int parentId, int id);
    // Stock writes (issue 15): PUT /products/<id>, POST /products/batch and the variations' own.
    void buildProductWriteRoutes();
    HttpResponse putProduct(const HttpRequest &request, int parentId, int id);
    HttpResponse batchProducts(const HttpRequest &request, int parentId);
    std::variant<Product *, HttpResponse> writableProduct(int parentId, int id);
    std::optional<HttpResponse> applyProductChanges(Product &product, const QJsonObject &changes, bool variationRoute);

    // The SKU the REST API shows: a variation without its own shows its parent's.
    QString effectiveSku(const Product &product) const;
    QJsonObject renderProduct(const Product &product) const;

    Options m_options;
    std::unique_ptr<Router> m_router;
    const ApiKey *m_currentKey = nullptr;
    HttpEndpoint *m_http = nullptr;
    HttpEndpoint *m_https = nullptr;
    QList<ApiKey> m_keys;
    QHash<QString, QHash<QString, qint64>> m_nonces; // consumer key -> nonce -> timestamp
    bool m_dropAuthorization = false;
    int m_timestampWindow = 15 * 60;
    int m_batchLimit = 100;
    WooHostility m_hostility;
    QMap<int, Product> m_products;
    QMap<int, QJsonObject> m_customers;
    QMap<int, Order> m_orders;
    int m_nextId = 100; // WordPress shares one id sequence between posts of all kinds
    int m_nextItemId = 1;
    QTimer m_generator;
    int m_generatorPerTick = 1;
    quint32 m_generatorSeed = 7;
};

} // namespace wharf::sandbox
