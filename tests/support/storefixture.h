#pragma once

#include "core/store/accountrepository.h"
#include "core/store/database.h"
#include "core/store/integrationrepository.h"
#include "postgresfixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace wharf::test {

// A fresh store with one account, for tests that need rows to hang their data on: a real SQLite
// file in a temporary folder, or (when the test picked it, see postgresfixture.h) a fresh
// database on the test PostgreSQL server. Both disappear with the fixture.
class StoreFixture
{
public:
    StoreFixture()
        : database(location(dir, postgres))
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

    static QString location(const QTemporaryDir &dir, PostgresDatabase &postgres)
    {
        if (currentBackend() == Backend::Sqlite)
            return Database::filePathIn(dir.path());
        QString error;
        const QString url = postgres.create(&error);
        if (url.isEmpty())
            qFatal("%s", qPrintable(error));
        return url;
    }

    bool isPostgres() const { return database.isServer(); }

    QTemporaryDir dir;
    PostgresDatabase postgres; // before database: dropped after its connections closed
    Database database;
    WmsAccount account;
};

} // namespace wharf::test
