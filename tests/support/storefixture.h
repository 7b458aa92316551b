#pragma once

#include "core/store/accountrepository.h"
#include "core/store/database.h"
#include "core/store/integrationrepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace wharf::test {

// A fresh data file in a temporary folder, with one account, for tests that need rows to hang
// their data on. The file is real SQLite; the folder disappears with the fixture.
class StoreFixture
{
public:
    StoreFixture()
        : database(Database::filePathIn(dir.path()))
    {
        if (!database.open())
            qFatal("cannot open the test data file: %s", qPrintable(database.errorString()));
        account.baseUrl = QStringLiteral("https://api.cartoncloud.com");
        account.clientId = QStringLiteral("test-client");
        account.tenantId = QStringLiteral("tenant-1");
        if (!AccountRepository(database).insert(account))
            qFatal("cannot insert the test account");
    }

    Integration sampleIntegration(const QString &name = QStringLiteral("Acme store")) const
    {
        Integration integration;
        integration.accountId = account.id;
        integration.customerId = QStringLiteral("customer-1");
        integration.name = name;
        // One store per sample: a store can have one live integration only.
        static int stores = 0;
        integration.storeUrl = QStringLiteral("https://shop-%1.example").arg(++stores);
        integration.consumerKey = QStringLiteral("ck_test");
        return integration;
    }

    Integration addIntegration(const QString &name = QStringLiteral("Acme store")) const
    {
        Integration integration = sampleIntegration(name);
        if (!IntegrationRepository(database).insert(integration))
            qFatal("cannot insert the test integration");
        return integration;
    }

    QTemporaryDir dir;
    Database database;
    WmsAccount account;
};

} // namespace wharf::test
