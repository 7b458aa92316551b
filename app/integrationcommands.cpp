#include "app/integrationcommands.h"

#include "core/control/ownerrequest.h"
#include "core/model/orderlink.h"
#include "core/model/syncevent.h"
#include "core/model/wmsaccount.h"
#include "core/store/accountrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/eventrepository.h"
#include "core/store/integrationregistry.h"
#include "core/store/orderlinkrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace wharf {

namespace {

QString actionKey(ActionOutcome::Action action)
{
    switch (action) {
    case ActionOutcome::Action::Retry:
        return QStringLiteral("retry");
    case ActionOutcome::Action::RetryAll:
        return QStringLiteral("retry-all");
    case ActionOutcome::Action::Pause:
        return QStringLiteral("pause");
    case ActionOutcome::Action::Resume:
        return QStringLiteral("resume");
    case ActionOutcome::Action::SyncNow:
        return QStringLiteral("sync-now");
    case ActionOutcome::Action::Reload:
        return QStringLiteral("reload");
    case ActionOutcome::Action::Stop:
        return QStringLiteral("stop");
    }
    return {};
}

void recordAction(const Database &database, qint64 integrationId, const QString &kind, const QString &message)
{
    // As the dashboard does: what a person asked for leaves a line in the activity, whoever
    // carries it out.
    SyncEvent event;
    event.integrationId = integrationId;
    event.kind = kind;
    event.message = message;
    EventRepository(database).append(event);
}

} // namespace

IntegrationCommands::IntegrationCommands(const Database &database, SecretStore &secrets, QObject *parent)
    : CliCommand(database, parent)
    , m_secrets(secrets)
{
}

bool IntegrationCommands::handles(const QString &subcommand)
{
    static const QStringList known {QStringLiteral("attention"), QStringLiteral("retry"),  QStringLiteral("pause"),
                                    QStringLiteral("resume"),    QStringLiteral("update"), QStringLiteral("events")};
    return known.contains(subcommand);
}

void IntegrationCommands::run(const QStringList &positional, const QCommandLineParser &parser)
{
    const QString sub = positional.value(1);
    const QString command = QStringLiteral("integration ") + sub;
    if (positional.size() != 3) {
        usageError(tr("%1 takes one integration id, e.g. wharf %1 3").arg(command));
        return;
    }
    // Arguments first: a wrong command line gets its usage sentence whether or not the id exists.
    bool idOk = false;
    positional.at(2).toLongLong(&idOk);
    const QString problem = idOk ? usageProblem(sub, parser) : QString();
    if (!problem.isEmpty()) {
        usageError(problem);
        return;
    }
    const std::optional<Integration> integration = integrationArgument(command, positional.at(2));
    if (!integration)
        return;
    const bool asJson = isSet(parser, "json");
    const bool changes = sub != QLatin1String("attention") && sub != QLatin1String("events");
    if (changes && integration->isDeleted()) {
        failure(tr("Integration %1 \"%2\" was deleted; its history stays readable, but nothing can be changed.")
                    .arg(integration->id)
                    .arg(integration->name));
        return;
    }
    if (sub == QLatin1String("attention"))
        attention(*integration, asJson);
    else if (sub == QLatin1String("retry"))
        retry(*integration, parser);
    else if (sub == QLatin1String("pause") || sub == QLatin1String("resume"))
        setPaused(*integration, sub == QLatin1String("pause"), asJson);
    else if (sub == QLatin1String("update"))
        update(*integration, parser);
    else
        events(*integration, parser);
}

void IntegrationCommands::attention(const Integration &integration, bool asJson)
{
    const QList<OrderLink> waiting =
        OrderLinkRepository(m_database).inState(integration.id, OrderLink::State::NeedsAttention);
    if (asJson) {
        QJsonArray orders;
        for (const OrderLink &link : waiting)
            orders.append(QJsonObject {{QStringLiteral("order"), link.wooOrderNumber},
                                       {QStringLiteral("wooOrderId"), link.wooOrderId},
                                       {QStringLiteral("reason"), link.reason},
                                       {QStringLiteral("since"), isoTime(link.reasonSince)},
                                       {QStringLiteral("attempts"), link.attempts},
                                       {QStringLiteral("nextAttemptAt"), isoTime(link.nextAttemptAt)}});
        done(json(QJsonObject {{QStringLiteral("integration"), integration.id},
                               {QStringLiteral("name"), integration.name},
                               {QStringLiteral("orders"), orders}}));
        return;
    }
    if (waiting.isEmpty()) {
        done(tr("No order of %1 needs attention.\n").arg(integration.name));
        return;
    }
    QString out = tr("Orders of %1 that need attention (%2):\n").arg(integration.name).arg(waiting.size());
    for (const OrderLink &link : waiting)
        out += QStringLiteral("  #%1\t%2\t%3\n").arg(link.wooOrderNumber, isoTime(link.reasonSince), link.reason);
    out += tr("Fix the cause, then: wharf integration retry %1 --order NUMBER (or --all)\n").arg(integration.id);
    done(out);
}

