#include "woostore.h"

#include "httpendpoint.h"
#include "logging.h"
#include "oauthsignature.h"
#include "router.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <variant>

using namespace Qt::StringLiterals;

namespace wharf::sandbox {

namespace {

const QStringList kOrderStatuses {u"pending"_s,   u"processing"_s, u"on-hold"_s, u"completed"_s,
                                  u"cancelled"_s, u"refunded"_s,   u"failed"_s,  u"checkout-draft"_s};

HttpResponse wcError(int status, const QString &code, const QString &message, QJsonObject data = {})
{
    data.insert(u"status"_s, status);
    return HttpResponse::json(status, QJsonObject {{u"code"_s, code}, {u"message"_s, message}, {u"data"_s, data}});
}

HttpResponse invalidParam(const QString &param, const QString &why)
{
    return wcError(400, u"rest_invalid_param"_s, u"Invalid parameter(s): "_s + param,
                   QJsonObject {{u"params"_s, QJsonObject {{param, why}}},
                                {u"details"_s,
                                 QJsonObject {{param,
                                               QJsonObject {{u"code"_s, u"rest_invalid_param"_s},
                                                            {u"message"_s, why},
                                                            {u"data"_s, QJsonValue()}}}}}});
}

HttpResponse missingParam(const QString &param)
{
    return wcError(400, u"rest_missing_callback_param"_s, u"Missing parameter(s): "_s + param,
                   QJsonObject {{u"params"_s, QJsonArray {param}}});
}

HttpResponse noRoute()
{
    return wcError(404, u"rest_no_route"_s, u"No route was found matching the URL and request method."_s);
}

QString randomHex(int chars)
{
    QString out;
    out.reserve(chars);
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < chars; ++i)
        out.append(QLatin1Char("0123456789abcdef"[rng->bounded(16)]));
    return out;
}

QString statusLabel(const QString &status)
{
    if (status == u"on-hold")
        return u"On hold"_s;
    if (status == u"checkout-draft")
        return u"Draft"_s;
    if (status == u"pending")
        return u"Pending payment"_s;
    QString label = status;
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

// WordPress's rest_parse_date() format check; the offset is accepted but (as woocommerce#14539
// shows) ignored: the wall-clock part is compared with the chosen column.
std::optional<QDateTime> parseWpDate(const QString &value)
{
    static const QRegularExpression re(
        uR"(^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.\d+)?(?:Z|z|[+-]\d{2}(?::?\d{2})?)?$)"_s);
    const auto m = re.match(value);
    if (!m.hasMatch())
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(m.captured(1) + u'T' + m.captured(2), Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

// Keeps only the requested fields ("a", "a.b"); WordPress's rest_filter_response_fields().
QJsonObject applyFields(const QJsonObject &object, const QStringList &fields)
{
    if (fields.isEmpty())
        return object;
    QJsonObject out;
    for (const QString &field : fields) {
        const QStringList parts = field.split(u'.');
        if (!object.contains(parts.first()))
            continue;
        if (parts.size() == 1) {
            out.insert(parts.first(), object.value(parts.first()));
            continue;
        }
        const QJsonValue inner = object.value(parts.first());
        if (!inner.isObject()) {
            out.insert(parts.first(), inner);
            continue;
        }
        QJsonObject merged = out.value(parts.first()).toObject();
        const QJsonObject sub = applyFields(inner.toObject(), {parts.mid(1).join(u'.')});
        for (auto it = sub.begin(); it != sub.end(); ++it)
            merged.insert(it.key(), it.value());
        out.insert(parts.first(), merged);
    }
    return out;
}

QStringList fieldsOf(const HttpRequest &request)
{
    QStringList fields;
    for (const auto &[key, value] : request.queryItems()) {
        if (key == u"_fields" || key.startsWith(u"_fields["))
            fields += value.split(u',', Qt::SkipEmptyParts);
    }
    for (QString &field : fields)
        field = field.trimmed();
    return fields;
}

// Values of an array parameter given as "key=a,b", "key[]=a&key[]=b" or "key[0]=a".
QStringList listParam(const HttpRequest &request, const QString &name, bool *present = nullptr)
{
    QStringList values;
    bool found = false;
    for (const auto &[key, value] : request.queryItems()) {
        if (key == name || key.startsWith(name + u'[')) {
            found = true;
            values += value.split(u',', Qt::SkipEmptyParts);
        }
    }
    if (present)
        *present = found;
    for (QString &value : values)
        value = value.trimmed();
    return values;
}

// The paging arguments every WordPress collection takes (WP_REST_Controller::get_collection_params,
// checked by rest_validate_value_from_schema), or the 400 WordPress answers for a bad one.
struct PageParams
{
    int page = 1;
    int perPage = 10;
    int offset = -1; // -1: not given; page decides
    bool asc = false; // order=asc; WooCommerce's collections default to desc
};

std::variant<PageParams, HttpResponse> pageParams(const HttpRequest &request)
{
    std::optional<HttpResponse> error;
    const auto intParam = [&](const QString &name, int fallback, int min, int max) {
        if (!request.hasQueryItem(name) || error)
            return fallback;
        bool ok = false;
        const int value = request.queryValue(name).toInt(&ok);
        if (!ok || value < min || value > max) {
            error = invalidParam(name,
                                 max < INT_MAX
                                     ? u"%1 must be between %2 (inclusive) and %3 (inclusive)"_s.arg(
                                         name, QString::number(min), QString::number(max))
                                     : u"%1 must be greater than or equal to %2"_s.arg(name, QString::number(min)));
        }
        return value;
    };
    PageParams params;
    params.page = intParam(u"page"_s, 1, 1, INT_MAX);
    params.perPage = intParam(u"per_page"_s, 10, 1, 100);
    params.offset = intParam(u"offset"_s, -1, 0, INT_MAX);
    if (error)
        return *error;
    const QString order = request.hasQueryItem(u"order"_s) ? request.queryValue(u"order"_s) : u"desc"_s;
    if (order != u"asc" && order != u"desc")
        return invalidParam(u"order"_s, u"order is not one of asc and desc."_s);
    params.asc = order == u"asc";
    return params;
}

QJsonObject parseJsonBody(const HttpRequest &request, bool *ok)
{
    *ok = true;
    if (request.body.trimmed().isEmpty())
        return {};
    const QByteArray type = request.header("Content-Type").toLower();
    if (type.startsWith("application/x-www-form-urlencoded")) {
        QJsonObject object;
        for (const auto &[key, value] : request.formItems())
            object.insert(key, value);
        return object;
    }
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *ok = false;
        return {};
    }
    return doc.object();
}

HttpResponse invalidJson()
{
    return wcError(400, u"rest_invalid_json"_s, u"Invalid JSON body passed."_s);
}

bool truthy(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    const QString s = value.toString().toLower();
    return s == u"1" || s == u"true" || s == u"yes";
}

QString money(double value)
{
    return QString::number(value, 'f', 2);
}

const QStringList kAddressFields {u"first_name"_s, u"last_name"_s, u"company"_s,  u"address_1"_s, u"address_2"_s,
                                  u"city"_s,       u"state"_s,     u"postcode"_s, u"country"_s};

QJsonObject completeAddress(const QJsonObject &given, bool billing)
{
    QJsonObject out;
    for (const QString &field : kAddressFields)
        out.insert(field, given.value(field).toString());
    if (billing)
        out.insert(u"email"_s, given.value(u"email"_s).toString());
    out.insert(u"phone"_s, given.value(u"phone"_s).toString());
    return out;
}

// Providers as the tracking plugins list them: country/group -> name -> URL format.
const QJsonObject &providerTable()
{
    static const QJsonObject table {
        {u"Australia"_s,
         QJsonObject {{u"Australia Post"_s, u"https://auspost.com.au/mypost/track/#/details/%1$s"_s},
                      {u"StarTrack"_s, u"https://startrack.com.au/track/details/%1$s"_s},
                      {u"Aramex AU"_s, u"https://www.aramex.com.au/tools/track?l=%1$s"_s}}},
        {u"New Zealand"_s, QJsonObject {{u"NZ Post"_s, u"https://www.nzpost.co.nz/tools/tracking?trackid=%1$s"_s}}},
        {u"United Kingdom"_s,
         QJsonObject {{u"DHL Parcel UK"_s, u"https://track.dhlparcel.co.uk/?con=%1$s"_s},
                      {u"Royal Mail"_s, u"https://www.royalmail.com/track-your-item#/tracking-results/%1$s"_s}}},
        {u"United States"_s,
         QJsonObject {{u"USPS"_s, u"https://tools.usps.com/go/TrackConfirmAction_input?qtc_tLabels1=%1$s"_s},
                      {u"UPS"_s, u"https://www.ups.com/track?loc=en_US&tracknum=%1$s"_s},
                      {u"FedEx"_s, u"https://www.fedex.com/fedextrack/?tracknumbers=%1$s"_s}}},
        {u"Germany"_s,
         QJsonObject {{u"DHL Paket"_s,
                       u"https://www.dhl.de/de/privatkunden/pakete-empfangen/"
                       u"verfolgen.html?piececode=%1$s"_s}}},
    };
    return table;
}

// WordPress's sanitize_title() for provider names, close enough for ASCII names.
QString slug(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            out.append(c);
        else if (c == u' ' || c == u'-' || c == u'_')
            out.append(u'-');
    }
    return out;
}

} // namespace

// ---------------------------------------------------------------------------------------------

WooStore::WooStore(QObject *parent)
    : WooStore(Options {}, parent)
{
}

WooStore::WooStore(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_router(std::make_unique<Router>())
{
    init();
}

WooStore::~WooStore() = default;

void WooStore::init()
{
    const auto makeKey = [](KeyPermission permission) {
        ApiKey key;
        key.consumerKey = u"ck_"_s + randomHex(40);
        key.consumerSecret = u"cs_"_s + randomHex(40);
        key.permission = permission;
        return key;
    };
    m_keys = {makeKey(KeyPermission::ReadWrite), makeKey(KeyPermission::Read), makeKey(KeyPermission::Write)};
    buildRoutes();
    connect(&m_generator, &QTimer::timeout, this,
            [this] { generateOrders(m_generatorPerTick, m_generatorSeed++, u"processing"_s); });
}

bool WooStore::start(const std::optional<QSslConfiguration> &tls)
{
    stop();
    m_http = new HttpEndpoint(this, this);
    if (!m_http->listenLocal(m_options.httpPort))
        return false;
    if (tls) {
        m_https = new HttpEndpoint(this, this);
        if (!m_https->listenLocal(m_options.httpsPort, tls))
            return false;
    }
    qCInfo(lcSandbox) << "WooCommerce store" << m_options.name << "on" << httpUrl() << httpsUrl();
    return true;
}

void WooStore::stop()
{
    delete m_http;
    m_http = nullptr;
    delete m_https;
    m_https = nullptr;
}

QUrl WooStore::httpUrl() const
{
    return m_http ? m_http->baseUrl() : QUrl();
}

QUrl WooStore::httpsUrl() const
{
    return m_https ? m_https->baseUrl() : QUrl();
}

WooStore::ApiKey WooStore::key(KeyPermission permission) const
{
    for (const ApiKey &key : m_keys) {
        if (key.permission == permission)
            return key;
    }
    return {};
}

QString WooStore::consumerKey(KeyPermission permission) const
{
    return key(permission).consumerKey;
}

QString WooStore::consumerSecret(KeyPermission permission) const
{
    return key(permission).consumerSecret;
}

void WooStore::addKey(const ApiKey &key)
{
    m_keys.append(key);
}

void WooStore::setDropAuthorizationHeader(bool drop)
{
    m_dropAuthorization = drop;
}

void WooStore::setTrackingPlugin(TrackingPlugin plugin)
{
    m_options.tracking = plugin;
}

// --- catalogue ------------------------------------------------------------------------------

int WooStore::addProduct(const QString &sku, const QString &name, const QString &price, int parentId)
{
    Product product;
    product.id = m_nextId++;
    product.parentId = parentId;
    product.sku = sku;
    product.name = name;
    product.price = price;
    product.created = QDateTime::currentDateTimeUtc();
    if (parentId && m_products.contains(parentId))
        m_products[parentId].variable = true;
    m_products.insert(product.id, product);
    return product.id;
}

int WooStore::addVariableProduct(const QString &sku, const QString &name)
{
    const int id = addProduct(sku, name, QString());
    m_products[id].variable = true;
    return id;
}

int WooStore::addVariation(int parentId, const QString &sku, const QString &option, const QString &price)
{
    return addProduct(sku, option, price, parentId);
}

void WooStore::setProductStock(int productId, bool manageStock, int quantity)
{
    const auto it = m_products.find(productId);
    if (it == m_products.end())
        return;
    it->manageStock = manageStock;
    it->stockQuantity = manageStock ? quantity : 0;
    if (manageStock)
        it->stockStatus = quantity > 0 ? u"instock"_s : u"outofstock"_s;
}

void WooStore::setProductStockStatus(int productId, const QString &stockStatus)
{
    if (m_products.contains(productId))
        m_products[productId].stockStatus = stockStatus;
}

void WooStore::setProductStatus(int productId, const QString &status)
{
    if (m_products.contains(productId))
        m_products[productId].status = status;
}

QJsonObject WooStore::product(int productId) const
{
    const auto it = m_products.constFind(productId);
    if (it == m_products.cend() || it->deleted)
        return {};
    return renderProduct(*it);
}

QList<int> WooStore::productIds() const
{
    QList<int> ids;
    for (const Product &product : m_products) {
        if (!product.deleted)
            ids.append(product.id);
    }
    return ids;
}

QList<int> WooStore::addProductFromJson(const QJsonObject &d, QString *error)
{
    const QString type = d.value(u"type"_s).toString(u"simple"_s);
    if (type != u"simple" && type != u"variable") {
        if (error)
            *error = u"type must be simple or variable"_s;
        return {};
    }
    const auto applyStock = [this](int id, const QJsonObject &o) {
        if (o.contains(u"status"_s))
            setProductStatus(id, o.value(u"status"_s).toString());
        if (o.value(u"manageStock"_s).toBool())
            setProductStock(id, true, o.value(u"stock"_s).toInt());
        if (o.contains(u"stockStatus"_s))
            setProductStockStatus(id, o.value(u"stockStatus"_s).toString());
    };
    const QString sku = d.value(u"sku"_s).toString();
    const QString name = d.value(u"name"_s).toString(sku.isEmpty() ? u"Product without SKU"_s : sku);
    QList<int> ids;
    if (type == u"simple") {
        ids.append(addProduct(sku, name, d.value(u"price"_s).toString(u"10.00"_s)));
        applyStock(ids.first(), d);
        return ids;
    }
    const int parent = addVariableProduct(sku, name);
    applyStock(parent, d);
    ids.append(parent);
    int n = 0;
    for (const QJsonValue &value : d.value(u"variations"_s).toArray()) {
        const QJsonObject v = value.toObject();
        ++n;
        const int id =
            addVariation(parent, v.value(u"sku"_s).toString(), v.value(u"option"_s).toString(u"Option %1"_s.arg(n)),
                         v.value(u"price"_s).toString(u"10.00"_s));
        applyStock(id, v);
        ids.append(id);
    }
    return ids;
}

QList<int> WooStore::generateCatalogue(const CatalogueShape &shape)
{
    QList<int> ids;
    const auto stock = [&](int id) {
        if (shape.manageStock)
            setProductStock(id, true, shape.stock);
        ids.append(id);
    };
    QStringList simpleSkus;
    for (int i = 1; i <= shape.simple; ++i) {
        const QString sku = u"%1-%2"_s.arg(shape.prefix).arg(i, 5, 10, QLatin1Char('0'));
        simpleSkus.append(sku);
        stock(addProduct(sku, u"Product %1"_s.arg(i)));
    }
    static const QStringList options {u"S"_s, u"M"_s, u"L"_s, u"XL"_s, u"XXL"_s};
    for (int i = 1; i <= shape.variable; ++i) {
        const QString parentSku = u"%1-V%2"_s.arg(shape.prefix).arg(i, 3, 10, QLatin1Char('0'));
        const int parent = addVariableProduct(parentSku, u"Variable product %1"_s.arg(i));
        ids.append(parent);
        for (int v = 1; v <= shape.variationsEach; ++v) {
            stock(addVariation(parent, u"%1-%2"_s.arg(parentSku).arg(v),
                               v <= options.size() ? options.at(v - 1) : u"Option %1"_s.arg(v)));
        }
    }
    for (int i = 1; i <= shape.withoutSku; ++i)
        stock(addProduct(QString(), u"Product without SKU %1"_s.arg(i)));
    for (int i = 0; i < shape.duplicates; ++i) {
        const QString sku = simpleSkus.value(i, u"%1-DUP"_s.arg(shape.prefix));
        stock(addProduct(sku, u"Copy of %1"_s.arg(sku)));
    }
    return ids;
}

QString WooStore::effectiveSku(const Product &product) const
{
    if (product.sku.isEmpty() && product.parentId) {
        const auto parent = m_products.constFind(product.parentId);
        if (parent != m_products.cend())
            return parent->sku;
    }
    return product.sku;
}

QJsonObject WooStore::renderProduct(const Product &product) const
{
    // The fields a catalogue reader and a stock writer use, named and typed as the v3 products and
    // variations controllers' prepare_object_for_response() give them.
    QJsonObject json {{u"id"_s, product.id},
                      {u"sku"_s, effectiveSku(product)},
                      {u"price"_s, product.price},
                      {u"status"_s, product.status},
                      {u"date_created_gmt"_s, gmtTime(product.created)},
                      {u"date_created"_s, localTime(product.created)}};
    const Product *parent = nullptr;
    if (product.parentId && m_products.contains(product.parentId))
        parent = &*m_products.constFind(product.parentId);
    // A variation that does not manage stock while its parent does: WC_Product_Variation's
    // get_manage_stock() in the "view" context answers 'parent' ("Inherit value from parent"),
    // managing_stock() passes that on, and the v3 variations controller puts managing_stock() in
    // manage_stock; its stock_quantity is then the parent's.
    const bool inherits = parent && !product.manageStock && parent->manageStock;
    const Product &stockOwner = inherits ? *parent : product;
    json.insert(u"manage_stock"_s, inherits ? QJsonValue(u"parent"_s) : QJsonValue(stockOwner.manageStock));
    json.insert(u"stock_quantity"_s, stockOwner.manageStock ? QJsonValue(stockOwner.stockQuantity) : QJsonValue());
    json.insert(u"stock_status"_s, stockOwner.stockStatus);
    if (parent) {
        // The v3 variations controller has no name, type or parent_id: a variation is known by its
        // attributes, and by the route it was read from.
        json.insert(u"attributes"_s,
                    QJsonArray {QJsonObject {{u"id"_s, 0}, {u"name"_s, u"Option"_s}, {u"option"_s, product.name}}});
        return json;
    }
    json.insert(u"name"_s, product.name);
    json.insert(u"slug"_s, product.name.toLower().replace(u' ', u'-'));
    json.insert(u"type"_s, product.variable ? u"variable"_s : u"simple"_s);
    json.insert(u"parent_id"_s, 0);
    QJsonArray variations;
    if (product.variable) {
        for (const Product &v : m_products) {
            if (v.parentId == product.id && !v.deleted)
                variations.append(v.id);
        }
    }
    json.insert(u"variations"_s, variations);
    return json;
}

void WooStore::setProductSku(int productId, const QString &sku)
{
    if (m_products.contains(productId))
        m_products[productId].sku = sku;
}

void WooStore::removeProduct(int productId)
{
    if (m_products.contains(productId))
        m_products[productId].deleted = true;
}

int WooStore::productIdForSku(const QString &sku) const
{
    for (const Product &product : m_products) {
        if (!product.deleted && product.sku == sku)
            return product.id;
    }
    return 0;
}

int WooStore::addCustomer(const QJsonObject &customer)
{
    const int id = int(m_customers.size()) + 1;
    m_customers.insert(id, customer);
    return id;
}

// --- orders ----------------------------------------------------------------------------------

QString WooStore::gmtTime(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

QString WooStore::localTime(const QDateTime &utc) const
{
    return utc.toUTC().addSecs(qint64(m_options.gmtOffsetHours) * 3600).toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

int WooStore::addOrder(const QJsonObject &partial)
{
    QJsonObject order = partial;
    const QJsonArray refunds = order.take(u"refunds"_s).toArray();
    const int id = createOrder(order);
    for (const QJsonValue &refund : refunds) {
        QString error;
        if (!refundOrder(id, refund.toObject(), &error))
            qCWarning(lcSandbox) << "order" << id << "refund not made:" << error;
    }
    return id;
}

int WooStore::createOrder(const QJsonObject &partial)
{
    Order order;
    const int id = m_nextId++;
    QJsonObject json = partial;
    json.insert(u"id"_s, id);
    if (!json.contains(u"number"_s))
        json.insert(u"number"_s, QString::number(id));
    json.insert(u"parent_id"_s, 0);
    json.insert(u"order_key"_s, QString(u"wc_order_"_s + randomHex(13)));
    if (!json.contains(u"created_via"_s))
        json.insert(u"created_via"_s, u"checkout"_s);
    json.insert(u"version"_s, m_options.wooVersion);
    if (!json.contains(u"currency"_s))
        json.insert(u"currency"_s, m_options.currency);
    order.status = json.value(u"status"_s).toString(u"processing"_s);
    if (!kOrderStatuses.contains(order.status) && order.status != u"trash")
        order.status = u"processing"_s;
    json.remove(u"status"_s);

    const auto created = parseWpDate(json.value(u"date_created_gmt"_s).toString());
    order.created = created ? *created : QDateTime::currentDateTimeUtc();
    order.created.setTime(
        QTime(order.created.time().hour(), order.created.time().minute(), order.created.time().second()));
    const auto modified = parseWpDate(json.value(u"date_modified_gmt"_s).toString());
    order.modified = modified ? *modified : order.created;
    for (const QString &key : {u"date_created"_s, u"date_created_gmt"_s, u"date_modified"_s, u"date_modified_gmt"_s})
        json.remove(key);

    const int customerId = json.value(u"customer_id"_s).toInt();
    const QJsonObject customer = m_customers.value(customerId);
    json.insert(u"customer_id"_s, m_customers.contains(customerId) ? customerId : 0);
    QJsonObject billing = json.value(u"billing"_s).toObject();
    QJsonObject shipping = json.value(u"shipping"_s).toObject();
    if (billing.isEmpty())
        billing = customer.value(u"billing"_s).toObject();
    if (shipping.isEmpty())
        shipping = customer.value(u"shipping"_s).toObject();
    if (shipping.isEmpty())
        shipping = billing;
    json.insert(u"billing"_s, completeAddress(billing, true));
    json.insert(u"shipping"_s, completeAddress(shipping, false));
    if (!json.contains(u"customer_note"_s))
        json.insert(u"customer_note"_s, QString());

    double itemsTotal = 0;
    QJsonArray lines;
    for (const QJsonValue &value : json.value(u"line_items"_s).toArray()) {
        QJsonObject line = value.toObject();
        int productId = line.value(u"product_id"_s).toInt();
        int variationId = line.value(u"variation_id"_s).toInt();
        if (line.contains(u"sku"_s) && productId == 0 && variationId == 0) {
            const QString sku = line.value(u"sku"_s).toString();
            int found = sku.isEmpty() ? 0 : productIdForSku(sku);
            if (!found) {
                found = addProduct(sku, line.value(u"name"_s).toString(sku.isEmpty() ? u"Product without SKU"_s : sku),
                                   line.value(u"price"_s).isDouble() ? money(line.value(u"price"_s).toDouble())
                                                                     : u"10.00"_s);
            }
            const Product &product = m_products[found];
            if (product.parentId) {
                productId = product.parentId;
                variationId = product.id;
            } else {
                productId = product.id;
            }
        }
        const Product product = m_products.value(variationId ? variationId : productId);
        const int quantity = line.value(u"quantity"_s).toInt(1);
        const double price =
            line.value(u"price"_s).isDouble() ? line.value(u"price"_s).toDouble() : product.price.toDouble();
        QJsonObject out;
        out.insert(u"id"_s, m_nextItemId++);
        out.insert(u"name"_s, line.value(u"name"_s).toString(product.name));
        out.insert(u"product_id"_s, productId);
        out.insert(u"variation_id"_s, variationId);
        out.insert(u"quantity"_s, quantity);
        out.insert(u"tax_class"_s, QString());
        out.insert(u"subtotal"_s, money(price * quantity));
        out.insert(u"subtotal_tax"_s, u"0.00"_s);
        out.insert(u"total"_s, money(price * quantity));
        out.insert(u"total_tax"_s, u"0.00"_s);
        out.insert(u"taxes"_s, QJsonArray());
        out.insert(u"meta_data"_s, line.value(u"meta_data"_s).toArray());
        out.insert(u"price"_s, price);
        out.insert(u"image"_s, QJsonObject {{u"id"_s, 0}, {u"src"_s, QString()}});
        out.insert(u"parent_name"_s, variationId ? QJsonValue(m_products.value(productId).name) : QJsonValue());
        itemsTotal += price * quantity;
        lines.append(out);
    }
    json.insert(u"line_items"_s, lines);

    double shippingTotal = 0;
    QJsonArray shippingLines;
    const QJsonArray givenShipping = json.contains(u"shipping_lines"_s)
        ? json.value(u"shipping_lines"_s).toArray()
        : QJsonArray {QJsonObject {
            {u"method_id"_s, u"flat_rate"_s}, {u"method_title"_s, u"Flat rate"_s}, {u"total"_s, u"10.00"_s}}};
    for (const QJsonValue &value : givenShipping) {
        const QJsonObject given = value.toObject();
        const QString methodId = given.value(u"method_id"_s).toString(u"flat_rate"_s);
        QJsonObject line;
        line.insert(u"id"_s, m_nextItemId++);
        QString title = given.value(u"method_title"_s).toString();
        if (title.isEmpty())
            title = methodId == u"local_pickup" || methodId == u"pickup_location" ? u"Local pickup"_s : u"Flat rate"_s;
        line.insert(u"method_title"_s, title);
        line.insert(u"method_id"_s, methodId);
        line.insert(u"instance_id"_s,
                    given.value(u"instance_id"_s).toString(methodId == u"pickup_location" ? u"0"_s : u"1"_s));
        const QString total = given.value(u"total"_s).toString(u"0.00"_s);
        shippingTotal += total.toDouble();
        line.insert(u"total"_s, total);
        line.insert(u"total_tax"_s, u"0.00"_s);
        line.insert(u"taxes"_s, QJsonArray());
        QJsonArray meta = given.value(u"meta_data"_s).toArray();
        if (methodId == u"pickup_location" && meta.isEmpty()) {
            meta = QJsonArray {QJsonObject {{u"id"_s, m_nextItemId++},
                                            {u"key"_s, u"pickup_location"_s},
                                            {u"value"_s, u"Main store"_s}},
                               QJsonObject {{u"id"_s, m_nextItemId++},
                                            {u"key"_s, u"pickup_address"_s},
                                            {u"value"_s, u"1 Example St, Brisbane QLD 4000"_s}}};
        }
        line.insert(u"meta_data"_s, meta);
        shippingLines.append(line);
    }
    json.insert(u"shipping_lines"_s, shippingLines);
    json.insert(u"shipping_total"_s, money(shippingTotal));
    if (!json.contains(u"total"_s))
        json.insert(u"total"_s, money(itemsTotal + shippingTotal));
    if (!json.contains(u"meta_data"_s))
        json.insert(u"meta_data"_s, QJsonArray());
    if (!json.contains(u"payment_method"_s)) {
        json.insert(u"payment_method"_s, u"stripe"_s);
        json.insert(u"payment_method_title"_s, u"Credit card"_s);
    }
    order.json = json;
    if (order.status != u"pending" && order.status != u"checkout-draft" && order.status != u"failed")
        order.json.insert(u"_date_paid"_s, gmtTime(order.created));
    if (order.status == u"completed")
        order.json.insert(u"_date_completed"_s, gmtTime(order.modified));
    m_orders.insert(id, order);
    return id;
}

QJsonObject WooStore::render(const Order &order) const
{
    QJsonObject json = order.json;
    json.insert(u"status"_s, order.status);
    json.insert(u"date_created"_s, localTime(order.created));
    json.insert(u"date_created_gmt"_s, gmtTime(order.created));
    json.insert(u"date_modified"_s, localTime(order.modified));
    json.insert(u"date_modified_gmt"_s, gmtTime(order.modified));
    for (const QString &which : {u"paid"_s, u"completed"_s}) {
        const QString stored = json.take(u"_date_"_s + which).toString();
        const auto date = parseWpDate(stored);
        json.insert(u"date_"_s + which, date ? QJsonValue(localTime(*date)) : QJsonValue());
        json.insert(u"date_"_s + which + u"_gmt"_s, date ? QJsonValue(gmtTime(*date)) : QJsonValue());
    }
    for (const QString &zero :
         {u"discount_total"_s, u"discount_tax"_s, u"shipping_tax"_s, u"cart_tax"_s, u"total_tax"_s}) {
        if (!json.contains(zero))
            json.insert(zero, u"0.00"_s);
    }
    json.insert(u"prices_include_tax"_s, false);
    json.insert(u"customer_ip_address"_s, u"203.0.113.7"_s);
    json.insert(u"customer_user_agent"_s, u"Mozilla/5.0"_s);
    json.insert(u"transaction_id"_s, QString());
    json.insert(u"cart_hash"_s, QString());
    json.insert(u"tax_lines"_s, QJsonArray());
    json.insert(u"fee_lines"_s, QJsonArray());
    json.insert(u"coupon_lines"_s, QJsonArray());
    // WC_REST_Orders_V2_Controller's summary: {id, reason, total} with the amount negated.
    QJsonArray refunds;
    for (const QJsonValue &value : order.refunds) {
        const QJsonObject refund = value.toObject();
        refunds.append(QJsonObject {{u"id"_s, refund.value(u"id"_s)},
                                    {u"reason"_s, refund.value(u"reason"_s)},
                                    {u"total"_s, QString(u'-' + refund.value(u"amount"_s).toString())}});
    }
    json.insert(u"refunds"_s, refunds);
    json.insert(u"currency_symbol"_s, u"$"_s);
    json.insert(u"payment_url"_s, QString());
    json.insert(u"is_editable"_s, order.status == u"pending" || order.status == u"on-hold");
    json.insert(u"needs_payment"_s, order.status == u"pending" || order.status == u"failed");
    json.insert(u"needs_processing"_s, true);
    json.insert(u"line_items"_s, withLiveSkus(json.value(u"line_items"_s).toArray()));
    return json;
}

QJsonArray WooStore::withLiveSkus(const QJsonArray &lines) const
{
    // SKUs are read live from the product, as WooCommerce does: a deleted product gives null.
    QJsonArray out;
    for (const QJsonValue &value : lines) {
        QJsonObject line = value.toObject();
        const int productId = line.value(u"variation_id"_s).toInt() ? line.value(u"variation_id"_s).toInt()
                                                                    : line.value(u"product_id"_s).toInt();
        const auto it = m_products.constFind(productId);
        if (it == m_products.cend() || it->deleted)
            line.insert(u"sku"_s, QJsonValue());
        else
            line.insert(u"sku"_s, effectiveSku(*it));
        out.append(line);
    }
    return out;
}

// --- refunds ---------------------------------------------------------------------------------

int WooStore::refundOrder(int orderId, const QJsonObject &refund, QString *error)
{
    auto it = m_orders.find(orderId);
    if (it == m_orders.end()) {
        if (error)
            *error = u"no such order"_s;
        return 0;
    }
    // Lines named by SKU (seeds and the control API) become the order's line item ids.
    QJsonObject request = refund;
    QJsonArray lines;
    const QJsonArray orderLines = withLiveSkus(it->json.value(u"line_items"_s).toArray());
    for (const QJsonValue &value : refund.value(u"line_items"_s).toArray()) {
        QJsonObject line = value.toObject();
        if (!line.contains(u"id"_s)) {
            for (const QJsonValue &orderLine : orderLines) {
                if (orderLine[u"sku"_s].toString() == line.value(u"sku"_s).toString()) {
                    line.insert(u"id"_s, orderLine[u"id"_s]);
                    break;
                }
            }
        }
        line.remove(u"sku"_s);
        lines.append(line);
    }
    request.insert(u"line_items"_s, lines);
    request.insert(u"api_refund"_s, false);
    const auto made = createRefund(*it, request);
    if (const HttpResponse *refused = std::get_if<HttpResponse>(&made)) {
        if (error)
            *error = QJsonDocument::fromJson(refused->body).object().value(u"message"_s).toString();
        return 0;
    }
    emit orderChanged(orderId);
    return std::get<QJsonObject>(made).value(u"id"_s).toInt();
}

QJsonArray WooStore::refunds(int orderId) const
{
    QJsonArray out;
    for (const QJsonValue &value : m_orders.value(orderId).refunds)
        out.append(renderRefund(value.toObject()));
    return out;
}

std::variant<QJsonObject, HttpResponse> WooStore::createRefund(Order &order, const QJsonObject &request)
{
    const auto number = [](const QJsonValue &value) {
        return value.isString() ? value.toString().toDouble() : value.toDouble();
    };
    const auto refused = [](const QString &message) {
        return wcError(500, u"woocommerce_rest_cannot_create_order_refund"_s, message);
    };
    const QJsonArray given = request.value(u"line_items"_s).toArray();
    // RestApiUtil::adjust_create_refund_request_parameters: without an amount, the sum of the
    // lines' refund_total and refund_tax, when every line has a refund_total.
    double amount = 0;
    if (request.contains(u"amount"_s)) {
        amount = number(request.value(u"amount"_s));
    } else {
        bool everyLine = !given.isEmpty();
        for (const QJsonValue &value : given) {
            const QJsonObject line = value.toObject();
            everyLine = everyLine && line.contains(u"refund_total"_s);
            amount += number(line.value(u"refund_total"_s));
            for (const QJsonValue &tax : line.value(u"refund_tax"_s).toArray())
                amount += number(tax[u"refund_total"_s]);
        }
        if (!everyLine)
            amount = 0;
    }
    if (amount < 0)
        return wcError(400, u"woocommerce_rest_invalid_order_refund"_s, u"Refund amount must be greater than zero."_s);
    // The payment gateway is what api_refund=true would ask; the sandbox emulates none, so it
    // answers as wc_refund_payment() does for a gateway that cannot refund.
    if (!request.contains(u"api_refund"_s) || truthy(request.value(u"api_refund"_s)))
        return refused(u"The payment gateway for this order does not support automatic refunds."_s);

    double refunded = 0;
    int itemsRefunded = 0;
    for (const QJsonValue &value : std::as_const(order.refunds)) {
        refunded += number(value[u"amount"_s]);
        for (const QJsonValue &line : value[u"line_items"_s].toArray())
            itemsRefunded += std::abs(line[u"quantity"_s].toInt());
    }
    const double remaining = number(order.json.value(u"total"_s)) - refunded;
    if (amount > remaining + 0.005)
        return refused(u"Invalid refund amount."_s);

    // Each refunded line copies the order's line with negative quantity and totals, and names it in
    // the meta _refunded_item_id. wc_create_refund() does not check the quantity against what is
    // left of the line (the admin screen does); neither does this.
    const QJsonArray orderLines = order.json.value(u"line_items"_s).toArray();
    QJsonArray lines;
    int itemCount = 0;
    for (const QJsonValue &value : given) {
        const QJsonObject line = value.toObject();
        const int itemId = int(number(line.value(u"id"_s)));
        const auto original = std::find_if(orderLines.begin(), orderLines.end(),
                                           [itemId](const QJsonValue &l) { return l[u"id"_s].toInt() == itemId; });
        if (original == orderLines.end())
            continue; // wc_create_refund() skips what is not a line of the order
        const int quantity = int(number(line.value(u"quantity"_s)));
        const double total = number(line.value(u"refund_total"_s));
        if (quantity == 0 && total == 0)
            continue;
        QJsonObject out = original->toObject();
        out.insert(u"id"_s, m_nextItemId++);
        out.insert(u"quantity"_s, -quantity);
        out.insert(u"subtotal"_s, money(-total));
        out.insert(u"total"_s, money(-total));
        out.insert(u"subtotal_tax"_s, u"0.00"_s);
        out.insert(u"total_tax"_s, u"0.00"_s);
        out.insert(u"taxes"_s, QJsonArray());
        out.insert(u"price"_s, quantity ? total / quantity : 0.0);
        const QString refundedItem = QString::number(itemId);
        out.insert(u"meta_data"_s,
                   QJsonArray {QJsonObject {{u"id"_s, m_nextItemId++},
                                            {u"key"_s, u"_refunded_item_id"_s},
                                            {u"value"_s, refundedItem},
                                            {u"display_key"_s, u"_refunded_item_id"_s},
                                            {u"display_value"_s, refundedItem}}});
        lines.append(out);
        itemCount += quantity;
    }
    // Restocking (api_restock) puts back only what the order had reduced (_reduced_stock); orders
    // here never reduce stock, so there is nothing to put back.
    const QJsonObject refund {
        {u"id"_s, m_nextId++},        {u"_created_gmt"_s, gmtTime(QDateTime::currentDateTimeUtc())},
        {u"amount"_s, money(amount)}, {u"reason"_s, request.value(u"reason"_s).toString()},
        {u"refunded_by"_s, 1},        {u"refunded_payment"_s, false},
        {u"line_items"_s, lines}};
    order.refunds.prepend(refund);

    // wc_create_refund(): nothing left to refund (and no free item left) -> fully refunded, and
    // the order takes the status of woocommerce_order_fully_refunded_status, "refunded".
    int itemsOrdered = 0;
    bool freeItem = false;
    for (const QJsonValue &line : orderLines) {
        itemsOrdered += line[u"quantity"_s].toInt();
        freeItem = freeItem || number(line[u"total"_s]) == 0;
    }
    const bool partly = remaining - amount > 0.005 || (freeItem && itemsOrdered - itemsRefunded - itemCount > 0);
    if (partly)
        touch(order);
    else
        updateOrder(order, QJsonObject {{u"status"_s, u"refunded"_s}}); // touches it too
    return renderRefund(refund);
}

QJsonObject WooStore::renderRefund(const QJsonObject &stored) const
{
    QJsonObject json = stored;
    const auto created = parseWpDate(json.take(u"_created_gmt"_s).toString());
    json.insert(u"date_created"_s, created ? QJsonValue(localTime(*created)) : QJsonValue());
    json.insert(u"date_created_gmt"_s, created ? QJsonValue(gmtTime(*created)) : QJsonValue());
    json.insert(u"meta_data"_s, QJsonArray());
    json.insert(u"line_items"_s, withLiveSkus(json.value(u"line_items"_s).toArray()));
    for (const QString &empty : {u"shipping_lines"_s, u"tax_lines"_s, u"fee_lines"_s})
        json.insert(empty, QJsonArray());
    return json;
}

QList<int> WooStore::generateOrders(int count, quint32 seed, const QString &status)
{
    static const QList<QJsonObject> people {
        QJsonObject {{u"first_name"_s, u"Jane"_s},
                     {u"last_name"_s, u"Citizen"_s},
                     {u"address_1"_s, u"12 Example St"_s},
                     {u"address_2"_s, u"Unit 4"_s},
                     {u"city"_s, u"Brisbane"_s},
                     {u"state"_s, u"QLD"_s},
                     {u"postcode"_s, u"4006"_s},
                     {u"country"_s, u"AU"_s},
                     {u"phone"_s, u"+61 400 000 000"_s}},
        QJsonObject {{u"first_name"_s, u"Zoë"_s},
                     {u"last_name"_s, u"Ångström"_s},
                     {u"address_1"_s, u"7 Kōwhai Road"_s},
                     {u"city"_s, u"Rotorua"_s},
                     {u"state"_s, u"BOP"_s},
                     {u"postcode"_s, u"3010"_s},
                     {u"country"_s, u"NZ"_s},
                     {u"phone"_s, u"+64 21 000 000"_s}},
        QJsonObject {{u"first_name"_s, u"José"_s},
                     {u"last_name"_s, u"Müller"_s},
                     {u"company"_s, u"Bäckerei Müller"_s},
                     {u"address_1"_s, u"Hauptstraße 5"_s},
                     {u"city"_s, u"München"_s},
                     {u"state"_s, u"BY"_s},
                     {u"postcode"_s, u"80331"_s},
                     {u"country"_s, u"DE"_s},
                     {u"phone"_s, u"+49 89 000000"_s}},
        QJsonObject {{u"first_name"_s, u"小明"_s},
                     {u"last_name"_s, u"王"_s},
                     {u"address_1"_s, u"1-2-3 Shibuya"_s},
                     {u"city"_s, u"東京"_s},
                     {u"state"_s, u"JP13"_s},
                     {u"postcode"_s, u"150-0002"_s},
                     {u"country"_s, u"JP"_s},
                     {u"phone"_s, u""_s}},
        QJsonObject {{u"first_name"_s, u"Siobhán"_s},
                     {u"last_name"_s, u"O'Brien"_s},
                     {u"address_1"_s, u"221B Baker St"_s},
                     {u"city"_s, u"London"_s},
                     {u"state"_s, u""_s},
                     {u"postcode"_s, u"NW1 6XE"_s},
                     {u"country"_s, u"GB"_s},
                     {u"phone"_s, u"+44 20 7946 0000"_s}},
        QJsonObject {{u"first_name"_s, u"Ana"_s},
                     {u"last_name"_s, u"Ruiz"_s},
                     {u"address_1"_s, u"500 Market St"_s},
                     {u"city"_s, u"San Francisco"_s},
                     {u"state"_s, u"CA"_s},
                     {u"postcode"_s, u"94105"_s},
                     {u"country"_s, u"US"_s},
                     {u"phone"_s, u"+1 415 555 0100"_s}},
    };
    static const QStringList statuses {u"processing"_s, u"processing"_s, u"processing"_s, u"completed"_s,
                                       u"completed"_s,  u"on-hold"_s,    u"pending"_s,    u"cancelled"_s};
    QList<Product> catalogue;
    for (const Product &product : std::as_const(m_products)) {
        if (!product.deleted && !product.sku.isEmpty() && !product.variable)
            catalogue.append(product);
    }
    if (catalogue.isEmpty()) {
        addProduct(u"TSHIRT-BLK-M"_s, u"T-shirt Black M"_s, u"39.95"_s);
        addProduct(u"CAP-RED"_s, u"Red Cap"_s, u"19.95"_s);
        for (const Product &product : std::as_const(m_products))
            catalogue.append(product);
    }
    QRandomGenerator rng(seed);
    QList<int> ids;
    ids.reserve(count);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        QJsonObject address = people.at(rng.bounded(int(people.size())));
        QJsonObject billing = address;
        billing.insert(u"email"_s,
                       QString(address.value(u"first_name"_s).toString().toLower() + u"."_s
                               + QString::number(rng.bounded(100000)) + u"@example.com"_s));
        QJsonArray lines;
        const int nLines = 1 + int(rng.bounded(3));
        for (int l = 0; l < nLines; ++l) {
            const Product &product = catalogue.at(rng.bounded(int(catalogue.size())));
            lines.append(QJsonObject {{u"sku"_s, product.sku}, {u"quantity"_s, 1 + int(rng.bounded(3))}});
        }
        QJsonObject partial {{u"status"_s, status.isEmpty() ? statuses.at(rng.bounded(int(statuses.size()))) : status},
                             {u"billing"_s, billing},
                             {u"shipping"_s, address},
                             {u"line_items"_s, lines}};
        if (count > 1 && status.isEmpty()) {
            // Spread a bulk store over the last 90 days, oldest first, so date filters matter.
            const qint64 span = 90LL * 24 * 3600;
            const QDateTime created = now.addSecs(-span + span * i / count);
            partial.insert(u"date_created_gmt"_s, gmtTime(created));
        }
        ids.append(createOrder(partial));
    }
    return ids;
}

void WooStore::spreadOrders(const QList<int> &ids, int secondsApart)
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto it = m_orders.find(ids.at(i));
        if (it == m_orders.end())
            continue;
        it->created = now.addSecs(-qint64(secondsApart) * (ids.size() - 1 - i));
        it->modified = it->created;
    }
}

void WooStore::setOrderGenerator(int intervalMs, int perTick)
{
    m_generatorPerTick = qMax(1, perTick);
    if (intervalMs <= 0) {
        m_generator.stop();
        return;
    }
    m_generator.start(intervalMs);
}

QJsonObject WooStore::order(int id) const
{
    const auto it = m_orders.constFind(id);
    return it == m_orders.cend() ? QJsonObject() : render(*it);
}

QList<int> WooStore::orderIds() const
{
    return m_orders.keys();
}

void WooStore::touch(Order &order)
{
    order.modified = QDateTime::currentDateTimeUtc();
    order.modified.setTime(
        QTime(order.modified.time().hour(), order.modified.time().minute(), order.modified.time().second()));
}

void WooStore::addNote(Order &order, const QString &text, bool customerNote, bool addedByUser)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    order.notes.prepend(QJsonObject {{u"id"_s, m_nextItemId++},
                                     {u"author"_s, addedByUser ? u"admin"_s : u"WooCommerce"_s},
                                     {u"date_created"_s, localTime(now)},
                                     {u"date_created_gmt"_s, gmtTime(now)},
                                     {u"note"_s, text},
                                     {u"customer_note"_s, customerNote},
                                     {u"added_by_user"_s, addedByUser}});
}

