#include "core/wms/consignmenttracking.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using wharf::wms::ConsignmentTracking;

class tst_ConsignmentTracking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheReferenceExcerpt()
    {
        // A plain literal: moc 6.4 loses its way in raw strings that contain "//".
        const QByteArray json =
            "{\"id\":\"028ff38c-a68f-11e8-98d0-529269fb1459\",\"type\":\"CONSIGNMENT\",\"status\":\"IN_TRANSIT_WA"
            "REHOUSE_DELIVERY\",\"generatedFromTask\":{\"id\":\"fb5b56f6\"},\"references\":{\"customer\":\"WC-acm"
            "e-10452\",\"tracking\":\"AP1234567890\"},\"details\":{\"type\":\"DELIVERY\",\"tracking\":{\"companyN"
            "ame\":\"Australia Post\",\"url\":\"https://auspost.com.au/mypost/track/details/AP1234567890\"}},\"ve"
            "rsion\":3}";
        const ConsignmentTracking c = ConsignmentTracking::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(c.consignmentId, u"028ff38c-a68f-11e8-98d0-529269fb1459"_s);
        QCOMPARE(c.outboundOrderId, u"fb5b56f6"_s);
        QCOMPARE(c.trackingNumber, u"AP1234567890"_s);
        QCOMPARE(c.carrier, u"Australia Post"_s);
        QCOMPARE(c.url, u"https://auspost.com.au/mypost/track/details/AP1234567890"_s);
        QCOMPARE(c.version, 3);
        QVERIFY(c.hasTracking());
    }

    void companyIsReadWhenCompanyNameIsMissing()
    {
        const ConsignmentTracking c = ConsignmentTracking::fromJson(
            QJsonDocument::fromJson(R"({"id":"1","details":{"tracking":{"company":"DHL"}}})").object());
        QCOMPARE(c.carrier, u"DHL"_s);
        QVERIFY(!c.hasTracking());
    }
};

QTEST_GUILESS_MAIN(tst_ConsignmentTracking)
#include "tst_consignmenttracking.moc"
