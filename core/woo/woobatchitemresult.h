#pragma once

#include "core/net/apierror.h"

#include <QString>

namespace wharf::woo {

// The outcome for one order of a /orders/batch update: WooCommerce processes items one by one and a
// failed item does not stop the others.
struct WooBatchItemResult
{
    qint64 id = 0;
    // The order's status after the update, when it succeeded.
    QString status;
    net::ApiError error;

    bool ok() const { return !error.isError(); }
};

} // namespace wharf::woo
