#include "ui/wizard/authenticationform.h"
#include "ui/wizard/fieldmessage.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

using namespace wharf;
using namespace Qt::StringLiterals;
using woo::CredentialsCheckResult;
using Field = AuthenticationForm::Field;
using Verdict = CredentialsCheckResult::Verdict;

// Where each verdict of the live check lands, including those the sandbox cannot produce on demand
// (a timeout, plain permalinks, a missing WooCommerce, a wrong clock): the wizard tests run the
// real check against the sandbox for the others.
class TestAuthenticationForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachVerdictBesideItsField_data()
    {
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<Field>("field");
        QTest::newRow("invalid address") << Verdict::InvalidAddress << Field::StoreAddress;
        QTest::newRow("unreachable / timeout") << Verdict::Unreachable << Field::StoreAddress;
        QTest::newRow("certificate") << Verdict::CertificateProblem << Field::StoreAddress;
        QTest::newRow("not WordPress") << Verdict::NotWordPress << Field::StoreAddress;
        QTest::newRow("no WooCommerce") << Verdict::WooCommerceMissing << Field::StoreAddress;
        QTest::newRow("plain permalinks") << Verdict::PermalinksOff << Field::StoreAddress;
        QTest::newRow("swapped") << Verdict::KeysSwapped << Field::ConsumerKey;
        QTest::newRow("wrong key") << Verdict::WrongKey << Field::ConsumerKey;
        QTest::newRow("read-only") << Verdict::ReadOnlyKey << Field::ConsumerKey;
        QTest::newRow("write-only") << Verdict::WriteOnlyKey << Field::ConsumerKey;
        QTest::newRow("capability") << Verdict::MissingCapability << Field::ConsumerKey;
        QTest::newRow("wrong secret") << Verdict::WrongSecret << Field::ConsumerSecret;
        QTest::newRow("clock") << Verdict::ClockWrong << Field::General;
        QTest::newRow("other") << Verdict::Failed << Field::General;
    }

    void eachVerdictBesideItsField()
    {
        QFETCH(Verdict, verdict);
        QFETCH(Field, field);
        AuthenticationForm form;
        form.show();
        CredentialsCheckResult result;
        result.verdict = verdict;
        result.sentence = u"The sentence for this verdict."_s;
        form.showResult(result);

        FieldMessage *message = form.messageFor(field);
        QCOMPARE(message->kind(), FieldMessage::Kind::Error);
        QCOMPARE(message->text(), result.sentence);
        QVERIFY(message->isVisible());
        for (Field other : {Field::StoreAddress, Field::ConsumerKey, Field::ConsumerSecret, Field::General}) {
            if (other != field)
                QVERIFY(!form.messageFor(other)->isVisible());
        }
        if (field != Field::General)
            QCOMPARE(message->field()->accessibleDescription(), result.sentence);
    }

    void warningsStayBesideTheAddressWithAnError()
    {
        AuthenticationForm form;
        form.show();
        CredentialsCheckResult result;
        result.verdict = Verdict::Unreachable;
        result.sentence = u"shop.example did not answer in time."_s;
        result.warnings << u"The store is on plain HTTP."_s;
        form.showResult(result);
        FieldMessage *address = form.messageFor(Field::StoreAddress);
        QCOMPARE(address->kind(), FieldMessage::Kind::Error);
        QVERIFY(address->text().contains(result.sentence));
        QVERIFY(address->text().contains(u"plain HTTP"_s));
    }

    void editingClearsTheResult()
    {
        AuthenticationForm form;
        form.show();
        CredentialsCheckResult result;
        result.verdict = Verdict::WrongSecret;
        result.sentence = u"The store rejected the consumer secret."_s;
        form.showResult(result);
        QTest::keyClicks(form.consumerSecretEdit(), u"x"_s);
        QCOMPARE(form.messageFor(Field::ConsumerSecret)->kind(), FieldMessage::Kind::None);
        QVERIFY(form.consumerSecretEdit()->accessibleDescription().isEmpty());
    }

    void secretIsMaskedWithShowAndHide()
    {
        AuthenticationForm form;
        QCOMPARE(form.consumerSecretEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(form.showSecretButton()->text(), u"Sho&w"_s);
        form.showSecretButton()->click();
        QCOMPARE(form.consumerSecretEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE(form.showSecretButton()->text(), u"&Hide"_s);
        form.showSecretButton()->click();
        QCOMPARE(form.consumerSecretEdit()->echoMode(), QLineEdit::Password);
    }

    void reconfigureMayKeepTheStoredSecret()
    {
        AuthenticationForm form;
        Integration integration;
        integration.id = 7;
        integration.storeUrl = u"https://shop.example"_s;
        integration.consumerKey = u"ck_1"_s;
        form.load(integration);
        QVERIFY(form.hasStoredSecret());
        QVERIFY(form.isFilled());
        QVERIFY(form.typedSecret().isEmpty());

        AuthenticationForm fresh;
        integration.id = 0;
        fresh.load(integration);
        QVERIFY(!fresh.isFilled()); // a new integration needs its secret
    }

    void saveLeavesTheSecretOut()
    {
        AuthenticationForm form;
        QTest::keyClicks(form.storeAddressEdit(), u"  shop.example  "_s);
        QTest::keyClicks(form.consumerKeyEdit(), u"ck_1 "_s);
        QTest::keyClicks(form.consumerSecretEdit(), u"cs_1"_s);
        Integration integration;
        form.save(integration);
        QCOMPARE(integration.storeUrl, u"shop.example"_s);
        QCOMPARE(integration.consumerKey, u"ck_1"_s);
        QCOMPARE(form.typedSecret(), u"cs_1"_s);
    }

    void keyHelpFollowsTheSeed()
    {
        AuthenticationForm form;
        auto *help = form.findChild<QLabel *>(u"keyHelp"_s);
        QVERIFY(help);
        QVERIFY(help->text().contains(u"WooCommerce → Settings → Advanced → REST API"_s));
        QVERIFY(help->text().contains(u"Read/Write"_s));
    }
};

QTEST_MAIN(TestAuthenticationForm)
#include "tst_authenticationform.moc"