bool WooStore::setOrderStatus(int id, const QString &status)
{
    auto it = m_orders.find(id);
    if (it == m_orders.end())
        return false;
    return !updateOrder(*it, QJsonObject {{u"status"_s, status}}).has_value();
}

bool WooStore::editOrder(int id, const QJsonObject &changes)
{
    auto it = m_orders.find(id);
    if (it == m_orders.end())
        return false;
    return !updateOrder(*it, changes).has_value();
}

bool WooStore::removeOrder(int id)
{
    return m_orders.remove(id) > 0;
}

bool WooStore::trashOrder(int id)
{
    auto it = m_orders.find(id);
    if (it == m_orders.end())
        return false;
    it->status = u"trash"_s;
    touch(*it);
    return true;
}

QList<int> WooStore::bulkEdit(const QList<int> &ids, const QString &status)
{
    QList<int> changed;
    for (int id : ids.isEmpty() ? m_orders.keys() : ids) {
        auto it = m_orders.find(id);
        if (it == m_orders.end() || (ids.isEmpty() && it->status == u"trash"))
            continue;
        if (!status.isEmpty() && updateOrder(*it, QJsonObject {{u"status"_s, status}}))
            continue;
        changed.append(id);
    }
    // One timestamp for all, as one bulk request in wp-admin saves them within the same second.
    QDateTime stamp = QDateTime::currentDateTimeUtc();
    stamp.setTime(QTime(stamp.time().hour(), stamp.time().minute(), stamp.time().second()));
    for (int id : std::as_const(changed))
        m_orders[id].modified = stamp;
    return changed;
}

