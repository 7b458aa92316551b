#pragma once

#include "core/net/apierror.h"

#include <QtGlobal>

#include <optional>

namespace wharf::woo {

// One stock_quantity to write: a product's (parentId 0) or a variation's (parentId its product).
struct WooStockUpdate
{
    qint64 id = 0;
    qint64 parentId = 0;
    qint64 quantity = 0;
};

// What the store did with one WooStockUpdate.
struct WooStockWritten
{
    WooStockUpdate update;
    // The stock_quantity the store answered with; null when it keeps none (stock not managed).
    std::optional<qint64> quantity;
    net::ApiError error;

    bool ok() const { return !error.isError(); }
};

} // namespace wharf::woo
