#include "core/control/ownerrequest.h"
#include "core/store/commandrepository.h"
#include "core/store/eventrepository.h"
#include "core/store/leaserepository.h"
#include "core/store/orderlinkrepository.h"
#include "storefixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace wharf;

class TestOwnerRequest : public QObject
{
    Q_OBJECT

    static OrderLink addLink(const test::StoreFixture &store, qint64 integrationId, qint64 wooOrderId,
                             OrderLink::State state)
    {
        OrderLink link;
        link.integrationId = integrationId;
        link.wooOrderId = wooOrderId;
        link.wooOrderNumber = QString::number(wooOrderId);
        link.state = state;
        link.reason = QStringLiteral("SKU MUG-02 is not a product code of customer Acme in CartonCloud.");
        link.nextAttemptAt = QDateTime::currentDateTimeUtc().addDays(1);
        OrderLinkRepository(store.database).insert(link);
        return link;
    }

    static ActionOutcome ask(const test::StoreFixture &store, ActionOutcome::Action action, qint64 integrationId,
                             qint64 orderLinkId = 0, OwnerRequest::Options options = {})
    {
        OwnerRequest request(store.database, options);
        QSignalSpy finished(&request, &OwnerRequest::finished);
        request.start(action, integrationId, orderLinkId);
        if (!finished.wait(20000))
            return {};
        return finished.first().first().value<ActionOutcome>();
    }

    static LeaseHolder engine()
    {
        return {QStringLiteral("engine-1"), QStringLiteral("wh-01"), LeaseHolder::Kind::Service, 77};
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ActionOutcome>(); }

    void withoutAnOwnerTheOrderIsMadeDueHere()
    {
        test::StoreFixture store;
        const Integration integration = store.addIntegration();
        const OrderLink waiting = addLink(store, integration.id, 1001, OrderLink::State::NeedsAttention);
        const OrderLink done = addLink(store, integration.id, 1002, OrderLink::State::Completed);

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        ActionOutcome outcome = ask(store, ActionOutcome::Action::Retry, integration.id, waiting.id);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY(outcome.doneBy.isEmpty());
        const std::optional<OrderLink> due = OrderLinkRepository(store.database).findById(waiting.id);
        QVERIFY(due->nextAttemptAt <= QDateTime::currentDateTimeUtc() && due->nextAttemptAt >= before);
        QCOMPARE(due->state, OrderLink::State::NeedsAttention); // the engine decides what becomes of it
        QCOMPARE(EventRepository(store.database).forOrder(waiting.id).constLast().kind, QStringLiteral("order.retry"));
        // The short lease of the command is let go: an engine takes the integration at once.
        QVERIFY(!LeaseRepository(store.database).find(integration.id));
        // Nothing to retry: said, and nothing changed.
        outcome = ask(store, ActionOutcome::Action::Retry, integration.id, done.id);
        QVERIFY(!outcome.ok);
        QCOMPARE(OrderLinkRepository(store.database).findById(done.id)->nextAttemptAt, done.nextAttemptAt);

        addLink(store, integration.id, 1003, OrderLink::State::NeedsAttention);
        outcome = ask(store, ActionOutcome::Action::RetryAll, integration.id);
        QVERIFY(outcome.ok);
        QVERIFY2(outcome.message.contains(QLatin1String("2 order")), qPrintable(outcome.message));
        for (const OrderLink &link :
             OrderLinkRepository(store.database).inState(integration.id, OrderLink::State::NeedsAttention))
            QVERIFY(link.nextAttemptAt <= QDateTime::currentDateTimeUtc());
    }

