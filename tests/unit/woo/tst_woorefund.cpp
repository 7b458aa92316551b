#include "core/woo/woorefund.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using wharf::woo::WooRefund;

class tst_WooRefund : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // As WooCommerce's v3 refunds route sends one (WC_REST_Order_Refunds_V2_Controller): the
    // refund's lines are order items with the quantity and totals negated, tied to the order's
    // line by the meta _refunded_item_id, whose value is a string.
    void parsesARealShapedRefund()
    {
        const QByteArray json = R"json({
          "id": 1540, "date_created": "2026-05-05T10:00:00", "date_created_gmt": "2026-05-05T00:00:00",
          "amount": "25.00", "reason": "Too big", "refunded_by": 1, "refunded_payment": false,
          "meta_data": [],
          "line_items": [
            { "id": 9010, "name": "T-shirt - Blue, L", "product_id": 40, "variation_id": 44, "quantity": -2,
              "subtotal": "-25.00", "total": "-25.00", "sku": "TS-BLU-L", "price": 12.5,
              "meta_data": [ { "id": 880, "key": "_refunded_item_id", "value": "9001",
                               "display_key": "_refunded_item_id", "display_value": "9001" } ] }
          ],
          "shipping_lines": [], "tax_lines": [], "fee_lines": []
        })json";
        const WooRefund r = WooRefund::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(r.isValid());
        QCOMPARE(r.id, 1540);
        QCOMPARE(r.amount, u"25.00"_s);
        QCOMPARE(r.reason, u"Too big"_s);
        QCOMPARE(r.createdUtc, QDateTime(QDate(2026, 5, 5), QTime(0, 0), Qt::UTC));
        QCOMPARE(r.lines.size(), 1);
        QCOMPARE(r.lines[0].id, 9010);
        QCOMPARE(r.lines[0].orderItemId, 9001);
        QCOMPARE(r.lines[0].quantity, 2.0);
        QCOMPARE(r.lines[0].total, u"25.00"_s);
    }

    // A store that names the order's line (newer refund schemas) is read by that name; a line
    // that names none is kept, with 0, so that the caller can tell.
    void readsLineItemIdAndKeepsLinesThatNameNone()
    {
        const QByteArray json = R"json({"id": 7, "amount": 3, "line_items": [
            {"id": 1, "line_item_id": 55, "quantity": "-1.0", "total": -3},
            {"id": 2, "quantity": -4, "meta_data": [{"key": "_other", "value": "9"}]}]})json";
        const WooRefund r = WooRefund::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(r.amount, u"3.00"_s);
        QCOMPARE(r.lines.size(), 2);
        QCOMPARE(r.lines[0].orderItemId, 55);
        QCOMPARE(r.lines[0].quantity, 1.0);
        QCOMPARE(r.lines[0].total, u"3.00"_s);
        QCOMPARE(r.lines[1].orderItemId, 0);
        QCOMPARE(r.lines[1].quantity, 4.0);
    }

    void addsUpWhatWasRefundedOfALine()
    {
        const auto refund = [](qint64 id, qint64 item, int quantity) {
            return WooRefund::fromJson(QJsonObject {
                {u"id"_s, id},
                {u"line_items"_s, QJsonArray {QJsonObject {{u"quantity"_s, -quantity}, {u"line_item_id"_s, item}}}}});
        };
        const QList<WooRefund> refunds {refund(1, 10, 2), refund(2, 11, 1), refund(3, 10, 1)};
        QCOMPARE(WooRefund::refundedQuantity(refunds, 10), 3.0);
        QCOMPARE(WooRefund::refundedQuantity(refunds, 11), 1.0);
        QCOMPARE(WooRefund::refundedQuantity(refunds, 12), 0.0);
    }

    void withoutIdIsInvalid() { QVERIFY(!WooRefund::fromJson(QJsonObject {{u"amount"_s, u"1.00"_s}}).isValid()); }
};

QTEST_GUILESS_MAIN(tst_WooRefund)
#include "tst_woorefund.moc"
