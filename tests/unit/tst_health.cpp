#include "core/model/health.h"

#include <QTest>

using namespace wharf;

class TestHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTripAndLabelsDiffer()
    {
        QSet<QString> keys;
        QSet<QString> labels;
        for (const Health health : {Health::Draft, Health::Live, Health::Attention, Health::Failing, Health::Paused}) {
            QCOMPARE(healthFromKey(healthKey(health)), health);
            keys.insert(healthKey(health));
            labels.insert(healthLabel(health));
        }
        QCOMPARE(keys.size(), 5);
        QCOMPARE(labels.size(), 5);
        QCOMPARE(healthFromKey(QStringLiteral("no-such-state"), Health::Paused), Health::Paused);
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
