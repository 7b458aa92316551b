#include "ui/widgets/healthlegend.h"

#include <QLabel>
#include <QTest>

using namespace wharf;

class TestHealthLegend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhatEachColourMeansInWords()
    {
        HealthLegend legend;
        const QStringList entries = legend.entries();
        QCOMPARE(entries.size(), 4);
        QVERIFY(entries.at(0).startsWith(QStringLiteral("Green dot: the customer has a live integration")));
        QVERIFY(entries.at(1).contains(QStringLiteral("need attention")));
        QVERIFY(entries.at(2).contains(QStringLiteral("failing")));
        QVERIFY(entries.at(3).contains(QStringLiteral("paused")));
    }

    void wrapsInANarrowColumnInsteadOfCutting()
    {
        HealthLegend legend;
        legend.resize(200, legend.heightForWidth(200) > 0 ? legend.heightForWidth(200) : 200);
        legend.show();
        QVERIFY(QTest::qWaitForWindowExposed(&legend));
        for (const QLabel *label : legend.findChildren<QLabel *>(QStringLiteral("legendEntry"))) {
            QVERIFY(label->wordWrap());
            QVERIFY(label->geometry().right() <= legend.width());
        }
    }
};

QTEST_MAIN(TestHealthLegend)
#include "tst_healthlegend.moc"
