#include "app/commandlinetool.h"

#include "app/billingcommand.h"
#include "app/clicommand.h"
#include "app/integrationcommands.h"
#include "app/statuscommand.h"
#include "core/logging.h"
#include "core/net/httpclient.h"
#include "core/secrets/secretstore.h"
#include "core/store/accountregistry.h"
#include "core/store/accountrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/eventrepository.h"
#include "core/store/integrationregistry.h"
#include "core/store/integrationrepository.h"
#include "core/store/leaserepository.h"
#include "core/store/orderlinkrepository.h"
#include "core/sync/cyclereportjson.h"
#include "core/sync/integrationsetup.h"
#include "core/sync/syncenginehost.h"
#include "core/woo/credentialscheck.h"
#include "core/woo/wooclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace wharf {

namespace {

void printOut(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

QString option(const QCommandLineParser &parser, const char *name)
{
    return parser.value(QString::fromLatin1(name));
}

bool isSet(const QCommandLineParser &parser, const char *name)
{
    return parser.isSet(QString::fromLatin1(name));
}

QJsonObject integrationJson(const Integration &integration, const QString &customerName)
{
    return {
        {QStringLiteral("id"), integration.id},
        {QStringLiteral("name"), integration.name},
        {QStringLiteral("customerId"), integration.customerId},
        {QStringLiteral("customer"), customerName},
        {QStringLiteral("storeUrl"), integration.storeUrl},
        {QStringLiteral("consumerKey"), integration.consumerKey},
        {QStringLiteral("warehouse"),
         integration.warehouseMode == Integration::WarehouseMode::Named ? integration.warehouseName : QString()},
        {QStringLiteral("completeOnDispatch"), integration.completeOnDispatch},
        {QStringLiteral("sendTracking"), integration.sendTracking},
        {QStringLiteral("stockSync"), integration.stockSync},
        {QStringLiteral("stockSyncMinutes"), integration.stockSyncMinutes},
        {QStringLiteral("stopCancelledOrders"), integration.stopCancelledOrders},
        {QStringLiteral("intakeSince"),
         integration.intakeSince.isValid() ? integration.intakeSince.toString(Qt::ISODate) : QString()},
        {QStringLiteral("health"), healthKey(integration.health)},
        {QStringLiteral("reason"), integration.healthReason},
        {QStringLiteral("deleted"), integration.isDeleted()},
    };
}

} // namespace

CommandLineTool::CommandLineTool(const Database &database, SecretStore &secrets, Settings settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_settings(std::move(settings))
    , m_nam(new QNetworkAccessManager(this))
{
}

CommandLineTool::~CommandLineTool() = default;

bool CommandLineTool::isCommand(const QString &word)
{
    return word == QLatin1String("account") || word == QLatin1String("integration") || word == QLatin1String("sync")
        || word == QLatin1String("billing") || word == QLatin1String("status");
}

QString CommandLineTool::usage()
{
    return tr("Commands (secrets are read from standard input, never from arguments):\n"
              "  wharf account connect --base-url URL --client-id ID [--tenant ID]\n"
              "                        [--role admin|customer --customer ID|NAME]\n"
              "  wharf integration add --name N --customer ID|NAME --store-url URL --consumer-key KEY\n"
              "                        [--warehouse NAME | --default-warehouse] [--complete | --no-complete]\n"
              "                        [--tracking | --no-tracking] [--since DATE | --all]\n"
              "  wharf integration list [--json]\n"
              "  wharf integration show ID [--json]\n"
              "  wharf integration remove ID\n"
              "  wharf integration attention ID [--json]\n"
              "  wharf integration retry ID (--order NUMBER | --all) [--json]\n"
              "  wharf integration pause ID [--json]\n"
              "  wharf integration resume ID [--json]\n"
              "  wharf integration update ID [--name N] [--customer ID|NAME]\n"
              "                        [--warehouse NAME | --default-warehouse] [--complete | --no-complete]\n"
              "                        [--tracking | --no-tracking] [--since DATE | --all]\n"
              "                        [--stock-sync MINUTES | --no-stock-sync]\n"
              "                        [--stop-cancelled | --no-stop-cancelled] [--json]\n"
              "  wharf integration events ID [--order NUMBER] [--json]\n"
              "  wharf sync --once [--integration ID] [--json]\n"
              "  wharf billing [--from DATE [--to DATE]] [--csv | --json]\n"
              "  wharf status [--json]   (exit status 0 all live, 1 attention, 2 failing)\n"
              "Every command takes --json to print what it did as JSON.\n");
}

void CommandLineTool::addOptions(QCommandLineParser &parser)
{
    auto valued = [](const char *name, const char *description, const char *valueName) {
        return QCommandLineOption(QString::fromLatin1(name), tr(description), tr(valueName));
    };
    auto flag = [](const char *name, const char *description) {
        return QCommandLineOption(QString::fromLatin1(name), tr(description));
    };
    parser.addOptions({
        valued("base-url", "CartonCloud API address (https://api.cartoncloud.com, or your region's).", "url"),
        valued("client-id", "CartonCloud API client id.", "id"),
        valued("tenant", "CartonCloud tenant id, when the API client has several.", "id"),
        valued("role", "admin (any customer) or customer (one customer).", "role"),
        valued("customer", "A CartonCloud customer, by id or name.", "customer"),
        valued("name", "The integration's name.", "name"),
        valued("store-url", "The WooCommerce store's address.", "url"),
        valued("consumer-key", "The store's REST API consumer key (ck_…); the secret comes on standard input.", "key"),
        valued("warehouse", "The CartonCloud warehouse, by name, exactly as spelt there.", "name"),
        flag("default-warehouse", "Use the customer's default warehouse."),
        flag("complete", "Complete WooCommerce orders when dispatched (the default)."),
        flag("no-complete", "Do not complete WooCommerce orders."),
        flag("tracking", "Send tracking to WooCommerce (the default)."),
        flag("no-tracking", "Do not send tracking."),
        valued("stock-sync", "integration update: send CartonCloud's stock levels to WooCommerce every MINUTES.",
               "minutes"),
        flag("no-stock-sync", "integration update: stop sending stock levels to WooCommerce (the default)."),
        flag("stop-cancelled",
             "integration update: delete the outbound order in CartonCloud when its WooCommerce order is cancelled "
             "or refunded before picking, where CartonCloud allows it."),
        flag("no-stop-cancelled",
             "integration update: only report cancelled orders that CartonCloud has; change nothing there (the "
             "default)."),
        valued("since", "At go-live, take only orders in processing created since this date (YYYY-MM-DD).", "date"),
        flag("all",
             "integration add and update: at go-live, take every order in processing (the default). integration "
             "retry: every order that needs attention."),
        flag("json", "Print JSON."),
        flag("once", "Run one full cycle of each integration, then stop."),
        valued("integration", "Only this integration.", "id"),
        flag("restore", "When the store's integration was deleted, restore it with its order history."),
        valued("order", "A WooCommerce order, by its number.", "number"),
        valued("from", "billing: the first day of the period (YYYY-MM-DD).", "date"),
        valued("to", "billing: the last day of the period (YYYY-MM-DD; today when left out).", "date"),
        flag("csv", "billing: print the statement as CSV, as the window exports it."),
    });
}

void CommandLineTool::run(const QStringList &positional, const QCommandLineParser &parser)
{
    const QString command = positional.value(0);
    const QString sub = positional.value(1);
    m_json = isSet(parser, "json");
    // Each family of newer commands is a class of its own; they all end in `finished`.
    CliCommand *family = nullptr;
    if (command == QLatin1String("integration") && IntegrationCommands::handles(sub))
        family = new IntegrationCommands(m_database, m_secrets, this);
    else if (command == QLatin1String("billing"))
        family = new BillingCommand(m_database, this);
    else if (command == QLatin1String("status"))
        family = new StatusCommand(m_database, this);
    if (family) {
        connect(family, &CliCommand::finished, this, &CommandLineTool::finished);
        family->run(positional, parser);
        return;
    }
    if (command == QLatin1String("account") && sub == QLatin1String("connect") && positional.size() == 2)
        accountConnect(parser);
    else if (command == QLatin1String("integration") && sub == QLatin1String("add") && positional.size() == 2)
        integrationAdd(parser);
    else if (command == QLatin1String("integration") && sub == QLatin1String("list") && positional.size() == 2)
        integrationList(parser);
    else if (command == QLatin1String("integration") && sub == QLatin1String("show") && positional.size() == 3)
        integrationShow(positional.at(2), parser);
    else if (command == QLatin1String("integration") && sub == QLatin1String("remove") && positional.size() == 3)
        integrationRemove(positional.at(2));
    else if (command == QLatin1String("sync") && positional.size() == 1)
        syncOnce(parser);
    else
        usageError(tr("\"%1\" is not a command Wharf knows.").arg(positional.join(QLatin1Char(' '))));
}

void CommandLineTool::usageError(const QString &sentence)
{
    printErr(sentence);
    printErr(usage());
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(2); });
}

