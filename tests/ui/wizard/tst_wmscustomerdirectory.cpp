#include "core/net/retrypolicy.h"
#include "core/store/customerrepository.h"
#include "core/wms/wmsclient.h"
#include "sandbox.h"
#include "storefixture.h"
#include "ui/wizard/wmscustomerdirectory.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

using namespace wharf;
using namespace Qt::StringLiterals;
using sandbox::Fault;

// The Order Creation step's customers and warehouses from CartonCloud (the sandbox's), and what it
// offers when CartonCloud does not answer.
class TestWmsCustomerDirectory : public QObject
{
    Q_OBJECT

private:
    sandbox::Sandbox m_sandbox;
    QString m_acme;
    QNetworkAccessManager m_network;
    std::unique_ptr<wms::WmsClient> m_client;

    struct Customers
    {
        QList<Customer> list;
        QString error;
        bool answered = false;
    };
    struct Warehouses
    {
        QStringList names;
        QString error;
        bool answered = false;
    };

    Customers customers(CustomerDirectory &directory)
    {
        Customers out;
        directory.customers(this, [&out](const QList<Customer> &list, const QString &error) {
            out = {list, error, true};
        });
        (void)QTest::qWaitFor([&out] { return out.answered; }, 20000);
        return out;
    }

    Warehouses warehouses(CustomerDirectory &directory, const QString &customerId)
    {
        Warehouses out;
        directory.knownWarehouses(customerId, this, [&out](const QStringList &names, const QString &error) {
            out = {names, error, true};
        });
        (void)QTest::qWaitFor([&out] { return out.answered; }, 20000);
        return out;
    }

    static QStringList names(const QList<Customer> &list)
    {
        QStringList out;
        for (const Customer &c : list)
            out << c.name;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_sandbox.wms()->addWarehouse(u"Brisbane"_s);
        m_sandbox.wms()->addWarehouse(u"Sydney"_s);
        m_acme = m_sandbox.wms()->addCustomer(u"Acme Apparel"_s, u"ACME"_s);
        m_sandbox.wms()->addCustomer(u"Bolt Bikes"_s, u"BOLT"_s);
        m_sandbox.wms()->addProduct(m_acme, u"MUG-01"_s, u"Mug"_s);
    }

    void init()
    {
        m_sandbox.wms()->faults().clear();
        m_client = std::make_unique<wms::WmsClient>(&m_network);
        m_client->http()->setRetryPolicy(net::RetryPolicy::noRetries());
        wms::WmsConnection connection;
        connection.baseUrl = m_sandbox.wms()->baseUrl();
        connection.clientId = m_sandbox.wms()->clientId();
        connection.clientSecret = m_sandbox.wms()->clientSecret();
        connection.tenantId = m_sandbox.wms()->tenantId();
        m_client->setConnection(connection);
    }

    void customersFromCartonCloud()
    {
        test::StoreFixture store;
        WmsCustomerDirectory directory(m_client.get(), store.database, store.account.id);
        const Customers found = customers(directory);
        QVERIFY(found.answered);
        QVERIFY2(found.error.isEmpty(), qPrintable(found.error));
        QVERIFY(names(found.list).contains(u"Acme Apparel"_s));
        QVERIFY(names(found.list).contains(u"Bolt Bikes"_s));
        for (const Customer &c : found.list)
            QCOMPARE(c.accountId, store.account.id);
    }

    void storedCustomersWhenCartonCloudFails()
    {
        test::StoreFixture store;
        CustomerRepository(store.database).upsert({u"stored-1"_s, store.account.id, u"Stored Co"_s, false});
        m_sandbox.wms()->faults().add(Fault::httpStatus(u"*"_s, 503));
        WmsCustomerDirectory directory(m_client.get(), store.database, store.account.id);
        const Customers found = customers(directory);
        QVERIFY(found.answered);
        QCOMPARE(names(found.list), QStringList {u"Stored Co"_s});
        QVERIFY2(found.error.contains(u"last saw"_s), qPrintable(found.error));
    }

    void warehousesSeenOnTheCustomersOrders()
    {
        test::StoreFixture store;
        WmsCustomerDirectory directory(m_client.get(), store.database, store.account.id);
        QVERIFY(warehouses(directory, m_acme).names.isEmpty());

        const QJsonObject order {
            {u"type"_s, u"OUTBOUND"_s},
            {u"references"_s, QJsonObject {{u"customer"_s, u"WC-1"_s}}},
            {u"customer"_s, QJsonObject {{u"id"_s, m_acme}}},
            {u"warehouse"_s, QJsonObject {{u"name"_s, u"Sydney"_s}}},
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
             QJsonArray {
                 QJsonObject {{u"details"_s,
                               QJsonObject {{u"product"_s,
                                             QJsonObject {{u"references"_s, QJsonObject {{u"code"_s, u"MUG-01"_s}}}}}}},
                              {u"measures"_s, QJsonObject {{u"quantity"_s, 1}}}}}}};
        bool created = false;
        m_client->createOutboundOrder(order, this, [&created](const auto &r) {
            QVERIFY2(r.ok(), qPrintable(r.error.sentence));
            created = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(created, 20000);

        const Warehouses found = warehouses(directory, m_acme);
        QVERIFY2(found.error.isEmpty(), qPrintable(found.error));
        QCOMPARE(found.names, QStringList {u"Sydney"_s});
        QVERIFY(directory.knownWarehousesSource(u"Acme Apparel"_s).contains(u"Acme Apparel"_s));
    }

    void warehouseLookupFailureSaysWhatToDo()
    {
        test::StoreFixture store;
        m_sandbox.wms()->faults().add(Fault::httpStatus(u"*"_s, 503));
        WmsCustomerDirectory directory(m_client.get(), store.database, store.account.id);
        const Warehouses found = warehouses(directory, m_acme);
        QVERIFY(found.answered);
        QVERIFY(found.names.isEmpty());
        QVERIFY2(found.error.contains(u"customer's default"_s), qPrintable(found.error));
    }
};

QTEST_MAIN(TestWmsCustomerDirectory)
#include "tst_wmscustomerdirectory.moc"
