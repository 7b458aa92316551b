#include "core/catalogue/skupreflightresult.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace wharf::catalogue {

namespace {

// Who can order it. A private product can still be ordered by the shop's staff; a private
// variation is a disabled one ("Enabled" unchecked in wp-admin), which nobody can buy.
bool forSale(const woo::WooProduct &product)
{
    if (product.isVariation())
        return product.status.isEmpty() || product.status == u"publish";
    return product.status.isEmpty() || product.status == u"publish" || product.status == u"private";
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString field = text;
    field.replace(u"\""_s, u"\"\""_s);
    return u'"' + field + u'"';
}

} // namespace

SkuPreflightResult SkuPreflightResult::compare(const QList<woo::WooProduct> &catalogue,
                                               const QList<wms::WmsProduct> &codes)
{
    SkuPreflightResult result;
    result.checkedAtUtc = QDateTime::currentDateTimeUtc();

    // Exact comparison, as the sync decides an order's fate with an exact one; the case-folded
    // index only feeds the hint.
    QHash<QString, const wms::WmsProduct *> exact;
    QHash<QString, const wms::WmsProduct *> folded;
    for (const wms::WmsProduct &code : codes) {
        const QString trimmed = code.code.trimmed();
        if (trimmed.isEmpty())
            continue;
        // An active product wins over an inactive one with the same code.
        const auto it = exact.constFind(trimmed);
        if (it == exact.cend() || (!(*it)->active && code.active))
            exact.insert(trimmed, &code);
        folded.insert(trimmed.toCaseFolded(), &code);
    }
    result.productCodes = int(exact.size());

    QHash<qint64, const woo::WooProduct *> parents;
    for (const woo::WooProduct &product : catalogue) {
        if (product.type == woo::WooProduct::Type::Variable)
            parents.insert(product.id, &product);
    }

    QHash<QString, int> uses;
    for (const woo::WooProduct &product : catalogue) {
        if (!product.isOrderable())
            continue;
        const woo::WooProduct *parent = product.isVariation() ? parents.value(product.parentId) : nullptr;
        if (!forSale(product) || (parent && !forSale(*parent))) {
            ++result.notForSale;
            continue;
        }
        SkuPreflightItem item;
        item.productId = product.id;
        item.parentId = product.parentId;
        item.variation = product.isVariation();
        item.name = product.name;
        item.sku = product.sku.trimmed();
        item.status = product.status;
        if (item.sku.isEmpty()) {
            item.verdict = SkuPreflightItem::Verdict::NoSku;
        } else if (const wms::WmsProduct *code = exact.value(item.sku)) {
            item.verdict = SkuPreflightItem::Verdict::Matched;
            if (!code->active)
                item.hint = tr("The product is inactive in CartonCloud.");
        } else {
            item.verdict = SkuPreflightItem::Verdict::NoMatch;
            if (const wms::WmsProduct *near = folded.value(item.sku.toCaseFolded()))
                item.hint = tr("CartonCloud has %1, which differs only in upper and lower case.").arg(near->code);
        }
        if (!item.sku.isEmpty())
            ++uses[item.sku];
        result.items.append(item);
    }

    for (SkuPreflightItem &item : result.items) {
        switch (item.verdict) {
        case SkuPreflightItem::Verdict::Matched:
            ++result.matched;
            break;
        case SkuPreflightItem::Verdict::NoMatch:
            ++result.noMatch;
            break;
        case SkuPreflightItem::Verdict::NoSku:
            ++result.noSku;
            break;
        }
        if (!item.sku.isEmpty() && uses.value(item.sku) > 1) {
            item.duplicate = true;
            ++result.duplicateItems;
        }
    }
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (it.value() > 1)
            ++result.duplicateSkus;
    }
    result.checked = int(result.items.size());
    return result;
}

QString SkuPreflightResult::summary() const
{
    if (checked == 0)
        return tr("The store has no products for sale to check.");
    QStringList parts;
    //: English: %1 of %n SKU matches a CartonCloud product code | %1 of %n SKUs match CartonCloud product codes
    parts << tr("%1 of %n SKU(s) match CartonCloud product codes", nullptr, checked).arg(matched);
    if (noMatch > 0) {
        //: English: %n has no match | %n have no match
        parts << tr("%n have no match", nullptr, noMatch);
    }
    if (noSku > 0) {
        //: English: %n product has no SKU | %n products have no SKU
        parts << tr("%n product(s) have no SKU", nullptr, noSku);
    }
    if (duplicateSkus > 0) {
        //: English: %n SKU is used more than once | %n SKUs are used more than once
        parts << tr("%n SKU(s) are used more than once", nullptr, duplicateSkus);
    }
    QString text = parts.join(u"; "_s) + u'.';
    if (!catalogueComplete)
        text += u' ' + tr("The store's list was cut short: these counts cover what Wharf could read.");
    return text;
}

QString SkuPreflightResult::verdictText(SkuPreflightItem::Verdict verdict)
{
    switch (verdict) {
    case SkuPreflightItem::Verdict::Matched:
        return tr("Matches");
    case SkuPreflightItem::Verdict::NoMatch:
        return tr("No product code");
    case SkuPreflightItem::Verdict::NoSku:
        return tr("No SKU");
    }
    return {};
}

QByteArray SkuPreflightResult::toCsv() const
{
    QStringList lines;
    lines << QStringList {tr("Result"), tr("SKU"),        tr("Used more than once"), tr("Product"),
                          tr("Kind"),   tr("Product ID"), tr("Parent ID"),           tr("Note")}
                 .join(u',');
    for (const SkuPreflightItem &item : items) {
        lines << QStringList {csvField(verdictText(item.verdict)),
                              csvField(item.sku),
                              item.duplicate ? tr("yes") : tr("no"),
                              csvField(item.name),
                              item.variation ? tr("variation") : tr("product"),
                              QString::number(item.productId),
                              item.parentId ? QString::number(item.parentId) : QString(),
                              csvField(item.hint)}
                     .join(u',');
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

} // namespace wharf::catalogue
