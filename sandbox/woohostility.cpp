#include "woohostility.h"

using namespace Qt::StringLiterals;

namespace wharf::sandbox {

QJsonObject WooHostility::toJson() const
{
    QJsonArray hooks;
    for (const AfterRead &hook : afterRead) {
        hooks.append(QJsonObject {{u"order"_s, hook.orderId},
                                  {u"action"_s, hook.action},
                                  {u"status"_s, hook.status},
                                  {u"times"_s, hook.times}});
    }
    return QJsonObject {
        {u"shiftPages"_s, shiftPages},
        {u"firewallBlocks"_s, firewallBlocks},
        {u"clockSkewSeconds"_s, clockSkewSeconds},
        {u"home"_s, home},
        {u"siteUrl"_s, siteUrl},
        {u"afterRead"_s, hooks},
    };
}

bool WooHostility::merge(const QJsonObject &json, QString *error)
{
    WooHostility next = *this;
    const QHash<QString, int *> counts {
        {u"shiftPages"_s, &next.shiftPages},
        {u"firewallBlocks"_s, &next.firewallBlocks},
    };
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (int *field = counts.value(it.key())) {
            if (!it.value().isDouble() || it.value().toInt(-1) < 0) {
                *error = it.key() + u" must be a number >= 0"_s;
                return false;
            }
            *field = it.value().toInt();
        } else if (it.key() == u"clockSkewSeconds") {
            if (!it.value().isDouble()) {
                *error = u"clockSkewSeconds must be a number"_s;
                return false;
            }
            next.clockSkewSeconds = it.value().toInt();
        } else if (it.key() == u"home" || it.key() == u"siteUrl") {
            if (!it.value().isString()) {
                *error = it.key() + u" must be a URL, \"plain-http\", \"other-host\" or \"\""_s;
                return false;
            }
            (it.key() == u"home" ? next.home : next.siteUrl) = it.value().toString();
        } else if (it.key() == u"afterRead") {
            // One hook or a list of them; an empty list clears them.
            const QJsonArray list = it.value().isObject() ? QJsonArray {it.value()} : it.value().toArray();
            if (!it.value().isObject() && !it.value().isArray()) {
                *error = u"afterRead must be {\"action\", \"status\", \"order\", \"times\"} or a list of them"_s;
                return false;
            }
            QList<AfterRead> hooks;
            for (const QJsonValue &value : list) {
                AfterRead hook;
                hook.orderId = value[u"order"_s].toInt();
                hook.action = value[u"action"_s].toString();
                hook.status = value[u"status"_s].toString();
                hook.times = value[u"times"_s].toInt(1);
                if (hook.action != u"status" && hook.action != u"trash" && hook.action != u"delete") {
                    *error = u"afterRead.action must be status, trash or delete"_s;
                    return false;
                }
                if (hook.action == u"status" && hook.status.isEmpty()) {
                    *error = u"afterRead with action status needs a status"_s;
                    return false;
                }
                hooks.append(hook);
            }
            next.afterRead = hooks;
        } else {
            *error = u"unknown WooCommerce hostile key "_s + it.key();
            return false;
        }
    }
    *this = next;
    return true;
}

QString WooHostility::keysHelp()
{
    return uR"(  shiftPages=N             the next N order-list pages each modify their first order after
                           answering (it moves to now), so later pages shift by one
  firewallBlocks=N         the next N requests get a 403 HTML page from a firewall
  clockSkewSeconds=N       the site's clock is N s off: OAuth timestamps outside +-15 min of it
                           are refused (401 woocommerce_rest_authentication_error "Invalid timestamp.")
  home=URL                 the site's `home` (index, Link, OAuth base URL): a URL, "plain-http" (the
                           store's http listener) or "other-host" (the same port as "localhost")
  siteUrl=URL              the index's `url`, if it differs from `home`
  afterRead=JSON           right after an order is read (list or GET), change it so the next read
                           differs: {"action": "status|trash|delete", "status": "cancelled",
                           "order": ID (0 = any), "times": 1 (-1 = always)}, or a list of them
)"_s;
}

} // namespace wharf::sandbox
