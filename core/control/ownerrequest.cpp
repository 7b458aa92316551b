#include "core/control/ownerrequest.h"

#include "core/logging.h"
#include "core/model/enginecommand.h"
#include "core/store/commandrepository.h"
#include "core/store/eventrepository.h"
#include "core/store/integrationrepository.h"
#include "core/store/leaserepository.h"
#include "core/store/orderlinkrepository.h"
#include "core/sync/commandkinds.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QTimer>
#include <QUuid>

namespace wharf {

OwnerRequest::OwnerRequest(const Database &database, Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(options)
{
    m_me.ownerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_me.host = QHostInfo::localHostName();
    m_me.kind = LeaseHolder::Kind::Command;
    m_me.pid = QCoreApplication::applicationPid();
}

OwnerRequest::~OwnerRequest() = default;

void OwnerRequest::start(ActionOutcome::Action action, qint64 integrationId, qint64 orderLinkId)
{
    m_outcome = {};
    m_outcome.action = action;
    m_outcome.integrationId = integrationId;
    m_outcome.orderLinkId = orderLinkId;
    const std::optional<Integration> integration = IntegrationRepository(m_database).find(integrationId);
    if (!integration || integration->isDeleted()) {
        finish(false, tr("This integration no longer exists."));
        return;
    }
    const LeaseRepository leases(m_database);
    const std::optional<Lease> lease = leases.find(integrationId);
    const qint64 now = LeaseRepository::nowMs();
    if (lease && !lease->isExpired(now) && lease->holder.kind == LeaseHolder::Kind::Command
        && lease->holder.ownerId != m_me.ownerId && m_busyWaits < kBusyWaits) {
        // Another command holds it for the moment of its own change, and answers no commands:
        // asked again once it let go.
        ++m_busyWaits;
        QTimer::singleShot(std::chrono::milliseconds(50), this,
                           [this, action, integrationId, orderLinkId] { start(action, integrationId, orderLinkId); });
        return;
    }
    if (lease && !lease->isExpired(now)) {
        askOwner();
        return;
    }
    // Nobody syncs it: held here for the moment of the change. An engine that took it meanwhile
    // is asked instead.
    if (!leases.tryAcquire(integrationId, m_me, now, m_options.leaseTtl.count())) {
        askOwner();
        return;
    }
    doItHere();
    leases.release(integrationId, m_me.ownerId);
}

void OwnerRequest::askOwner()
{
    EngineCommand command;
    command.integrationId = m_outcome.integrationId;
    command.orderLinkId = m_outcome.orderLinkId;
    command.kind = commandKindFor(m_outcome.action);
    command.requestedBy = m_me.ownerId;
    const CommandRepository commands(m_database);
    if (!commands.insert(command)) {
        finish(false, tr("Wharf could not pass the request on: %1").arg(commands.errorString()));
        return;
    }
    m_commandId = command.id;
    m_deadlineMs = LeaseRepository::nowMs() + m_options.answerTimeout.count();
    qCInfo(lcSync) << "asked the owner of integration" << m_outcome.integrationId << "for"
                   << EngineCommand::kindKey(command.kind) << "(command" << command.id << ")";
    m_poll = new QTimer(this);
    m_poll->setInterval(m_options.pollInterval);
    connect(m_poll, &QTimer::timeout, this, &OwnerRequest::poll);
    m_poll->start();
}

void OwnerRequest::poll()
{
    const CommandRepository commands(m_database);
    const std::optional<EngineCommand> command = commands.find(m_commandId);
    if (command && command->isFinished()) {
        finish(command->ok, command->message, command->doneBy);
        return;
    }
    const qint64 now = LeaseRepository::nowMs();
    if (now < m_deadlineMs)
        return;
    const bool taken = command && !command->takenBy.isEmpty();
    if (taken && !m_extended) {
        // Its owner is on it: wait longer for the answer.
        m_extended = true;
        m_deadlineMs = now + m_options.takenTimeout.count();
        return;
    }
    // Closed, so that it cannot run later by surprise, after this command said it did not.
    if (!taken && !commands.take(m_commandId, m_me.ownerId)) {
        m_extended = true;
        m_deadlineMs = now + m_options.takenTimeout.count();
        return;
    }
    EngineCommand closed = command.value_or(EngineCommand {});
    closed.id = m_commandId;
    closed.ok = false;
    const std::optional<Lease> lease = LeaseRepository(m_database).find(m_outcome.integrationId);
    const qint64 waited = (taken ? m_options.takenTimeout : m_options.answerTimeout).count() / 1000;
    closed.message = lease ? tr("%1 did not answer within %2 s.").arg(lease->describe()).arg(waited)
                           : tr("No Wharf answered within %1 s.").arg(waited);
    commands.finish(closed);
    finish(false, closed.message);
}

void OwnerRequest::doItHere()
{
    const qint64 integrationId = m_outcome.integrationId;
    const OrderLinkRepository links(m_database);
    const IntegrationRepository integrations(m_database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // What SyncEngine does for an integration it holds without a pipeline: the order is due at
    // once, and the next engine to sync the integration takes it first.
    auto makeDue = [&](OrderLink link) {
        link.nextAttemptAt = now;
        link.attempts = 0; // a person asked (CreationStage::recheckRejected)
        if (!links.update(link))
            return false;
        SyncEvent event;
        event.integrationId = integrationId;
        event.orderLinkId = link.id;
        event.kind = QStringLiteral("order.retry");
        event.message = tr("Retry of order %1 requested.").arg(link.wooOrderNumber);
        EventRepository(m_database).append(event);
        return true;
    };
    switch (m_outcome.action) {
    case ActionOutcome::Action::Retry: {
        const std::optional<OrderLink> link = links.findById(m_outcome.orderLinkId);
        if (!link || link->integrationId != integrationId || link->state != OrderLink::State::NeedsAttention) {
            finish(false, tr("This order no longer needs attention."));
            return;
        }
        if (!makeDue(*link)) {
            finish(false, links.errorString());
            return;
        }
        finish(true, tr("No Wharf syncs this integration now; the order will be tried first when one does."));
        return;
    }
    case ActionOutcome::Action::RetryAll: {
        const QList<OrderLink> waiting = links.inState(integrationId, OrderLink::State::NeedsAttention);
        for (const OrderLink &link : waiting) {
            if (!makeDue(link)) {
                finish(false, links.errorString());
                return;
            }
        }
        finish(true,
               waiting.isEmpty()
                   ? tr("No order needs attention.")
                   : tr("No Wharf syncs this integration now; %n order(s) will be tried first when one does.", nullptr,
                        int(waiting.size())));
        return;
    }
    case ActionOutcome::Action::Pause:
        // The sentence SyncEngine writes for a paused integration; an engine that starts it later
        // reads the health and leaves it paused.
        if (!integrations.setHealth(integrationId, Health::Paused,
                                    tr("Paused. Orders are not synced until you resume."))) {
            finish(false, integrations.errorString());
            return;
        }
        finish(true, tr("Paused. Orders are not synced until you resume."));
        return;
    case ActionOutcome::Action::Resume: {
        const std::optional<Integration> integration = integrations.find(integrationId);
        if (integration && integration->health != Health::Paused) {
            finish(true, tr("The integration is not paused."));
            return;
        }
        if (!integrations.setHealth(integrationId, Health::Draft, tr("Resumed; waiting for a Wharf to sync it."))) {
            finish(false, integrations.errorString());
            return;
        }
        finish(true, tr("Resumed; no Wharf syncs it now, so its orders are synced again when one starts."));
        return;
    }
    case ActionOutcome::Action::SyncNow:
    case ActionOutcome::Action::Reload:
    case ActionOutcome::Action::Stop:
        break;
    }
    finish(false, tr("Only a running Wharf can do this."));
}

void OwnerRequest::finish(bool ok, const QString &message, const QString &doneBy)
{
    if (m_poll)
        m_poll->stop();
    m_outcome.ok = ok;
    m_outcome.message = message;
    m_outcome.doneBy = doneBy;
    // Always from the event loop, so that the asker is connected before it hears.
    QTimer::singleShot(0, this, [this, outcome = m_outcome] { Q_EMIT finished(outcome); });
}

} // namespace wharf
