#pragma once

#include "core/net/result.h"
#include "core/woo/woostockupdate.h"

#include <QList>
#include <QObject>

namespace wharf::woo {

class WooClient;

// Writes stock_quantity through WooCommerce's batch routes: products through POST /products/batch,
// variations through POST /products/<parent>/variations/batch (the products routes refuse a
// variation's id: "To manipulate product variations you should use the
// /products/<product_id>/variations/<id> endpoint", 404 woocommerce_rest_invalid_product_id).
// Sends only "id" and "stock_quantity", never "manage_stock": a product whose stock the shop does
// not manage must stay so. WooCommerce then answers 200 and drops the quantity (its controller
// clears stock_quantity when the product does not manage stock), which is reported as an error
// of that item rather than as written.
class WooStockWriter : public QObject
{
    Q_OBJECT

public:
    // WooCommerce's batch limit (woocommerce_rest_batch_items_limit). Unlike completions, a stock
    // update sends no e-mail, so full batches stay well within PHP's time limit.
    static constexpr int BatchSize = 100;

    explicit WooStockWriter(WooClient *client, QObject *parent = nullptr);

    // One result per update, in the order given (products first, then variations by product).
    // Fails as a whole only when no batch could be sent or read.
    void write(const QList<WooStockUpdate> &updates, QObject *context, net::Callback<QList<WooStockWritten>> done);
    // Batch requests sent by this writer so far.
    int requests() const { return m_requests; }

private:
    struct Batch
    {
        qint64 parentId = 0;
        QList<WooStockUpdate> updates;
    };
    void next(QList<Batch> remaining, QList<WooStockWritten> collected, int batchSize, QObject *context,
              net::Callback<QList<WooStockWritten>> done);

    WooClient *m_client;
    int m_requests = 0;
};

} // namespace wharf::woo
