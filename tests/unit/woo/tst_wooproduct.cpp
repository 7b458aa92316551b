#include "core/woo/wooproduct.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using wharf::woo::WooProduct;

// Products and variations as the v3 routes send them, and what a plugin's filter may make of them.
class tst_WooProduct : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleProduct()
    {
        const auto p = WooProduct::fromJson(QJsonDocument::fromJson(R"({"id": 40, "parent_id": 0, "type": "simple",
            "name": "Mug", "sku": " MUG-01 ", "status": "publish", "manage_stock": true, "stock_quantity": 12,
            "stock_status": "instock", "variations": []})")
                                                .object());
        QVERIFY(p.isValid());
        QCOMPARE(p.id, 40);
        QCOMPARE(p.type, WooProduct::Type::Simple);
        QCOMPARE(p.sku, u"MUG-01"_s); // trimmed, as the sync compares it
        QVERIFY(p.manageStock);
        QCOMPARE(p.stockQuantity.value_or(-1), 12);
        QVERIFY(p.isOrderable());
    }

    void variableProductIsNotOrdered()
    {
        const auto p = WooProduct::fromJson(QJsonDocument::fromJson(R"({"id": 50, "type": "variable", "name": "Tee",
            "sku": "TEE", "manage_stock": false, "stock_quantity": null, "variations": [51, "52", 0]})")
                                                .object());
        QCOMPARE(p.type, WooProduct::Type::Variable);
        QVERIFY(!p.isOrderable());
        QCOMPARE(p.variationIds, (QList<qint64> {51, 52}));
        QVERIFY(!p.stockQuantity.has_value());
    }

    void otherTypes()
    {
        const auto p = WooProduct::fromJson(QJsonDocument::fromJson(R"({"id": 60, "type": "grouped"})").object());
        QCOMPARE(p.type, WooProduct::Type::Other);
        QCOMPARE(p.typeName, u"grouped"_s);
        QVERIFY(!WooProduct::fromJson(QJsonDocument::fromJson(R"({"sku": "X"})").object()).isValid());
    }

    void variationTakesItsNameFromTheParent()
    {
        WooProduct parent;
        parent.id = 50;
        parent.name = u"Tee"_s;
        const auto v = WooProduct::variationFromJson(QJsonDocument::fromJson(R"({"id": 51, "sku": "TEE-BLU-L",
            "status": "publish", "manage_stock": "parent", "stock_quantity": "7", "stock_status": "instock",
            "attributes": [{"id": 1, "name": "Colour", "option": "Blue"}, {"id": 2, "name": "Size", "option": "L"}]})")
                                                         .object(),
                                                     parent);
        QCOMPARE(v.type, WooProduct::Type::Variation);
        QCOMPARE(v.parentId, 50);
        QCOMPARE(v.name, u"Tee – Blue, L"_s);
        QVERIFY(v.manageStock);
        QVERIFY(v.stockManagedByParent);
        QCOMPARE(v.stockQuantity.value_or(-1), 7);
        QVERIFY(v.isOrderable());
        // A release that names variations itself wins.
        const auto named = WooProduct::variationFromJson(
            QJsonDocument::fromJson(R"({"id": 52, "name": "Tee - Red", "manage_stock": false})").object(), parent);
        QCOMPARE(named.name, u"Tee - Red"_s);
        QVERIFY(!named.manageStock);
        QVERIFY(!named.stockManagedByParent);
    }

    void fieldsAskForWhatIsRead()
    {
        for (const QString &field : {u"sku"_s, u"type"_s, u"manage_stock"_s, u"stock_quantity"_s, u"variations"_s})
            QVERIFY(WooProduct::productFields().split(u',').contains(field));
        QVERIFY(WooProduct::variationFields().split(u',').contains(u"attributes"_s));
        QVERIFY(!WooProduct::variationFields().split(u',').contains(u"variations"_s));
    }
};

QTEST_GUILESS_MAIN(tst_WooProduct)
#include "tst_wooproduct.moc"