void WooStore::afterRead(const QList<int> &ids)
{
    if (m_hostility.afterRead.isEmpty())
        return;
    for (int id : ids) {
        for (WooHostility::AfterRead &hook : m_hostility.afterRead) {
            if (hook.times == 0 || (hook.orderId != 0 && hook.orderId != id) || !m_orders.contains(id))
                continue;
            if (hook.times > 0)
                --hook.times;
            if (hook.action == u"trash")
                trashOrder(id);
            else if (hook.action == u"delete")
                removeOrder(id);
            else
                setOrderStatus(id, hook.status);
            break; // one change per order and read
        }
    }
    m_hostility.afterRead.removeIf([](const WooHostility::AfterRead &hook) { return hook.times == 0; });
}

QJsonArray WooStore::orderNotes(int id) const
{
    return m_orders.value(id).notes;
}

QJsonArray WooStore::trackingItems(int id) const
{
    return m_orders.value(id).tracking;
}

std::optional<HttpResponse> WooStore::updateOrder(Order &order, const QJsonObject &changes)
{
    if (changes.contains(u"status"_s)) {
        const QString status = changes.value(u"status"_s).toString();
        if (!kOrderStatuses.contains(status)) {
            return invalidParam(u"status"_s,
                                u"status is not one of "_s + kOrderStatuses.mid(0, 7).join(u", "_s)
                                    + u", and checkout-draft."_s);
        }
    }
    for (const QString &field :
         {u"customer_note"_s, u"payment_method"_s, u"payment_method_title"_s, u"transaction_id"_s}) {
        if (changes.contains(field))
            order.json.insert(field, changes.value(field));
    }
    for (const QString &which : {u"billing"_s, u"shipping"_s}) {
        if (!changes.contains(which))
            continue;
        QJsonObject address = order.json.value(which).toObject();
        const QJsonObject given = changes.value(which).toObject();
        for (auto it = given.begin(); it != given.end(); ++it)
            address.insert(it.key(), it.value());
        order.json.insert(which, address);
    }
    if (changes.contains(u"meta_data"_s)) {
        QJsonArray meta = order.json.value(u"meta_data"_s).toArray();
        for (const QJsonValue &value : changes.value(u"meta_data"_s).toArray()) {
            const QJsonObject entry = value.toObject();
            bool replaced = false;
            for (qsizetype i = 0; i < meta.size(); ++i) {
                QJsonObject existing = meta.at(i).toObject();
                if (existing.value(u"key"_s) == entry.value(u"key"_s)) {
                    existing.insert(u"value"_s, entry.value(u"value"_s));
                    meta.replace(i, existing);
                    replaced = true;
                }
            }
            if (!replaced) {
                meta.append(QJsonObject {{u"id"_s, m_nextItemId++},
                                         {u"key"_s, entry.value(u"key"_s)},
                                         {u"value"_s, entry.value(u"value"_s)}});
            }
        }
        order.json.insert(u"meta_data"_s, meta);
    }
    if (changes.contains(u"line_items"_s)) {
        // An existing line named by its `id` takes the quantity given, and a quantity of 0 removes
        // it, as WooCommerce's order controller does when it updates an order (API clients rely on
        // "quantity 0 deletes the line"). Adding new lines through an update is not modelled.
        QJsonArray lines = order.json.value(u"line_items"_s).toArray();
        for (const QJsonValue &value : changes.value(u"line_items"_s).toArray()) {
            const QJsonObject given = value.toObject();
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QJsonObject line = lines.at(i).toObject();
                if (line.value(u"id"_s).toInteger() != given.value(u"id"_s).toInteger()
                    || !given.contains(u"quantity"_s))
                    continue;
                const int quantity = given.value(u"quantity"_s).toInt();
                if (quantity <= 0) {
                    lines.removeAt(i);
                    break;
                }
                const double price = line.value(u"price"_s).toDouble();
                line.insert(u"quantity"_s, quantity);
                line.insert(u"subtotal"_s, money(price * quantity));
                line.insert(u"total"_s, money(price * quantity));
                lines.replace(i, line);
                break;
            }
        }
        order.json.insert(u"line_items"_s, lines);
    }
    // WooCommerce applies the status last, "so transitions have new data".
    if (changes.contains(u"status"_s)) {
        const QString status = changes.value(u"status"_s).toString();
        if (status != order.status) {
            addNote(order, u"Order status changed from %1 to %2."_s.arg(statusLabel(order.status), statusLabel(status)),
                    false, false);
            order.status = status;
            if (status == u"completed")
                order.json.insert(u"_date_completed"_s, gmtTime(QDateTime::currentDateTimeUtc()));
        }
    }
    touch(order);
    return std::nullopt;
}

