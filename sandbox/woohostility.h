#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace wharf::sandbox {

// The ways a real WooCommerce store (and whatever stands in front of it) is less kind than a fresh
// sandbox store (issue 12). Every default is today's behaviour. The same JSON keys are read from the
// command line (--woo-hostile KEY=VALUE), a seed ("store": {"hostile": {...}}) and the control API
// (POST /control/woo/hostile).
struct WooHostility
{
    // Something the shop owner (or another plugin) does to an order right after a client has read
    // it, in a list or alone, so that the next read differs.
    struct AfterRead
    {
        int orderId = 0; // 0 = any order
        QString action; // "status" (to `status`), "trash", "delete"
        QString status;
        int times = 1; // how many reads it fires on; -1 = until cleared
    };

    // The next N order-list pages answered each modify the first order on that page (as an edit in
    // wp-admin would): with orderby=modified it moves to the end, and later pages shift by one.
    int shiftPages = 0;
    // The next N requests get a 403 HTML page from a web application firewall.
    int firewallBlocks = 0;
    // The site's clock is this many seconds off: OAuth timestamps outside +-15 min of it are refused
    // ("Invalid timestamp.").
    int clockSkewSeconds = 0;
    // What the site says its `home` and `url` are (the index, Link headers, OAuth's signed URL,
    // links). Empty = the listener's own URL; "plain-http" = the store's plain HTTP listener;
    // "other-host" = the same listener under the name "localhost"; anything else is used as given.
    QString home;
    QString siteUrl; // `url` in the index; empty = the same as `home`
    QList<AfterRead> afterRead;

    QJsonObject toJson() const;
    bool merge(const QJsonObject &json, QString *error);
    static QString keysHelp();
};

} // namespace wharf::sandbox
