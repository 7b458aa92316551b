#include "core/sync/handoffsnapshot.h"

#include <QJsonArray>
#include <QTest>

using namespace wharf;

// What CartonCloud was given, compared with later versions of the WooCommerce order (issue 15):
// each difference the warehouse cares about is named, and nothing else counts as a change.
class TestHandOffSnapshot : public QObject
{
    Q_OBJECT

    static QJsonObject order(const QString &status = QStringLiteral("processing"))
    {
        return QJsonObject {{QStringLiteral("id"), 1042},
                            {QStringLiteral("number"), QStringLiteral("1042")},
                            {QStringLiteral("status"), status},
                            {QStringLiteral("shipping"),
                             QJsonObject {{QStringLiteral("first_name"), QStringLiteral("Ada")},
                                          {QStringLiteral("last_name"), QStringLiteral("Lovelace")},
                                          {QStringLiteral("address_1"), QStringLiteral("1 Queen St")},
                                          {QStringLiteral("city"), QStringLiteral("Brisbane")},
                                          {QStringLiteral("country"), QStringLiteral("AU")}}},
                            {QStringLiteral("shipping_lines"),
                             QJsonArray {QJsonObject {{QStringLiteral("method_id"), QStringLiteral("flat_rate")},
                                                      {QStringLiteral("method_title"), QStringLiteral("Flat rate")}}}},
                            {QStringLiteral("line_items"),
                             QJsonArray {QJsonObject {{QStringLiteral("id"), 1},
                                                      {QStringLiteral("name"), QStringLiteral("T-shirt")},
                                                      {QStringLiteral("sku"), QStringLiteral("TSHIRT")},
                                                      {QStringLiteral("quantity"), 2}},
                                         QJsonObject {{QStringLiteral("id"), 2},
                                                      {QStringLiteral("name"), QStringLiteral("Cap")},
                                                      {QStringLiteral("sku"), QStringLiteral("CAP")},
                                                      {QStringLiteral("quantity"), 1}}}}};
    }
    static HandOffSnapshot snapshot(const QJsonObject &json)
    {
        return HandOffSnapshot::of(woo::WooOrder::fromJson(json));
    }

private Q_SLOTS:
    void keptAsTextUnchanged()
    {
        QJsonObject json = order();
        json.insert(
            QStringLiteral("refunds"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), 7}, {QStringLiteral("total"), QStringLiteral("-5.50")}}});
        const HandOffSnapshot before = snapshot(json);
        const HandOffSnapshot read = HandOffSnapshot::fromText(before.toText());
        QCOMPARE(read.toText(), before.toText());
        QVERIFY(read.changeTo(before).isEmpty());
        QCOMPARE(read.lines().size(), 2);
        QVERIFY(HandOffSnapshot::fromText(QString()).isEmpty());
    }

    void whatDoesNotMatterIsNoChange()
    {
        const HandOffSnapshot before = snapshot(order());
        QJsonObject json = order();
        json.insert(QStringLiteral("customer_note"), QStringLiteral("Ring twice"));
        json.insert(QStringLiteral("meta_data"),
                    QJsonArray {QJsonObject {{QStringLiteral("key"), QStringLiteral("_wc_shipment_tracking_items")}}});
        QVERIFY(before.changeTo(snapshot(json)).isEmpty());
        // Completed: the completion stage's business, not a change to tell.
        QVERIFY(before.changeTo(snapshot(order(QStringLiteral("completed")))).isEmpty());
    }

    void aStatusChangeIsNamedAndStopsTheOrderOnlyWhenCancelledOrRefunded()
    {
        const HandOffSnapshot before = snapshot(order());
        const HandOffSnapshot::Change cancelled = before.changeTo(snapshot(order(QStringLiteral("cancelled"))));
        QCOMPARE(cancelled.kind, QStringLiteral("cancelled"));
        QVERIFY(cancelled.stopsTheOrder());
        QVERIFY(before.changeTo(snapshot(order(QStringLiteral("refunded")))).stopsTheOrder());
        const HandOffSnapshot::Change held = before.changeTo(snapshot(order(QStringLiteral("on-hold"))));
        QCOMPARE(held.kind, QStringLiteral("on-hold"));
        QVERIFY(!held.stopsTheOrder());
        const QString sentence = cancelled.sentence(QStringLiteral("1042"), QStringLiteral("PACKED"));
        QVERIFY2(sentence.startsWith(
                     QStringLiteral("Order 1042 was cancelled in WooCommerce after CartonCloud received it (PACKED in "
                                    "CartonCloud).")),
                 qPrintable(sentence));
        QVERIFY(sentence.contains(QStringLiteral("CartonCloud was not changed")));
        // Back to processing after a cancellation is a change too.
        const HandOffSnapshot::Change again = snapshot(order(QStringLiteral("cancelled"))).changeTo(snapshot(order()));
        QCOMPARE(again.kind, QStringLiteral("processing"));
    }

    void editsNameEachDifference()
    {
        const HandOffSnapshot before = snapshot(order());
        QJsonObject json = order();
        QJsonArray lines = json.value(QStringLiteral("line_items")).toArray();
        QJsonObject shirt = lines.at(0).toObject();
        shirt.insert(QStringLiteral("quantity"), 3);
        lines.replace(0, shirt);
        lines.removeAt(1);
        lines.append(QJsonObject {{QStringLiteral("id"), 3},
                                  {QStringLiteral("name"), QStringLiteral("Mug")},
                                  {QStringLiteral("sku"), QStringLiteral("MUG")},
                                  {QStringLiteral("quantity"), 4}});
        json.insert(QStringLiteral("line_items"), lines);
        QJsonObject shipping = json.value(QStringLiteral("shipping")).toObject();
        shipping.insert(QStringLiteral("address_1"), QStringLiteral("9 King St"));
        json.insert(QStringLiteral("shipping"), shipping);
        json.insert(QStringLiteral("shipping_lines"),
                    QJsonArray {QJsonObject {{QStringLiteral("method_id"), QStringLiteral("flat_rate")},
                                             {QStringLiteral("method_title"), QStringLiteral("Express")}}});
        const HandOffSnapshot::Change change = before.changeTo(snapshot(json));
        QCOMPARE(change.kind, QStringLiteral("edited"));
        QCOMPARE(change.particulars,
                 (QStringList {QStringLiteral("TSHIRT 2 → 3"), QStringLiteral("CAP removed"),
                               QStringLiteral("MUG × 4 added"),
                               QStringLiteral("shipping address now Ada Lovelace, 9 King St, Brisbane, AU"),
                               QStringLiteral("shipping now Express")}));
    }

    void aNewRefundIsAPartRefundWhileTheStatusStays()
    {
        const HandOffSnapshot before = snapshot(order());
        QJsonObject json = order();
        json.insert(
            QStringLiteral("refunds"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), 7}, {QStringLiteral("total"), QStringLiteral("-5.50")}},
                        QJsonObject {{QStringLiteral("id"), 8}, {QStringLiteral("total"), QStringLiteral("-4.50")}}});
        const HandOffSnapshot::Change change = before.changeTo(snapshot(json));
        QCOMPARE(change.kind, QStringLiteral("refunded-part"));
        QCOMPARE(change.particulars, QStringList {QStringLiteral("refunds now total 10.00")});
        QVERIFY(!change.stopsTheOrder());
    }
};

QTEST_GUILESS_MAIN(TestHandOffSnapshot)
#include "tst_handoffsnapshot.moc"
