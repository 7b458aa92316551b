#pragma once

#include "core/net/apierror.h"
#include "core/stock/stockplan.h"

#include <QList>
#include <QPair>

namespace wharf::stock {

// What one stock sync did.
struct StockSyncResult
{
    StockPlan plan;
    QList<StockChange> written;
    // Changes the store did not take, each with the store's reason.
    QList<QPair<StockChange, net::ApiError>> failed;
    int writeRequests = 0; // batch requests sent to the store
};

} // namespace wharf::stock
