#pragma once

#include "core/woo/wooproduct.h"

#include <QList>

namespace wharf::woo {

// One page of products or of one product's variations, with X-WP-Total / X-WP-TotalPages.
struct WooProductPage
{
    QList<WooProduct> products;
    int page = 1;
    int total = 0;
    int totalPages = 0;
    // Items of the page that could not be read (no id): counted, not silently dropped.
    int unreadable = 0;

    bool hasMore() const { return page < totalPages; }
};

} // namespace wharf::woo
