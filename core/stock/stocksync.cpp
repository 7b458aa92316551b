#include "core/stock/stocksync.h"

#include "core/logging.h"
#include "core/wms/wmsclient.h"
#include "core/woo/wooclient.h"
#include "core/woo/woostockwriter.h"

#include <QHash>
#include <QSet>

#include <cmath>
#include <memory>
#include <optional>

namespace wharf::stock {

using net::ApiError;
using net::Result;

StockSync::StockSync(woo::WooClient *woo, wms::WmsClient *wms, const QString &customerId, QObject *parent)
    : QObject(parent)
    , m_woo(woo)
    , m_wms(wms)
    , m_customerId(customerId)
{
}

qint64 StockSync::stockAmount(double quantity)
{
    // WooCommerce keeps whole units (wc_stock_amount); part of a unit cannot be sold.
    return quantity > 0 ? qint64(std::floor(quantity + 1e-9)) : 0;
}

StockPlan StockSync::plan(const wms::StockOnHand &stock, const woo::WooCatalogue &catalogue)
{
    StockPlan plan;
    plan.reportRunId = stock.runId;
    plan.productCodes = int(stock.byCode.size());
    plan.catalogueComplete = catalogue.complete;

    // Items whose SKU is a product code, by SKU: more than one for an SKU is a duplicate.
    QHash<QString, QList<const woo::WooProduct *>> bySku;
    for (const woo::WooProduct &product : catalogue.products) {
        if (product.sku.isEmpty()) {
            if (product.isOrderable())
                ++plan.withoutSku;
            continue;
        }
        if (!stock.byCode.contains(product.sku)) {
            if (product.isOrderable())
                ++plan.notInWarehouse;
            continue;
        }
        bySku[product.sku].append(&product);
    }
    // In catalogue order, so that the preview and the log read like the store's product list.
    QSet<QString> done;
    for (const woo::WooProduct &product : catalogue.products) {
        const auto it = bySku.constFind(product.sku);
        if (product.sku.isEmpty() || it == bySku.cend() || done.contains(product.sku))
            continue;
        const QList<const woo::WooProduct *> &items = *it;
        // A variation without an SKU of its own shows its product's: the product and such a
        // variation are one SKU twice only when both keep stock; one that does not is no rival.
        QList<const woo::WooProduct *> keeping;
        for (const woo::WooProduct *item : items) {
            const bool keeps = item->manageStock && !item->stockManagedByParent;
            if (keeps)
                keeping.append(item);
        }
        if (keeping.size() > 1) {
            done.insert(product.sku);
            for (const woo::WooProduct *item : std::as_const(keeping))
                plan.skipped.append({item->id, item->parentId, item->sku, item->name, StockSkip::Reason::DuplicateSku});
            continue;
        }
        if (!product.manageStock || product.stockManagedByParent) {
            // Only said when no other item with this SKU takes the stock.
            if (keeping.isEmpty()) {
                const auto reason =
                    product.stockManagedByParent ? StockSkip::Reason::ManagedByParent : StockSkip::Reason::NotManaged;
                // A variable product that does not manage stock is a container: its variations
                // speak for themselves, so it is not worth a line.
                if (product.type != woo::WooProduct::Type::Variable)
                    plan.skipped.append({product.id, product.parentId, product.sku, product.name, reason});
            }
            continue;
        }
        done.insert(product.sku);
        const qint64 wanted = stockAmount(stock.byCode.value(product.sku));
        if (product.stockQuantity == wanted) {
            ++plan.unchanged;
            continue;
        }
        StockChange change;
        change.productId = product.id;
        change.parentId = product.isVariation() ? product.parentId : 0;
        change.sku = product.sku;
        change.name = product.name;
        change.from = product.stockQuantity;
        change.to = wanted;
        plan.changes.append(change);
    }
    return plan;
}

void StockSync::preview(net::Callback<StockPlan> done)
{
    // Both reads at once: the report run alone takes ten seconds or more.
    struct Join
    {
        std::optional<Result<wms::StockOnHand>> stock;
        std::optional<Result<woo::WooCatalogue>> catalogue;
    };
    auto join = std::make_shared<Join>();
    auto finish = [join, done] {
        if (!join->stock || !join->catalogue)
            return;
        if (!join->stock->ok())
            return done(Result<StockPlan>::failure(join->stock->error));
        if (!join->catalogue->ok())
            return done(Result<StockPlan>::failure(join->catalogue->error));
        done(Result<StockPlan>::success(plan(join->stock->value, join->catalogue->value)));
    };
    m_wms->stockOnHand(m_customerId, this, [join, finish](const Result<wms::StockOnHand> &r) {
        join->stock = r;
        finish();
    });
    m_woo->readCatalogue(this, {}, [join, finish](const Result<woo::WooCatalogue> &r) {
        join->catalogue = r;
        finish();
    });
}

void StockSync::run(net::Callback<StockSyncResult> done, std::function<bool()> mayWrite)
{
    preview([this, done, mayWrite](const Result<StockPlan> &planned) {
        if (!planned.ok())
            return done(Result<StockSyncResult>::failure(planned.error));
        StockSyncResult result;
        result.plan = planned.value;
        if (result.plan.changes.isEmpty())
            return done(Result<StockSyncResult>::success(result));
        if (mayWrite && !mayWrite()) {
            return done(Result<StockSyncResult>::failure(
                ApiError::make(ApiError::Kind::Transient,
                               tr("Stock was not sent: another Wharf may be syncing this integration now."))));
        }
        QList<woo::WooStockUpdate> updates;
        QHash<qint64, StockChange> byId;
        for (const StockChange &change : std::as_const(result.plan.changes)) {
            updates.append({change.productId, change.parentId, change.to});
            byId.insert(change.productId, change);
        }
        auto *writer = new woo::WooStockWriter(m_woo, this);
        writer->write(
            updates, this, [writer, result, byId, done](const Result<QList<woo::WooStockWritten>> &written) mutable {
                result.writeRequests = writer->requests();
                writer->deleteLater();
                if (!written.ok())
                    return done(Result<StockSyncResult>::failure(written.error));
                for (const woo::WooStockWritten &item : written.value) {
                    const StockChange change = byId.value(item.update.id);
                    if (item.ok())
                        result.written.append(change);
                    else
                        result.failed.append({change, item.error});
                }
                qCInfo(lcSync) << "stock: wrote" << result.written.size() << "of" << result.plan.changes.size()
                               << "changes in" << result.writeRequests << "requests";
                done(Result<StockSyncResult>::success(result));
            });
    });
}

} // namespace wharf::stock