void IntegrationCommands::retry(const Integration &integration, const QCommandLineParser &parser)
{
    const bool all = isSet(parser, "all");
    const bool asJson = isSet(parser, "json");
    if (all) {
        const int count =
            int(OrderLinkRepository(m_database).inState(integration.id, OrderLink::State::NeedsAttention).size());
        recordAction(
            m_database, integration.id, QStringLiteral("action.retry-all"),
            tr("Retry of all orders that need attention (%n) requested from the command line.", nullptr, count));
        request(integration, ActionOutcome::Action::RetryAll, 0, {}, asJson);
        return;
    }
    const QString number = option(parser, "order");
    const std::optional<OrderLink> link = findOrder(integration.id, number);
    if (!link) {
        failure(tr("%1 has no order %2. See: wharf integration attention %3")
                    .arg(integration.name, number)
                    .arg(integration.id));
        return;
    }
    if (link->state != OrderLink::State::NeedsAttention) {
        failure(tr("Order %1 does not need attention (it is %2), so there is nothing to retry.")
                    .arg(link->wooOrderNumber, OrderLink::stateKey(link->state)));
        return;
    }
    request(integration, ActionOutcome::Action::Retry, link->id, link->wooOrderNumber, asJson);
}

void IntegrationCommands::setPaused(const Integration &integration, bool paused, bool asJson)
{
    recordAction(m_database, integration.id, paused ? QStringLiteral("action.pause") : QStringLiteral("action.resume"),
                 paused ? tr("Paused from the command line; orders are not synced until it is resumed.")
                        : tr("Resumed from the command line."));
    request(integration, paused ? ActionOutcome::Action::Pause : ActionOutcome::Action::Resume, 0, {}, asJson);
}

void IntegrationCommands::request(const Integration &integration, ActionOutcome::Action action, qint64 orderLinkId,
                                  const QString &orderNumber, bool asJson)
{
    auto *owner = new OwnerRequest(m_database, {}, this);
    connect(owner, &OwnerRequest::finished, this,
            [this, owner, integration, action, orderNumber, asJson](const ActionOutcome &outcome) {
                owner->deleteLater();
                const int exitCode = outcome.ok ? 0 : 1;
                if (asJson) {
                    QJsonObject object {{QStringLiteral("integration"), integration.id},
                                        {QStringLiteral("action"), actionKey(action)},
                                        {QStringLiteral("ok"), outcome.ok},
                                        {QStringLiteral("message"), outcome.message},
                                        {QStringLiteral("doneBy"), outcome.doneBy}};
                    if (!orderNumber.isEmpty())
                        object.insert(QStringLiteral("order"), orderNumber);
                    done(json(object), exitCode);
                    return;
                }
                const QString subject = orderNumber.isEmpty() ? integration.name : tr("Order %1").arg(orderNumber);
                QString out = outcome.doneBy.isEmpty()
                    ? tr("%1: %2\n").arg(subject, outcome.message)
                    : tr("%1: %2 (done by %3)\n").arg(subject, outcome.message, outcome.doneBy);
                if (outcome.ok) {
                    done(out);
                    return;
                }
                out.chop(1);
                failure(out);
            });
    owner->start(action, integration.id, orderLinkId);
}