// --- HTTP ------------------------------------------------------------------------------------

void WooStore::buildRoutes()
{
    Router &r = *m_router;
    const QByteArrayList get {"GET"_ba, "HEAD"_ba};
    const QByteArrayList editable {"POST"_ba, "PUT"_ba, "PATCH"_ba};
    const auto id = [](const QStringList &c, int i = 0) {
        return c.value(i).toInt();
    };

    r.add(get, u"/?"_s, u"/"_s, [this](const HttpRequest &rq, const QStringList &) {
        return HttpResponse::json(200, applyFields(indexJson(rq), fieldsOf(rq)));
    });
    r.add(get, u"/wc/v3/?"_s, u"/wc/v3"_s, [this](const HttpRequest &rq, const QStringList &) {
        QJsonObject routes;
        for (const QString &route :
             {u"/wc/v3"_s, u"/wc/v3/orders"_s, u"/wc/v3/orders/(?P<id>[\\d]+)"_s, u"/wc/v3/orders/batch"_s,
              u"/wc/v3/orders/(?P<order_id>[\\d]+)/notes"_s, u"/wc/v3/orders/(?P<order_id>[\\d]+)/refunds"_s,
              u"/wc/v3/system_status"_s, u"/wc/v3/products"_s, u"/wc/v3/products/(?P<id>[\\d]+)"_s,
              u"/wc/v3/products/(?P<product_id>[\\d]+)/variations"_s}) {
            routes.insert(route, QJsonObject {{u"namespace"_s, u"wc/v3"_s}, {u"methods"_s, QJsonArray {u"GET"_s}}});
        }
        return HttpResponse::json(
            200, applyFields(QJsonObject {{u"namespace"_s, u"wc/v3"_s}, {u"routes"_s, routes}}, fieldsOf(rq)));
    });
    r.add(get, u"/wc/v3/orders"_s, u"/wc/v3/orders"_s,
          [this](const HttpRequest &rq, const QStringList &) { return listOrders(rq); });
    r.add({"POST"_ba}, u"/wc/v3/orders"_s, u"/wc/v3/orders"_s, [this](const HttpRequest &rq, const QStringList &) {
        if (auto denied = requireCapability("woocommerce_rest_cannot_create",
                                            u"Sorry, you are not allowed to create resources."_s))
            return *denied;
        bool ok = false;
        const QJsonObject body = parseJsonBody(rq, &ok);
        if (!ok)
            return invalidJson();
        const int newId = createOrder(body);
        return HttpResponse::json(201, render(m_orders.value(newId)));
    });
    r.add({"POST"_ba, "PUT"_ba, "PATCH"_ba}, u"/wc/v3/orders/batch"_s, u"/wc/v3/orders/batch"_s,
          [this](const HttpRequest &rq, const QStringList &) { return batchOrders(rq); });
    r.add(get, u"/wc/v3/orders/(\\d+)"_s, u"/wc/v3/orders/<id>"_s,
          [this, id](const HttpRequest &rq, const QStringList &c) { return getOrder(rq, id(c)); });
    r.add(editable, u"/wc/v3/orders/(\\d+)"_s, u"/wc/v3/orders/<id>"_s,
          [this, id](const HttpRequest &rq, const QStringList &c) { return putOrder(rq, id(c)); });
    r.add({"DELETE"_ba}, u"/wc/v3/orders/(\\d+)"_s, u"/wc/v3/orders/<id>"_s,
          [this, id](const HttpRequest &rq, const QStringList &c) { return deleteOrder(rq, id(c)); });
    r.add({"GET"_ba, "HEAD"_ba, "POST"_ba}, u"/wc/v3/orders/(\\d+)/notes"_s, u"/wc/v3/orders/<id>/notes"_s,
          [this, id](const HttpRequest &rq, const QStringList &c) { return notes(rq, id(c), {}); });
    r.add({"GET"_ba, "HEAD"_ba, "DELETE"_ba}, u"/wc/v3/orders/(\\d+)/notes/(\\d+)"_s,
          u"/wc/v3/orders/<id>/notes/<note_id>"_s,
          [this, id](const HttpRequest &rq, const QStringList &c) { return notes(rq, id(c), c.value(1)); });
    r.add({"GET"_ba, "HEAD"_ba, "POST"_ba}, u"/wc/v3/orders/(\\d+)/refunds"_s, u"/wc/v3/orders/<id>/refunds"_s,
          [this, id](const HttpRequest &rq, const QStringList &c) { return refundsRoute(rq, id(c), 0); });
    r.add(get, u"/wc/v3/orders/(\\d+)/refunds/(\\d+)"_s, u"/wc/v3/orders/<id>/refunds/<refund_id>"_s,
          [this, id](const HttpRequest &rq, const QStringList &c) { return refundsRoute(rq, id(c), id(c, 1)); });
    r.add(get, u"/wc/v3/system_status"_s, u"/wc/v3/system_status"_s,
          [this](const HttpRequest &rq, const QStringList &) { return systemStatus(rq); });
    r.add(get, u"/wc/v3/products"_s, u"/wc/v3/products"_s,
          [this](const HttpRequest &rq, const QStringList &) { return listProducts(rq, 0); });
    r.add(get, u"/wc/v3/products/(\\d+)"_s, u"/wc/v3/products/<id>"_s,
          [this, id](const HttpRequest &rq, const QStringList &c) { return getProduct(rq, 0, id(c)); });
    r.add(get, u"/wc/v3/products/(\\d+)/variations"_s, u"/wc/v3/products/<product_id>/variations"_s,
          [this, id](const HttpRequest &rq, const QStringList &c) { return listProducts(rq, id(c)); });
    r.add(get, u"/wc/v3/products/(\\d+)/variations/(\\d+)"_s, u"/wc/v3/products/<product_id>/variations/<id>"_s,
          [this, id](const HttpRequest &rq, const QStringList &c) { return getProduct(rq, id(c), id(c, 1)); });
    buildProductWriteRoutes();

    // Tracking routes exist under every namespace either plugin uses; tracking() answers
    // rest_no_route for the namespaces the installed plugin does not register.
    for (const QString &ns : {u"wc-shipment-tracking/v3"_s, u"wc-ast/v3"_s, u"wc/v3"_s, u"wc/v2"_s, u"wc/v1"_s}) {
        const QString escaped = u"/"_s + QRegularExpression::escape(ns);
        r.add(get, escaped + u"/shipment-trackings/providers"_s, u"/"_s + ns + u"/shipment-trackings/providers"_s,
              [this, ns](const HttpRequest &rq, const QStringList &) { return tracking(rq, ns, -1, u"providers"_s); });
        r.add(get, escaped + u"/orders/(\\d+)/shipment-trackings/providers"_s,
              u"/"_s + ns + u"/orders/<id>/shipment-trackings/providers"_s,
              [this, ns, id](const HttpRequest &rq, const QStringList &c) {
                  return tracking(rq, ns, id(c), u"providers"_s);
              });
        r.add({"GET"_ba, "HEAD"_ba, "POST"_ba}, escaped + u"/orders/(\\d+)/shipment-trackings"_s,
              u"/"_s + ns + u"/orders/<id>/shipment-trackings"_s,
              [this, ns, id](const HttpRequest &rq, const QStringList &c) { return tracking(rq, ns, id(c), {}); });
        r.add({"GET"_ba, "HEAD"_ba, "DELETE"_ba}, escaped + u"/orders/(\\d+)/shipment-trackings/([0-9a-fA-F]{1,32})"_s,
              u"/"_s + ns + u"/orders/<id>/shipment-trackings/<tracking_id>"_s,
              [this, ns, id](const HttpRequest &rq, const QStringList &c) {
                  return tracking(rq, ns, id(c), c.value(1));
              });
        if (ns.startsWith(u"wc-")) {
            r.add(get, escaped + u"/?"_s, u"/"_s + ns, [this, ns](const HttpRequest &rq, const QStringList &) {
                if (!namespaces().contains(ns))
                    return noRoute();
                return HttpResponse::json(
                    200, applyFields(QJsonObject {{u"namespace"_s, ns}, {u"routes"_s, QJsonObject()}}, fieldsOf(rq)));
            });
        }
    }
}

