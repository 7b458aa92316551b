#include "core/secrets/memorysecretstore.h"
#include "core/store/integrationregistry.h"
#include "dashboarddemo.h"
#include "fakeengine.h"
#include "ui/dashboard/integrationboard.h"
#include "ui/dashboard/integrationtablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace wharf;

class TestIntegrationTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheCustomersIntegrations()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        IntegrationBoard board(store.database, engine, nullptr);
        IntegrationTableModel model(board);
        model.setClock(&test::DashboardDemo::now);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomer(store.account.id, test::DashboardDemo::acmeId);

        QCOMPARE(model.rowCount(), 2);
        auto cell = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(0, IntegrationTableModel::NameColumn), QStringLiteral("Acme retail store"));
        QCOMPARE(cell(0, IntegrationTableModel::HealthColumn), QStringLiteral("Live"));
        QCOMPARE(cell(0, IntegrationTableModel::StoreColumn), QStringLiteral("shop.acme-outdoor.example"));
        QCOMPARE(cell(0, IntegrationTableModel::WarehouseColumn), QStringLiteral("Melbourne DC"));
        QCOMPARE(cell(0, IntegrationTableModel::LastSyncColumn), QStringLiteral("Today 15:38"));
        QCOMPARE(cell(0, IntegrationTableModel::CreatedColumn), QStringLiteral("16"));
        QCOMPARE(cell(0, IntegrationTableModel::InProgressColumn), QStringLiteral("3"));
        QCOMPARE(cell(0, IntegrationTableModel::DispatchedColumn), QStringLiteral("13"));
        QCOMPARE(cell(1, IntegrationTableModel::WarehouseColumn), QStringLiteral("Customer's default"));
        QCOMPARE(cell(1, IntegrationTableModel::HealthColumn), QStringLiteral("Needs attention"));
        QCOMPARE(cell(1, IntegrationTableModel::SentenceColumn), QStringLiteral("4 orders need attention."));
        QCOMPARE(cell(1, IntegrationTableModel::AttentionColumn), QStringLiteral("4"));
        QVERIFY(!model.index(1, IntegrationTableModel::HealthColumn).data(Qt::DecorationRole).isNull());
    }

    void followsTheEngine()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        IntegrationBoard board(store.database, engine, nullptr);
        IntegrationTableModel model(board);
        model.setClock(&test::DashboardDemo::now);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomer(store.account.id, test::DashboardDemo::fernId);

        IntegrationStatus status;
        status.integrationId = demo.fernStore;
        status.health = Health::Live;
        status.syncing = true;
        status.inProgress = 4;
        status.dispatched = 10;
        status.needAttention = 1;
        engine.report(status);
        auto cell = [&model](int column) {
            return model.index(0, column).data().toString();
        };
        QCOMPARE(cell(IntegrationTableModel::HealthColumn), QStringLiteral("Live"));
        QCOMPARE(cell(IntegrationTableModel::LastSyncColumn), QStringLiteral("Syncing now…"));
        QCOMPARE(cell(IntegrationTableModel::CreatedColumn), QStringLiteral("14"));
        QCOMPARE(cell(IntegrationTableModel::AttentionColumn), QStringLiteral("1"));

        status.syncing = false;
        status.lastSyncAt = test::DashboardDemo::now().addDays(-1);
        engine.report(status);
        QCOMPARE(cell(IntegrationTableModel::LastSyncColumn), QStringLiteral("Yesterday 15:40"));
    }

    void addedAndDeletedIntegrations()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        MemorySecretStore secrets;
        IntegrationRegistry registry(store.database, secrets);
        test::FakeEngine engine;
        IntegrationBoard board(store.database, engine, &registry);
        IntegrationTableModel model(board);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomer(store.account.id, test::DashboardDemo::acmeId);

        Integration integration = store.sampleIntegration(QStringLiteral("Acme outlet"));
        integration.customerId = test::DashboardDemo::acmeId;
        bool saved = false;
        registry.add(integration, QStringLiteral("cs_1"),
                     [&saved](const IntegrationRegistry::Outcome &outcome) { saved = outcome.ok; });
        QTRY_VERIFY(saved);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Acme outlet")); // sorted by name
        QCOMPARE(model.index(0, IntegrationTableModel::HealthColumn).data().toString(), QStringLiteral("Not started"));

        bool removed = false;
        registry.remove(demo.acmeRetail, [&removed](const IntegrationRegistry::Outcome &o) { removed = o.ok; });
        QTRY_VERIFY(removed);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.deletedCount(), 1);

        // Deleted integrations stay readable on request, after the others.
        model.setShowDeleted(true);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Acme retail store"));
        QCOMPARE(model.index(2, IntegrationTableModel::HealthColumn).data().toString(), QStringLiteral("Deleted"));
        QVERIFY(model.index(2, 0).data(IntegrationTableModel::DeletedRole).toBool());
    }
};

QTEST_MAIN(TestIntegrationTableModel)
#include "tst_integrationtablemodel.moc"
