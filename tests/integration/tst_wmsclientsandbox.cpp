#include "core/net/clock.h"
#include "core/net/ratelimiter.h"
#include "core/wms/wmsclient.h"
#include "sandbox/sandbox.h"
#include "sandboxclients.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using wharf::net::RateLimiter;
using wharf::net::Result;
using wharf::sandbox::CartonCloudServer;
using wharf::sandbox::Fault;
using wharf::sandbox::Sandbox;
using wharf::wms::ConsignmentTracking;
using wharf::wms::CreateOutcome;
using wharf::wms::OutboundOrder;
using wharf::wms::WarehouseChoice;
using wharf::wms::WmsClient;
using wharf::wms::WmsConnection;
using Kind = wharf::net::ApiError::Kind;

// Every WmsClient call against the sandbox's CartonCloud tenant over loopback.
class tst_WmsClientSandbox : public QObject
{
    Q_OBJECT

private:
    Sandbox m_sandbox;
    std::unique_ptr<wharf::test::SandboxClients> m_clients;
    WmsClient *m_client = nullptr;
    QString m_acme;
    QString m_other;
    int m_nextReference = 1;

    CartonCloudServer *wms() const { return m_sandbox.wms(); }

    WmsConnection connection() const { return wharf::test::wmsConnection(*wms()); }

    template<typename T> Result<T> wait(const std::function<void(wharf::net::Callback<T>)> &start)
    {
        return wharf::test::waitForResult<T>(start, 120000);
    }

    QString reference() { return u"WC-test-%1"_s.arg(m_nextReference++); }

    QJsonObject payload(const QString &reference, const QString &sku = u"MUG-01"_s,
                        const WarehouseChoice &warehouse = WarehouseChoice::customerDefault()) const
    {
        QJsonObject p {
            {u"type"_s, u"OUTBOUND"_s},
            {u"references"_s, QJsonObject {{u"customer"_s, reference}}},
            {u"customer"_s, QJsonObject {{u"id"_s, m_acme}}},
            {u"details"_s,
             QJsonObject {{u"deliver"_s,
                           QJsonObject {{u"address"_s,
                                         QJsonObject {{u"contactName"_s, u"Zoë Müller"_s},
                                                      {u"address1"_s, u"12 Example St"_s},
                                                      {u"city"_s, u"Brisbane"_s},
                                                      {u"state"_s, QJsonObject {{u"code"_s, u"QLD"_s}}},
                                                      {u"postcode"_s, u"4000"_s},
                                                      {u"country"_s, QJsonObject {{u"iso2Code"_s, u"AU"_s}}}}}}}}},
            {u"items"_s,
             QJsonArray {QJsonObject {
                 {u"details"_s,
                  QJsonObject {{u"product"_s, QJsonObject {{u"references"_s, QJsonObject {{u"code"_s, sku}}}}}}},
                 {u"measures"_s, QJsonObject {{u"quantity"_s, 1}}}}}}};
        const QJsonObject w = warehouse.toJson();
        if (!w.isEmpty())
            p.insert(u"warehouse"_s, w);
        return p;
    }

    Result<CreateOutcome> create(const QJsonObject &p)
    {
        return wait<CreateOutcome>([this, p](auto cb) { m_client->createOutboundOrder(p, this, cb); });
    }

    int count(const QString &route) const { return wms()->requestLog().count(route); }

    // The customer's product codes as products() reads them; none when it fails (with a warning).
    QSet<QString> productCodes(const QString &customerId)
    {
        const auto r = wait<QList<wharf::wms::WmsProduct>>([&](auto cb) { m_client->products(customerId, this, cb); });
        if (!r.ok())
            qWarning() << "products failed:" << r.error.sentence;
        QSet<QString> codes;
        for (const auto &p : r.value)
            codes.insert(p.code);
        return codes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        wms()->addWarehouse(u"Brisbane"_s);
        wms()->addWarehouse(u"Sydney"_s);
        m_acme = wms()->addCustomer(u"Acme Apparel"_s, u"ACME"_s);
        m_other = wms()->addCustomer(u"Other Co"_s, u"OTHER"_s);
        wms()->addProduct(m_acme, u"MUG-01"_s, u"Mug"_s);
        for (int i = 0; i < 150; ++i)
            wms()->addProduct(m_acme, u"P-%1"_s.arg(i, 3, 10, QLatin1Char('0')), u"Product %1"_s.arg(i));
        wms()->addProduct(m_other, u"OTHER-1"_s, u"Not Acme's"_s);
    }

