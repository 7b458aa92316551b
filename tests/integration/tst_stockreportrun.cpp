#include "core/wms/stockreportrun.h"
#include "core/wms/wmsclient.h"
#include "sandbox/sandbox.h"
#include "sandboxclients.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using wharf::net::Result;
using wharf::sandbox::CartonCloudHostility;
using wharf::sandbox::CartonCloudServer;
using wharf::sandbox::Sandbox;
using wharf::wms::StockOnHand;
using wharf::wms::StockReportRun;
using wharf::wms::WmsClient;
using Kind = wharf::net::ApiError::Kind;

// WmsClient::stockOnHand (a StockReportRun) against the sandbox's report runs over loopback: the
// run is started once, polled until it ends, and its rows become stock by product code; a run that
// ends FAILED or takes too long is a clear error.
class tst_StockReportRun : public QObject
{
    Q_OBJECT

private:
    Sandbox m_sandbox;
    std::unique_ptr<wharf::test::SandboxClients> m_clients;
    WmsClient *m_client = nullptr;
    QString m_acme;
    QString m_other;

    CartonCloudServer *wms() const { return m_sandbox.wms(); }

    void setHostility(int runMs, bool fails)
    {
        CartonCloudHostility h = wms()->hostility();
        h.reportRunMs = runMs;
        h.reportRunsFail = fails;
        wms()->setHostility(h);
    }

    Result<StockOnHand> stock(const QString &customerId)
    {
        return wharf::test::waitForResult<StockOnHand>([&](auto cb) { m_client->stockOnHand(customerId, this, cb); });
    }

    int polls() const { return wms()->requestLog().count(u"/tenants/<tenant>/report-runs/<id>"_s); }
    int starts() const { return wms()->requestLog().count(u"/tenants/<tenant>/report-runs"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        wms()->addWarehouse(u"Brisbane"_s);
        m_acme = wms()->addCustomer(u"Acme Apparel"_s, u"ACME"_s);
        m_other = wms()->addCustomer(u"Other Co"_s, u"OTHER"_s);
        wms()->addProduct(m_acme, u"MUG-01"_s, u"Mug"_s, 7);
        wms()->addProduct(m_acme, u"CAP-RED"_s, u"Red Cap"_s, 0);
        wms()->addProduct(m_other, u"OTHER-1"_s, u"Not Acme's"_s, 99);
    }

    void init()
    {
        wms()->requestLog().clear();
        wms()->faults().clear();
        setHostility(0, false);
        m_clients = std::make_unique<wharf::test::SandboxClients>(m_sandbox);
        m_client = m_clients->wms();
        StockReportRun::Polling fast;
        fast.first = 20ms;
        fast.max = 80ms;
        fast.timeout = 10s;
        m_client->setReportPolling(fast);
    }

    void successGivesTheCustomersStockByCode()
    {
        const auto r = stock(m_acme);
        QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        QCOMPARE(r.value.byCode.size(), 2);
        QCOMPARE(r.value.byCode.value(u"MUG-01"_s), 7.0);
        QVERIFY(r.value.byCode.contains(u"CAP-RED"_s));
        QCOMPARE(r.value.byCode.value(u"CAP-RED"_s), 0.0);
        // Another customer's product is not in Acme's report.
        QVERIFY(!r.value.byCode.contains(u"OTHER-1"_s));
        QCOMPARE(starts(), 1);
        QCOMPARE(polls(), 1);
    }

    void aRunInProcessIsPolledWithGrowingPausesUntilItEnds()
    {
        setHostility(400, false);
        wms()->setStock(wms()->productIdByCode(m_acme, u"MUG-01"_s), 12);
        const auto r = stock(m_acme);
        QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        QCOMPARE(r.value.byCode.value(u"MUG-01"_s), 12.0);
        QCOMPARE(starts(), 1);
        QVERIFY2(polls() >= 2, qPrintable(QString::number(polls())));
        QCOMPARE(r.value.polls, polls());
        // 20, 40, 80, 80 … ms: with a doubling pause, a 400 ms run is seen in well under the 20
        // polls a fixed 20 ms pause would take.
        QVERIFY2(polls() <= 9, qPrintable(QString::number(polls())));
        wms()->setStock(wms()->productIdByCode(m_acme, u"MUG-01"_s), 7);
    }

    void aFailedRunIsAClearError()
    {
        setHostility(50, true);
        const auto r = stock(m_acme);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.serverCode, QString::fromLatin1(StockReportRun::FailedCode));
        QVERIFY2(r.error.sentence.contains(u"failed"_s), qPrintable(r.error.sentence));
        QVERIFY2(r.error.sentence.contains(u"not changed"_s), qPrintable(r.error.sentence));
        QCOMPARE(starts(), 1);
        // Switched off again, the next run succeeds.
        setHostility(0, false);
        QVERIFY(stock(m_acme).ok());
    }

    void aRunThatNeverEndsTimesOut()
    {
        setHostility(60000, false);
        StockReportRun::Polling polling;
        polling.first = 20ms;
        polling.max = 50ms;
        polling.timeout = 300ms;
        m_client->setReportPolling(polling);
        const auto r = stock(m_acme);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.serverCode, QString::fromLatin1(StockReportRun::TimeoutCode));
        QCOMPARE(r.error.kind, Kind::Transient);
        QCOMPARE(starts(), 1);
        QVERIFY(polls() >= 2);
    }

    void anUnknownCustomerIsRefused()
    {
        const auto r = stock(u"00000000-0000-0000-0000-000000000000"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, Kind::Validation);
        QCOMPARE(polls(), 0);
    }

    void rowsOfOneCodeAreAddedUp()
    {
        // The reference does not say whether the report gives one row per location; the client
        // adds rows of one code up either way.
        const QJsonObject run {
            {u"items"_s,
             QJsonArray {
                 QJsonObject {
                     {u"details"_s,
                      QJsonObject {{u"product"_s, QJsonObject {{u"references"_s, QJsonObject {{u"code"_s, u"A"_s}}}}}}},
                     {u"measures"_s, QJsonObject {{u"quantity"_s, 2}}}},
                 QJsonObject {
                     {u"details"_s,
                      QJsonObject {{u"product"_s, QJsonObject {{u"references"_s, QJsonObject {{u"code"_s, u"A"_s}}}}}}},
                     {u"measures"_s, QJsonObject {{u"quantity"_s, 3}}}},
                 QJsonObject {{u"measures"_s, QJsonObject {{u"quantity"_s, 5}}}},
             }},
        };
        const auto byCode = StockReportRun::rowsByCode(run);
        QCOMPARE(byCode.size(), 1);
        QCOMPARE(byCode.value(u"A"_s), 5.0);
    }

    void aContextThatGoesAwayGetsNoAnswer()
    {
        setHostility(200, false);
        auto *context = new QObject;
        bool called = false;
        m_client->stockOnHand(m_acme, context, [&](const Result<StockOnHand> &) { called = true; });
        QTRY_COMPARE(starts(), 1);
        delete context;
        // The run notices at its next poll and ends without answering anyone.
        QTRY_VERIFY(m_client->findChildren<StockReportRun *>().isEmpty());
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_StockReportRun)
#include "tst_stockreportrun.moc"
