#include "core/sync/ordermapper.h"

#include <QJsonArray>
#include <QTest>

using namespace wharf;

class TestOrderMapper : public QObject
{
    Q_OBJECT

    static woo::WooOrder order()
    {
        woo::WooOrder o;
        o.id = 10452;
        o.number = QStringLiteral("10452");
        o.status = QStringLiteral("processing");
        o.currency = QStringLiteral("AUD");
        o.total = QStringLiteral("129.95");
        o.customerNote = QStringLiteral("Leave at front door");
        o.billing.email = QStringLiteral("jane@example.com");
        o.billing.phone = QStringLiteral("+61 400 000 000");
        o.shipping.firstName = QStringLiteral("Jane");
        o.shipping.lastName = QStringLiteral("Citizen");
        o.shipping.address1 = QStringLiteral("12 Example St");
        o.shipping.city = QStringLiteral("Brisbane");
        o.shipping.state = QStringLiteral("QLD");
        o.shipping.postcode = QStringLiteral("4006");
        o.shipping.country = QStringLiteral("AU");
        woo::WooLineItem shirt;
        shirt.name = QStringLiteral("T-shirt");
        shirt.sku = QStringLiteral("TSHIRT-BLK-M");
        shirt.quantity = 2;
        woo::WooLineItem cap;
        cap.name = QStringLiteral("Cap");
        cap.sku = QStringLiteral("CAP-RED");
        cap.quantity = 1;
        o.lineItems = {shirt, cap};
        woo::WooShippingLine express;
        express.methodId = QStringLiteral("flat_rate");
        express.methodTitle = QStringLiteral("Express Post");
        o.shippingLines = {express};
        return o;
    }

    static const QSet<QString> &codes()
    {
        static const QSet<QString> known {QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("CAP-RED")};
        return known;
    }

private Q_SLOTS:
    void anOrdinaryOrderIsCreated()
    {
        QCOMPARE(OrderMapper::verdict(order(), codes(), true, QStringLiteral("Acme")).kind,
                 OrderMapper::Verdict::Kind::Create);
    }