void CommandLineTool::failure(const QString &sentence)
{
    printErr(sentence);
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(1); });
}

void CommandLineTool::done(const QString &output)
{
    if (!output.isEmpty())
        printOut(output);
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(0); });
}

QString CommandLineTool::readSecret(const QString &prompt)
{
    // Never from an argument (it would show in `ps` and in shell history): standard input, with
    // the echo off when a person types it.
    const bool terminal = ::isatty(STDIN_FILENO) != 0;
    termios saved {};
    if (terminal) {
        std::fputs(qPrintable(prompt), stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return QString::fromStdString(line).trimmed();
}

void CommandLineTool::accountConnect(const QCommandLineParser &parser)
{
    if (option(parser, "base-url").isEmpty() || option(parser, "client-id").isEmpty()) {
        usageError(tr("account connect needs --base-url and --client-id."));
        return;
    }
    AccountRegistry::Request request;
    request.baseUrl = option(parser, "base-url");
    request.clientId = option(parser, "client-id");
    request.tenantId = option(parser, "tenant");
    const QString role = option(parser, "role");
    if (!role.isEmpty() && role != QLatin1String("admin") && role != QLatin1String("customer")) {
        usageError(tr("--role is admin or customer, not \"%1\".").arg(role));
        return;
    }
    if (role == QLatin1String("customer")) {
        if (option(parser, "customer").isEmpty()) {
            usageError(tr("A customer user works for one customer: name it with --customer."));
            return;
        }
        request.role = WmsAccount::Role::CustomerUser;
        request.customerId = option(parser, "customer");
    }
    request.clientSecret = readSecret(tr("CartonCloud API client secret: "));
    if (request.clientSecret.isEmpty()) {
        usageError(tr("Give the API client secret on standard input."));
        return;
    }
    auto *registry = new AccountRegistry(m_database, m_secrets, m_nam, this);
    registry->setSslConfiguration(m_settings.ssl);
    registry->connectAccount(request, [this, registry](const AccountRegistry::Outcome &outcome) {
        registry->deleteLater();
        if (!outcome.ok) {
            if (!outcome.tenants.isEmpty()) {
                QString list;
                for (const wms::WmsTenant &tenant : outcome.tenants)
                    list += QStringLiteral("  %1  %2\n").arg(tenant.id, tenant.name);
                printErr(outcome.message + QLatin1Char('\n') + list + tr("Choose one with --tenant ID."));
                QTimer::singleShot(0, this, [this] { Q_EMIT finished(2); });
                return;
            }
            failure(outcome.message);
            return;
        }
        if (m_json) {
            done(CliCommand::json(QJsonObject {{QStringLiteral("account"), outcome.account.id},
                                               {QStringLiteral("tenantId"), outcome.account.tenantId},
                                               {QStringLiteral("tenant"), outcome.account.tenantName},
                                               {QStringLiteral("customers"), outcome.customers}}));
            return;
        }
        const QString customers = outcome.customers == 1 ? tr("1 customer") : tr("%1 customers").arg(outcome.customers);
        done(tr("Connected to CartonCloud tenant \"%1\" with %2 (account %3).\n")
                 .arg(outcome.account.tenantName, customers)
                 .arg(outcome.account.id));
    });
}

void CommandLineTool::integrationAdd(const QCommandLineParser &parser)
{
    for (const char *required : {"name", "customer", "store-url", "consumer-key"}) {
        if (option(parser, required).isEmpty()) {
            usageError(tr("integration add needs --%1.").arg(QString::fromLatin1(required)));
            return;
        }
    }
    if (isSet(parser, "warehouse") && isSet(parser, "default-warehouse")) {
        usageError(tr("Choose --warehouse NAME or --default-warehouse, not both."));
        return;
    }
    if ((isSet(parser, "complete") && isSet(parser, "no-complete"))
        || (isSet(parser, "tracking") && isSet(parser, "no-tracking"))
        || (isSet(parser, "since") && isSet(parser, "all"))) {
        usageError(tr("Options that contradict each other were given together."));
        return;
    }
    QDateTime since;
    if (isSet(parser, "since")) {
        const QDate date = QDate::fromString(option(parser, "since"), Qt::ISODate);
        since = date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC)
                               : QDateTime::fromString(option(parser, "since"), Qt::ISODate);
        if (!since.isValid()) {
            usageError(tr("--since takes a date such as 2026-11-01, not \"%1\".").arg(option(parser, "since")));
            return;
        }
    }
    const QList<WmsAccount> accounts = AccountRepository(m_database).all();
    if (accounts.isEmpty()) {
        failure(tr("Connect a CartonCloud account first: wharf account connect --base-url URL --client-id ID"));
        return;
    }
    const WmsAccount account = accounts.constFirst();
    const QString wanted = option(parser, "customer").trimmed();
    std::optional<Customer> customer;
    for (const Customer &candidate : CustomerRepository(m_database).forAccount(account.id)) {
        if (candidate.id == wanted || candidate.name.compare(wanted, Qt::CaseInsensitive) == 0)
            customer = candidate;
    }
    if (!customer) {
        failure(tr("\"%1\" is not a customer of %2 in CartonCloud.").arg(wanted, account.tenantName));
        return;
    }
    if (account.role == WmsAccount::Role::CustomerUser) {
        if (customer->id != account.customerId) {
            failure(tr("This account works for one customer only, not %1.").arg(customer->name));
            return;
        }
        if (!customer->maySelfManage) {
            failure(tr("Your warehouse has not allowed %1 to create its own integrations; ask the account owner.")
                        .arg(customer->name));
            return;
        }
    }

    Integration integration;
    integration.accountId = account.id;
    integration.customerId = customer->id;
    integration.name = option(parser, "name").trimmed();
    integration.warehouseMode =
        isSet(parser, "warehouse") ? Integration::WarehouseMode::Named : Integration::WarehouseMode::CustomerDefault;
    integration.warehouseName = option(parser, "warehouse").trimmed();
    integration.completeOnDispatch = !isSet(parser, "no-complete");
    integration.sendTracking = !isSet(parser, "no-tracking");
    integration.intakeSince = since;

    const QString secret = readSecret(tr("Consumer secret (cs_…): "));
    if (secret.isEmpty()) {
        usageError(tr("Give the store's consumer secret on standard input."));
        return;
    }
    const bool restore = isSet(parser, "restore");
    auto *check = new woo::CredentialsCheck(m_nam, this);
    check->client()->http()->setSslConfiguration(m_settings.ssl);
    connect(check, &woo::CredentialsCheck::finished, this,
            [this, check, integration, secret, restore,
             customerName = customer->name](const woo::CredentialsCheckResult &result) mutable {
                check->deleteLater();
                for (const QString &warning : result.warnings)
                    printErr(tr("Warning: %1").arg(warning));
                if (!result.ok()) {
                    failure(result.sentence);
                    return;
                }
                IntegrationSetup::applyCheck(integration, result);
                if (integration.sendTracking && result.connection.tracking == woo::TrackingPlugin::None)
                    printErr(tr("Warning: no shipment-tracking plugin answers on this store, so no tracking will be "
                                "sent until one is installed."));
                auto *registry = new IntegrationRegistry(m_database, m_secrets, this);
                registry->add(
                    integration, secret,
                    [this, registry, customerName, integration, secret,
                     restore](const IntegrationRegistry::Outcome &saved) mutable {
                        if (!saved.ok && saved.restorableId != 0 && restore) {
                            integration.id = saved.restorableId;
                            registry->restore(
                                integration, secret, [this, registry](const IntegrationRegistry::Outcome &restored) {
                                    registry->deleteLater();
                                    if (!restored.ok) {
                                        failure(restored.message);
                                        return;
                                    }
                                    done(m_json ? CliCommand::json(
                                             QJsonObject {{QStringLiteral("integration"), restored.integration.id},
                                                          {QStringLiteral("name"), restored.integration.name},
                                                          {QStringLiteral("restored"), true},
                                                          {QStringLiteral("message"), restored.message}})
                                                : restored.message + QLatin1Char('\n'));
                                });
                            return;
                        }
                        registry->deleteLater();
                        if (!saved.ok) {
                            failure(saved.restorableId != 0
                                        ? saved.message + QLatin1Char(' ') + tr("Add --restore to restore it.")
                                        : saved.message);
                            return;
                        }
                        if (m_json) {
                            done(CliCommand::json(QJsonObject {{QStringLiteral("integration"), saved.integration.id},
                                                               {QStringLiteral("name"), saved.integration.name},
                                                               {QStringLiteral("customer"), customerName},
                                                               {QStringLiteral("restored"), false}}));
                            return;
                        }
                        done(tr("Integration %1 \"%2\" added for %3; it starts with the next sync.\n")
                                 .arg(saved.integration.id)
                                 .arg(saved.integration.name, customerName));
                    });
            });
    check->start(option(parser, "store-url"), option(parser, "consumer-key"), secret);
}

void CommandLineTool::integrationList(const QCommandLineParser &parser)
{
    const QList<Integration> integrations = IntegrationRepository(m_database).all();
    const CustomerRepository customers(m_database);
    auto customerName = [&customers](const Integration &integration) {
        const std::optional<Customer> customer = customers.find(integration.accountId, integration.customerId);
        return customer ? customer->name : integration.customerId;
    };
    if (isSet(parser, "json")) {
        QJsonArray array;
        for (const Integration &integration : integrations)
            array.append(integrationJson(integration, customerName(integration)));
        done(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
        return;
    }
    if (integrations.isEmpty()) {
        done(tr("No integrations yet. Add one with: wharf integration add …\n"));
        return;
    }
    QString out;
    for (const Integration &integration : integrations) {
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5 — %6\n")
                   .arg(integration.id)
                   .arg(integration.name, customerName(integration), integration.storeUrl,
                        healthLabel(integration.health), integration.healthReason);
    }
    done(out);
}

void CommandLineTool::integrationShow(const QString &id, const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 integrationId = id.toLongLong(&ok);
    const std::optional<Integration> integration =
        ok ? IntegrationRepository(m_database).find(integrationId) : std::nullopt;
    if (!integration) {
        failure(tr("There is no integration %1. See: wharf integration list").arg(id));
        return;
    }
    const std::optional<Customer> customer =
        CustomerRepository(m_database).find(integration->accountId, integration->customerId);
    const QHash<OrderLink::State, int> counts = OrderLinkRepository(m_database).countsByState(integration->id);
    QJsonObject json = integrationJson(*integration, customer ? customer->name : integration->customerId);
    QJsonObject orders;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        orders.insert(OrderLink::stateKey(it.key()), it.value());
    json.insert(QStringLiteral("orders"), orders);
    QJsonArray attention;
    for (const OrderLink &link :
         OrderLinkRepository(m_database).inState(integration->id, OrderLink::State::NeedsAttention))
        attention.append(
            QJsonObject {{QStringLiteral("order"), link.wooOrderNumber}, {QStringLiteral("reason"), link.reason}});
    json.insert(QStringLiteral("needAttention"), attention);
    // Who syncs it now: the lease of a live engine, if any.
    const std::optional<Lease> lease = LeaseRepository(m_database).find(integration->id);
    const bool owned = lease && !lease->isExpired(LeaseRepository(m_database).databaseNowMs());
    json.insert(QStringLiteral("syncedBy"), owned ? lease->describe() : QString());
    if (isSet(parser, "json")) {
        done(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        return;
    }
    QString out = tr("%1 (integration %2) for %3\n  store: %4\n  health: %5 — %6\n")
                      .arg(integration->name)
                      .arg(integration->id)
                      .arg(json[u"customer"].toString(), integration->storeUrl, healthLabel(integration->health),
                           integration->healthReason);
    if (owned)
        out += tr("  synced by: %1\n").arg(lease->describe());
    for (auto it = orders.constBegin(); it != orders.constEnd(); ++it)
        out += QStringLiteral("  orders %1: %2\n").arg(it.key()).arg(it.value().toInt());
    for (const QJsonValue &item : std::as_const(attention))
        out += tr("  needs attention: %1\n").arg(item[u"reason"].toString());
    done(out);
}

void CommandLineTool::integrationRemove(const QString &id)
{
    bool ok = false;
    const qint64 integrationId = id.toLongLong(&ok);
    if (!ok) {
        usageError(tr("integration remove takes an integration id, not \"%1\".").arg(id));
        return;
    }
    auto *registry = new IntegrationRegistry(m_database, m_secrets, this);
    registry->remove(integrationId, [this, registry](const IntegrationRegistry::Outcome &outcome) {
        registry->deleteLater();
        if (!outcome.ok) {
            failure(outcome.message);
            return;
        }
        if (!outcome.message.isEmpty())
            printErr(outcome.message);
        if (m_json) {
            done(CliCommand::json(QJsonObject {{QStringLiteral("integration"), outcome.integration.id},
                                               {QStringLiteral("name"), outcome.integration.name},
                                               {QStringLiteral("deleted"), true},
                                               {QStringLiteral("message"), outcome.message}}));
            return;
        }
        done(tr("Integration %1 \"%2\" deleted; its billing stopped and its history stays readable.\n")
                 .arg(outcome.integration.id)
                 .arg(outcome.integration.name));
    });
}

void CommandLineTool::syncOnce(const QCommandLineParser &parser)
{
    if (!isSet(parser, "once")) {
        usageError(tr("sync runs one cycle with --once; to keep syncing, run: wharf --headless"));
        return;
    }
    qint64 only = 0;
    if (isSet(parser, "integration")) {
        bool ok = false;
        only = option(parser, "integration").toLongLong(&ok);
        if (!ok) {
            usageError(tr("--integration takes an integration id."));
            return;
        }
    }
    SyncEngine::Options options;
    options.cycleOnStart = false;
    options.ownerKind = LeaseHolder::Kind::SyncOnce;
    options.onlyIntegrationId = only;
    options.leaseTtl = m_settings.leaseTtl;
    // Renewed four times per lease, as the service does, so that one slow renewal never loses it.
    options.leaseTick = std::min<std::chrono::milliseconds>(std::chrono::seconds(2), options.leaseTtl / 4);
    options.pipeline.interruptedCreateGuard = m_settings.interruptedCreateGuard;
    options.remoteCycleTimeout = m_settings.remoteCycleTimeout;
    options.createsPerMinute = m_settings.createsPerMinute;
    options.extraCaCertificates = m_settings.ssl.caCertificates();
    auto *host = new SyncEngineHost(m_database, &m_secrets, options, this);
    const bool json = isSet(parser, "json");
    // Integrations another process syncs are not run twice: their owner is asked for the cycle.
    connect(host, &SyncEngineHost::started, this, [host, only] { host->runOnce(only); });
    connect(host, &SyncEngineHost::allCyclesFinished, this, [this, host, json](const QList<CycleReport> &reports) {
        bool allOk = true;
        QJsonArray array;
        QString text;
        for (const CycleReport &report : reports) {
            allOk = allOk && report.ok();
            // Who ran the cycle: this command, or the engine that owns the integration.
            array.append(CycleReportJson::toObject(
                report, report.ranBy.isEmpty() ? QStringLiteral("this command") : report.ranBy));
            if (!report.ranBy.isEmpty())
                text += tr("%1: synced by %2, asked by this command.\n").arg(report.integrationName, report.ranBy);
            text += report.ok() ? tr("%1: %2 new, %3 created, %4 need attention, %5 tracking sent, %6 completed\n")
                                      .arg(report.integrationName)
                                      .arg(report.ordersReceived)
                                      .arg(report.created)
                                      .arg(report.needAttention)
                                      .arg(report.trackingSent)
                                      .arg(report.completed)
                                : tr("%1: %2\n").arg(report.integrationName, report.error);
        }
        // Integrations that could not start at all (a missing secret, say) say why too.
        for (const Integration &integration : IntegrationRepository(m_database).all()) {
            if (integration.health == Health::Failing
                && std::none_of(reports.cbegin(), reports.cend(),
                                [&](const CycleReport &r) { return r.integrationId == integration.id; })) {
                allOk = false;
                text += tr("%1: %2\n").arg(integration.name, integration.healthReason);
                array.append(QJsonObject {{QStringLiteral("integration"), integration.id},
                                          {QStringLiteral("name"), integration.name},
                                          {QStringLiteral("error"), integration.healthReason}});
            }
        }
        if (json)
            printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
        else
            printOut(text.isEmpty() ? tr("No integrations to sync.\n") : text);
        host->deleteLater();
        QTimer::singleShot(0, this, [this, allOk] { Q_EMIT finished(allOk ? 0 : 1); });
    });
    host->start();
}

} // namespace wharf
