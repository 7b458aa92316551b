// storeprobe open <dir>          prints "ok", or the store's sentence and exits 1
// storeprobe write <dir> <name>  adds an account and an integration called <name>; prints its id
// storeprobe read <dir>          prints the names of the integrations, one a line

#include "core/model/wmsaccount.h"
#include "core/store/accountrepository.h"
#include "core/store/database.h"
#include "core/store/integrationrepository.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (args.size() < 3) {
        out << "usage: storeprobe open|write|read <dir> [name]\n";
        return 2;
    }
    wharf::Database database(wharf::Database::filePathIn(args.at(2)), std::chrono::milliseconds(200));
    if (!database.open()) {
        out << database.errorString() << '\n';
        return 1;
    }
    const QString &command = args.at(1);
    if (command == QLatin1String("open")) {
        out << "ok\n";
        return 0;
    }
    if (command == QLatin1String("write") && args.size() == 4) {
        wharf::WmsAccount account;
        account.baseUrl = QStringLiteral("https://api.cartoncloud.example");
        account.clientId = QStringLiteral("probe");
        if (!wharf::AccountRepository(database).insert(account))
            return 1;
        wharf::Integration integration;
        integration.accountId = account.id;
        integration.customerId = QStringLiteral("customer-probe");
        integration.name = args.at(3);
        // One store per integration: a store can have one live integration only.
        integration.storeUrl = QStringLiteral("https://%1.example").arg(QString::number(qHash(args.at(3))));
        integration.consumerKey = QStringLiteral("ck_probe");
        if (!wharf::IntegrationRepository(database).insert(integration))
            return 1;
        out << integration.id << '\n';
        return 0;
    }
    if (command == QLatin1String("read")) {
        for (const wharf::Integration &integration : wharf::IntegrationRepository(database).all())
            out << integration.name << '\n';
        return 0;
    }
    out << "unknown command\n";
    return 2;
}
