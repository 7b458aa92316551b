#include "core/wms/wmserrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using wharf::net::ApiError;
using wharf::net::HttpResult;
using wharf::wms::WmsErrors;
using Kind = wharf::net::ApiError::Kind;

namespace {

HttpResult failed(int status, const QByteArray &body)
{
    HttpResult r;
    r.status = status;
    r.body = body;
    r.json = QJsonDocument::fromJson(body);
    r.error = ApiError::make(Kind::Validation, u"generic"_s, status);
    return r;
}

} // namespace

class tst_WmsErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("401") << 401 << QByteArray(R"([{"message":"Bad credentials"}])") << Kind::Auth << u"secret"_s;
        QTest::newRow("403") << 403 << QByteArray(R"([{"message":"Access is denied"}])") << Kind::Permission
                             << u"WMS Create Jobs"_s;
        QTest::newRow("404") << 404 << QByteArray("[]") << Kind::NotFound << u"outbound order X"_s;
        QTest::newRow("405") << 405 << QByteArray(R"([{"message":"Request method 'PUT' not supported"}])")
                             << Kind::Validation << QString();
        QTest::newRow("406") << 406 << QByteArray(R"([{"message":"Invalid Accept-Version header"}])")
                             << Kind::Validation << u"Accept-Version"_s;
        QTest::newRow("422") << 422
                             << QByteArray(R"([{"field":"/items/0/details/product","message":"Product not found"},
                                               {"field":"/details/deliver/address/state","message":"Invalid state"}])")
                             << Kind::Validation << u"Product not found; Invalid state"_s;
        QTest::newRow("429") << 429 << QByteArray() << Kind::RateLimited << u"slow down"_s;
        QTest::newRow("500") << 500 << QByteArray(R"([{"message":"NullPointerException"}])") << Kind::Transient
                             << u"try again"_s;
        QTest::newRow("503") << 503 << QByteArray() << Kind::Transient << u"maintenance"_s;
    }

    void mapping()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        QFETCH(QString, mustContain);
        HttpResult r = failed(status, body);
        WmsErrors::refine(r, u"outbound order X"_s);
        QCOMPARE(r.error.kind, kind);
        QVERIFY(!r.error.sentence.isEmpty());
        if (!mustContain.isEmpty())
            QVERIFY2(r.error.sentence.contains(mustContain), qPrintable(r.error.sentence));
        QVERIFY(!r.error.sentence.contains(u'{'));
    }

    void duplicate()
    {
        const QByteArray body =
            R"([{"field":"/references/customer","message":"A Sale Order with this Customer Reference already exists",
                   "type":"DUPLICATE","details":{"duplicateId":"fb5b56f6-a68e-11e8-98d0-529269fb1459"}}])";
        HttpResult r = failed(422, body);
        QCOMPARE(WmsErrors::duplicateId(r.json), u"fb5b56f6-a68e-11e8-98d0-529269fb1459"_s);
        WmsErrors::refine(r);
        QCOMPARE(r.error.serverCode, u"DUPLICATE"_s);
        QVERIFY(WmsErrors::duplicateId(QJsonDocument::fromJson(R"([{"message":"x"}])")).isEmpty());
    }

    void undocumentedShapesAreRead()
    {
        QCOMPARE(WmsErrors::messages(QJsonDocument::fromJson(R"({"message":"one"})")), u"one"_s);
        QCOMPARE(WmsErrors::messages(QJsonDocument::fromJson(R"({"errors":[{"message":"a"},{"message":"b"}]})")),
                 u"a; b"_s);
        QCOMPARE(WmsErrors::messages(
                     QJsonDocument::fromJson(R"({"error":"invalid_client","error_description":"Bad client"})")),
                 u"Bad client"_s);
        QCOMPARE(WmsErrors::messages(QJsonDocument()), QString());
    }
};

QTEST_GUILESS_MAIN(tst_WmsErrors)
#include "tst_wmserrors.moc"
