#pragma once

#include "core/catalogue/skupreflightitem.h"
#include "core/wms/wmsproduct.h"
#include "core/woo/wooproduct.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace wharf::catalogue {

// What the SKU pre-flight found: a store's products and variations against a customer's
// CartonCloud product codes, before any order fails for it.
struct SkuPreflightResult
{
    Q_DECLARE_TR_FUNCTIONS(SkuPreflightResult)

public:
    QString customerName;
    QDateTime checkedAtUtc;
    // Every product and variation a customer can order, in catalogue order (a variation after its
    // product's siblings).
    QList<SkuPreflightItem> items;
    int checked = 0; // items.size()
    int matched = 0;
    int noMatch = 0;
    int noSku = 0;
    // SKUs that more than one product or variation carries, and those products and variations.
    int duplicateSkus = 0;
    int duplicateItems = 0;
    // Drafts, pending products and disabled variations: nobody can order them, so they are not
    // checked (a draft without an SKU is not yet a problem).
    int notForSale = 0;
    int productCodes = 0; // the customer's product codes in CartonCloud
    // The store's list was cut short (WooClient::MaxCatalogueRequests) or had items Wharf could not
    // read: the counts cover what was read.
    bool catalogueComplete = true;
    int unreadable = 0;

    // The comparison itself. A variable product is not checked: its SKU is never on an order line
    // (customers order its variations, and a line carries the variation's SKU). A variation
    // without an SKU of its own already shows its parent's (WooCommerce falls back to it), so it is
    // checked with that one, which is what its order lines would carry.
    static SkuPreflightResult compare(const QList<woo::WooProduct> &catalogue, const QList<wms::WmsProduct> &codes);

    // One line per sentence part: "412 of 430 SKUs match CartonCloud product codes; 12 have no match;
    // 6 products have no SKU; 2 SKUs are used twice." Translated.
    QString summary() const;
    // Every checked item as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break
    // quoted, quotes doubled), with a header line, UTF-8. Fields are written as they are: an SKU
    // must stay exactly what the store has, so nothing is prefixed to keep spreadsheets from
    // reading a leading "=" as a formula.
    QByteArray toCsv() const;
    static QString verdictText(SkuPreflightItem::Verdict verdict);
};

} // namespace wharf::catalogue

Q_DECLARE_METATYPE(wharf::catalogue::SkuPreflightResult)
