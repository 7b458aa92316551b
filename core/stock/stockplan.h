#pragma once

#include "core/stock/stockchange.h"
#include "core/stock/stockskip.h"

#include <QList>

namespace wharf::stock {

// What a stock sync would change (the preview), and what it leaves alone.
struct StockPlan
{
    QList<StockChange> changes;
    QList<StockSkip> skipped;
    int unchanged = 0; // manages stock and already has CartonCloud's quantity
    int notInWarehouse = 0; // has an SKU that is not a product code of the customer: left alone
    int withoutSku = 0;
    int productCodes = 0; // codes in CartonCloud's report
    QString reportRunId;
    // False when the catalogue could not be read to its end: products not read are not changed.
    bool catalogueComplete = true;
};

} // namespace wharf::stock
