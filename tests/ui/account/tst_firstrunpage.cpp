#include "core/i18n/translations.h"
#include "layoutprobe.h"
#include "screenshot.h"
#include "scriptedsecretstore.h"
#include "ui/account/firstrunpage.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace wharf;

class TestFirstRunPage : public QObject
{
    Q_OBJECT

    static QPushButton *connectButton(FirstRunPage &page)
    {
        return page.findChild<QPushButton *>(QStringLiteral("connectAccountButton"));
    }
    static QPushButton *checkAgainButton(FirstRunPage &page)
    {
        return page.findChild<QPushButton *>(QStringLiteral("checkKeychainButton"));
    }

    // A picture of the page as a person sees it: its new sentence laid out, nothing cut.
    static bool shoot(FirstRunPage &page, const QString &name)
    {
        QCoreApplication::processEvents();
        const QStringList problems = test::layoutProblems(&page);
        if (!problems.isEmpty()) {
            qWarning().noquote() << problems.join(u'\n');
            return false;
        }
        return test::saveScreenshot(&page, name);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QCoreApplication::instance())); }

    // Nothing is asked for before the keychain has answered; once it has, Connect is offered.
    void aWorkingKeychainLetsThePersonConnect()
    {
        test::ScriptedSecretStore secrets(SecretResult::Status::Ok, true);
        FirstRunPage page(secrets);
        page.resize(1024, 640);
        page.show();
        QVERIFY(page.isCheckingKeychain());
        QVERIFY(!connectButton(page)->isEnabled());
        QVERIFY(page.stateText().contains(QStringLiteral("Checking")));
        QCOMPARE(secrets.waiting(), 1);
        secrets.release(); // the probe's key is never there: "missing" is the keychain answering
        QTRY_VERIFY(!page.isCheckingKeychain());
        QVERIFY(connectButton(page)->isEnabled());
        QVERIFY(checkAgainButton(page)->isHidden());
        QSignalSpy connectRequested(&page, &FirstRunPage::connectRequested);
        connectButton(page)->click();
        QCOMPARE(connectRequested.count(), 1);
        QVERIFY(shoot(page, QStringLiteral("account-first-run")));
    }

    void anAbsentKeychainSaysWhatToDo()
    {
        test::ScriptedSecretStore secrets(SecretResult::Status::Unavailable);
        FirstRunPage page(secrets);
        page.resize(1024, 640);
        page.show();
        QTRY_VERIFY(!page.isCheckingKeychain());
        QCOMPARE(page.keychainStatus(), SecretResult::Status::Unavailable);
        QVERIFY(!connectButton(page)->isEnabled());
        QVERIFY(checkAgainButton(page)->isVisible());
        QVERIFY2(page.stateText().contains(QStringLiteral("No keychain answers")), qPrintable(page.stateText()));
        QVERIFY(page.stateText().contains(QStringLiteral("GNOME Keyring")));
        QVERIFY(shoot(page, QStringLiteral("account-first-run-no-keychain")));

        // The person starts one and checks again.
        secrets.setStatus(SecretResult::Status::Ok);
        checkAgainButton(page)->click();
        QTRY_VERIFY(connectButton(page)->isEnabled());
        QVERIFY(checkAgainButton(page)->isHidden());
    }

    void aLockedKeychainSaysUnlockIt()
    {
        test::ScriptedSecretStore secrets(SecretResult::Status::Denied);
        FirstRunPage page(secrets);
        QTRY_VERIFY(!page.isCheckingKeychain());
        QVERIFY(!connectButton(page)->isEnabled());
        QVERIFY2(page.stateText().contains(QStringLiteral("locked")), qPrintable(page.stateText()));
        QVERIFY(page.stateText().contains(QStringLiteral("Unlock it")));
    }
};

QTEST_MAIN(TestFirstRunPage)
#include "tst_firstrunpage.moc"