QStringList WooStore::namespaces() const
{
    QStringList list {u"oembed/1.0"_s,  u"wc/v1"_s,        u"wc/v2"_s, u"wc/v3"_s,
                      u"wc/store/v1"_s, u"wc-analytics"_s, u"wp/v2"_s, u"wp-site-health/v1"_s};
    if (m_options.tracking == TrackingPlugin::ShipmentTracking)
        list << u"wc-shipment-tracking/v3"_s;
    else if (m_options.tracking == TrackingPlugin::AdvancedShipmentTracking)
        list << u"wc-ast/v3"_s << u"wc-shipment-tracking/v3"_s;
    return list;
}

QUrl WooStore::homeFor(const HttpRequest &request) const
{
    return resolveHome(m_hostility.home, request);
}

QUrl WooStore::resolveHome(const QString &setting, const HttpRequest &request) const
{
    const QUrl own = request.secure && m_https ? m_https->baseUrl() : (m_http ? m_http->baseUrl() : QUrl());
    if (setting.isEmpty())
        return own;
    if (setting == u"plain-http")
        return m_http ? m_http->baseUrl() : own;
    if (setting == u"other-host") {
        QUrl other = own;
        other.setHost(u"localhost"_s);
        return other;
    }
    return QUrl(setting);
}

QJsonObject WooStore::indexJson(const HttpRequest &request) const
{
    const QString home = homeFor(request).toString();
    const QString siteUrl = m_hostility.siteUrl.isEmpty() ? home : resolveHome(m_hostility.siteUrl, request).toString();
    QJsonObject routes;
    for (const QString &ns : namespaces())
        routes.insert(u"/"_s + ns, QJsonObject {{u"namespace"_s, ns}, {u"methods"_s, QJsonArray {u"GET"_s}}});
    return QJsonObject {
        {u"name"_s, m_options.name},
        {u"description"_s, u"Just another WordPress site"_s},
        {u"url"_s, siteUrl},
        {u"home"_s, home},
        {u"gmt_offset"_s, QString::number(m_options.gmtOffsetHours)},
        {u"timezone_string"_s, m_options.timezone},
        {u"namespaces"_s, QJsonArray::fromStringList(namespaces())},
        {u"authentication"_s, QJsonObject()},
        {u"routes"_s, routes},
        {u"_links"_s,
         QJsonObject {
             {u"help"_s, QJsonArray {QJsonObject {{u"href"_s, u"https://developer.wordpress.org/rest-api/"_s}}}}}}};
}

QString WooStore::restPath(const HttpRequest &request, bool *isRest) const
{
    *isRest = true;
    if (request.path == u"/wp-json")
        return u"/"_s;
    if (request.path.startsWith(u"/wp-json/"))
        return request.path.mid(8);
    // Plain permalinks: ?rest_route=/wc/v3/orders (keys work there since WooCommerce 11.1).
    if ((request.path == u"/" || request.path == u"/index.php") && request.hasQueryItem(u"rest_route"_s))
        return request.queryValue(u"rest_route"_s);
    *isRest = false;
    return request.path;
}

QString WooStore::routeOf(const HttpRequest &request) const
{
    bool isRest = false;
    const QString rest = restPath(request, &isRest);
    if (!isRest)
        return {};
    QByteArray method = request.method;
    if (method == "POST" && request.hasHeader("X-HTTP-Method-Override"))
        method = request.header("X-HTTP-Method-Override").toUpper();
    const QString name = m_router->match(method, rest).name;
    return name.isEmpty() ? QString() : (name == u"/" ? u"/wp-json/"_s : u"/wp-json"_s + name);
}

HttpResponse WooStore::errorResponse(int status) const
{
    if (status == 429)
        return wcError(429, u"too_many_requests"_s, u"Too many requests. Please slow down."_s);
    if (status >= 500)
        return wcError(status, u"internal_server_error"_s,
                       u"<p>There has been a critical error on this website.</p>"_s);
    return wcError(status, u"rest_error"_s, u"Injected error."_s);
}

HttpResponse WooStore::handle(const HttpRequest &original)
{
    if (m_hostility.firewallBlocks > 0) {
        // A web application firewall in front of WordPress: HTML, no JSON, no WooCommerce code.
        --m_hostility.firewallBlocks;
        return HttpResponse::text(403,
                                  "<!DOCTYPE html>\n<html><head><title>403 Forbidden</title></head>\n<body>\n"
                                  "<h1>Forbidden</h1>\n<p>You don't have permission to access this resource.</p>\n"
                                  "<p>Request blocked by the web application firewall (rule 949110).</p>\n"
                                  "<hr><address>Apache Server at sandbox.invalid Port 443</address>\n</body></html>\n",
                                  "text/html; charset=iso-8859-1"_ba);
    }
    HttpRequest request = original;
    // WordPress honours X-HTTP-Method-Override and _method on a POST (servers that block PUT).
    if (request.method == "POST") {
        if (request.hasHeader("X-HTTP-Method-Override"))
            request.method = request.header("X-HTTP-Method-Override").toUpper();
        else if (request.hasQueryItem(u"_method"_s))
            request.method = request.queryValue(u"_method"_s).toUpper().toLatin1();
    }
    if (m_dropAuthorization)
        request.headers.removeIf(
            [](const auto &h) { return h.first.compare("Authorization", Qt::CaseInsensitive) == 0; });

    bool isRest = false;
    const QString rest = restPath(request, &isRest);
    if (!isRest) {
        if (request.path == u"/" || request.path == u"/index.php") {
            HttpResponse page = HttpResponse::text(
                200,
                "<!DOCTYPE html><html><head><title>" + m_options.name.toHtmlEscaped().toUtf8()
                    + "</title></head><body><h1>" + m_options.name.toHtmlEscaped().toUtf8() + "</h1></body></html>\n",
                "text/html; charset=UTF-8"_ba);
            page.setHeader("Link",
                           "<" + homeFor(request).toString().toUtf8() + "/wp-json/>; rel=\"https://api.w.org/\"");
            return page;
        }
        return HttpResponse::text(404, "<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>\n",
                                  "text/html; charset=UTF-8"_ba);
    }
    HttpResponse response = dispatch(request, rest);
    response.setHeader("X-Robots-Tag", "noindex");
    response.setHeader("Link",
                       response.header("Link").isEmpty()
                           ? "<" + homeFor(request).toString().toUtf8() + "/wp-json/>; rel=\"https://api.w.org/\""
                           : response.header("Link"));
    return response;
}

HttpResponse WooStore::dispatch(const HttpRequest &request, const QString &rest)
{
    const Router::Match match = m_router->match(request.method, rest);
    if (!match.route)
        return noRoute();
    m_currentKey = nullptr;
    // WooCommerce keys only act on wc/ and wc- namespaces; index routes need no authentication.
    const bool keyed = rest.startsWith(u"/wc/") || rest.startsWith(u"/wc-");
    const bool isIndex = match.name == u"/wc/v3" || (match.name.startsWith(u"/wc-") && match.name.count(u'/') == 2);
    if (keyed && !isIndex) {
        if (auto error = authenticate(request))
            return *error;
        if (m_currentKey && request.method != "OPTIONS") {
            const bool reading = request.method == "GET" || request.method == "HEAD";
            const bool writing = request.method == "POST" || request.method == "PUT" || request.method == "PATCH"
                || request.method == "DELETE";
            const KeyPermission p = m_currentKey->permission;
            if (reading && p == KeyPermission::Write) {
                return wcError(401, u"woocommerce_rest_authentication_error"_s,
                               u"The API key provided does not have read permissions."_s);
            }
            if (writing && p == KeyPermission::Read) {
                return wcError(401, u"woocommerce_rest_authentication_error"_s,
                               u"The API key provided does not have write permissions."_s);
            }
            if (!reading && !writing)
                return wcError(401, u"woocommerce_rest_authentication_error"_s, u"Unknown request method."_s);
        }
    }
    return match.route->handler(request, match.captures);
}

std::optional<HttpResponse> WooStore::authenticate(const HttpRequest &request)
{
    m_currentKey = nullptr;
    if (request.secure) {
        QString ck, cs;
        if (request.hasQueryItem(u"consumer_key"_s) && request.hasQueryItem(u"consumer_secret"_s)) {
            ck = request.queryValue(u"consumer_key"_s);
            cs = request.queryValue(u"consumer_secret"_s);
        } else {
            const QByteArray auth = request.header("Authorization");
            if (auth.startsWith("Basic ")) {
                const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
                const qsizetype colon = decoded.indexOf(':');
                if (colon > 0) {
                    ck = QString::fromUtf8(decoded.left(colon));
                    cs = QString::fromUtf8(decoded.mid(colon + 1));
                }
            }
        }
        if (!ck.isEmpty()) {
            for (const ApiKey &key : m_keys) {
                if (key.consumerKey != ck)
                    continue;
                if (key.consumerSecret != cs) {
                    HttpResponse error =
                        wcError(401, u"woocommerce_rest_authentication_error"_s, u"Consumer secret is invalid."_s);
                    error.setHeader("WWW-Authenticate",
                                    "Basic realm=\"WooCommerce API. Use a consumer key in the username field and a "
                                    "consumer secret in the password field.\"");
                    return error;
                }
                m_currentKey = &key;
                return std::nullopt;
            }
            // An unknown key fails silently: the request carries on as anonymous.
        }
    }
    return checkOAuth(request);
}

