#pragma once

#include "core/woo/wooorder.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace wharf::woo {

// Every order in the listed statuses changed since a point in time, read in keyset order (see
// WooClient::listAllProcessingOrders), with how far the reading got.
struct WooOrderListing
{
    QList<WooOrder> orders; // one per id, the latest version read
    QStringList statuses {QStringLiteral("processing")}; // the statuses listed
    // Every processing order modified up to this moment was read; a cursor may move here. Invalid
    // when nothing was listed.
    QDateTime readThrough;
    // False when reading stopped at the request cap with more to read: the rest is read from
    // readThrough by the next listing, never skipped.
    bool complete = true;
    int requests = 0;
};

} // namespace wharf::woo
