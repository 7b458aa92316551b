#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace wharf::woo {

// One product or one variation of a store's catalogue, with what the SKU pre-flight and the stock
// sync read: identity, SKU and stock.
struct WooProduct
{
    enum class Type {
        Simple,
        // Its variations are what customers order; its own SKU is never on an order line.
        Variable,
        Variation,
        // grouped, external or a type a plugin adds: listed, but carries no stock of its own that
        // WooCommerce manages the usual way.
        Other,
    };

    qint64 id = 0;
    qint64 parentId = 0; // a variation's product; 0 otherwise
    Type type = Type::Simple;
    QString typeName; // as the store names it ("simple", "variable", "grouped", …; "variation")
    // A product's name; a variation's is its parent's name and its attribute options
    // ("T-shirt – Blue, L"), as the v3 variations route gives no name of its own.
    QString name;
    // As the REST API shows it: a variation without an SKU of its own shows its parent's (the
    // "view" context falls back to the parent), which is also what its order lines carry.
    QString sku;
    QString status; // publish, draft, pending, private
    bool manageStock = false;
    // A variation whose stock its parent manages. The current v3 variations controller reports
    // manage_stock true then (managing_stock()); some versions are said to report the string
    // "parent" — both are read, as that was not verified against every release.
    bool stockManagedByParent = false;
    std::optional<qint64> stockQuantity; // null when stock is not managed
    QString stockStatus; // instock, outofstock, onbackorder
    QList<qint64> variationIds; // a variable product's

    bool isValid() const { return id > 0; }
    bool isVariation() const { return type == Type::Variation; }
    // Whether this is what an order line names: everything but a variable product's parent.
    bool isOrderable() const { return type != Type::Variable; }

    // A product from GET /wc/v3/products; invalid (id 0) when the object has no id.
    static WooProduct fromJson(const QJsonObject &json);
    // A variation from GET /wc/v3/products/<parent>/variations.
    static WooProduct variationFromJson(const QJsonObject &json, const WooProduct &parent);
    // The _fields lists: only what the fields above need.
    static QString productFields();
    static QString variationFields();
};

} // namespace wharf::woo
