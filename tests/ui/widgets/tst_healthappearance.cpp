#include "ui/widgets/healthappearance.h"
#include "ui/widgets/messagebox.h"

#include <QSet>
#include <QTest>

using namespace wharf;

class TestHealthAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneColourPerState()
    {
        QCOMPARE(HealthAppearance::of(Health::Live).colour.name(), QStringLiteral("#2e9d4a"));
        QVERIFY(HealthAppearance::of(Health::Attention).colour.red()
                > HealthAppearance::of(Health::Attention).colour.blue());
        QVERIFY(HealthAppearance::of(Health::Failing).colour.red() > 200);
        QCOMPARE(HealthAppearance::of(Health::Paused).colour, HealthAppearance::of(Health::Draft).colour);
        QVERIFY(!HealthAppearance::of(Health::Paused).outline);
        QVERIFY(HealthAppearance::of(Health::Draft).outline); // grey outline
        QSet<QString> colours;
        for (const Health health : {Health::Live, Health::Attention, Health::Failing, Health::Paused})
            colours.insert(HealthAppearance::of(health).colour.name());
        QCOMPARE(colours.size(), 4);
    }

    void iconsAreDots()
    {
        const QImage filled = HealthAppearance::icon(Health::Live).pixmap(16, 16).toImage();
        QCOMPARE(filled.pixelColor(8, 8).name(), QStringLiteral("#2e9d4a"));
        QCOMPARE(filled.pixelColor(0, 0).alpha(), 0);
        const QImage ring = HealthAppearance::icon(Health::Draft).pixmap(16, 16).toImage();
        QCOMPARE(ring.pixelColor(8, 8).alpha(), 0); // hollow
    }

    void messageBoxAnswersInAdvance()
    {
        MessageBox::setAnswer(true);
        bool accepted = false;
        MessageBox::Question question;
        question.text = QStringLiteral("Delete?");
        question.informativeText = QStringLiteral("Billing stops.");
        MessageBox::confirm(nullptr, question, [&accepted] { accepted = true; });
        QVERIFY(accepted);
        QCOMPARE(MessageBox::lastText(), QStringLiteral("Delete?\nBilling stops."));
        MessageBox::setAnswer(false);
        accepted = false;
        MessageBox::confirm(nullptr, question, [&accepted] { accepted = true; });
        QVERIFY(!accepted);
        MessageBox::setAnswer(std::nullopt);
    }
};

QTEST_MAIN(TestHealthAppearance)
#include "tst_healthappearance.moc"
