#include "core/woo/credentialscheck.h"

#include "core/logging.h"
#include "core/woo/storeurl.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wharf::woo {

using net::ApiError;
using net::HttpResult;
using Kind = net::ApiError::Kind;
using Verdict = CredentialsCheckResult::Verdict;

CredentialsCheck::CredentialsCheck(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_client(new WooClient(nam, this))
{
    qRegisterMetaType<wharf::woo::CredentialsCheckResult>();
}

void CredentialsCheck::cancel()
{
    delete m_generation; // drops every callback of the running check, and aborts its request
    m_generation = nullptr;
    m_running = false;
}

void CredentialsCheck::start(const QString &storeAddress, const QString &consumerKey, const QString &consumerSecret)
{
    cancel();
    m_generation = new QObject(this);
    m_running = true;

    CredentialsCheckResult result;
    const StoreUrl::Normalised address = StoreUrl::normalise(storeAddress);
    if (!address.ok()) {
        result.verdict = Verdict::InvalidAddress;
        result.sentence = address.problem;
        QMetaObject::invokeMethod(
            m_generation, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }
    const QString key = consumerKey.trimmed();
    const QString secret = consumerSecret.trimmed();
    if (key.startsWith(u"cs_"_s) && secret.startsWith(u"ck_"_s)) {
        result.verdict = Verdict::KeysSwapped;
        result.sentence = tr("The consumer key and the consumer secret are swapped: the key starts with ck_, the "
                             "secret with cs_.");
        QMetaObject::invokeMethod(
            m_generation, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }
    if (key.isEmpty() || secret.isEmpty()) {
        result.verdict = key.isEmpty() ? Verdict::WrongKey : Verdict::WrongSecret;
        result.sentence = key.isEmpty() ? tr("Enter the consumer key (it starts with ck_).")
                                        : tr("Enter the consumer secret (it starts with cs_).");
        QMetaObject::invokeMethod(
            m_generation, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }

    Q_EMIT progress(tr("Looking for the store at %1…").arg(StoreUrl::display(address.url)));
    m_client->discover(
        address.candidates(), m_generation, [this, result, address, key, secret](const auto &found) mutable {
            if (!found.ok()) {
                fail(result, found.error);
                return;
            }
            const StoreDiscovery &d = found.value;
            result.discovery = d;
            const QString shown = StoreUrl::display(address.url);
            if (!d.isWordPress) {
                result.verdict = Verdict::NotWordPress;
                result.sentence = tr("%1 does not answer like a WordPress site (it has no /wp-json/). Check the "
                                     "address: it should be the address of the shop's home page.")
                                      .arg(shown);
                finish(result);
                return;
            }
            if (!d.prettyPermalinks) {
                result.verdict = Verdict::PermalinksOff;
                result.sentence = tr("The store uses “Plain” permalinks, with which WooCommerce does not accept "
                                     "API keys. In WordPress, open Settings → Permalinks, choose “Post name” (or any "
                                     "other structure) and save.");
                finish(result);
                return;
            }
            if (!d.hasWooCommerce) {
                result.verdict = Verdict::WooCommerceMissing;
                result.sentence = tr("%1 is a WordPress site, but WooCommerce's REST API does not answer there. "
                                     "Check that the WooCommerce plugin is installed and active.")
                                      .arg(StoreUrl::display(d.home));
                finish(result);
                return;
            }
            WooConnection c;
            c.home = d.home;
            c.auth = WooConnection::defaultAuthFor(d.home);
            c.consumerKey = key;
            c.consumerSecret = secret;
            c.tracking = d.tracking;
            result.connection = c;
            if (d.homeElsewhere)
                result.warnings << tr("The site calls itself %1, but was reached at %2. Wharf sends the key only to "
                                      "%2. If the shop really is at %1, enter that address instead.")
                                       .arg(StoreUrl::display(d.announcedHome), StoreUrl::display(d.home));
            if (c.auth == WooConnection::AuthMode::OAuth1) {
                result.plainHttp = true;
                result.warnings << tr("The store is on plain HTTP: orders and customer addresses travel "
                                      "unencrypted. Wharf signs every request (OAuth 1.0a), but switch the store to "
                                      "HTTPS as soon as you can.");
            }
            checkRead(result, false);
        });
}

void CredentialsCheck::checkRead(CredentialsCheckResult result, bool triedQueryString)
{
    Q_EMIT progress(tr("Checking that the key can read orders…"));
    m_client->setConnection(result.connection);
    m_client->call("GET", u"/wc/v3/orders"_s, {{u"per_page"_s, u"1"_s}, {u"_fields"_s, u"id"_s}}, {}, true,
                   tr("the order list"), m_generation, [this, result, triedQueryString](const HttpResult &r) mutable {
                       if (r.ok()) {
                           if (triedQueryString) {
                               result.authorizationHeaderStripped = true;
                               result.warnings
                                   << tr("The store strips the Authorization header, so Wharf sends the key in the "
                                         "address instead (over HTTPS only). Your host can be asked to pass the "
                                         "header through.");
                           }
                           checkWrite(result);
                           return;
                       }
                       const bool anonymous =
                           r.status == 401 && r.error.serverCode.startsWith(u"woocommerce_rest_cannot_"_s);
                       if (anonymous && !triedQueryString && result.connection.auth == WooConnection::AuthMode::Basic) {
                           // An unknown key and a stripped Authorization header look the same over
                           // HTTPS: the request arrives anonymous. Keys in the query string tell them apart.
                           qCInfo(lcWoo) << "read check answered as anonymous; trying query-string keys";
                           result.connection.auth = WooConnection::AuthMode::QueryString;
                           checkRead(result, true);
                           return;
                       }
                       if (anonymous) {
                           result.error = r.error;
                           result.verdict = Verdict::WrongKey;
                           result.sentence = tr("The store does not know this consumer key. Check that it was copied "
                                                "whole, and that it was not revoked in WooCommerce → Settings → "
                                                "Advanced → REST API.");
                           finish(result);
                           return;
                       }
                       if (triedQueryString && r.error.kind == Kind::Auth)
                           result.authorizationHeaderStripped = true;
                       fail(result, r.error);
                   });
}

void CredentialsCheck::checkWrite(CredentialsCheckResult result)
{
    Q_EMIT progress(tr("Checking that the key can change orders…"));
    // An empty batch passes WooCommerce's read/write check of the key (which runs before any route
    // code) and the batch capability check, and then changes nothing.
    m_client->call("POST", u"/wc/v3/orders/batch"_s, {}, QJsonDocument(QJsonObject()), true, tr("the batch update"),
                   m_generation, [this, result](const HttpResult &r) mutable {
                       if (!r.ok()) {
                           fail(result, r.error);
                           return;
                       }
                       result.verdict = Verdict::Ok;
                       result.sentence = result.discovery.siteName.isEmpty()
                           ? tr("The key can read and change orders.")
                           : tr("The key can read and change orders of “%1”.").arg(result.discovery.siteName);
                       finish(result);
                   });
}

CredentialsCheckResult::Verdict CredentialsCheck::verdictFor(const ApiError &error)
{
    const QString m = error.serverMessage;
    const auto has = [&m](const char *text) {
        return m.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (error.kind == Kind::Tls)
        return Verdict::CertificateProblem;
    // Before the kinds: a refused timestamp is tried again by the sync (Transient), but the person
    // checking a key wants to hear that the clock is wrong.
    if (error.serverCode == u"woocommerce_rest_authentication_error"_s && has("timestamp"))
        return Verdict::ClockWrong;
    if (error.kind == Kind::Network || error.kind == Kind::Transient || error.kind == Kind::RateLimited)
        return Verdict::Unreachable;
    if (has("Consumer secret is invalid") || has("signature"))
        return Verdict::WrongSecret;
    if (has("Consumer key is invalid"))
        return Verdict::WrongKey;
    if (has("does not have write permissions"))
        return Verdict::ReadOnlyKey;
    if (has("does not have read permissions"))
        return Verdict::WriteOnlyKey;
    if (has("timestamp"))
        return Verdict::ClockWrong;
    if (error.serverCode == u"rest_no_route"_s || error.serverCode == u"rest_invalid_namespace"_s)
        return Verdict::WooCommerceMissing;
    if (error.kind == Kind::Permission && error.httpStatus == 403)
        return Verdict::MissingCapability;
    return Verdict::Failed;
}

void CredentialsCheck::fail(CredentialsCheckResult result, const ApiError &error)
{
    result.error = error;
    result.verdict = verdictFor(error);
    result.sentence = error.sentence;
    if (result.verdict == Verdict::WooCommerceMissing)
        result.sentence = tr("WooCommerce's REST API does not answer at %1. Check that the WooCommerce plugin is "
                             "installed and active.")
                              .arg(StoreUrl::display(result.connection.home));
    if (result.verdict == Verdict::MissingCapability)
        result.sentence = tr("The key's WordPress user may not manage orders. Create the key for a user with the "
                             "Shop manager or Administrator role.");
    if (result.sentence.isEmpty())
        result.sentence = tr("The store refused the check (HTTP %1).").arg(error.httpStatus);
    finish(result);
}

void CredentialsCheck::finish(CredentialsCheckResult result)
{
    m_running = false;
    qCInfo(lcWoo) << "credentials check finished with verdict" << int(result.verdict);
    Q_EMIT finished(result);
}

} // namespace wharf::woo
