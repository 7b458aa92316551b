#pragma once

#include "core/woo/wooproduct.h"

#include <QList>

namespace wharf::woo {

// A store's whole catalogue as WooClient::readCatalogue() reads it.
struct WooCatalogue
{
    // Every product (any status but trash), in id order, each variable product followed by its
    // variations.
    QList<WooProduct> products;
    int requests = 0;
    // Items without an id, and variable products whose variations were gone by the time they were
    // read (deleted meanwhile): counted, not silently dropped.
    int unreadable = 0;
    // False when reading stopped at WooClient::MaxCatalogueRequests with more to read.
    bool complete = true;
};

} // namespace wharf::woo