std::optional<HttpResponse> WooStore::checkOAuth(const HttpRequest &request)
{
    // Parameters as PHP sees them: $_GET, $_POST and the Authorization: OAuth header.
    QList<QPair<QString, QString>> params;
    const auto addAll = [&params](const QList<QPair<QString, QString>> &items) {
        QHash<QString, int> arrayIndex;
        for (auto [key, value] : items) {
            if (key.endsWith(u"[]")) {
                const QString base = key.chopped(2);
                key = base + u'[' + QString::number(arrayIndex[base]++) + u']';
            }
            bool replaced = false;
            for (auto &p : params) {
                if (p.first == key) {
                    p.second = value;
                    replaced = true;
                }
            }
            if (!replaced)
                params.append({key, value});
        }
    };
    addAll(request.queryItems());
    addAll(request.formItems());
    const QByteArray auth = request.header("Authorization");
    if (auth.startsWith("OAuth ")) {
        static const QRegularExpression re(uR"re((oauth_[a-z_-]*)=(:?"([^"]*)"|([^,]*)))re"_s);
        QList<QPair<QString, QString>> headerParams;
        auto it = re.globalMatch(QString::fromUtf8(auth.mid(6)));
        while (it.hasNext()) {
            const auto m = it.next();
            QByteArray raw = (m.captured(3).isNull() ? m.captured(4) : m.captured(3)).toUtf8();
            raw.replace('+', ' ');
            headerParams.append({m.captured(1), QString::fromUtf8(QByteArray::fromPercentEncoding(raw))});
        }
        addAll(headerParams);
    }
    const QStringList required {u"oauth_consumer_key"_s, u"oauth_timestamp"_s, u"oauth_nonce"_s, u"oauth_signature"_s,
                                u"oauth_signature_method"_s};
    QHash<QString, QString> oauth;
    for (const auto &[key, value] : std::as_const(params)) {
        if (required.contains(key))
            oauth.insert(key, value);
    }
    if (oauth.isEmpty())
        return std::nullopt; // not an OAuth request: anonymous
    QStringList missing;
    for (const QString &name : required) {
        if (oauth.value(name).isEmpty())
            missing << name;
    }
    if (!missing.isEmpty()) {
        return wcError(401, u"woocommerce_rest_authentication_missing_parameter"_s,
                       (missing.size() == 1 ? u"Missing OAuth parameter "_s : u"Missing OAuth parameters "_s)
                           + missing.join(u", "_s));
    }
    const ApiKey *key = nullptr;
    for (const ApiKey &candidate : m_keys) {
        if (candidate.consumerKey == oauth.value(u"oauth_consumer_key"_s))
            key = &candidate;
    }
    if (!key)
        return wcError(401, u"woocommerce_rest_authentication_error"_s, u"Consumer key is invalid."_s);

    const QString methodName = oauth.value(u"oauth_signature_method"_s);
    OAuthSignature::Method method;
    if (methodName == u"HMAC-SHA1")
        method = OAuthSignature::Method::HmacSha1;
    else if (methodName == u"HMAC-SHA256")
        method = OAuthSignature::Method::HmacSha256;
    else
        return wcError(401, u"woocommerce_rest_authentication_error"_s,
                       u"Invalid signature - signature method is invalid."_s);

    // The signed URL is the home URL (scheme by is_ssl()) plus the request path.
    const QUrl home = homeFor(request);
    const QString baseUrl = (request.secure ? u"https"_s : u"http"_s) + u"://"_s + home.host() + u':'
        + QString::number(home.port()) + QString::fromUtf8(request.rawPath);
    QList<QPair<QString, QString>> signedParams = params;
    signedParams.removeIf([](const auto &p) { return p.first == u"oauth_signature"; });
    const QByteArray base = OAuthSignature::baseString(request.method, baseUrl, signedParams);
    const QByteArray expected = OAuthSignature::sign(method, base, key->consumerSecret);
    QByteArray received = oauth.value(u"oauth_signature"_s).toUtf8();
    received.replace(' ', '+');
    received = QByteArray::fromPercentEncoding(received);
    if (received != expected) {
        qCDebug(lcSandbox) << "OAuth base string" << base;
        return wcError(401, u"woocommerce_rest_authentication_error"_s,
                       u"Invalid signature - provided signature does not match."_s);
    }
    bool ok = false;
    const qint64 timestamp = oauth.value(u"oauth_timestamp"_s).toLongLong(&ok);
    // WC_REST_Authentication::check_oauth_timestamp_and_nonce() compares with the site's time()
    // (after the signature check) and answers 401 woocommerce_rest_authentication_error "Invalid
    // timestamp.": a site whose clock is off refuses a correct client. Only OAuth (plain HTTP)
    // carries a timestamp; Basic and query keys over HTTPS have none to refuse.
    const qint64 now = QDateTime::currentSecsSinceEpoch() + m_hostility.clockSkewSeconds;
    if (!ok || timestamp < now - m_timestampWindow || timestamp > now + m_timestampWindow)
        return wcError(401, u"woocommerce_rest_authentication_error"_s, u"Invalid timestamp."_s);
    auto &nonces = m_nonces[key->consumerKey];
    nonces.removeIf([&](const auto &it) { return it.value() < now - m_timestampWindow; });
    const QString nonce = oauth.value(u"oauth_nonce"_s);
    if (nonces.contains(nonce))
        return wcError(401, u"woocommerce_rest_authentication_error"_s,
                       u"Invalid nonce - nonce has already been used."_s);
    nonces.insert(nonce, timestamp);
    m_currentKey = key;
    return std::nullopt;
}

std::optional<HttpResponse> WooStore::requireCapability(const char *code, const QString &message) const
{
    if (!m_currentKey)
        return wcError(401, QString::fromLatin1(code), message);
    if (!m_currentKey->canManage)
        return wcError(403, QString::fromLatin1(code), message);
    return std::nullopt;
}

// --- route handlers --------------------------------------------------------------------------

HttpResponse WooStore::listOrders(const HttpRequest &request)
{
    if (auto denied = requireCapability("woocommerce_rest_cannot_view", u"Sorry, you cannot list resources."_s))
        return *denied;

    const auto paging = pageParams(request);
    if (const HttpResponse *error = std::get_if<HttpResponse>(&paging))
        return *error;
    const int page = std::get<PageParams>(paging).page;
    const int perPage = std::get<PageParams>(paging).perPage;
    const int offset = std::get<PageParams>(paging).offset;
    const bool asc = std::get<PageParams>(paging).asc;
    const QString orderBy = request.hasQueryItem(u"orderby"_s) ? request.queryValue(u"orderby"_s) : u"date"_s;
    static const QStringList orderBys {u"date"_s, u"id"_s, u"include"_s, u"title"_s, u"slug"_s, u"modified"_s};
    if (!orderBys.contains(orderBy))
        return invalidParam(u"orderby"_s, u"orderby is not one of date, id, include, title, slug, and modified."_s);

    QStringList statuses = listParam(request, u"status"_s);
    if (statuses.isEmpty())
        statuses << u"any"_s;
    for (const QString &status : std::as_const(statuses)) {
        if (status != u"any" && status != u"trash" && status != u"auto-draft" && !kOrderStatuses.contains(status)) {
            return invalidParam(u"status"_s,
                                u"status[0] is not one of any, trash, auto-draft, "_s + kOrderStatuses.join(u", "_s)
                                    + u'.');
        }
    }
    const bool gmt = truthy(QJsonValue(request.queryValue(u"dates_are_gmt"_s)));
    struct DateFilter
    {
        QString name;
        std::optional<QDateTime> value;
    };
    DateFilter dates[4] = {{u"after"_s, {}}, {u"before"_s, {}}, {u"modified_after"_s, {}}, {u"modified_before"_s, {}}};
    for (DateFilter &filter : dates) {
        if (!request.hasQueryItem(filter.name))
            continue;
        filter.value = parseWpDate(request.queryValue(filter.name));
        if (!filter.value)
            return invalidParam(filter.name, u"Invalid date."_s);
    }
    QSet<int> include, exclude;
    for (const QString &v : listParam(request, u"include"_s))
        include.insert(v.toInt());
    for (const QString &v : listParam(request, u"exclude"_s))
        exclude.insert(v.toInt());
    const bool hasCustomer = request.hasQueryItem(u"customer"_s);
    const int customer = request.queryValue(u"customer"_s).toInt();
    const QString search = request.queryValue(u"search"_s);

    // Wall-clock comparison in the chosen column (site-local unless dates_are_gmt).
    const qint64 shift = gmt ? 0 : qint64(m_options.gmtOffsetHours) * 3600;
    QList<const Order *> matches;
    for (const Order &order : std::as_const(m_orders)) {
        const bool anyStatus = statuses.contains(u"any"_s);
        if (anyStatus ? order.status == u"trash" : !statuses.contains(order.status))
            continue;
        const int id = order.json.value(u"id"_s).toInt();
        if (!include.isEmpty() && !include.contains(id))
            continue;
        if (exclude.contains(id))
            continue;
        if (hasCustomer && order.json.value(u"customer_id"_s).toInt() != customer)
            continue;
        const QDateTime created = order.created.addSecs(shift);
        const QDateTime modified = order.modified.addSecs(shift);
        if (dates[0].value && !(created > *dates[0].value))
            continue;
        if (dates[1].value && !(created < *dates[1].value))
            continue;
        if (dates[2].value && !(modified > *dates[2].value))
            continue;
        if (dates[3].value && !(modified < *dates[3].value))
            continue;
        if (!search.isEmpty()) {
            const QString haystack = QString::fromUtf8(
                QJsonDocument(order.json.value(u"billing"_s).toObject()).toJson(QJsonDocument::Compact));
            if (!haystack.contains(search, Qt::CaseInsensitive) && order.json.value(u"number"_s).toString() != search)
                continue;
        }
        matches.append(&order);
    }
    std::stable_sort(matches.begin(), matches.end(), [&](const Order *a, const Order *b) {
        const int idA = a->json.value(u"id"_s).toInt();
        const int idB = b->json.value(u"id"_s).toInt();
        // For date and modified, ID is the tie-breaker (WC-CRUD appends " ID").
        QDateTime ka, kb;
        if (orderBy == u"modified") {
            ka = a->modified;
            kb = b->modified;
        } else if (orderBy == u"date") {
            ka = a->created;
            kb = b->created;
        }
        if (ka != kb)
            return asc ? ka < kb : ka > kb;
        return asc ? idA < idB : idA > idB;
    });

    const int total = int(matches.size());
    const int totalPages = total == 0 ? 0 : (total + perPage - 1) / perPage;
    const int start = offset >= 0 ? offset : (page - 1) * perPage;
    const QStringList fields = fieldsOf(request);
    QJsonArray body;
    QList<int> served;
    for (int i = start; i >= 0 && i < total && i < start + perPage; ++i) {
        QJsonObject json = render(*matches.at(i));
        if (!fields.isEmpty()) {
            json = applyFields(json, fields);
            json.insert(u"id"_s, matches.at(i)->json.value(u"id"_s));
        }
        body.append(json);
        served.append(matches.at(i)->json.value(u"id"_s).toInt());
    }
    matches.clear(); // the changes below may remove orders
    if (m_hostility.shiftPages > 0 && !served.isEmpty()) {
        // Someone edits an order while the client pages: it moves to "now" in modified order.
        --m_hostility.shiftPages;
        touch(m_orders[served.first()]);
    }
    afterRead(served);
    HttpResponse response = HttpResponse::json(200, body);
    response.setHeader("X-WP-Total", QByteArray::number(total));
    response.setHeader("X-WP-TotalPages", QByteArray::number(totalPages));

    // Link: prev/next only (the docs mention first/last, the code does not send them); the
    // links repeat the request's own query parameters.
    const auto pageLink = [&](int target) -> QByteArray {
        QUrl url = homeFor(request);
        url.setPath(u"/wp-json/wc/v3/orders"_s);
        QUrlQuery query;
        bool hadPage = false;
        for (const auto &[key, value] : request.queryItems()) {
            if (key == u"page") {
                query.addQueryItem(key, QString::number(target));
                hadPage = true;
            } else {
                query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key, "[]")),
                                   QString::fromLatin1(QUrl::toPercentEncoding(value, ",")));
            }
        }
        if (!hadPage)
            query.addQueryItem(u"page"_s, QString::number(target));
        url.setQuery(query);
        return "<" + url.toEncoded() + ">";
    };
    QByteArrayList links;
    if (page > 1 && totalPages > 0)
        links << pageLink(qMin(page - 1, totalPages)) + "; rel=\"prev\"";
    if (page < totalPages)
        links << pageLink(page + 1) + "; rel=\"next\"";
    if (!links.isEmpty())
        response.setHeader("Link", links.join(", "));
    return response;
}

HttpResponse WooStore::getOrder(const HttpRequest &request, int id)
{
    const auto it = m_orders.constFind(id);
    if (it != m_orders.cend()) {
        if (auto denied = requireCapability("woocommerce_rest_cannot_view", u"Sorry, you cannot view this resource."_s))
            return *denied;
    }
    if (it == m_orders.cend())
        return wcError(404, u"woocommerce_rest_shop_order_invalid_id"_s, u"Invalid ID."_s);
    QJsonObject json = render(*it);
    const QStringList fields = fieldsOf(request);
    if (!fields.isEmpty()) {
        json = applyFields(json, fields);
        json.insert(u"id"_s, id);
    }
    afterRead({id});
    return HttpResponse::json(200, json);
}

HttpResponse WooStore::putOrder(const HttpRequest &request, int id)
{
    auto it = m_orders.find(id);
    if (it == m_orders.end())
        return wcError(400, u"woocommerce_rest_shop_order_invalid_id"_s, u"Invalid ID."_s);
    if (auto denied =
            requireCapability("woocommerce_rest_cannot_edit", u"Sorry, you are not allowed to edit this resource."_s))
        return *denied;
    bool ok = false;
    const QJsonObject body = parseJsonBody(request, &ok);
    if (!ok)
        return invalidJson();
    if (auto error = updateOrder(*it, body))
        return *error;
    emit orderChanged(id);
    QJsonObject json = render(*it);
    const QStringList fields = fieldsOf(request);
    if (!fields.isEmpty()) {
        json = applyFields(json, fields);
        json.insert(u"id"_s, id);
    }
    return HttpResponse::json(200, json);
}

HttpResponse WooStore::deleteOrder(const HttpRequest &request, int id)
{
    auto it = m_orders.find(id);
    if (it == m_orders.end())
        return wcError(404, u"woocommerce_rest_shop_order_invalid_id"_s, u"Invalid ID."_s);
    if (auto denied = requireCapability("woocommerce_rest_cannot_delete",
                                        u"Sorry, you are not allowed to delete this resource."_s))
        return *denied;
    const QJsonObject json = render(*it);
    if (truthy(QJsonValue(request.queryValue(u"force"_s)))) {
        m_orders.erase(it);
    } else {
        it->status = u"trash"_s;
        touch(*it);
    }
    emit orderChanged(id);
    return HttpResponse::json(200, json);
}

HttpResponse WooStore::batchOrders(const HttpRequest &request)
{
    if (auto denied = requireCapability("woocommerce_rest_cannot_batch",
                                        u"Sorry, you are not allowed to batch manipulate this resource."_s))
        return *denied;
    bool ok = false;
    const QJsonObject body = parseJsonBody(request, &ok);
    if (!ok)
        return invalidJson();
    const QJsonArray creates = body.value(u"create"_s).toArray();
    const QJsonArray updates = body.value(u"update"_s).toArray();
    const QJsonArray deletes = body.value(u"delete"_s).toArray();
    if (creates.size() + updates.size() + deletes.size() > m_batchLimit) {
        return wcError(413, u"woocommerce_rest_request_entity_too_large"_s,
                       u"Unable to accept more than %1 items for this request."_s.arg(m_batchLimit));
    }
    const auto itemError = [](int id, const HttpResponse &error) {
        const QJsonObject e = QJsonDocument::fromJson(error.body).object();
        return QJsonObject {{u"id"_s, id}, {u"error"_s, e}};
    };
    QJsonObject result;
    if (body.contains(u"create"_s)) {
        QJsonArray out;
        for (const QJsonValue &value : creates)
            out.append(render(m_orders.value(createOrder(value.toObject()))));
        result.insert(u"create"_s, out);
    }
    if (body.contains(u"update"_s)) {
        QJsonArray out;
        for (const QJsonValue &value : updates) {
            const QJsonObject item = value.toObject();
            const int id = item.value(u"id"_s).toInt();
            auto it = m_orders.find(id);
            if (it == m_orders.end()) {
                out.append(itemError(id, wcError(400, u"woocommerce_rest_shop_order_invalid_id"_s, u"Invalid ID."_s)));
                continue;
            }
            if (auto error = updateOrder(*it, item)) {
                out.append(itemError(id, *error));
                continue;
            }
            emit orderChanged(id);
            out.append(render(*it));
        }
        result.insert(u"update"_s, out);
    }
    if (body.contains(u"delete"_s)) {
        QJsonArray out;
        for (const QJsonValue &value : deletes) {
            const int id = value.toInt();
            auto it = m_orders.find(id);
            if (it == m_orders.end()) {
                out.append(itemError(id, wcError(404, u"woocommerce_rest_shop_order_invalid_id"_s, u"Invalid ID."_s)));
                continue;
            }
            out.append(render(*it));
            m_orders.erase(it); // batch deletes are always force=true
        }
        result.insert(u"delete"_s, out);
    }
    // An empty batch answers an empty array, which makes POST {} a side-effect-free write check.
    if (result.isEmpty())
        return HttpResponse::json(200, QJsonArray());
    return HttpResponse::json(200, result);
}

