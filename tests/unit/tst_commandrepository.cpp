#include "core/store/commandrepository.h"
#include "storefixture.h"

#include <QTest>

using namespace wharf;

class TestCommandRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every test runs against SQLite and against PostgreSQL.
    void initTestCase_data() { test::addBackends(); }
    void init() { WHARF_USE_BACKEND(); }

    void aCommandIsTakenOnceAndAnswered()
    {
        test::StoreFixture store;
        const CommandRepository commands(store.database);
        EngineCommand command;
        command.integrationId = 3;
        command.kind = EngineCommand::Kind::RetryAll;
        command.requestedBy = QStringLiteral("window");
        QVERIFY(commands.insert(command));
        QCOMPARE(commands.open().size(), 1);

        QVERIFY(commands.take(command.id, QStringLiteral("service-a")));
        QVERIFY(!commands.take(command.id, QStringLiteral("service-b"))); // taken once
        QVERIFY(commands.open().isEmpty());

        command.ok = true;
        command.message = QStringLiteral("2 orders will be tried again now.");
        command.doneBy = QStringLiteral("the Wharf service on warehouse-pc");
        QVERIFY(commands.finish(command));
        const EngineCommand answered = *commands.find(command.id);
        QVERIFY(answered.isFinished());
        QVERIFY(answered.ok);
        QCOMPARE(answered.kind, EngineCommand::Kind::RetryAll);
        QCOMPARE(answered.message, command.message);
        QCOMPARE(answered.takenBy, QStringLiteral("service-a"));
    }

    void commandsOfADeadOwnerAreOfferedAgain()
    {
        test::StoreFixture store;
        const CommandRepository commands(store.database);
        EngineCommand command;
        command.integrationId = 3;
        command.requestedBy = QStringLiteral("window");
        QVERIFY(commands.insert(command));
        QVERIFY(commands.take(command.id, QStringLiteral("died")));
        QVERIFY(commands.reofferAbandoned(3, QStringLiteral("successor")));
        QCOMPARE(commands.open().size(), 1);
        QVERIFY(commands.take(command.id, QStringLiteral("successor")));
    }
};

QTEST_GUILESS_MAIN(TestCommandRepository)
#include "tst_commandrepository.moc"