    void withoutAnOwnerThePauseIsWrittenForEveryEngine()
    {
        test::StoreFixture store;
        const Integration integration = store.addIntegration();
        QVERIFY(ask(store, ActionOutcome::Action::Pause, integration.id).ok);
        QCOMPARE(IntegrationRepository(store.database).find(integration.id)->health, Health::Paused);
        QVERIFY(ask(store, ActionOutcome::Action::Resume, integration.id).ok);
        QCOMPARE(IntegrationRepository(store.database).find(integration.id)->health, Health::Draft);
        // A deleted integration is left alone.
        QVERIFY(IntegrationRepository(store.database).markDeleted(integration.id, QDateTime::currentDateTimeUtc()));
        const ActionOutcome outcome = ask(store, ActionOutcome::Action::Pause, integration.id);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.message, QStringLiteral("This integration no longer exists."));
    }

    void anotherCommandsShortLeaseIsWaitedFor()
    {
        // Another `wharf integration pause` holds the integration for the moment of its change; it
        // answers no commands, so this one waits for it to let go and then does its own change.
        test::StoreFixture store;
        const Integration integration = store.addIntegration();
        const LeaseHolder other {QStringLiteral("command-2"), QStringLiteral("desk"), LeaseHolder::Kind::Command, 9};
        QVERIFY(LeaseRepository(store.database).tryAcquire(integration.id, other, LeaseRepository::nowMs(), 20'000));
        QTimer::singleShot(200, this, [&store, id = integration.id] {
            LeaseRepository(store.database).release(id, QStringLiteral("command-2"));
        });
        const ActionOutcome outcome = ask(store, ActionOutcome::Action::Pause, integration.id);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY(outcome.doneBy.isEmpty());
        QCOMPARE(IntegrationRepository(store.database).find(integration.id)->health, Health::Paused);
        QVERIFY(CommandRepository(store.database).open().isEmpty());
    }

    void theOwnerIsAskedAndItsAnswerComesBack()
    {
        test::StoreFixture store;
        const Integration integration = store.addIntegration();
        const OrderLink waiting = addLink(store, integration.id, 1001, OrderLink::State::NeedsAttention);
        QVERIFY(LeaseRepository(store.database).tryAcquire(integration.id, engine(), LeaseRepository::nowMs(), 60'000));

        OwnerRequest request(store.database, {});
        QSignalSpy finished(&request, &OwnerRequest::finished);
        request.start(ActionOutcome::Action::Retry, integration.id, waiting.id);
        // The owner, as SyncEngine::runCommands does it: takes the open command, does it, answers.
        const CommandRepository commands(store.database);
        QTRY_COMPARE(commands.open().size(), 1);
        EngineCommand command = commands.open().constFirst();
        QCOMPARE(command.kind, EngineCommand::Kind::Retry);
        QCOMPARE(command.orderLinkId, waiting.id);
        QVERIFY(commands.take(command.id, QStringLiteral("engine-1")));
        command.ok = true;
        command.message = QStringLiteral("The order will be tried again now.");
        command.doneBy = QStringLiteral("the Wharf service on wh-01");
        QVERIFY(commands.finish(command));
        QVERIFY(finished.wait(10000));
        const ActionOutcome outcome = finished.first().first().value<ActionOutcome>();
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.message, command.message);
        QCOMPARE(outcome.doneBy, command.doneBy);
        // Nothing was done here: the owner does it.
        QCOMPARE(OrderLinkRepository(store.database).findById(waiting.id)->nextAttemptAt, waiting.nextAttemptAt);
    }

    void anOwnerThatDoesNotAnswerIsNamedAndTheCommandClosed()
    {
        test::StoreFixture store;
        const Integration integration = store.addIntegration();
        QVERIFY(LeaseRepository(store.database).tryAcquire(integration.id, engine(), LeaseRepository::nowMs(), 60'000));
        OwnerRequest::Options options;
        options.answerTimeout = std::chrono::milliseconds(300);
        options.pollInterval = std::chrono::milliseconds(50);
        const ActionOutcome outcome = ask(store, ActionOutcome::Action::Pause, integration.id, 0, options);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(QLatin1String("the Wharf service on wh-01")), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QLatin1String("did not answer")), qPrintable(outcome.message));
        // Closed, so that a late owner cannot pause it behind the asker's back.
        QVERIFY(CommandRepository(store.database).open().isEmpty());
        QCOMPARE(IntegrationRepository(store.database).find(integration.id)->health, Health::Draft);
    }
};

QTEST_GUILESS_MAIN(TestOwnerRequest)
#include "tst_ownerrequest.moc"