HttpResponse WooStore::notes(const HttpRequest &request, int id, const QString &noteId)
{
    auto it = m_orders.find(id);
    if (it == m_orders.end())
        return wcError(404, u"woocommerce_rest_order_invalid_id"_s, u"Invalid order ID."_s);
    const bool reading = request.method == "GET" || request.method == "HEAD";
    if (reading) {
        if (auto denied = requireCapability("woocommerce_rest_cannot_view", u"Sorry, you cannot list resources."_s))
            return *denied;
    } else if (request.method == "POST") {
        if (auto denied = requireCapability("woocommerce_rest_cannot_create",
                                            u"Sorry, you are not allowed to create resources."_s))
            return *denied;
    } else if (auto denied = requireCapability("woocommerce_rest_cannot_delete",
                                               u"Sorry, you are not allowed to delete this resource."_s)) {
        return *denied;
    }
    const QString base = homeFor(request).toString() + u"/wp-json/wc/v3/orders/"_s + QString::number(id) + u"/notes"_s;
    const auto withLinks = [&](QJsonObject note) {
        const QString self = base + u'/' + QString::number(note.value(u"id"_s).toInt());
        note.insert(u"_links"_s,
                    QJsonObject {{u"self"_s, QJsonArray {QJsonObject {{u"href"_s, self}}}},
                                 {u"collection"_s, QJsonArray {QJsonObject {{u"href"_s, base}}}}});
        return note;
    };
    if (noteId.isEmpty() && reading) {
        const QString type = request.hasQueryItem(u"type"_s) ? request.queryValue(u"type"_s) : u"any"_s;
        QJsonArray out;
        for (const QJsonValue &value : std::as_const(it->notes)) {
            const bool customer = value.toObject().value(u"customer_note"_s).toBool();
            if (type == u"any" || (type == u"customer") == customer)
                out.append(withLinks(value.toObject()));
        }
        return HttpResponse::json(200, out);
    }
    if (noteId.isEmpty()) {
        bool ok = false;
        const QJsonObject body = parseJsonBody(request, &ok);
        if (!ok)
            return invalidJson();
        if (body.value(u"note"_s).toString().isEmpty())
            return missingParam(u"note"_s);
        addNote(*it, body.value(u"note"_s).toString(), truthy(body.value(u"customer_note"_s)),
                truthy(body.value(u"added_by_user"_s)));
        emit orderChanged(id);
        HttpResponse response = HttpResponse::json(201, withLinks(it->notes.first().toObject()));
        response.setHeader("Location", (base + u'/' + QString::number(it->notes.first()[u"id"_s].toInt())).toUtf8());
        return response;
    }
    for (qsizetype i = 0; i < it->notes.size(); ++i) {
        const QJsonObject note = it->notes.at(i).toObject();
        if (QString::number(note.value(u"id"_s).toInt()) != noteId)
            continue;
        if (reading)
            return HttpResponse::json(200, withLinks(note));
        if (!truthy(QJsonValue(request.queryValue(u"force"_s))))
            return wcError(501, u"woocommerce_rest_trash_not_supported"_s, u"Notes do not support trashing."_s);
        it->notes.removeAt(i);
        return HttpResponse::json(200, withLinks(note));
    }
    return wcError(404, u"woocommerce_rest_invalid_id"_s, u"Invalid resource ID."_s);
}

HttpResponse WooStore::refundsRoute(const HttpRequest &request, int id, int refundId)
{
    auto it = m_orders.find(id);
    const bool reading = request.method == "GET" || request.method == "HEAD";
    if (reading) {
        if (auto denied = requireCapability("woocommerce_rest_cannot_view", u"Sorry, you cannot list resources."_s))
            return *denied;
    } else if (auto denied = requireCapability("woocommerce_rest_cannot_create",
                                               u"Sorry, you are not allowed to create resources."_s)) {
        return *denied;
    }
    if (!reading) {
        if (it == m_orders.end())
            return wcError(404, u"woocommerce_rest_invalid_order_id"_s, u"Invalid order ID."_s);
        bool ok = false;
        const QJsonObject body = parseJsonBody(request, &ok);
        if (!ok)
            return invalidJson();
        const auto made = createRefund(*it, body);
        if (const HttpResponse *refused = std::get_if<HttpResponse>(&made))
            return *refused;
        emit orderChanged(id);
        return HttpResponse::json(201, std::get<QJsonObject>(made));
    }
    const QStringList fields = fieldsOf(request);
    const auto shown = [&fields](QJsonObject json) {
        const QJsonValue refund = json.value(u"id"_s);
        if (!fields.isEmpty()) {
            json = applyFields(json, fields);
            json.insert(u"id"_s, refund);
        }
        return json;
    };
    if (refundId) {
        if (it != m_orders.end()) {
            for (const QJsonValue &value : std::as_const(it->refunds)) {
                if (value[u"id"_s].toInt() == refundId)
                    return HttpResponse::json(200, shown(renderRefund(value.toObject())));
            }
        }
        // WC_REST_CRUD_Controller::get_item for an id that is no refund; one of another order is
        // refused by the refunds controller with its own code.
        for (const Order &other : std::as_const(m_orders)) {
            for (const QJsonValue &value : other.refunds) {
                if (value[u"id"_s].toInt() == refundId)
                    return wcError(404, u"woocommerce_rest_invalid_order_refund_id"_s, u"Invalid order refund ID."_s);
            }
        }
        return wcError(404, u"woocommerce_rest_shop_order_refund_invalid_id"_s, u"Invalid ID."_s);
    }
    // The collection queries refunds by parent (post_parent__in): an order that does not exist
    // has none, and the answer is an empty list rather than an error.
    const auto paging = pageParams(request);
    if (const HttpResponse *error = std::get_if<HttpResponse>(&paging))
        return *error;
    const PageParams &page = std::get<PageParams>(paging);
    QList<QJsonObject> matches;
    if (it != m_orders.end()) {
        for (const QJsonValue &value : std::as_const(it->refunds))
            matches.append(value.toObject());
    }
    // Stored newest first; by date (the default) or id, ties broken by id either way.
    std::stable_sort(matches.begin(), matches.end(), [&page](const QJsonObject &a, const QJsonObject &b) {
        const auto key = [](const QJsonObject &r) {
            return std::make_pair(r.value(u"_created_gmt"_s).toString(), r.value(u"id"_s).toInt());
        };
        return page.asc ? key(a) < key(b) : key(b) < key(a);
    });
    const int total = int(matches.size());
    const int totalPages = total == 0 ? 0 : (total + page.perPage - 1) / page.perPage;
    const int start = page.offset >= 0 ? page.offset : (page.page - 1) * page.perPage;
    QJsonArray body;
    for (int i = start; i >= 0 && i < total && i < start + page.perPage; ++i)
        body.append(shown(renderRefund(matches.at(i))));
    HttpResponse response = HttpResponse::json(200, body);
    response.setHeader("X-WP-Total", QByteArray::number(total));
    response.setHeader("X-WP-TotalPages", QByteArray::number(totalPages));
    return response;
}

QJsonObject WooStore::providers() const
{
    return providerTable();
}

QJsonObject WooStore::trackingJson(const HttpRequest &request, const QString &ns, int orderId,
                                   const QJsonObject &item) const
{
    const QString up = homeFor(request).toString() + u"/wp-json/"_s + ns + u"/orders/"_s + QString::number(orderId);
    const QString collection = up + u"/shipment-trackings"_s;
    const QString self = collection + u'/' + item.value(u"tracking_id"_s).toString();
    const QDate shipped = QDate::fromString(item.value(u"_date"_s).toString(), Qt::ISODate);
    // ST answers date('Y-m-d'); AST answers the site's display format (date_format "F j, Y").
    const QString date = m_options.tracking == TrackingPlugin::AdvancedShipmentTracking
        ? QLocale::c().toString(shipped, u"MMMM d, yyyy"_s)
        : shipped.toString(Qt::ISODate);
    return QJsonObject {{u"tracking_id"_s, item.value(u"tracking_id"_s)},
                        {u"tracking_provider"_s, item.value(u"tracking_provider"_s)},
                        {u"tracking_link"_s, item.value(u"tracking_link"_s)},
                        {u"tracking_number"_s, item.value(u"tracking_number"_s)},
                        {u"date_shipped"_s, date},
                        {u"_links"_s,
                         QJsonObject {{u"self"_s, QJsonArray {QJsonObject {{u"href"_s, self}}}},
                                      {u"collection"_s, QJsonArray {QJsonObject {{u"href"_s, collection}}}},
                                      {u"up"_s, QJsonArray {QJsonObject {{u"href"_s, up}}}}}}};
}

HttpResponse WooStore::tracking(const HttpRequest &request, const QString &ns, int id, const QString &trackingId)
{
    const bool ast = m_options.tracking == TrackingPlugin::AdvancedShipmentTracking;
    QStringList registered;
    if (m_options.tracking == TrackingPlugin::ShipmentTracking)
        registered = {u"wc-shipment-tracking/v3"_s, u"wc/v1"_s, u"wc/v2"_s};
    else if (ast)
        registered = {u"wc-ast/v3"_s, u"wc-shipment-tracking/v3"_s, u"wc/v1"_s, u"wc/v2"_s, u"wc/v3"_s};
    if (!registered.contains(ns))
        return noRoute();

    if (trackingId == u"providers") {
        // The order-independent list is public; ST's legacy per-order one too, AST's needs read.
        if (id >= 0 && ast) {
            if (auto denied = requireCapability("woocommerce_rest_cannot_view", u"Sorry, you cannot list resources."_s))
                return *denied;
        }
        return HttpResponse::json(200, providers());
    }

    const bool reading = request.method == "GET" || request.method == "HEAD";
    if (reading) {
        if (auto denied = requireCapability("woocommerce_rest_cannot_view",
                                            trackingId.isEmpty() ? u"Sorry, you cannot list resources."_s
                                                                 : u"Sorry, you cannot view this resource."_s))
            return *denied;
    } else if (request.method == "POST") {
        if (auto denied = requireCapability("woocommerce_rest_cannot_create",
                                            u"Sorry, you are not allowed to create resources."_s))
            return *denied;
    } else if (auto denied = requireCapability("woocommerce_rest_cannot_delete",
                                               u"Sorry, you are not allowed to delete this resource."_s)) {
        return *denied;
    }
    auto it = m_orders.find(id);
    if (it == m_orders.end())
        return wcError(404, u"woocommerce_rest_order_invalid_id"_s, u"Invalid order ID."_s);

    if (trackingId.isEmpty() && reading) {
        QJsonArray out;
        for (const QJsonValue &value : std::as_const(it->tracking))
            out.append(trackingJson(request, ns, id, value.toObject()));
        return HttpResponse::json(200, out);
    }
    if (!trackingId.isEmpty()) {
        for (qsizetype i = 0; i < it->tracking.size(); ++i) {
            const QJsonObject item = it->tracking.at(i).toObject();
            if (item.value(u"tracking_id"_s).toString() != trackingId)
                continue;
            const QJsonObject json = trackingJson(request, ns, id, item);
            if (!reading) {
                it->tracking.removeAt(i);
                touch(*it);
                emit orderChanged(id);
            }
            return HttpResponse::json(200, json);
        }
        return wcError(404, u"woocommerce_rest_shop_order_shipment_tracking_invalid_id"_s,
                       u"Invalid shipment tracking ID."_s);
    }

    // POST: create a tracking item.
    bool ok = false;
    const QJsonObject body = parseJsonBody(request, &ok);
    if (!ok)
        return invalidJson();
    if (body.contains(u"tracking_id"_s)) {
        return wcError(400, u"woocommerce_rest_shop_order_shipment_tracking_exists"_s,
                       u"Cannot create existing shipment tracking."_s);
    }
    const QString number = body.value(u"tracking_number"_s).toVariant().toString().trimmed();
    if (number.isEmpty())
        return missingParam(u"tracking_number"_s);
    // AST 3.9.2's REST create_item only wc_clean()s the number (trims, strips tags): "AB/123",
    // "AB_123", "AB.123" and "AB 123" are stored as given. Its "Special character not allowd"
    // check lives in the CSV-upload handler and in releases before 3.x, not in this route.
    if (ast && truthy(body.value(u"replace_tracking"_s)))
        it->tracking = QJsonArray();
    const QString customProvider = body.value(u"custom_tracking_provider"_s).toString();
    const QString requested = customProvider.isEmpty() ? body.value(u"tracking_provider"_s).toString() : customProvider;
    QString providerName, linkFormat;
    const QJsonObject table = providerTable();
    for (auto group = table.begin(); group != table.end() && providerName.isEmpty(); ++group) {
        const QJsonObject entries = group.value().toObject();
        for (auto entry = entries.begin(); entry != entries.end(); ++entry) {
            if (entry.key().compare(requested, Qt::CaseInsensitive) == 0 || slug(entry.key()) == slug(requested)) {
                providerName = entry.key();
                linkFormat = entry.value().toString();
                break;
            }
        }
    }
    if (!customProvider.isEmpty() && (!ast || providerName.isEmpty())) {
        providerName = customProvider;
        linkFormat = body.value(u"custom_tracking_link"_s).toString();
    } else if (providerName.isEmpty() && ast) {
        providerName = requested; // AST falls back to the raw value
    }
    if (!body.value(u"custom_tracking_link"_s).toString().isEmpty())
        linkFormat = body.value(u"custom_tracking_link"_s).toString();
    const QJsonObject shipping = it->json.value(u"shipping"_s).toObject();
    QString link = linkFormat;
    link.replace(u"%1$s"_s, QString::fromLatin1(QUrl::toPercentEncoding(number)));
    link.replace(u"%2$s"_s, shipping.value(u"postcode"_s).toString());
    link.replace(u"%3$s"_s, shipping.value(u"country"_s).toString());

    const QString dateText = body.value(u"date_shipped"_s).toVariant().toString().trimmed();
    QDate shipped = QDate::fromString(dateText.left(10), u"yyyy-MM-dd"_s);
    if (!shipped.isValid())
        shipped = QDate::fromString(dateText.left(10), u"dd-MM-yyyy"_s);
    if (!shipped.isValid())
        shipped = QDate::currentDate(); // empty or unparseable: now

    const QByteArray seed = (providerName + u'-' + number).toUtf8()
        + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + QByteArray::number(m_nextItemId++);
    QJsonObject item {
        {u"tracking_id"_s, QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Md5).toHex())},
        {u"tracking_provider"_s, providerName},
        {u"tracking_link"_s, link},
        {u"tracking_number"_s, number},
        {u"_date"_s, shipped.toString(Qt::ISODate)}};
    it->tracking.append(item);
    if (ast) {
        addNote(*it, u"Order was shipped with %1 and tracking number is: %2"_s.arg(providerName, number), false, false);
        const int statusShipped = body.value(u"status_shipped"_s).toVariant().toInt();
        if (statusShipped == 1)
            updateOrder(*it, QJsonObject {{u"status"_s, u"completed"_s}});
    }
    touch(*it);
    emit orderChanged(id);
    const QJsonObject json = trackingJson(request, ns, id, item);
    HttpResponse response = HttpResponse::json(201, json);
    response.setHeader("Location", json[u"_links"_s][u"self"_s][0][u"href"_s].toString().toUtf8());
    return response;
}

