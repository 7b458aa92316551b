#pragma once

#include "core/woo/wooorder.h"

#include <QList>

namespace wharf::woo {

// One page of an order listing, with WooCommerce's X-WP-Total / X-WP-TotalPages.
struct WooOrderPage
{
    QList<WooOrder> orders;
    int page = 1;
    int total = 0;
    int totalPages = 0;
    // Items of the page that could not be read (no id): counted, not silently dropped.
    int unreadable = 0;

    bool hasMore() const { return page < totalPages; }
};

} // namespace wharf::woo
