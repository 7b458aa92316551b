#include "core/sync/carriermatcher.h"

#include <QTest>

using namespace wharf;

class TestCarrierMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesIgnoringCaseSpacingAndKnownAliases_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("provider");
        QTest::newRow("exact") << QStringLiteral("Australia Post") << QStringLiteral("Australia Post");
        QTest::newRow("case") << QStringLiteral("australia POST") << QStringLiteral("Australia Post");
        QTest::newRow("alias") << QStringLiteral("AusPost") << QStringLiteral("Australia Post");
        QTest::newRow("eparcel") << QStringLiteral("Australia Post eParcel") << QStringLiteral("Australia Post");
        QTest::newRow("punctuation") << QStringLiteral("Fed-Ex") << QStringLiteral("FedEx");
        QTest::newRow("long form") << QStringLiteral("Federal Express") << QStringLiteral("FedEx");
        QTest::newRow("startrack") << QStringLiteral("StarTrack Express") << QStringLiteral("StarTrack");
        QTest::newRow("unknown carrier") << QStringLiteral("Bob's Vans") << QString();
        QTest::newRow("not a prefix match") << QStringLiteral("Post") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void matchesIgnoringCaseSpacingAndKnownAliases()
    {
        QFETCH(QString, carrier);
        QFETCH(QString, provider);
        const CarrierMatcher matcher({{QStringLiteral("Australia"), QStringLiteral("Australia Post"), {}},
                                      {QStringLiteral("Australia"), QStringLiteral("StarTrack"), {}},
                                      {QStringLiteral("United States"), QStringLiteral("FedEx"), {}}});
        QCOMPARE(matcher.match(carrier), provider);
    }
};

QTEST_GUILESS_MAIN(TestCarrierMatcher)
#include "tst_carriermatcher.moc"
