#pragma once

#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretkeys.h"
#include "core/store/accountrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/integrationrepository.h"
#include "core/sync/syncengine.h"
#include "sandbox/cartoncloudserver.h"
#include "sandbox/sandbox.h"
#include "sandbox/woostore.h"
#include "secretwaiter.h"
#include "storefixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

namespace wharf::test {

// The far side (the sandbox: one CartonCloud tenant and its stores, on loopback) and the near
// side (a real data file, an account pointing at the sandbox, secrets in a memory store), wired
// as a user would after connecting the account. Integrations are added per test.
class EngineFixture
{
public:
    EngineFixture()
    {
        if (!sandbox.start())
            qFatal("sandbox did not start: %s", qPrintable(sandbox.errorString()));
        sandbox.wms()->setCreateRateLimit(100000); // tests of pacing set their own
        store.account.baseUrl = sandbox.wms()->baseUrl().toString();
        store.account.clientId = sandbox.wms()->clientId();
        store.account.tenantId = sandbox.wms()->tenantId();
        if (!AccountRepository(store.database).update(store.account))
            qFatal("cannot point the test account at the sandbox");
        SecretWaiter waiter;
        waiter.write(secrets, SecretKeys::accountClientSecret(store.account.id), sandbox.wms()->clientSecret());
        QFile ca(sandbox.caCertificatePath());
        if (ca.open(QIODevice::ReadOnly))
            options.extraCaCertificates = QSslCertificate::fromData(ca.readAll());
        options.createsPerMinute = 100000;
        // Cycles take turns, two at a time (CycleSlots), as 1,000 integrations take them by fifty.
        options.concurrentCycles = 2;
        options.pipeline.overlap = std::chrono::seconds(0);
        // The sandbox's search is consistent at once unless a test turns its lag on; tests of
        // the guard itself set their own.
        options.pipeline.interruptedCreateGuard = std::chrono::milliseconds(0);
        // A test changes something and runs a cycle at once: that cycle must search afresh.
        options.pipeline.changeSearchReuse = std::chrono::milliseconds(0);
    }

    // A CartonCloud customer with these product codes, known to Wharf too.
    QString addCustomer(const QString &name, const QString &code, const QStringList &productCodes)
    {
        const QString id = sandbox.wms()->addCustomer(name, code);
        for (const QString &product : productCodes)
            sandbox.wms()->addProduct(id, product, product);
        CustomerRepository(store.database).upsert({id, store.account.id, name, false});
        return id;
    }

    // An integration of `customerId` with the given sandbox store, saved with its secret.
    Integration addIntegration(sandbox::WooStore *woo, const QString &customerId, const QString &name)
    {
        Integration integration = store.sampleIntegration(name);
        integration.customerId = customerId;
        integration.storeUrl = woo->httpsUrl().toString();
        integration.consumerKey = woo->consumerKey();
        integration.health = Health::Live;
        integration.createdAt = QDateTime::currentDateTimeUtc().addDays(-1);
        IntegrationRepository(store.database).insert(integration);
        SecretWaiter waiter;
        waiter.write(secrets, SecretKeys::integrationConsumerSecret(integration.id), woo->consumerSecret());
        return integration;
    }

    // One full cycle of every running integration, as `wharf sync --once` runs it. The engine may
    // answer at once (nothing to run), so a signal already caught counts.
    static QList<CycleReport> runOnce(SyncEngine &engine, int timeoutMs = 120000)
    {
        QSignalSpy done(&engine, &SyncEngine::allCyclesFinished);
        engine.runOnce();
        if (done.isEmpty() && !done.wait(timeoutMs))
            return {};
        return done.constFirst().constFirst().value<QList<CycleReport>>();
    }

    // Starts the engine and waits for its first cycle, which takes the orders into CartonCloud.
    static bool started(SyncEngine &engine)
    {
        QSignalSpy firstCycle(&engine, &SyncEngine::cycleFinished);
        engine.start();
        return firstCycle.wait(60000);
    }

    // One cycle of the one running integration, which must end without an error.
    static void cycle(SyncEngine &engine)
    {
        const QList<CycleReport> reports = runOnce(engine);
        QCOMPARE(reports.size(), 1);
        QVERIFY2(reports.constFirst().ok(), qPrintable(reports.constFirst().error));
    }

    sandbox::Sandbox sandbox;
    StoreFixture store;
    MemorySecretStore secrets;
    SyncEngine::Options options;
};

} // namespace wharf::test