QString IntegrationCommands::usageProblem(const QString &sub, const QCommandLineParser &parser)
{
    if (sub == QLatin1String("retry") && isSet(parser, "order") == isSet(parser, "all"))
        return tr("integration retry takes --order NUMBER or --all.");
    if (sub != QLatin1String("update"))
        return {};
    if (isSet(parser, "store-url"))
        return tr("The store's address cannot change: another store is another integration. Connect it with: wharf "
                  "integration add");
    if (isSet(parser, "consumer-key"))
        return tr("A new consumer key is checked against the store first: reconfigure the integration in the "
                  "window.");
    if ((isSet(parser, "warehouse") && isSet(parser, "default-warehouse"))
        || (isSet(parser, "complete") && isSet(parser, "no-complete"))
        || (isSet(parser, "tracking") && isSet(parser, "no-tracking"))
        || (isSet(parser, "since") && isSet(parser, "all"))
        || (isSet(parser, "stock-sync") && isSet(parser, "no-stock-sync"))
        || (isSet(parser, "stop-cancelled") && isSet(parser, "no-stop-cancelled")))
        return tr("Options that contradict each other were given together.");
    if (isSet(parser, "stock-sync")) {
        bool ok = false;
        const int minutes = option(parser, "stock-sync").toInt(&ok);
        if (!ok || minutes < 5 || minutes > 24 * 60)
            return tr("--stock-sync takes the minutes between two stock updates, from 5 to 1440.");
    }
    if (isSet(parser, "warehouse") && option(parser, "warehouse").trimmed().isEmpty())
        return tr("--warehouse takes the warehouse's name, exactly as spelt in CartonCloud.");
    if (isSet(parser, "since") && !QDate::fromString(option(parser, "since"), Qt::ISODate).isValid()
        && !QDateTime::fromString(option(parser, "since"), Qt::ISODate).isValid())
        return tr("--since takes a date such as 2026-11-01, not \"%1\".").arg(option(parser, "since"));
    for (const char *setting :
         {"name", "customer", "warehouse", "default-warehouse", "complete", "no-complete", "tracking", "no-tracking",
          "since", "all", "stock-sync", "no-stock-sync", "stop-cancelled", "no-stop-cancelled"}) {
        if (isSet(parser, setting))
            return {};
    }
    return tr("integration update needs a setting to change: --name, --customer, --warehouse or "
              "--default-warehouse, --complete or --no-complete, --tracking or --no-tracking, --since or --all, "
              "--stock-sync or --no-stock-sync, --stop-cancelled or --no-stop-cancelled.");
}

