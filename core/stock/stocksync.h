#pragma once

#include "core/net/result.h"
#include "core/stock/stockplan.h"
#include "core/stock/stocksyncresult.h"
#include "core/wms/stockonhand.h"
#include "core/woo/woocatalogue.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace wharf::wms {
class WmsClient;
}
namespace wharf::woo {
class WooClient;
}

namespace wharf::stock {

// Stock back to WooCommerce (issue 15): CartonCloud's stock on hand of one customer (a report
// run) mapped by product code to the store's SKUs, products and variations alike, and written as
// stock_quantity only where the store manages the stock and the quantity differs, in batches.
// preview() reads both sides and writes nothing.
class StockSync : public QObject
{
    Q_OBJECT

public:
    StockSync(woo::WooClient *woo, wms::WmsClient *wms, const QString &customerId, QObject *parent = nullptr);

    // What run() would change now. The report run and the catalogue read go on side by side.
    void preview(net::Callback<StockPlan> done);
    // preview(), then the changes written. `mayWrite`, when given, is asked right before the
    // first write: false writes nothing (the engine lost its lease) and is reported as an error.
    void run(net::Callback<StockSyncResult> done, std::function<bool()> mayWrite = {});

    // The plan for a report and a catalogue: pure, for tests and the preview.
    static StockPlan plan(const wms::StockOnHand &stock, const woo::WooCatalogue &catalogue);
    // CartonCloud's quantity as a WooCommerce stock amount: whole units, never below zero.
    static qint64 stockAmount(double quantity);

private:
    woo::WooClient *m_woo;
    wms::WmsClient *m_wms;
    QString m_customerId;
};

} // namespace wharf::stock
