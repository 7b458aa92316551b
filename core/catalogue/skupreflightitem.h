#pragma once

#include <QString>

namespace wharf::catalogue {

// One product or variation a customer can order, and what the SKU pre-flight found for it.
struct SkuPreflightItem
{
    enum class Verdict {
        Matched, // its SKU is a product code of the customer
        NoMatch, // it has an SKU that is not a product code of the customer
        NoSku, // it has no SKU: an order for it would wait with "no SKU"
    };

    qint64 productId = 0;
    qint64 parentId = 0; // a variation's product
    bool variation = false;
    QString name;
    QString sku;
    QString status; // WooCommerce's: publish, private
    Verdict verdict = Verdict::NoMatch;
    // Another product or variation has the same SKU (the warehouse cannot tell them apart).
    bool duplicate = false;
    // A hint for people: the product code that differs only in case, or that the matching product
    // is inactive in CartonCloud. Empty when there is nothing to add.
    QString hint;

    bool hasProblem() const { return verdict != Verdict::Matched || duplicate || !hint.isEmpty(); }
};

} // namespace wharf::catalogue