HttpResponse WooStore::listProducts(const HttpRequest &request, int parentId)
{
    if (auto denied = requireCapability("woocommerce_rest_cannot_view", u"Sorry, you cannot list resources."_s))
        return *denied;
    if (parentId) {
        // An unknown parent: 404 with the products controller's invalid-id code. (The exact code
        // the variations controller answers for a missing parent was not checked.)
        const auto parent = m_products.constFind(parentId);
        if (parent == m_products.cend() || parent->deleted || parent->parentId)
            return wcError(404, u"woocommerce_rest_product_invalid_id"_s, u"Invalid ID."_s);
    }
    const auto paging = pageParams(request);
    if (const HttpResponse *error = std::get_if<HttpResponse>(&paging))
        return *error;
    const int page = std::get<PageParams>(paging).page;
    const int perPage = std::get<PageParams>(paging).perPage;
    const int offset = std::get<PageParams>(paging).offset;
    const bool asc = std::get<PageParams>(paging).asc;
    const QString orderBy = request.hasQueryItem(u"orderby"_s) ? request.queryValue(u"orderby"_s) : u"date"_s;
    static const QStringList orderBys {u"date"_s,  u"id"_s,         u"include"_s, u"title"_s,   u"slug"_s,
                                       u"price"_s, u"popularity"_s, u"rating"_s,  u"modified"_s};
    if (!orderBys.contains(orderBy))
        return invalidParam(u"orderby"_s, u"orderby is not one of "_s + orderBys.join(u", "_s) + u'.');
    static const QStringList types {u"simple"_s, u"grouped"_s, u"external"_s, u"variable"_s};
    const QString type = request.queryValue(u"type"_s);
    if (!parentId && !type.isEmpty() && !types.contains(type))
        return invalidParam(u"type"_s, u"type is not one of simple, grouped, external, and variable."_s);
    static const QStringList statuses {u"any"_s,     u"future"_s,  u"trash"_s,  u"draft"_s,
                                       u"pending"_s, u"private"_s, u"publish"_s};
    const QString status = request.hasQueryItem(u"status"_s) ? request.queryValue(u"status"_s) : u"any"_s;
    if (!statuses.contains(status))
        return invalidParam(u"status"_s, u"status is not one of "_s + statuses.join(u", "_s) + u'.');
    // sku: one or several SKUs, comma separated, matched exactly.
    const QStringList skus = request.queryValue(u"sku"_s).split(u',', Qt::SkipEmptyParts);
    QSet<int> include, exclude;
    for (const QString &v : listParam(request, u"include"_s))
        include.insert(v.toInt());
    for (const QString &v : listParam(request, u"exclude"_s))
        exclude.insert(v.toInt());

    QList<const Product *> matches;
    for (const Product &product : std::as_const(m_products)) {
        if (product.deleted || product.parentId != parentId)
            continue;
        if (status == u"any" ? product.status == u"trash" : product.status != status)
            continue;
        if (!type.isEmpty() && (product.variable ? u"variable"_s : u"simple"_s) != type)
            continue;
        if (!skus.isEmpty() && !skus.contains(effectiveSku(product)))
            continue;
        if ((!include.isEmpty() && !include.contains(product.id)) || exclude.contains(product.id))
            continue;
        matches.append(&product);
    }
    std::stable_sort(matches.begin(), matches.end(), [&](const Product *a, const Product *b) {
        if (orderBy == u"title" || orderBy == u"slug") {
            const int c = QString::compare(a->name, b->name, Qt::CaseInsensitive);
            if (c != 0)
                return asc ? c < 0 : c > 0;
        } else if (orderBy == u"date" && a->created != b->created) {
            return asc ? a->created < b->created : a->created > b->created;
        }
        return asc ? a->id < b->id : a->id > b->id;
    });

    const int total = int(matches.size());
    const int totalPages = total == 0 ? 0 : (total + perPage - 1) / perPage;
    const int start = offset >= 0 ? offset : (page - 1) * perPage;
    const QStringList fields = fieldsOf(request);
    QJsonArray body;
    for (int i = start; i >= 0 && i < total && i < start + perPage; ++i) {
        QJsonObject json = renderProduct(*matches.at(i));
        if (!fields.isEmpty()) {
            json = applyFields(json, fields);
            json.insert(u"id"_s, matches.at(i)->id);
        }
        body.append(json);
    }
    HttpResponse response = HttpResponse::json(200, body);
    response.setHeader("X-WP-Total", QByteArray::number(total));
    response.setHeader("X-WP-TotalPages", QByteArray::number(totalPages));
    return response;
}

HttpResponse WooStore::getProduct(const HttpRequest &request, int parentId, int id)
{
    if (auto denied = requireCapability("woocommerce_rest_cannot_view", u"Sorry, you cannot view this resource."_s))
        return *denied;
    const auto it = m_products.constFind(id);
    if (it == m_products.cend() || it->deleted || it->parentId != parentId)
        return wcError(404,
                       parentId ? u"woocommerce_rest_product_variation_invalid_id"_s
                                : u"woocommerce_rest_product_invalid_id"_s,
                       u"Invalid ID."_s);
    QJsonObject json = renderProduct(*it);
    const QStringList fields = fieldsOf(request);
    if (!fields.isEmpty()) {
        json = applyFields(json, fields);
        json.insert(u"id"_s, id);
    }
    return HttpResponse::json(200, json);
}

HttpResponse WooStore::systemStatus(const HttpRequest &request)
{
    if (auto denied = requireCapability("woocommerce_rest_cannot_view", u"Sorry, you cannot list resources."_s))
        return *denied;
    const QString home = homeFor(request).toString();
    const auto plugin = [](const QString &file, const QString &name, const QString &version, const QString &author) {
        return QJsonObject {{u"plugin"_s, file},
                            {u"name"_s, name},
                            {u"version"_s, version},
                            {u"version_latest"_s, version},
                            {u"url"_s, u"https://woocommerce.com/"_s},
                            {u"author_name"_s, author},
                            {u"author_url"_s, u"https://woocommerce.com"_s},
                            {u"network_activated"_s, false}};
    };
    QJsonArray active {
        plugin(u"woocommerce/woocommerce.php"_s, u"WooCommerce"_s, m_options.wooVersion, u"Automattic"_s)};
    if (m_options.tracking == TrackingPlugin::ShipmentTracking) {
        active.append(plugin(u"woocommerce-shipment-tracking/woocommerce-shipment-tracking.php"_s,
                             u"WooCommerce Shipment Tracking"_s, u"2.4.4"_s, u"WooCommerce"_s));
    } else if (m_options.tracking == TrackingPlugin::AdvancedShipmentTracking) {
        active.append(plugin(u"woo-advanced-shipment-tracking/woocommerce-advanced-shipment-tracking.php"_s,
                             u"Advanced Shipment Tracking for WooCommerce"_s, u"3.9.2"_s, u"zorem"_s));
    }
    const QJsonObject status {
        {u"environment"_s,
         QJsonObject {{u"home_url"_s, home},
                      {u"site_url"_s, home},
                      {u"version"_s, m_options.wooVersion},
                      {u"wp_version"_s, m_options.wpVersion},
                      {u"wp_multisite"_s, false},
                      {u"language"_s, u"en_US"_s},
                      {u"server_info"_s, u"Apache/2.4"_s},
                      {u"php_version"_s, u"8.2.0"_s},
                      {u"default_timezone"_s, u"UTC"_s}}},
        {u"database"_s, QJsonObject {{u"wc_database_version"_s, m_options.wooVersion}}},
        {u"active_plugins"_s, active},
        {u"inactive_plugins"_s, QJsonArray()},
        {u"dropins_mu_plugins"_s, QJsonObject {{u"dropins"_s, QJsonArray()}, {u"mu_plugins"_s, QJsonArray()}}},
        {u"theme"_s, QJsonObject {{u"name"_s, u"Storefront"_s}, {u"version"_s, u"4.6.0"_s}}},
        {u"settings"_s, QJsonObject {{u"api_enabled"_s, true}, {u"currency"_s, m_options.currency}}},
        {u"security"_s, QJsonObject {{u"secure_connection"_s, request.secure}, {u"hide_errors"_s, true}}},
        {u"pages"_s, QJsonArray()},
        {u"post_type_counts"_s, QJsonArray()},
    };
    return HttpResponse::json(200, applyFields(status, fieldsOf(request)));
}

// --- stock writes (issue 15) ---------------------------------------------------------------------

void WooStore::buildProductWriteRoutes()
{
    Router &r = *m_router;
    const QByteArrayList editable {"POST"_ba, "PUT"_ba, "PATCH"_ba};
    const auto id = [](const QStringList &c, int i = 0) {
        return c.value(i).toInt();
    };
    r.add(editable, u"/wc/v3/products/batch"_s, u"/wc/v3/products/batch"_s,
          [this](const HttpRequest &rq, const QStringList &) { return batchProducts(rq, 0); });
    r.add(editable, u"/wc/v3/products/(\\d+)/variations/batch"_s, u"/wc/v3/products/<product_id>/variations/batch"_s,
          [this, id](const HttpRequest &rq, const QStringList &c) { return batchProducts(rq, id(c)); });
    r.add(editable, u"/wc/v3/products/(\\d+)"_s, u"/wc/v3/products/<id>"_s,
          [this, id](const HttpRequest &rq, const QStringList &c) { return putProduct(rq, 0, id(c)); });
    r.add(editable, u"/wc/v3/products/(\\d+)/variations/(\\d+)"_s, u"/wc/v3/products/<product_id>/variations/<id>"_s,
          [this, id](const HttpRequest &rq, const QStringList &c) { return putProduct(rq, id(c), id(c, 1)); });
}

std::optional<HttpResponse> WooStore::applyProductChanges(Product &product, const QJsonObject &changes,
                                                          bool variationRoute)
{
    // The stock handling of the v2/v3 products and variations controllers'
    // prepare_object_for_database(): manage_stock is taken when sent (a variation's may be
    // "parent": it then does not manage stock itself); stock_quantity is taken only while the
    // product manages stock, and otherwise cleared, with 200 all the same. Other fields are not
    // emulated and are ignored.
    if (changes.contains(u"manage_stock"_s)) {
        const QJsonValue manage = changes.value(u"manage_stock"_s);
        if (variationRoute && manage.toString() == u"parent")
            product.manageStock = false;
        else if (manage.isBool())
            product.manageStock = manage.toBool();
        else
            product.manageStock =
                manage.toString() == u"yes" || manage.toString() == u"true" || manage.toString() == u"1";
    }
    if (changes.contains(u"stock_quantity"_s) && !changes.value(u"stock_quantity"_s).isNull()
        && !changes.value(u"stock_quantity"_s).isDouble()) {
        return wcError(400, u"rest_invalid_param"_s, u"Invalid parameter(s): stock_quantity"_s);
    }
    if (product.manageStock) {
        if (changes.value(u"stock_quantity"_s).isDouble())
            setProductStock(product.id, true, int(changes.value(u"stock_quantity"_s).toDouble()));
    } else {
        product.stockQuantity = 0; // shown as null while stock is not managed
    }
    return std::nullopt;
}

// The product a products or variations route names, or the error WooCommerce gives.
std::variant<WooStore::Product *, HttpResponse> WooStore::writableProduct(int parentId, int id)
{
    const auto it = m_products.find(id);
    if (parentId == 0) {
        if (it != m_products.end() && !it->deleted && it->parentId != 0) {
            // WC_REST_Products_V2_Controller refuses a variation on the products routes.
            return wcError(404, u"woocommerce_rest_invalid_product_id"_s,
                           u"To manipulate product variations you should use the "
                           u"/products/&lt;product_id&gt;/variations/&lt;id&gt; endpoint."_s);
        }
        if (it == m_products.end() || it->deleted)
            return wcError(400, u"woocommerce_rest_product_invalid_id"_s, u"Invalid ID."_s);
        return &*it;
    }
    // The reference does not say how a variation of another product is answered; the variations
    // controller's own "invalid id" error is assumed.
    if (it == m_products.end() || it->deleted || it->parentId != parentId)
        return wcError(400, u"woocommerce_rest_product_variation_invalid_id"_s, u"Invalid ID."_s);
    return &*it;
}

HttpResponse WooStore::putProduct(const HttpRequest &request, int parentId, int id)
{
    if (auto denied = requireCapability("woocommerce_rest_cannot_edit",
                                        u"Sorry, you are not allowed to edit this "
                                        u"resource."_s))
        return *denied;
    bool ok = false;
    const QJsonObject body = parseJsonBody(request, &ok);
    if (!ok)
        return invalidJson();
    auto target = writableProduct(parentId, id);
    if (auto *error = std::get_if<HttpResponse>(&target))
        return *error;
    Product &product = *std::get<Product *>(target);
    if (auto error = applyProductChanges(product, body, parentId != 0))
        return *error;
    return HttpResponse::json(200, renderProduct(product));
}

HttpResponse WooStore::batchProducts(const HttpRequest &request, int parentId)
{
    if (auto denied = requireCapability("woocommerce_rest_cannot_batch",
                                        u"Sorry, you are not allowed to batch manipulate this resource."_s))
        return *denied;
    bool ok = false;
    const QJsonObject body = parseJsonBody(request, &ok);
    if (!ok)
        return invalidJson();
    if (parentId != 0) {
        const auto parent = m_products.constFind(parentId);
        if (parent == m_products.cend() || parent->deleted || parent->parentId != 0)
            return wcError(404, u"woocommerce_rest_product_invalid_id"_s, u"Invalid ID."_s);
    }
    const QJsonArray creates = body.value(u"create"_s).toArray();
    const QJsonArray updates = body.value(u"update"_s).toArray();
    const QJsonArray deletes = body.value(u"delete"_s).toArray();
    if (creates.size() + updates.size() + deletes.size() > m_batchLimit) {
        return wcError(413, u"woocommerce_rest_request_entity_too_large"_s,
                       u"Unable to accept more than %1 items for this request."_s.arg(m_batchLimit));
    }
    const auto itemError = [](int id, const HttpResponse &error) {
        return QJsonObject {{u"id"_s, id}, {u"error"_s, QJsonDocument::fromJson(error.body).object()}};
    };
    QJsonObject result;
    // Creating and deleting products is not what Wharf does; the sandbox answers each such item
    // with an error rather than pretend.
    const auto unsupported = [&](const QJsonArray &items, const QString &key) {
        if (!body.contains(key))
            return;
        QJsonArray out;
        for (const QJsonValue &value : items) {
            out.append(itemError(value.isObject() ? value.toObject().value(u"id"_s).toInt() : value.toInt(),
                                 wcError(501, u"sandbox_not_supported"_s,
                                         u"The sandbox does not create or delete products in a batch."_s)));
        }
        result.insert(key, out);
    };
    unsupported(creates, u"create"_s);
    if (body.contains(u"update"_s)) {
        QJsonArray out;
        for (const QJsonValue &value : updates) {
            const QJsonObject item = value.toObject();
            const int id = item.value(u"id"_s).toInt();
            auto target = writableProduct(parentId, id);
            if (auto *error = std::get_if<HttpResponse>(&target)) {
                out.append(itemError(id, *error));
                continue;
            }
            Product &product = *std::get<Product *>(target);
            if (auto error = applyProductChanges(product, item, parentId != 0)) {
                out.append(itemError(id, *error));
                continue;
            }
            out.append(renderProduct(product));
        }
        result.insert(u"update"_s, out);
    }
    unsupported(deletes, u"delete"_s);
    return HttpResponse::json(200, result);
}

} // namespace wharf::sandbox
