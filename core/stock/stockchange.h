#pragma once

#include <QString>

#include <optional>

namespace wharf::stock {

// One product or variation whose stock_quantity differs from CartonCloud's stock on hand.
struct StockChange
{
    qint64 productId = 0; // the product, or the variation
    qint64 parentId = 0; // a variation's product; 0 for a product
    QString sku; // = the CartonCloud product code
    QString name;
    std::optional<qint64> from; // the store's quantity now (null: none set yet)
    qint64 to = 0; // CartonCloud's stock on hand

    bool isVariation() const { return parentId != 0; }
};

} // namespace wharf::stock
