#include "core/woo/wooerrors.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wharf::woo {

using net::ApiError;
using Kind = net::ApiError::Kind;

namespace {

QString clean(QString message)
{
    // WordPress messages may carry HTML (links, <code>); a sentence must not.
    static const QRegularExpression tags(u"<[^>]*>"_s);
    message.remove(tags);
    return message.simplified();
}

} // namespace

ApiError WooErrors::fromErrorObject(const QJsonObject &error, int httpStatus, const QString &what)
{
    ApiError e;
    const QString code = error.value(u"code"_s).toString();
    const QString message = clean(error.value(u"message"_s).toString());
    if (httpStatus == 0)
        httpStatus = error.value(u"data"_s).toObject().value(u"status"_s).toInt();
    e.httpStatus = httpStatus;
    e.serverCode = code;
    e.serverMessage = message;
    const auto has = [&message](const char *text) {
        return message.contains(QLatin1String(text), Qt::CaseInsensitive);
    };

    if (code == u"woocommerce_rest_authentication_error"_s) {
        if (has("Consumer secret is invalid")) {
            e.kind = Kind::Auth;
            e.sentence = tr("The store rejected the consumer secret. Copy it again from WooCommerce → Settings → "
                            "Advanced → REST API, or create a new key.");
        } else if (has("Consumer key is invalid")) {
            e.kind = Kind::Auth;
            e.sentence = tr("The store does not know this consumer key. Check that it was copied whole, and that "
                            "the key was not revoked in WooCommerce → Settings → Advanced → REST API.");
        } else if (has("does not have write permissions")) {
            e.kind = Kind::Permission;
            e.sentence = tr("This key is read-only: create a Read/Write key in WooCommerce → Settings → "
                            "Advanced → REST API.");
        } else if (has("does not have read permissions")) {
            e.kind = Kind::Permission;
            e.sentence = tr("This key is write-only: create a Read/Write key in WooCommerce → Settings → "
                            "Advanced → REST API.");
        } else if (has("signature")) {
            e.kind = Kind::Auth;
            e.sentence = tr("The store rejected the request's signature, which usually means the consumer secret is "
                            "wrong. Copy it again, or create a new key.");
        } else if (has("timestamp")) {
            // A clock off by more than the store's window (15 minutes) is put right by NTP, not by
            // new credentials: tried again, not blocked.
            e.kind = Kind::Transient;
            e.sentence = tr("The store rejected the request's time. Check that this computer's clock and time zone "
                            "are right.");
        } else if (has("nonce")) {
            // A reused nonce is a race between two signed requests; the next attempt gets a new one.
            e.kind = Kind::Transient;
            e.sentence = tr("The store refused a repeated request signature. Wharf will try again.");
        } else if (has("cannot be used to access this endpoint")) {
            e.kind = Kind::Permission;
            e.sentence = tr("The store does not let WooCommerce keys reach this part of the site.");
        } else {
            e.kind = Kind::Auth;
            e.sentence = tr("The store rejected the key: %1").arg(message);
        }
        return e;
    }
    if (code == u"woocommerce_rest_authentication_missing_parameter"_s) {
        e.kind = Kind::Auth;
        e.sentence = tr("The store did not receive the whole request signature. A proxy or security plugin may "
                        "be removing parameters; switching the store to HTTPS avoids signatures altogether.");
        return e;
    }
    if (code.startsWith(u"woocommerce_rest_cannot_"_s) || code == u"rest_forbidden"_s
        || code == u"rest_cannot_access"_s) {
        if (httpStatus == 401) {
            // Over HTTPS an unknown key is not an error to WooCommerce: the request goes on as
            // anonymous and fails here. A host that strips the Authorization header looks the same.
            e.kind = Kind::Auth;
            e.sentence = tr("The store did not accept the consumer key: it is unknown to the store, or the server "
                            "removes the Authorization header before WooCommerce sees it.");
        } else {
            e.kind = Kind::Permission;
            e.sentence = tr("The key's WordPress user may not do this. Create the key for a user with the Shop "
                            "manager or Administrator role.");
        }
        return e;
    }
    if (code == u"rest_no_route"_s || code == u"rest_invalid_namespace"_s) {
        e.kind = Kind::NotFound;
        e.sentence = tr("The store does not offer this function (%1). Check that the plugin it belongs to is "
                        "active.")
                         .arg(what.isEmpty() ? message : what);
        return e;
    }
    if (code.endsWith(u"_invalid_id"_s)) {
        e.kind = Kind::NotFound;
        e.sentence =
            what.isEmpty() ? tr("The store has no such item: %1").arg(message) : tr("The store has no %1.").arg(what);
        return e;
    }
    if (code == u"rest_invalid_param"_s || code == u"rest_missing_callback_param"_s
        || code == u"woocommerce_rest_request_entity_too_large"_s || httpStatus == 400 || httpStatus == 413
        || httpStatus == 422) {
        e.kind = Kind::Validation;
        e.sentence = tr("The store refused the request: %1").arg(message);
        return e;
    }
    e.kind = Kind::None;
    return e;
}

void WooErrors::refine(net::HttpResult &result, const QString &what)
{
    if (!result.error.isError())
        return;
    const QJsonObject body = result.json.object();
    if (!result.json.isObject() || !body.contains(u"code"_s)) {
        if (result.error.kind == Kind::NotFound && !what.isEmpty())
            result.error.sentence = tr("The store has no %1.").arg(what);
        if (result.error.kind == Kind::Auth || result.error.kind == Kind::Permission) {
            // WooCommerce refuses a key with a JSON error naming it; a 401/403 page that is not
            // one comes from something in front of WordPress (a web application firewall, a
            // security plugin, a host's bot protection), and often passes on its own. Only
            // WooCommerce's own answers block the integration.
            result.error.kind = Kind::Transient;
            result.error.sentence = tr("The store's web server refused the request (HTTP %1) with a page that is not "
                                       "WooCommerce's, as a firewall or security plugin does. Wharf will try again; "
                                       "if this goes on, ask the host to let Wharf's requests through.")
                                        .arg(result.status);
        }
        return;
    }
    const ApiError refined = fromErrorObject(body, result.status, what);
    if (refined.kind == Kind::None) {
        // A code we do not know: keep the transport's kind, add the server's words.
        result.error.serverCode = refined.serverCode;
        result.error.serverMessage = refined.serverMessage;
        if (!refined.serverMessage.isEmpty())
            result.error.sentence += u" "_s + refined.serverMessage;
        return;
    }
    const auto retryAfter = result.error.retryAfter;
    result.error = refined;
    result.error.retryAfter = retryAfter;
}

} // namespace wharf::woo
