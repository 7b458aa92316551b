#pragma once

#include <QCoreApplication>
#include <QString>

namespace wharf::stock {

// A product whose SKU is a CartonCloud product code but whose stock Wharf leaves alone, and why.
struct StockSkip
{
    Q_DECLARE_TR_FUNCTIONS(wharf::stock::StockSkip)

public:
    enum class Reason {
        NotManaged, // "Manage stock?" is off in WooCommerce: Wharf never switches it on
        ManagedByParent, // a variation whose stock its variable product keeps
        DuplicateSku, // several products carry the SKU: which one is meant is unknown
    };

    qint64 productId = 0;
    qint64 parentId = 0;
    QString sku;
    QString name;
    Reason reason = Reason::NotManaged;

    // The sentence for the activity log and the preview.
    QString sentence() const
    {
        switch (reason) {
        case Reason::NotManaged:
            return tr("%1 (SKU %2) does not manage stock in WooCommerce, so its stock was not sent. Turn on "
                      "\"Manage stock?\" for it in WooCommerce to have it kept up to date.")
                .arg(name, sku);
        case Reason::ManagedByParent:
            return tr("%1 (SKU %2) is a variation whose stock its product keeps, so its stock was not sent.")
                .arg(name, sku);
        case Reason::DuplicateSku:
            return tr("SKU %1 is on more than one product in WooCommerce (%2 among them), so no stock was sent "
                      "for it. Give each product its own SKU.")
                .arg(sku, name);
        }
        return {};
    }
    static QString reasonKey(Reason reason)
    {
        switch (reason) {
        case Reason::NotManaged:
            return QStringLiteral("not-managed");
        case Reason::ManagedByParent:
            return QStringLiteral("managed-by-parent");
        case Reason::DuplicateSku:
            return QStringLiteral("duplicate-sku");
        }
        return {};
    }
};

} // namespace wharf::stock