    void pickupOrdersAreSkippedWithTheReason_data()
    {
        QTest::addColumn<QString>("methodId");
        for (const QString &id : OrderMapper::pickupMethodIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void pickupOrdersAreSkippedWithTheReason()
    {
        QFETCH(QString, methodId);
        woo::WooOrder pickup = order();
        pickup.shippingLines[0].methodId = methodId;
        pickup.shippingLines[0].methodTitle = QStringLiteral("Local pickup (Main store)");
        const auto verdict = OrderMapper::verdict(pickup, codes(), true, QStringLiteral("Acme"));
        QCOMPARE(verdict.kind, OrderMapper::Verdict::Kind::Skip);
        QVERIFY2(verdict.reason.contains(QStringLiteral("pickup order (Local pickup (Main store))")),
                 qPrintable(verdict.reason));
    }

    void missingAndUnknownSkusNeedAttention()
    {
        woo::WooOrder noSku = order();
        noSku.lineItems[1].sku.clear();
        auto verdict = OrderMapper::verdict(noSku, codes(), true, QStringLiteral("Acme"));
        QCOMPARE(verdict.kind, OrderMapper::Verdict::Kind::Attention);
        QVERIFY2(verdict.reason.contains(QStringLiteral("Cap has no SKU")), qPrintable(verdict.reason));

        woo::WooOrder unknown = order();
        unknown.lineItems[1].sku = QStringLiteral("MUG-02");
        verdict = OrderMapper::verdict(unknown, codes(), true, QStringLiteral("Acme"));
        QCOMPARE(verdict.kind, OrderMapper::Verdict::Kind::Attention);
        QVERIFY2(verdict.reason.contains(QStringLiteral("SKU MUG-02 is not a product code of customer Acme")),
                 qPrintable(verdict.reason));

        // When the product codes could not be read, CartonCloud is left to judge.
        QCOMPARE(OrderMapper::verdict(unknown, {}, false, QStringLiteral("Acme")).kind,
                 OrderMapper::Verdict::Kind::Create);
    }

    void anIncompleteAddressNeedsAttention()
    {
        woo::WooOrder nameless = order();
        nameless.shipping.firstName.clear();
        nameless.shipping.lastName.clear();
        auto verdict = OrderMapper::verdict(nameless, codes(), true, QStringLiteral("Acme"));
        QCOMPARE(verdict.kind, OrderMapper::Verdict::Kind::Attention);
        QVERIFY2(verdict.reason.contains(QStringLiteral("no complete delivery address")), qPrintable(verdict.reason));
        nameless.shipping.company = QStringLiteral("Acme Pty Ltd"); // a company is a name too
        QCOMPARE(OrderMapper::verdict(nameless, codes(), true, QStringLiteral("Acme")).kind,
                 OrderMapper::Verdict::Kind::Create);
        woo::WooOrder noStreet = order();
        noStreet.shipping.address1.clear();
        QCOMPARE(OrderMapper::verdict(noStreet, codes(), true, QStringLiteral("Acme")).kind,
                 OrderMapper::Verdict::Kind::Attention);
    }

    void fractionalQuantitiesNeedAttention()
    {
        woo::WooOrder half = order();
        half.lineItems[0].quantity = 1.5;
        QCOMPARE(OrderMapper::verdict(half, codes(), true, QStringLiteral("Acme")).kind,
                 OrderMapper::Verdict::Kind::Attention);
    }

    void refundsAreTakenOffTheirLines()
    {
        woo::WooOrder o = order();
        o.lineItems[0].id = 71; // 2 T-shirts
        o.lineItems[1].id = 72; // 1 cap
        o.lineItems[0].quantity = 3;
        // As WooCommerce's v3 refunds route sends them: negative quantities, the order's line in
        // the meta _refunded_item_id (a string); one refund of money only.
        const auto refund = [](qint64 id, const QString &amount, qint64 item, int quantity) {
            QJsonArray lines;
            if (item) {
                lines.append(
                    QJsonObject {{QStringLiteral("id"), id * 10},
                                 {QStringLiteral("quantity"), -quantity},
                                 {QStringLiteral("total"), QStringLiteral("-%1").arg(amount)},
                                 {QStringLiteral("meta_data"),
                                  QJsonArray {QJsonObject {{QStringLiteral("key"), QStringLiteral("_refunded_item_id")},
                                                           {QStringLiteral("value"), QString::number(item)}}}}});
            }
            return woo::WooRefund::fromJson(QJsonObject {
                {QStringLiteral("id"), id}, {QStringLiteral("amount"), amount}, {QStringLiteral("line_items"), lines}});
        };
        const QList<woo::WooRefund> refunds {refund(90, QStringLiteral("20.00"), 71, 1),
                                             refund(91, QStringLiteral("20.00"), 71, 1),
                                             refund(92, QStringLiteral("5.00"), 0, 0)};
        const OrderMapper::Netted netted = OrderMapper::netOfRefunds(o, refunds);
        QCOMPARE(netted.order.lineItems.size(), 2);
        QCOMPARE(netted.order.lineItems[0].quantity, 1.0);
        QCOMPARE(netted.order.lineItems[1].quantity, 1.0);
        QCOMPARE(netted.order.total, QStringLiteral("84.95"));
        QCOMPARE(netted.notes, QStringList {QStringLiteral("2 of 3 × TSHIRT-BLK-M refunded before sending; sent 1.")});
        const QJsonArray items = OrderMapper::payload(netted.order, Integration {}, QStringLiteral("WC-1"))
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(items[0][QStringLiteral("measures")][QStringLiteral("quantity")].toDouble(), 1.0);

        // The cap refunded too, twice over (WooCommerce does not stop that): left out, never below
        // nothing; every line refunded leaves nothing to send.
        const OrderMapper::Netted capless =
            OrderMapper::netOfRefunds(o, refunds + QList<woo::WooRefund> {refund(93, QStringLiteral("1.00"), 72, 2)});
        QCOMPARE(capless.order.lineItems.size(), 1);
        QCOMPARE(capless.notes.last(), QStringLiteral("All 1 × CAP-RED refunded before sending; left out."));
        const OrderMapper::Netted nothing =
            OrderMapper::netOfRefunds(o,
                                      refunds
                                          + QList<woo::WooRefund> {refund(94, QStringLiteral("1.00"), 71, 1),
                                                                   refund(95, QStringLiteral("1.00"), 72, 1)});
        QVERIFY(nothing.order.lineItems.isEmpty());
        QCOMPARE(nothing.notes.size(), 2);
        QVERIFY(nothing.unattributed.isEmpty());

        // Units refunded on a line that names none of the order's: what is left cannot be told.
        const OrderMapper::Netted unknown =
            OrderMapper::netOfRefunds(o, refunds + QList<woo::WooRefund> {refund(96, QStringLiteral("1.00"), 999, 1)});
        QCOMPARE(unknown.unattributed, QList<qint64> {96});
    }

    void referencesAreStablePerStoreAndDistinctAcrossStores()
    {
        const QString a = OrderMapper::reference(QStringLiteral("https://shop.acme.example/"), QStringLiteral("1001"));
        QCOMPARE(a, OrderMapper::reference(QStringLiteral("https://SHOP.acme.example"), QStringLiteral("1001")));
        QVERIFY(a.startsWith(QStringLiteral("WC-")));
        QVERIFY(a.endsWith(QStringLiteral("-1001")));
        QVERIFY(a != OrderMapper::reference(QStringLiteral("https://outlet.acme.example/"), QStringLiteral("1001")));
        QVERIFY(a != OrderMapper::reference(QStringLiteral("https://shop.acme.example:8443/"), QStringLiteral("1001")));
        QCOMPARE(a, OrderMapper::reference(QStringLiteral("http://shop.acme.example"), QStringLiteral("1001")));
    }

    void payloadFollowsTheReferenceMapping()
    {
        Integration integration;
        integration.customerId = QStringLiteral("cust-uuid");
        integration.warehouseMode = Integration::WarehouseMode::Named;
        integration.warehouseName = QStringLiteral("Brisbane DC");
        const QJsonObject payload = OrderMapper::payload(order(), integration, QStringLiteral("WC-ABCD-10452"));

        QCOMPARE(payload[u"type"].toString(), QStringLiteral("OUTBOUND"));
        QCOMPARE(payload[u"references"][u"customer"].toString(), QStringLiteral("WC-ABCD-10452"));
        QCOMPARE(payload[u"customer"][u"id"].toString(), QStringLiteral("cust-uuid"));
        QCOMPARE(payload[u"warehouse"][u"name"].toString(), QStringLiteral("Brisbane DC"));
        const QJsonObject deliver = payload[u"details"][u"deliver"].toObject();
        QCOMPARE(deliver[u"address"][u"contactName"].toString(), QStringLiteral("Jane Citizen"));
        QVERIFY(deliver[u"address"][u"companyName"].isNull()); // null, not "" (S1 rule)
        QCOMPARE(deliver[u"address"][u"state"][u"code"].toString(), QStringLiteral("QLD"));
        QCOMPARE(deliver[u"address"][u"country"][u"iso2Code"].toString(), QStringLiteral("AU"));
        QCOMPARE(deliver[u"address"][u"phone"].toString(), QStringLiteral("+61 400 000 000")); // from billing
        QCOMPARE(deliver[u"address"][u"email"].toString(), QStringLiteral("jane@example.com"));
        QCOMPARE(deliver[u"method"][u"requestedService"].toString(), QStringLiteral("Express Post"));
        QCOMPARE(deliver[u"instructions"].toString(), QStringLiteral("Leave at front door"));
        QCOMPARE(payload[u"details"][u"invoiceValue"][u"amount"].toDouble(), 129.95);
        const QJsonArray items = payload[u"items"].toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0][u"details"][u"product"][u"references"][u"code"].toString(), QStringLiteral("TSHIRT-BLK-M"));
        QCOMPARE(items[0][u"measures"][u"quantity"].toDouble(), 2.0);

        integration.warehouseMode = Integration::WarehouseMode::CustomerDefault;
        QVERIFY(!OrderMapper::payload(order(), integration, QStringLiteral("r")).contains(QStringLiteral("warehouse")));
    }
};

QTEST_GUILESS_MAIN(TestOrderMapper)
#include "tst_ordermapper.moc"
