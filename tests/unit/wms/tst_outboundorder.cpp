#include "core/wms/outboundorder.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using wharf::wms::OutboundOrder;

class tst_OutboundOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The composed 228 answer of the CartonCloud reference (§5.2).
    void parsesACreatedWithIssuesAnswer()
    {
        const QByteArray json = R"json({
          "id": "fb5b56f6-a68e-11e8-98d0-529269fb1459", "type": "OUTBOUND", "status": "REJECTED", "version": 1,
          "references": { "customer": "WC-acme-10452", "numericId": "13673" },
          "customer": { "id": "c1", "name": "Acme Apparel", "references": { "code": "ACME" }, "enabled": true },
          "warehouse": { "id": "w1", "name": "Brisbane", "enabled": true },
          "details": { "urgent": false, "errors": [
              { "message": "Red Cap (CAP-RED) x 1 UNITS - Product not found", "isResolved": false },
              { "message": "old problem", "isResolved": true } ] },
          "items": [],
          "timestamps": { "created": { "time": "2026-06-01T10:12:04+10:00" },
                          "modified": { "time": "2026-06-01T10:12:04+10:00" } }
        })json";
        const OutboundOrder o = OutboundOrder::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(o.isValid());
        QCOMPARE(o.status, u"REJECTED"_s);
        QCOMPARE(o.version, 1);
        QCOMPARE(o.reference, u"WC-acme-10452"_s);
        QCOMPARE(o.numericId, u"13673"_s);
        QCOMPARE(o.customerId, u"c1"_s);
        QCOMPARE(o.warehouseName, u"Brisbane"_s);
        QCOMPARE(o.issues, QStringList {u"Red Cap (CAP-RED) x 1 UNITS - Product not found"_s});
        QCOMPARE(o.created.toUTC(), QDateTime(QDate(2026, 6, 1), QTime(0, 12, 4), Qt::UTC));
        QVERIFY(!o.dispatched.isValid());
    }

    void numericIdAsNumberAndMissingParts()
    {
        const OutboundOrder o = OutboundOrder::fromJson(
            QJsonDocument::fromJson(R"({"id":"x","references":{"numericId":42},"timestamps":null})").object());
        QVERIFY(o.isValid());
        QCOMPARE(o.numericId, u"42"_s);
        QVERIFY(o.issues.isEmpty());
        QVERIFY(!OutboundOrder::fromJson(QJsonObject()).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_OutboundOrder)
#include "tst_outboundorder.moc"
