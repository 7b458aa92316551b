#pragma once

#include "core/model/integration.h"
#include "core/woo/wooorder.h"
#include "core/woo/woorefund.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace wharf {

// Decides what becomes of a WooCommerce order in processing and builds the CartonCloud outbound
// order for it (reference/cartoncloud-api.md §5 and its mapping table). Pure: no I/O, so every
// verdict and every field can be tested on its own.
class OrderMapper
{
    Q_DECLARE_TR_FUNCTIONS(wharf::OrderMapper)

public:
    struct Verdict
    {
        enum class Kind {
            Create, // send it to CartonCloud
            Skip, // never sent (pickup orders: a limitation of the product); reason says why
            Attention, // cannot be sent until someone acts (no SKU, unknown product code …)
        };
        Kind kind = Kind::Create;
        QString reason;
    };

    // Shipping methods that mean "the customer collects it": WooCommerce core's, the checkout
    // block's and a common plugin's (woocommerce-api.md §3.4).
    static QStringList pickupMethodIds();

    // `productCodes` are the customer's product codes in CartonCloud; empty with `codesKnown`
    // false when they could not be read (then unknown codes are left for CartonCloud to judge).
    static Verdict verdict(const woo::WooOrder &order, const QSet<QString> &productCodes, bool codesKnown,
                           const QString &customerName);

    // The order as it goes to CartonCloud after its refunds: an order's line_items keep the
    // quantity ordered whatever was refunded (woocommerce-api.md §3.3), so each line is sent less
    // what its refunds took back, a line refunded in full is left out, and the invoice value is
    // less the money refunded. `notes` has one sentence per line changed; no lines left means
    // nothing is to be sent.
    struct Netted
    {
        woo::WooOrder order;
        QStringList notes;
        // Refunds with units on a line that names none of the order's lines: what is left of the
        // order cannot be told, and it is not to be sent until it can.
        QList<qint64> unattributed;
    };
    static Netted netOfRefunds(const woo::WooOrder &order, const QList<woo::WooRefund> &refunds);

    // "WC-<store code>-<order number>": the store code (woo::StoreIdentity, 48 bits) keeps two
    // stores of one customer from colliding (CartonCloud may refuse, or worse replace, an order
    // with a reused reference), and is derived from the store's identity so that it survives a
    // restart, a reconfigure, or deleting and restoring the store.
    static QString reference(const QString &storeUrl, const QString &orderNumber);
    static QString referenceWithCode(const QString &storeCode, const QString &orderNumber);

    static QJsonObject payload(const woo::WooOrder &order, const Integration &integration, const QString &reference);
};

} // namespace wharf
