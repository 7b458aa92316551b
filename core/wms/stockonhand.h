#pragma once

#include <QHash>
#include <QString>

namespace wharf::wms {

// A customer's stock on hand as one CartonCloud report run gave it.
struct StockOnHand
{
    // Product code -> quantity. Rows of one code (the report may give one per location or
    // warehouse; the reference does not say) are added up.
    QHash<QString, double> byCode;
    QString runId;
    int polls = 0; // GETs of the run until it ended
};

} // namespace wharf::wms
