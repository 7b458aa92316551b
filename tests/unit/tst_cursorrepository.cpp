#include "core/store/cursorrepository.h"
#include "storefixture.h"

#include <QTest>

using namespace wharf;

class TestCursorRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every test runs against SQLite and against PostgreSQL.
    void initTestCase_data() { test::addBackends(); }
    void init() { WHARF_USE_BACKEND(); }

    void cursorsArePerIntegrationAndName()
    {
        test::StoreFixture store;
        const Integration first = store.addIntegration();
        const Integration second = store.addIntegration(QStringLiteral("Second"));
        const CursorRepository repository(store.database);

        QVERIFY(repository.value(first.id, QStringLiteral("woo.modified")).isEmpty());
        QVERIFY(repository.setValue(first.id, QStringLiteral("woo.modified"), QStringLiteral("2026-11-27T05:00:00Z")));
        QVERIFY(repository.setValue(first.id, QStringLiteral("woo.modified"), QStringLiteral("2026-11-27T06:00:00Z")));
        QVERIFY(repository.setValue(second.id, QStringLiteral("woo.modified"), QStringLiteral("x")));
        QVERIFY(repository.setValue(first.id, QStringLiteral("wms.modified"), QStringLiteral("y")));

        QCOMPARE(repository.value(first.id, QStringLiteral("woo.modified")), QStringLiteral("2026-11-27T06:00:00Z"));
        QCOMPARE(repository.value(second.id, QStringLiteral("woo.modified")), QStringLiteral("x"));
        QCOMPARE(repository.value(first.id, QStringLiteral("wms.modified")), QStringLiteral("y"));
    }
};

QTEST_GUILESS_MAIN(TestCursorRepository)
#include "tst_cursorrepository.moc"
