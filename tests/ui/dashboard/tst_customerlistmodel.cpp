#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretkeys.h"
#include "core/store/customerrepository.h"
#include "core/store/integrationregistry.h"
#include "dashboarddemo.h"
#include "fakeengine.h"
#include "secretwaiter.h"
#include "ui/dashboard/customerlistmodel.h"
#include "ui/dashboard/integrationboard.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace wharf;

namespace {
// The dot's colour, read from the icon the model hands the view.
QColor dotColour(const QModelIndex &index)
{
    const QImage image = index.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage();
    return image.pixelColor(8, 8);
}
} // namespace

class TestCustomerListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsCustomersWithDotAndCount()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        IntegrationBoard board(store.database, engine, nullptr);
        CustomerListModel model(store.database, board);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccount(store.account.id);

        QCOMPARE(model.rowCount(), 4);
        const QModelIndex acme = model.index(model.rowOf(test::DashboardDemo::acmeId));
        QCOMPARE(acme.data().toString(), QStringLiteral("Acme Outdoor"));
        QVERIFY(acme.data(CustomerListModel::HasLiveRole).toBool());
        QCOMPARE(acme.data(CustomerListModel::ActiveCountRole).toInt(), 2);
        QCOMPARE(acme.data(CustomerListModel::SubtitleRole).toString(), QStringLiteral("2 active integrations"));
        // Health beside the dot, in words that say it counts integrations (not orders).
        QCOMPARE(acme.data(CustomerListModel::StatesRole).toString(), QStringLiteral("1 integration needs attention"));
        const QVariantList badges = acme.data(CustomerListModel::BadgesRole).toList();
        QCOMPARE(badges.size(), 1);
        QCOMPARE(Health(badges.constFirst().toMap().value(QStringLiteral("health")).toInt()), Health::Attention);
        QVERIFY(dotColour(acme).green() > dotColour(acme).red());

        // Failing is still live (active, not paused): green dot, red badge.
        const QModelIndex fern = model.index(model.rowOf(test::DashboardDemo::fernId));
        QVERIFY(fern.data(CustomerListModel::HasLiveRole).toBool());
        QCOMPARE(fern.data(CustomerListModel::StatesRole).toString(), QStringLiteral("1 integration failing"));
        QVERIFY(acme.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Green dot")));

        // The deleted integration is neither counted nor billed; the paused one is both.
        const QModelIndex harbour = model.index(model.rowOf(test::DashboardDemo::harbourId));
        QCOMPARE(harbour.data(CustomerListModel::ActiveCountRole).toInt(), 1);
        QVERIFY(!harbour.data(CustomerListModel::HasLiveRole).toBool());
        QVERIFY(harbour.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Grey dot")));

        const QModelIndex coastal = model.index(model.rowOf(test::DashboardDemo::coastalId));
        QCOMPARE(coastal.data(CustomerListModel::SubtitleRole).toString(), QStringLiteral("No active integrations"));
    }

    void dotAndCountFollowTheEngine()
    {
        test::StoreFixture store;
        MemorySecretStore secrets;
        IntegrationRegistry registry(store.database, secrets);
        test::FakeEngine engine;
        CustomerRepository(store.database)
            .upsert({QStringLiteral("customer-1"), store.account.id, QStringLiteral("Acme Outdoor"), false});
        IntegrationBoard board(store.database, engine, &registry);
        CustomerListModel model(store.database, board);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccount(store.account.id);
        const QModelIndex acme = model.index(0);

        // Saved by the wizard: counted (it is billed from now on) and live as the seed means it.
        bool saved = false;
        registry.add(store.sampleIntegration(), QStringLiteral("cs_secret"),
                     [&saved](const IntegrationRegistry::Outcome &outcome) { saved = outcome.ok; });
        QTRY_VERIFY(saved);
        const qint64 id = board.entries().constFirst().integration.id;
        QCOMPARE(acme.data(CustomerListModel::ActiveCountRole).toInt(), 1);
        QVERIFY(acme.data(CustomerListModel::HasLiveRole).toBool());
        QCOMPARE(acme.data(CustomerListModel::StatesRole).toString(), QStringLiteral("1 integration starting"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        engine.reportHealth(id, Health::Live);
        QCOMPARE(changed.count(), 1);
        QVERIFY(acme.data(CustomerListModel::HasLiveRole).toBool());
        QCOMPARE(acme.data(CustomerListModel::LiveCountRole).toInt(), 1);
        QCOMPARE(acme.data(CustomerListModel::SubtitleRole).toString(), QStringLiteral("1 active integration"));
        QCOMPARE(acme.data(CustomerListModel::StatesRole).toString(), QString());
        QVERIFY(dotColour(acme).green() > dotColour(acme).red());

        // Orders needing attention, even a failing store, leave the dot green: health is a badge.
        engine.reportHealth(id, Health::Attention, QStringLiteral("1 order needs attention."));
        QVERIFY(acme.data(CustomerListModel::HasLiveRole).toBool());
        engine.reportHealth(id, Health::Failing, QStringLiteral("The store rejected the consumer key."));
        QVERIFY(acme.data(CustomerListModel::HasLiveRole).toBool());
        QVERIFY(dotColour(acme).green() > dotColour(acme).red());
        QCOMPARE(acme.data(CustomerListModel::ActiveCountRole).toInt(), 1);
        QCOMPARE(acme.data(CustomerListModel::SubtitleRole).toString(), QStringLiteral("1 active integration"));
        QCOMPARE(acme.data(CustomerListModel::StatesRole).toString(), QStringLiteral("1 integration failing"));

        engine.reportHealth(id, Health::Live);
        QVERIFY(acme.data(CustomerListModel::HasLiveRole).toBool());

        engine.reportHealth(id, Health::Paused, QStringLiteral("Paused by you."));
        QVERIFY(!acme.data(CustomerListModel::HasLiveRole).toBool());
        QCOMPARE(acme.data(CustomerListModel::ActiveCountRole).toInt(), 1);
        QCOMPARE(acme.data(CustomerListModel::StatesRole).toString(), QStringLiteral("1 integration paused"));
        QCOMPARE(dotColour(acme).red(), dotColour(acme).green()); // grey: nothing live

        engine.reportHealth(id, Health::Live);
        QVERIFY(acme.data(CustomerListModel::HasLiveRole).toBool());

        bool removed = false;
        registry.remove(id, [&removed](const IntegrationRegistry::Outcome &outcome) { removed = outcome.ok; });
        QTRY_VERIFY(removed);
        QVERIFY(!acme.data(CustomerListModel::HasLiveRole).toBool());
        QCOMPARE(acme.data(CustomerListModel::ActiveCountRole).toInt(), 0);
        QCOMPARE(acme.data(CustomerListModel::SubtitleRole).toString(), QStringLiteral("No active integrations"));

        // A late report for the deleted integration does not bring the dot back.
        engine.reportHealth(id, Health::Live);
        QVERIFY(!acme.data(CustomerListModel::HasLiveRole).toBool());
        QCOMPARE(acme.data(CustomerListModel::ActiveCountRole).toInt(), 0);
    }

    void filtersByName()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        IntegrationBoard board(store.database, engine, nullptr);
        CustomerListModel model(store.database, board);
        model.setAccount(store.account.id);
        QSortFilterProxyModel filter;
        filter.setSourceModel(&model);
        filter.setFilterRole(CustomerListModel::NameRole);
        filter.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setFilterFixedString(QStringLiteral("harb"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Harbour Books"));
        filter.setFilterFixedString(QString());
        QCOMPARE(filter.rowCount(), 4);
    }

    void customerUserSeesOnlyItsCustomer()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        IntegrationBoard board(store.database, engine, nullptr);
        CustomerListModel model(store.database, board);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccount(store.account.id, test::DashboardDemo::fernId);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Blue Fern Tea"));
        // Reports about other customers' integrations change nothing here.
        engine.reportHealth(demo.acmeRetail, Health::Failing);
        QCOMPARE(model.rowCount(), 1);
    }

    void ownerTogglesPermission()
    {
        test::StoreFixture store;
        test::DashboardDemo demo(store);
        test::FakeEngine engine;
        IntegrationBoard board(store.database, engine, nullptr);
        CustomerListModel model(store.database, board);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccount(store.account.id);
        const int row = model.rowOf(test::DashboardDemo::fernId);
        QVERIFY(!model.index(row).data(CustomerListModel::MaySelfManageRole).toBool());
        QVERIFY(model.setMaySelfManage(test::DashboardDemo::fernId, true));
        QVERIFY(model.index(row).data(CustomerListModel::MaySelfManageRole).toBool());
        QVERIFY(CustomerRepository(store.database).find(store.account.id, test::DashboardDemo::fernId)->maySelfManage);
    }
};

QTEST_MAIN(TestCustomerListModel)
#include "tst_customerlistmodel.moc"