    void init()
    {
        wms()->faults().clear();
        wms()->requestLog().clear();
        wms()->setCreateRateLimit(0); // unlimited unless a test says otherwise
        m_clients = std::make_unique<wharf::test::SandboxClients>(m_sandbox);
        m_client = m_clients->wms();
        // Most tests create a few orders quickly; pacing has its own tests below.
        m_client->setCreateLimiter(std::make_shared<RateLimiter>(1000, 1000ms, 0ms));
    }

    void userInfoListsTheTenant()
    {
        const auto r = wait<wharf::wms::WmsUser>([this](auto cb) { m_client->userInfo(this, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        QVERIFY(!r.value.tenants.isEmpty());
        QCOMPARE(r.value.tenants.first().id, wms()->tenantId());
    }

    void customers()
    {
        const auto r = wait<QList<wharf::wms::WmsCustomer>>([this](auto cb) { m_client->customers(this, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        QStringList names;
        for (const auto &c : r.value) {
            names << c.name;
            if (c.name == u"Acme Apparel"_s)
                QCOMPARE(c.id, m_acme);
        }
        QVERIFY(names.contains(u"Acme Apparel"_s));
        QVERIFY(names.contains(u"Other Co"_s));
    }

    void productsOfOneCustomerAcrossPages()
    {
        const QSet<QString> codes = productCodes(m_acme);
        QCOMPARE(codes.size(), 151);
        QVERIFY(codes.contains(u"MUG-01"_s));
        QVERIFY(codes.contains(u"P-149"_s));
        QVERIFY(!codes.contains(u"OTHER-1"_s));
        QCOMPARE(count(u"/tenants/<tenant>/warehouse-products/search"_s), 2);
    }

    void productsBeyondFiftyPages()
    {
        // 5,050 products: one page more than the 50 pages every other search reads. Each code
        // must be there, else the pre-flight and the intake call it "not a product code".
        const QString big = wms()->addCustomer(u"Big Catalogue Co"_s, u"BIG"_s);
        for (int i = 0; i < 5050; ++i)
            wms()->addProduct(big, u"BIG-%1"_s.arg(i, 4, 10, QLatin1Char('0')), u"Big %1"_s.arg(i));
        const QSet<QString> codes = productCodes(big);
        QCOMPARE(codes.size(), 5050);
        QVERIFY(codes.contains(u"BIG-5049"_s));
        QCOMPARE(count(u"/tenants/<tenant>/warehouse-products/search"_s), 51);
    }

    void productsWhenTheServerCutsThePageSize()
    {
        // A server that answers 2 per page whatever `size` asks: 76 pages for Acme's 151.
        wharf::sandbox::CartonCloudHostility hostility;
        hostility.maxPageSize = 2;
        wms()->setHostility(hostility);
        const QSet<QString> codes = productCodes(m_acme);
        wms()->setHostility({});
        QCOMPARE(codes.size(), 151);
        QVERIFY(codes.contains(u"P-149"_s));
        QCOMPARE(count(u"/tenants/<tenant>/warehouse-products/search"_s), 76);
    }

    void createThenDuplicate()
    {
        const QString ref = reference();
        const auto first = create(payload(ref));
        QVERIFY2(first.ok(), qPrintable(first.error.sentence));
        QCOMPARE(first.value.kind, CreateOutcome::Kind::Created);
        QVERIFY(!first.value.order.id.isEmpty());
        QCOMPARE(first.value.order.reference, ref);

        const auto again = create(payload(ref));
        QVERIFY2(again.ok(), qPrintable(again.error.sentence));
        QCOMPARE(again.value.kind, CreateOutcome::Kind::Duplicate);
        QCOMPARE(again.value.orderId(), first.value.order.id);
    }

    void createdWithIssues()
    {
        const auto r = create(payload(reference(), u"NOT-A-PRODUCT"_s));
        QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        QCOMPARE(r.value.kind, CreateOutcome::Kind::CreatedWithIssues);
        QCOMPARE(r.value.order.status, u"REJECTED"_s);
        QVERIFY(!r.value.order.issues.isEmpty());
    }

    void getAndFindByReference()
    {
        const QString ref = reference();
        const auto created = create(payload(ref));
        QVERIFY(created.ok());
        const QString id = created.value.order.id;
        const auto got = wait<OutboundOrder>([this, id](auto cb) { m_client->getOutboundOrder(id, this, cb); });
        QVERIFY2(got.ok(), qPrintable(got.error.sentence));
        QCOMPARE(got.value.reference, ref);
        QCOMPARE(got.value.customerId, m_acme);

        const auto found =
            wait<QList<OutboundOrder>>([this, ref](auto cb) { m_client->findByReference(ref, m_acme, this, cb); });
        QVERIFY2(found.ok(), qPrintable(found.error.sentence));
        QCOMPARE(found.value.size(), 1);
        QCOMPARE(found.value.first().id, id);

        const auto otherCustomer =
            wait<QList<OutboundOrder>>([this, ref](auto cb) { m_client->findByReference(ref, m_other, this, cb); });
        QVERIFY(otherCustomer.ok());
        QVERIFY(otherCustomer.value.isEmpty());
    }

    void changesSince()
    {
        const auto created = create(payload(reference()));
        QVERIFY(created.ok());
        const auto recent = wait<QList<OutboundOrder>>([this](auto cb) {
            m_client->changesSince(m_acme, QDateTime::currentDateTimeUtc().addSecs(-3600), this, cb);
        });
        QVERIFY2(recent.ok(), qPrintable(recent.error.sentence));
        bool found = false;
        for (const auto &o : recent.value)
            found = found || o.id == created.value.order.id;
        QVERIFY(found);
        const auto future = wait<QList<OutboundOrder>>([this](auto cb) {
            m_client->changesSince(m_acme, QDateTime::currentDateTimeUtc().addSecs(3600), this, cb);
        });
        QVERIFY2(future.ok(), qPrintable(future.error.sentence));
        QVERIFY(future.value.isEmpty());
        // One search per cycle, not one request per order.
        QCOMPARE(count(u"/tenants/<tenant>/outbound-orders/search"_s), 2);
    }

    // The integrations of one customer ask for its changes from cursors of their own, each cycle
    // a little later. Once their cursors are known, one search serves a round of them, each with
    // only its own part; a cursor far behind the others gets a search of its own rather than
    // making every search of the customer read more.
    void oneChangeSearchServesTheCustomersDifferentCursors()
    {
        const auto created = create(payload(reference()));
        QVERIFY(created.ok());
        std::chrono::milliseconds clock = wharf::net::Clock::steadyNow();
        m_client->setClock([&clock] { return clock; });
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<QDateTime> cursors {now.addSecs(-60), now.addSecs(-180), now.addSecs(-300)};
        const QString search = u"/tenants/<tenant>/outbound-orders/search"_s;
        // One round: each asks in turn, as the cycles of one round reach their status watch, and
        // none is served a search begun before the round.
        const auto round = [&] {
            clock += 5s;
            wms()->requestLog().clear();
            int answered = 0;
            QStringList wrong;
            for (const QDateTime &since : std::as_const(cursors)) {
                m_client->changesBetween(
                    m_acme, since, {}, this,
                    [&, since](const Result<wharf::wms::OutboundOrderChanges> &r) {
                        ++answered;
                        if (!r.ok() || !r.value.complete) {
                            wrong.append(u"failed or incomplete"_s);
                            return;
                        }
                        bool seen = false;
                        for (const OutboundOrder &order : r.value.orders) {
                            seen = seen || order.id == created.value.order.id;
                            if (order.modified < since)
                                wrong.append(u"an order modified before the asker's cursor"_s);
                        }
                        if (!seen)
                            wrong.append(u"the new order missing"_s);
                    },
                    clock);
            }
            if (!QTest::qWaitFor([&] { return answered == cursors.size(); }, 60000))
                wrong.append(u"not every asker was answered"_s);
            if (!wrong.isEmpty())
                qWarning() << wrong;
            return wrong.isEmpty() ? count(search) : -1;
        };
        // The first round learns the cursors: the latest asks first, so its search serves only it.
        QCOMPARE(round(), 3);
        QCOMPARE(round(), 1);
        QCOMPARE(round(), 1);
        // One far behind: its own search, and the others still share one, which starts at most
        // WmsClient::MaxChangeWidening before the asker's cursor.
        cursors.append(now.addSecs(-3600));
        QCOMPARE(round(), 2);
        QCOMPARE(round(), 2);
    }

    void trackingOfManyOrders()
    {
        QStringList ids;
        for (int i = 0; i < 30; ++i) {
            const auto r = create(payload(reference()));
            QVERIFY(r.ok());
            ids << r.value.order.id;
        }
        for (int i = 0; i < ids.size(); ++i) {
            QVERIFY(wms()->dispatch(ids[i]));
            QVERIFY(wms()->setTracking(ids[i], u"AP%1"_s.arg(1000 + i), u"Australia Post"_s,
                                       u"https://auspost.com.au/track/AP%1"_s.arg(1000 + i)));
        }
        const auto r =
            wait<QList<ConsignmentTracking>>([this, ids](auto cb) { m_client->consignmentTracking(ids, this, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        QCOMPARE(r.value.size(), 30);
        for (const auto &c : r.value) {
            const int index = int(ids.indexOf(c.outboundOrderId));
            QVERIFY(index >= 0);
            QCOMPARE(c.trackingNumber, u"AP%1"_s.arg(1000 + index));
            QCOMPARE(c.carrier, u"Australia Post"_s);
            QVERIFY(c.url.contains(c.trackingNumber));
        }
        // Many ids per search, not one search per order.
        QCOMPARE(count(u"/tenants/<tenant>/consignments/search"_s),
                 (30 + WmsClient::IdsPerConsignmentSearch - 1) / WmsClient::IdsPerConsignmentSearch);
    }

    void warehouseChoices()
    {
        QVERIFY(create(payload(reference(), u"MUG-01"_s, WarehouseChoice::named(u"Sydney"_s))).ok());
        QVERIFY(create(payload(reference())).ok());
        const auto r = wait<QList<WarehouseChoice>>([this](auto cb) { m_client->warehouseChoices(m_acme, this, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        QStringList names;
        for (const auto &c : r.value)
            names << (c.kind == WarehouseChoice::Kind::CustomerDefault ? u"(default)"_s : c.name);
        QVERIFY2(names.contains(u"Sydney"_s), qPrintable(names.join(u", "_s)));
        QVERIFY2(names.contains(u"Brisbane"_s), qPrintable(names.join(u", "_s)));
        QCOMPARE(names.last(), u"(default)"_s);
    }

    void deleteIsIdempotent()
    {
        const auto created = create(payload(reference()));
        QVERIFY(created.ok());
        const QString id = created.value.order.id;
        const auto deleted =
            wait<wharf::net::Done>([this, id](auto cb) { m_client->deleteOutboundOrder(id, this, cb); });
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.sentence));
        const auto gone = wait<OutboundOrder>([this, id](auto cb) { m_client->getOutboundOrder(id, this, cb); });
        QCOMPARE(gone.error.kind, Kind::NotFound);
        const auto again = wait<wharf::net::Done>([this, id](auto cb) { m_client->deleteOutboundOrder(id, this, cb); });
        QVERIFY(again.ok());
    }

    void tokenCachedRenewedAndRetriedOnce()
    {
        std::chrono::milliseconds now {0};
        m_client->setClock([&now] { return now; });
        const auto info = [this] {
            return wait<wharf::wms::WmsUser>([this](auto cb) { m_client->userInfo(this, cb); });
        };
        QVERIFY(info().ok());
        QVERIFY(info().ok());
        QCOMPARE(count(u"/uaa/oauth/token"_s), 1);
        // Server-side expiry (revoked, clock skew): one 401, one new token, one retry.
        wms()->expireAllTokens();
        QVERIFY(info().ok());
        QCOMPARE(count(u"/uaa/oauth/token"_s), 2);
        // A minute before the stated expiry the client renews on its own.
        now += 3541s;
        QVERIFY(info().ok());
        QCOMPARE(count(u"/uaa/oauth/token"_s), 3);
        QCOMPARE(count(u"/uaa/userinfo"_s), 5);
    }

    void acceptVersionOnEveryCall()
    {
        QVERIFY(create(payload(reference())).ok());
        const auto entries = wms()->requestLog().entries();
        QVERIFY(entries.size() >= 2);
        for (const auto &e : entries)
            QCOMPARE(e.header("Accept-Version"), QByteArray("1"));
    }

    void secretsAndTokensNeverReachTheLog()
    {
        static QStringList *sink = nullptr;
        QStringList lines;
        sink = &lines;
        QLoggingCategory::setFilterRules(u"wharf.*=true"_s);
        const auto previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { sink->append(message); });
        const auto created = create(payload(reference()));
        wms()->expireAllTokens(); // a renewal too
        const auto info = wait<wharf::wms::WmsUser>([this](auto cb) { m_client->userInfo(this, cb); });
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(created.ok());
        QVERIFY(info.ok());
        QVERIFY(!lines.isEmpty());
        QByteArray tokens;
        for (const auto &e : wms()->requestLog().entries())
            tokens += e.header("Authorization") + '\n';
        for (const QString &line : std::as_const(lines)) {
            QVERIFY2(!line.contains(wms()->clientSecret()), qPrintable(line));
            QVERIFY2(!line.contains(u"Bearer"_s) && !line.contains(u"Basic "_s), qPrintable(line));
            for (const QByteArray &auth : tokens.split('\n')) {
                const QByteArray value = auth.mid(auth.indexOf(' ') + 1);
                if (value.size() > 8)
                    QVERIFY2(!line.contains(QString::fromLatin1(value)), qPrintable(line));
            }
        }
    }

    void wrongSecret()
    {
        WmsConnection c = connection();
        c.clientSecret = u"not-the-secret"_s;
        m_client->setConnection(c);
        const auto r = wait<wharf::wms::WmsUser>([this](auto cb) { m_client->userInfo(this, cb); });
        QCOMPARE(r.error.kind, Kind::Auth);
        QVERIFY(r.error.sentence.contains(u"secret"_s));
        QCOMPARE(count(u"/uaa/userinfo"_s), 0);
    }

    void pacedCreatesNeverMeetA429()
    {
        // The server allows 3 creates per 2 s; the account's limiter paces to that with a margin.
        wms()->setCreateRateLimit(3, 2000);
        m_client->setCreateLimiter(std::make_shared<RateLimiter>(3, 2000ms, 300ms));
        for (int i = 0; i < 7; ++i) {
            const auto r = create(payload(reference()));
            QVERIFY2(r.ok(), qPrintable(r.error.sentence));
        }
        for (const auto &e : wms()->requestLog().entries())
            QVERIFY(e.status != 429);
    }

    void unpacedCreatesDoMeetA429()
    {
        // The control experiment: without pacing the same server refuses the fourth create.
        wms()->setCreateRateLimit(3, 60000, true);
        auto limiter = std::make_shared<RateLimiter>(1000, 1000ms, 0ms);
        m_client->setCreateLimiter(limiter);
        for (int i = 0; i < 3; ++i)
            QVERIFY(create(payload(reference())).ok());
        const auto r = create(payload(reference()));
        QCOMPARE(r.error.kind, Kind::RateLimited);
        QVERIFY(!WmsClient::createOutcomeUnknown(r.error));
        // The 429 put the whole account on hold for the Retry-After: nothing more is sent now.
        QVERIFY(limiter->waitIfReservedNow() > 10s);
    }

    void failedCreateIsNeverRepeatedButSearchesAre()
    {
        wms()->faults().add(Fault::httpStatus(u"/tenants/<tenant>/outbound-orders"_s, 503, 1));
        const QString ref = reference();
        const auto r = create(payload(ref));
        QCOMPARE(r.error.kind, Kind::Transient);
        QVERIFY(WmsClient::createOutcomeUnknown(r.error));
        QCOMPARE(count(u"/tenants/<tenant>/outbound-orders"_s), 1);

        wms()->faults().add(Fault::httpStatus(u"/tenants/<tenant>/outbound-orders/search"_s, 503, 1));
        const auto found =
            wait<QList<OutboundOrder>>([this, ref](auto cb) { m_client->findByReference(ref, m_acme, this, cb); });
        QVERIFY2(found.ok(), qPrintable(found.error.sentence));
        QCOMPARE(count(u"/tenants/<tenant>/outbound-orders/search"_s), 2);
    }

    void resetConnectionNeverMakesTwoOrders()
    {
        // The connection is reset while the create is on its way. Qt's HTTP layer may send the
        // request again on a fresh connection by itself (it does for a connection that dies before
        // any answer); whatever the client then reports, CartonCloud must hold exactly one order with
        // this reference, and a failure must be "outcome unknown" so that the sync searches first.
        wms()->faults().add(Fault::of(Fault::Kind::ConnectionReset, u"/tenants/<tenant>/outbound-orders"_s, 1));
        const QString ref = reference();
        const auto r = create(payload(ref));
        if (!r.ok())
            QVERIFY(WmsClient::createOutcomeUnknown(r.error));
        const auto found =
            wait<QList<OutboundOrder>>([this, ref](auto cb) { m_client->findByReference(ref, m_acme, this, cb); });
        QVERIFY(found.ok());
        QVERIFY(found.value.size() <= 1);
        if (r.ok())
            QCOMPARE(found.value.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_WmsClientSandbox)
#include "tst_wmsclientsandbox.moc"
