#include "core/store/accountrepository.h"
#include "core/store/database.h"
#include "core/store/integrationrepository.h"
#include "core/store/orderlinkrepository.h"
#include "postgresfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wharf;

class TestIntegrationRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::FreshLocation> m_location; // outlives m_database
    std::unique_ptr<Database> m_database;
    qint64 m_accountId = 0;

    Integration sample(const QString &name) const
    {
        Integration integration;
        integration.accountId = m_accountId;
        integration.customerId = QStringLiteral("customer-1");
        integration.name = name;
        // One store per name: a store can have one live integration only.
        integration.storeUrl = QStringLiteral("https://%1.example").arg(name.trimmed().toLower().replace(u' ', u'-'));
        integration.consumerKey = QStringLiteral("ck_123");
        integration.warehouseMode = Integration::WarehouseMode::Named;
        integration.warehouseName = QStringLiteral("Melbourne DC");
        integration.completeOnDispatch = false;
        integration.sendTracking = true;
        integration.intakeSince = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        return integration;
    }

private Q_SLOTS:
    // Every test runs against SQLite and against PostgreSQL.
    void initTestCase_data() { test::addBackends(); }

    void init()
    {
        m_database.reset();
        m_location.reset();
        WHARF_USE_BACKEND();
        m_location = std::make_unique<test::FreshLocation>(test::currentBackend());
        QString problem;
        const QString location = m_location->location(&problem);
        QVERIFY2(!location.isEmpty(), qPrintable(problem));
        m_database = std::make_unique<Database>(location);
        QVERIFY2(m_database->open(), qPrintable(m_database->errorString()));
        WmsAccount account;
        account.baseUrl = QStringLiteral("https://api.cartoncloud.com");
        account.clientId = QStringLiteral("c");
        QVERIFY(AccountRepository(*m_database).insert(account));
        m_accountId = account.id;
    }

    void roundTripsEveryField()
    {
        const IntegrationRepository repository(*m_database);
        Integration integration = sample(QStringLiteral("  Acme store  "));
        integration.wooAuth = QStringLiteral("query");
        QVERIFY(repository.insert(integration));
        const std::optional<Integration> found = repository.find(integration.id);
        QVERIFY(found);
        QCOMPARE(found->name, QStringLiteral("Acme store"));
        QCOMPARE(found->warehouseMode, Integration::WarehouseMode::Named);
        QCOMPARE(found->warehouseName, QStringLiteral("Melbourne DC"));
        QCOMPARE(found->completeOnDispatch, false);
        QCOMPARE(found->sendTracking, true);
        QCOMPARE(found->intakeSince, integration.intakeSince);
        QCOMPARE(found->health, Health::Draft);
        QCOMPARE(found->wooAuth, QStringLiteral("query"));
        QVERIFY(!found->isDeleted());
        // Stock back to WooCommerce is off by default, every 60 minutes once on (migration 9).
        QCOMPARE(found->stockSync, false);
        QCOMPARE(found->stockSyncMinutes, 60);
        QVERIFY(!found->stockSyncedAt.isValid());

        QVERIFY(repository.setHealth(integration.id, Health::Failing, QStringLiteral("The store rejected the key.")));
        QCOMPARE(repository.find(integration.id)->health, Health::Failing);
        QCOMPARE(repository.find(integration.id)->healthReason, QStringLiteral("The store rejected the key."));

        // Saving settings (Reconfigure) leaves the engine's health alone, whatever the copy says.
        Integration reconfigured = *repository.find(integration.id);
        reconfigured.health = Health::Live;
        reconfigured.warehouseName = QStringLiteral("Perth DC");
        reconfigured.wooAuth = QStringLiteral("basic");
        QVERIFY(repository.update(reconfigured));
        const Integration saved = *repository.find(integration.id);
        QCOMPARE(saved.warehouseName, QStringLiteral("Perth DC"));
        QCOMPARE(saved.wooAuth, QStringLiteral("basic"));
        QCOMPARE(saved.health, Health::Failing);
    }

    void deletedIntegrationsKeepTheirHistory()
    {
        const IntegrationRepository repository(*m_database);
        Integration kept = sample(QStringLiteral("Kept"));
        Integration gone = sample(QStringLiteral("Gone"));
        QVERIFY(repository.insert(kept));
        QVERIFY(repository.insert(gone));
        const QDateTime when = QDateTime::currentDateTimeUtc();
        QVERIFY(repository.markDeleted(gone.id, when));
        QVERIFY(!repository.markDeleted(gone.id, when)); // deleting twice is refused

        QCOMPARE(repository.all().size(), 1);
        QCOMPARE(repository.all(true).size(), 2);
        QCOMPARE(repository.forCustomer(m_accountId, QStringLiteral("customer-1")).size(), 1);
        QVERIFY(repository.find(gone.id)->isDeleted());
        QCOMPARE(repository.find(gone.id)->deletedAt.toSecsSinceEpoch(), when.toSecsSinceEpoch());
    }

    void namesAreUniquePerCustomerIgnoringCaseAndSpaces()
    {
        const IntegrationRepository repository(*m_database);
        Integration first = sample(QStringLiteral("Main store"));
        QVERIFY(repository.insert(first));
        QVERIFY(repository.nameTaken(m_accountId, QStringLiteral("customer-1"), QStringLiteral(" main STORE ")));
        QVERIFY(!repository.nameTaken(m_accountId, QStringLiteral("customer-2"), QStringLiteral("Main store")));
        QVERIFY(
            !repository.nameTaken(m_accountId, QStringLiteral("customer-1"), QStringLiteral("Main store"), first.id));
        QVERIFY(repository.markDeleted(first.id, QDateTime::currentDateTimeUtc()));
        QVERIFY(!repository.nameTaken(m_accountId, QStringLiteral("customer-1"), QStringLiteral("Main store")));
    }

    void onlyDraftsCanBeRemoved()
    {
        const IntegrationRepository repository(*m_database);
        Integration draft = sample(QStringLiteral("Draft"));
        Integration live = sample(QStringLiteral("Live"));
        live.health = Health::Live;
        QVERIFY(repository.insert(draft));
        QVERIFY(repository.insert(live));
        QVERIFY(!repository.removeDraft(live.id));
        QVERIFY(repository.removeDraft(draft.id));
        QVERIFY(!repository.find(draft.id));
        QVERIFY(repository.find(live.id));
    }

    void aStoreHasOneLiveIntegrationWhateverItsSpelling()
    {
        const IntegrationRepository repository(*m_database);
        Integration first = sample(QStringLiteral("Acme"));
        first.storeUrl = QStringLiteral("https://www.Shop.Acme.example/");
        QVERIFY(repository.insert(first));
        QCOMPARE(first.storeKey, QStringLiteral("shop.acme.example"));
        QCOMPARE(first.storeCode.size(), 12); // 48 bits
        QCOMPARE(repository.find(first.id)->storeCode, first.storeCode);

        // The same store by another spelling (scheme, www., case, trailing slash): refused by the
        // database itself, so that two processes saving at once cannot both succeed.
        Integration second = sample(QStringLiteral("Acme again"));
        second.storeUrl = QStringLiteral("http://shop.acme.example");
        second.customerId = QStringLiteral("customer-2");
        QVERIFY(!repository.insert(second));
        QCOMPARE(repository.all().size(), 1);
        QCOMPARE(repository.liveForStore(QStringLiteral("shop.acme.example"))->id, first.id);

        // Another port, another path: other stores.
        Integration other = sample(QStringLiteral("Outlet"));
        other.storeUrl = QStringLiteral("https://shop.acme.example:8443");
        QVERIFY(repository.insert(other));
        QVERIFY(other.storeCode != first.storeCode);
    }

    void restoringKeepsTheRowItsLinksAndStartsABillingPeriod()
    {
        const IntegrationRepository repository(*m_database);
        Integration integration = sample(QStringLiteral("Acme"));
        QVERIFY(repository.insert(integration));
        OrderLink link;
        link.integrationId = integration.id;
        link.wooOrderId = 7;
        link.wooOrderNumber = QStringLiteral("7");
        link.state = OrderLink::State::Created;
        QVERIFY(OrderLinkRepository(*m_database).insert(link));

        const QDateTime deletedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(repository.markDeleted(integration.id, deletedAt));
        QVERIFY(!repository.liveForStore(integration.storeKey));
        QCOMPARE(repository.deletedForStore(integration.storeKey)->id, integration.id);

        Integration restored = *repository.find(integration.id);
        restored.name = QStringLiteral("Acme restored");
        const qint64 revision = restored.settingsRevision;
        QVERIFY(repository.restore(restored, deletedAt.addSecs(60)));
        const Integration found = *repository.find(integration.id);
        QVERIFY(!found.isDeleted());
        QCOMPARE(found.name, QStringLiteral("Acme restored"));
        QVERIFY(found.settingsRevision > revision); // engines elsewhere pick it up
        QCOMPARE(found.activePeriods.size(), 2);
        QCOMPARE(found.activePeriods.at(0).second.toSecsSinceEpoch(), deletedAt.toSecsSinceEpoch());
        QVERIFY(!found.activePeriods.at(1).second.isValid());
        QVERIFY(OrderLinkRepository(*m_database).find(integration.id, 7)); // the store's history came back
        QVERIFY(!repository.restore(restored, deletedAt)); // only a deleted one can be restored
    }

    void stockSyncIsASettingAndItsLastRunIsNot()
    {
        const IntegrationRepository repository(*m_database);
        Integration integration = sample(QStringLiteral("Acme"));
        QVERIFY(repository.insert(integration));
        const qint64 revision = repository.find(integration.id)->settingsRevision;
        integration.stockSync = true;
        integration.stockSyncMinutes = 15;
        QVERIFY(repository.update(integration));
        Integration saved = *repository.find(integration.id);
        QCOMPARE(saved.stockSync, true);
        QCOMPARE(saved.stockSyncMinutes, 15);
        QCOMPARE(saved.settingsRevision, revision + 1);
        // The engine's record of its last run changes no setting.
        const QDateTime at(QDate(2026, 11, 30), QTime(13, 0), Qt::UTC);
        QVERIFY(repository.setStockSyncedAt(integration.id, at));
        saved = *repository.find(integration.id);
        QCOMPARE(saved.stockSyncedAt, at);
        QCOMPARE(saved.settingsRevision, revision + 1);
        // A Reconfigure that switches it off keeps the last run.
        saved.stockSync = false;
        QVERIFY(repository.update(saved));
        QCOMPARE(repository.find(integration.id)->stockSync, false);
        QCOMPARE(repository.find(integration.id)->stockSyncedAt, at);
    }

    void healthIsNotASettingsChange()
    {
        const IntegrationRepository repository(*m_database);
        Integration integration = sample(QStringLiteral("Acme"));
        QVERIFY(repository.insert(integration));
        const qint64 revision = repository.find(integration.id)->settingsRevision;
        QVERIFY(repository.setHealth(integration.id, Health::Live, QStringLiteral("Syncing normally.")));
        QCOMPARE(repository.find(integration.id)->settingsRevision, revision);
        QVERIFY(repository.update(integration));
        QCOMPARE(repository.find(integration.id)->settingsRevision, revision + 1);
        bool ok = false;
        QCOMPARE(repository.settingsRevisions(&ok).value(integration.id), revision + 1);
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationRepository)
#include "tst_integrationrepository.moc"
