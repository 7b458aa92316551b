#include "core/store/accountrepository.h"
#include "core/store/database.h"
#include "core/store/integrationrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wharf;

class TestIntegrationRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_accountId = 0;

    Integration sample(const QString &name) const
    {
        Integration integration;
        integration.accountId = m_accountId;
        integration.customerId = QStringLiteral("customer-1");
        integration.name = name;
        integration.storeUrl = QStringLiteral("https://shop.example");
        integration.consumerKey = QStringLiteral("ck_123");
        integration.warehouseMode = Integration::WarehouseMode::Named;
        integration.warehouseName = QStringLiteral("Melbourne DC");
        integration.completeOnDispatch = false;
        integration.sendTracking = true;
        integration.intakeSince = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        return integration;
    }

private Q_SLOTS:
    void init()
    {
        m_database = std::make_unique<Database>(Database::filePathIn(
            m_dir.path() + QStringLiteral("/") + QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY(m_database->open());
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
};

QTEST_GUILESS_MAIN(TestIntegrationRepository)
#include "tst_integrationrepository.moc"
