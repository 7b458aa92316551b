#include "core/catalogue/skupreflightresult.h"

#include <QTest>

using namespace Qt::StringLiterals;
using wharf::catalogue::SkuPreflightItem;
using wharf::catalogue::SkuPreflightResult;
using wharf::wms::WmsProduct;
using wharf::woo::WooProduct;
using Verdict = SkuPreflightItem::Verdict;

namespace {

WooProduct product(qint64 id, const QString &sku, const QString &name = {},
                   WooProduct::Type type = WooProduct::Type::Simple, qint64 parent = 0,
                   const QString &status = u"publish"_s)
{
    WooProduct p;
    p.id = id;
    p.sku = sku;
    p.name = name.isEmpty() ? sku : name;
    p.type = type;
    p.parentId = parent;
    p.status = status;
    return p;
}

WmsProduct code(const QString &c, bool active = true)
{
    return WmsProduct {u"id-"_s + c, c, c, active};
}

const SkuPreflightItem *itemOf(const SkuPreflightResult &r, qint64 id)
{
    for (const SkuPreflightItem &item : r.items) {
        if (item.productId == id)
            return &item;
    }
    return nullptr;
}

} // namespace

// The comparison, its counts, its summary and its CSV, on a catalogue with every kind of problem.
class tst_SkuPreflightResult : public QObject
{
    Q_OBJECT

private:
    QList<WooProduct> catalogue() const
    {
        using T = WooProduct::Type;
        return {
            product(1, u"MUG"_s),
            product(2, u"CAP"_s),
            product(3, u"HAT"_s), // no product code
            product(4, QString(), u"Gift card"_s), // no SKU
            product(5, u"MUG"_s, u"Mug, again"_s), // duplicate of 1
            product(10, u"TEE"_s, u"Tee"_s, T::Variable), // the parent: not ordered, not checked
            product(11, u"TEE-S"_s, u"Tee – S"_s, T::Variation, 10),
            product(12, u"TEE"_s, u"Tee – M"_s, T::Variation, 10), // inherits the parent's SKU: no code
            product(13, u"TEE-L"_s, u"Tee – L"_s, T::Variation, 10, u"private"_s), // disabled: not for sale
            product(14, u"tee-xl"_s, u"Tee – XL"_s, T::Variation, 10), // differs only in case
            product(20, u"DRAFT"_s, u"Draft"_s, T::Simple, 0, u"draft"_s), // not for sale
            product(21, u"OLD"_s), // matches an inactive product
            product(22, u"PRIV"_s, u"Staff only"_s, T::Simple, 0, u"private"_s), // staff can order it
            product(30, u"SET"_s, u"Variable draft"_s, T::Variable, 0, u"draft"_s),
            product(31, u"SET-1"_s, u"Its variation"_s, T::Variation, 30), // parent not for sale
        };
    }
    QList<WmsProduct> codes() const
    {
        return {code(u"MUG"_s),        code(u"CAP"_s),  code(u"TEE-S"_s), code(u"TEE-XL"_s),
                code(u"OLD"_s, false), code(u"PRIV"_s), code(u"SET-1"_s), code(u" "_s)};
    }

private Q_SLOTS:
    void countsEveryKindOfProblem()
    {
        const auto r = SkuPreflightResult::compare(catalogue(), codes());
        // Checked: 1 2 3 4 5 11 12 14 21 22 = 10. Not for sale: 13 20 31.
        QCOMPARE(r.checked, 10);
        QCOMPARE(r.items.size(), 10);
        QCOMPARE(r.notForSale, 3);
        QCOMPARE(r.matched, 6); // 1 2 5 11 21 22
        QCOMPARE(r.noMatch, 3); // 3 12 14
        QCOMPARE(r.noSku, 1); // 4
        QCOMPARE(r.duplicateSkus, 1); // MUG
        QCOMPARE(r.duplicateItems, 2);
        QCOMPARE(r.productCodes, 7); // the blank one is no code
        QCOMPARE(r.matched + r.noMatch + r.noSku, r.checked);

        QVERIFY(!itemOf(r, 10)); // a variable product is not checked
        QCOMPARE(itemOf(r, 12)->verdict, Verdict::NoMatch);
        QVERIFY(itemOf(r, 12)->variation);
        QCOMPARE(itemOf(r, 12)->parentId, 10);
        QVERIFY(itemOf(r, 1)->duplicate);
        QVERIFY(itemOf(r, 5)->duplicate);
        QVERIFY(!itemOf(r, 2)->duplicate);
        QVERIFY(itemOf(r, 14)->hint.contains(u"TEE-XL"_s));
        QCOMPARE(itemOf(r, 21)->verdict, Verdict::Matched);
        QVERIFY(itemOf(r, 21)->hint.contains(u"inactive"_s));
        QVERIFY(itemOf(r, 21)->hasProblem());
        QVERIFY(!itemOf(r, 2)->hasProblem());
    }

    void aMatchIsExactAsInTheSync()
    {
        const auto r = SkuPreflightResult::compare({product(1, u"mug"_s), product(2, u"MUG "_s)}, {code(u"MUG"_s)});
        QCOMPARE(r.matched, 1); // surrounding spaces are trimmed, as the sync trims them
        QCOMPARE(r.noMatch, 1); // case is not folded
    }

    void summarySaysEachCount()
    {
        const auto r = SkuPreflightResult::compare(catalogue(), codes());
        const QString s = r.summary();
        QVERIFY2(s.startsWith(u"6 of 10 "_s), qPrintable(s));
        QVERIFY2(s.contains(u"3 have no match"_s), qPrintable(s));
        QVERIFY2(s.contains(u"1 product"_s), qPrintable(s));
        QVERIFY2(s.contains(u"1 SKU"_s), qPrintable(s));
        const auto clean = SkuPreflightResult::compare({product(1, u"MUG"_s)}, {code(u"MUG"_s)});
        QVERIFY(!clean.summary().contains(u"no match"_s));
        QVERIFY(!SkuPreflightResult::compare({}, {}).summary().isEmpty());
    }

    void csvQuotesPerRfc4180()
    {
        const auto r = SkuPreflightResult::compare(
            {product(1, u"A,1"_s, u"Mug \"large\""_s), product(2, u"B"_s, u"Two\nlines"_s), product(3, u"C"_s)},
            {code(u"C"_s)});
        const QByteArray csv = r.toCsv();
        QVERIFY(csv.endsWith("\r\n"));
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(lines.first().startsWith("Result,SKU,"));
        QVERIFY(csv.contains("No product code,\"A,1\",no,\"Mug \"\"large\"\"\",product,1,,"));
        QVERIFY(csv.contains("\"Two\nlines\""));
        QVERIFY(csv.contains("Matches,C,no,C,product,3,,\r\n"));
        // Every record ends with CRLF; the line break inside the quoted name is the only bare one.
        QCOMPARE(csv.count("\r\n"), 4);
        QCOMPARE(csv.count('\n'), 5);
    }
};

QTEST_GUILESS_MAIN(tst_SkuPreflightResult)
#include "tst_skupreflightresult.moc"
