#include "core/woo/wooorder.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using wharf::woo::WooOrder;

class tst_WooOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The composed order of the WooCommerce reference (§3.6), as a store sends it.
    void parsesARealShapedOrder()
    {
        const QByteArray json = R"json({
          "id": 1532, "number": "1532", "status": "processing", "currency": "EUR", "total": "29.00",
          "date_created": "2026-05-04T14:02:11", "date_created_gmt": "2026-05-04T12:02:11",
          "date_modified": "2026-05-04T14:05:40", "date_modified_gmt": "2026-05-04T12:05:40",
          "customer_note": "Please ring twice",
          "billing": { "first_name": "Ana", "last_name": "Ruiz", "company": "", "address_1": "Calle Mayor 1",
                       "address_2": "", "city": "Madrid", "state": "M", "postcode": "28013", "country": "ES",
                       "email": "ana@example.com", "phone": "+34 600 000 000" },
          "shipping": { "first_name": "Ana", "last_name": "Ruiz", "company": "", "address_1": "Calle Mayor 1",
                        "address_2": "3B", "city": "Madrid", "state": "M", "postcode": "28013", "country": "ES",
                        "phone": "" },
          "line_items": [
            { "id": 9001, "name": "T-shirt - Blue, L", "product_id": 40, "variation_id": 44, "quantity": 2,
              "sku": "TS-BLU-L", "price": 12.5, "total": "25.00", "meta_data": [] },
            { "id": 9003, "name": "Deleted product", "product_id": 0, "variation_id": 0, "quantity": 1,
              "sku": null, "price": 4, "total": "4.00" }
          ],
          "shipping_lines": [
            { "id": 9002, "method_title": "Local pickup (Main store)", "method_id": "pickup_location",
              "instance_id": "0", "total": "0.00", "total_tax": "0.00", "taxes": [],
              "meta_data": [ { "id": 502, "key": "pickup_location", "value": "Main store" } ] }
          ],
          "meta_data": [],
          "refunds": [ { "id": 1540, "reason": "Too big", "total": "-12.50" }, { "id": 1535, "reason": "", "total": "-1.00" } ]
        })json";
        const WooOrder o = WooOrder::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(o.isValid());
        QCOMPARE(o.id, 1532);
        QCOMPARE(o.number, u"1532"_s);
        QCOMPARE(o.status, u"processing"_s);
        QCOMPARE(o.currency, u"EUR"_s);
        QCOMPARE(o.total, u"29.00"_s);
        QCOMPARE(o.createdUtc, QDateTime(QDate(2026, 5, 4), QTime(12, 2, 11), Qt::UTC));
        QCOMPARE(o.modifiedUtc, QDateTime(QDate(2026, 5, 4), QTime(12, 5, 40), Qt::UTC));
        QCOMPARE(o.dateCreatedLocal, u"2026-05-04T14:02:11"_s);
        QCOMPARE(o.customerNote, u"Please ring twice"_s);
        QCOMPARE(o.billing.email, u"ana@example.com"_s);
        QCOMPARE(o.billing.phone, u"+34 600 000 000"_s);
        QCOMPARE(o.shipping.address2, u"3B"_s);
        QCOMPARE(o.shipping.country, u"ES"_s);
        QCOMPARE(o.lineItems.size(), 2);
        QCOMPARE(o.lineItems[0].sku, u"TS-BLU-L"_s);
        QCOMPARE(o.lineItems[0].variationId, 44);
        QCOMPARE(o.lineItems[0].quantity, 2.0);
        QCOMPARE(o.lineItems[0].price, 12.5);
        QVERIFY(o.lineItems[1].sku.isEmpty());
        QCOMPARE(o.shippingLines.size(), 1);
        QCOMPARE(o.shippingLines[0].methodId, u"pickup_location"_s);
        QCOMPARE(o.shippingLines[0].instanceId, u"0"_s);
        QVERIFY(o.raw.contains(u"meta_data"_s));
        QVERIFY(o.hasRefunds());
        QCOMPARE(o.refundIds, (QList<qint64> {1540, 1535}));
    }

    void toleratesMissingAndOddFields()
    {
        const QByteArray json =
            R"({"id": 7, "number": 7, "line_items": [{"id": 1, "quantity": "1.5", "sku": " MUG-02 "}],
                                   "billing": null, "shipping_lines": "nonsense", "total": 12})";
        const WooOrder o = WooOrder::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(o.isValid());
        QCOMPARE(o.number, u"7"_s);
        QCOMPARE(o.lineItems.size(), 1);
        QCOMPARE(o.lineItems[0].quantity, 1.5); // kept, so that the mapper can refuse it
        QCOMPARE(o.lineItems[0].sku, u"MUG-02"_s);
        QVERIFY(o.billing.isEmpty());
        QVERIFY(o.shippingLines.isEmpty());
        QVERIFY(!o.createdUtc.isValid());
        QCOMPARE(o.total, u"12.00"_s);
        QVERIFY(!o.hasRefunds()); // no refunds[] at all: none
    }

    void withoutIdIsInvalid()
    {
        QVERIFY(!WooOrder::fromJson(QJsonObject {}).isValid());
        QVERIFY(!WooOrder::fromJson(QJsonDocument::fromJson("[1,2]").object()).isValid());
    }

    void gmtFormatting()
    {
        const QDateTime t(QDate(2026, 5, 4), QTime(14, 2, 11), QTimeZone(7200));
        QCOMPARE(WooOrder::formatGmt(t), u"2026-05-04T12:02:11"_s);
        QCOMPARE(WooOrder::parseGmt(u"2026-05-04T12:02:11"_s).toUTC(), t.toUTC());
        QVERIFY(!WooOrder::parseGmt(u"yesterday"_s).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_WooOrder)
#include "tst_wooorder.moc"