void IntegrationCommands::update(Integration integration, const QCommandLineParser &parser)
{
    QStringList changed;
    if (isSet(parser, "name")) {
        integration.name = option(parser, "name").trimmed();
        changed << QStringLiteral("name");
    }
    if (isSet(parser, "customer")) {
        const QString wanted = option(parser, "customer").trimmed();
        const std::optional<WmsAccount> account = AccountRepository(m_database).find(integration.accountId);
        std::optional<Customer> customer;
        for (const Customer &candidate : CustomerRepository(m_database).forAccount(integration.accountId)) {
            if (candidate.id == wanted || candidate.name.compare(wanted, Qt::CaseInsensitive) == 0)
                customer = candidate;
        }
        if (!account || !customer) {
            failure(tr("\"%1\" is not a customer of %2 in CartonCloud.")
                        .arg(wanted, account ? account->tenantName : tr("this account")));
            return;
        }
        // The wizard's rule: a customer user works for its own customer only.
        if (account->role == WmsAccount::Role::CustomerUser && customer->id != account->customerId) {
            failure(tr("This account works for one customer only, not %1.").arg(customer->name));
            return;
        }
        integration.customerId = customer->id;
        changed << QStringLiteral("customer");
    }
    if (isSet(parser, "warehouse") || isSet(parser, "default-warehouse")) {
        const bool named = isSet(parser, "warehouse");
        integration.warehouseMode =
            named ? Integration::WarehouseMode::Named : Integration::WarehouseMode::CustomerDefault;
        integration.warehouseName = named ? option(parser, "warehouse").trimmed() : QString();
        changed << QStringLiteral("warehouse");
    }
    if (isSet(parser, "complete") || isSet(parser, "no-complete")) {
        integration.completeOnDispatch = isSet(parser, "complete");
        changed << QStringLiteral("completeOnDispatch");
    }
    if (isSet(parser, "tracking") || isSet(parser, "no-tracking")) {
        integration.sendTracking = isSet(parser, "tracking");
        changed << QStringLiteral("sendTracking");
    }
    if (isSet(parser, "stock-sync") || isSet(parser, "no-stock-sync")) {
        integration.stockSync = isSet(parser, "stock-sync");
        if (integration.stockSync)
            integration.stockSyncMinutes = option(parser, "stock-sync").toInt();
        changed << QStringLiteral("stockSync");
    }
    if (isSet(parser, "stop-cancelled") || isSet(parser, "no-stop-cancelled")) {
        integration.stopCancelledOrders = isSet(parser, "stop-cancelled");
        changed << QStringLiteral("stopCancelledOrders");
    }
    if (isSet(parser, "since") || isSet(parser, "all")) {
        if (isSet(parser, "since")) {
            const QDate date = QDate::fromString(option(parser, "since"), Qt::ISODate);
            integration.intakeSince = date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC)
                                                     : QDateTime::fromString(option(parser, "since"), Qt::ISODate);
        } else {
            integration.intakeSince = QDateTime();
        }
        changed << QStringLiteral("intakeSince");
    }
    const bool asJson = isSet(parser, "json");
    auto *registry = new IntegrationRegistry(m_database, m_secrets, this);
    // No new secret: the stored one stays, and the keychain is not touched.
    registry->update(
        integration, QString(), [this, registry, changed, asJson](const IntegrationRegistry::Outcome &outcome) {
            registry->deleteLater();
            if (!outcome.ok) {
                failure(outcome.message);
                return;
            }
            const Integration &saved = outcome.integration;
            // The engine that syncs it sees the new settings revision and picks the change
            // up before its next cycle, wherever it runs.
            const QString owner = syncedBy(saved.id);
            if (asJson) {
                done(json(QJsonObject {
                    {QStringLiteral("integration"), saved.id},
                    {QStringLiteral("name"), saved.name},
                    {QStringLiteral("customerId"), saved.customerId},
                    {QStringLiteral("warehouse"),
                     saved.warehouseMode == Integration::WarehouseMode::Named ? saved.warehouseName : QString()},
                    {QStringLiteral("completeOnDispatch"), saved.completeOnDispatch},
                    {QStringLiteral("sendTracking"), saved.sendTracking},
                    {QStringLiteral("stockSync"), saved.stockSync},
                    {QStringLiteral("stockSyncMinutes"), saved.stockSyncMinutes},
                    {QStringLiteral("stopCancelledOrders"), saved.stopCancelledOrders},
                    {QStringLiteral("intakeSince"), isoTime(saved.intakeSince)},
                    {QStringLiteral("changed"), QJsonArray::fromStringList(changed)},
                    {QStringLiteral("syncedBy"), owner}}));
                return;
            }
            done(owner.isEmpty() ? tr("Integration %1 \"%2\" updated; the change applies from its next sync.\n")
                                       .arg(saved.id)
                                       .arg(saved.name)
                                 : tr("Integration %1 \"%2\" updated; %3 picks the change up before its next "
                                      "cycle.\n")
                                       .arg(saved.id)
                                       .arg(saved.name, owner));
        });
}

void IntegrationCommands::events(const Integration &integration, const QCommandLineParser &parser)
{
    QList<SyncEvent> list;
    QString orderNumber;
    if (isSet(parser, "order")) {
        const std::optional<OrderLink> link = findOrder(integration.id, option(parser, "order"));
        if (!link) {
            failure(tr("%1 has no order %2.").arg(integration.name, option(parser, "order")));
            return;
        }
        orderNumber = link->wooOrderNumber;
        list = EventRepository(m_database).forOrder(link->id); // oldest first: the order's timeline
    } else {
        list = EventRepository(m_database).forIntegration(integration.id); // newest first, the last 500
    }
    if (isSet(parser, "json")) {
        QJsonArray array;
        for (const SyncEvent &event : std::as_const(list))
            array.append(QJsonObject {{QStringLiteral("at"), isoTime(event.at)},
                                      {QStringLiteral("kind"), event.kind},
                                      {QStringLiteral("severity"), SyncEvent::severityKey(event.severity)},
                                      {QStringLiteral("message"), event.message},
                                      {QStringLiteral("orderLinkId"), event.orderLinkId}});
        QJsonObject object {{QStringLiteral("integration"), integration.id}, {QStringLiteral("events"), array}};
        if (!orderNumber.isEmpty())
            object.insert(QStringLiteral("order"), orderNumber);
        done(json(object));
        return;
    }
    if (list.isEmpty()) {
        done(tr("Nothing recorded yet.\n"));
        return;
    }
    QString out;
    for (const SyncEvent &event : std::as_const(list))
        out += QStringLiteral("%1\t%2\t%3\n")
                   .arg(isoTime(event.at), SyncEvent::severityKey(event.severity), event.message);
    done(out);
}

} // namespace wharf
