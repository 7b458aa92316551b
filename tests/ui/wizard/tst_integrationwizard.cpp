#include "core/catalogue/skupreflight.h"
#include "core/catalogue/skupreflightresult.h"
#include "core/i18n/translations.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretkeys.h"
#include "core/store/customerrepository.h"
#include "core/store/integrationregistry.h"
#include "core/store/integrationrepository.h"
#include "core/wms/wmsclient.h"
#include "core/woo/credentialscheck.h"
#include "fakeengine.h"
#include "layoutprobe.h"
#include "sandbox.h"
#include "screenshot.h"
#include "scriptedsecretstore.h"
#include "secretwaiter.h"
#include "storefixture.h"
#include "ui/account/keychainprogress.h"
#include "ui/catalogue/skupreflightmodel.h"
#include "ui/catalogue/skupreflightview.h"
#include "ui/widgets/messagebox.h"
#include "ui/wizard/authenticationform.h"
#include "ui/wizard/authenticationpage.h"
#include "ui/wizard/fieldmessage.h"
#include "ui/wizard/finishpage.h"
#include "ui/wizard/fulfilmentform.h"
#include "ui/wizard/fulfilmentpage.h"
#include "ui/wizard/integrationwizard.h"
#include "ui/wizard/nameform.h"
#include "ui/wizard/namepage.h"
#include "ui/wizard/ordercreationform.h"
#include "ui/wizard/ordercreationpage.h"
#include "ui/wizard/stockpreviewdialog.h"
#include "ui/wizard/wmscustomerdirectory.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslConfiguration>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace wharf;
using namespace Qt::StringLiterals;
using sandbox::WooStore;
using Page = IntegrationWizard::PageId;

namespace {

constexpr int kNetworkMs = 20000;

// Everything a wizard needs, on a fresh data file with two customers.
struct Harness
{
    Harness()
    {
        CustomerRepository customers(store.database);
        customers.upsert({u"customer-1"_s, store.account.id, u"Acme Apparel"_s, true});
        customers.upsert({u"customer-2"_s, store.account.id, u"Bolt Bikes"_s, false});
        customers.setMaySelfManage(store.account.id, u"customer-1"_s, true);
        services.database = &store.database;
        services.registry = &registry;
        services.secrets = &secrets;
        services.engine = &engine;
        services.network = &network;
    }

    test::StoreFixture store;
    MemorySecretStore secrets;
    IntegrationRegistry registry {store.database, secrets};
    test::FakeEngine engine;
    QNetworkAccessManager network;
    WizardServices services;
};

template<typename P> P *pageOf(IntegrationWizard &wizard, Page id)
{
    return qobject_cast<P *>(wizard.page(int(id)));
}

// A picture of the wizard as a person would see it: layout requests that are still queued (a label
// that just got a longer sentence) are carried out first.
bool shoot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    // The 200 % run saves beside the 100 % pictures instead of over them.
    return test::saveScreenshot(widget, qEnvironmentVariableIntValue("QT_SCALE_FACTOR") > 1 ? name + u"@2x"_s : name);
}

// Nothing a person would see wrong on the wizard's current page: no stray text, nothing cut.
QString layoutProblems(QWidget *wizard)
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return test::layoutProblems(wizard).join(u'\n');
}

// The page at its own size, and on a 1024×700 screen (the wizard filling it), each pictured and
// checked; the 200 % run does the same at twice the scale. False (with the problems in the log)
// when a person would see stray or cut text.
bool checkAndShoot(QWidget *wizard, const QString &name)
{
    if (const QString problems = layoutProblems(wizard); !problems.isEmpty()) {
        qWarning().noquote() << name << "\n" << problems;
        return false;
    }
    if (!shoot(wizard, name))
        return false;
    const QSize ownSize = wizard->size();
    // 1024×700 physical pixels: at 200 % that is 512×350 of Qt's logical ones.
    const qreal scale = qMax<qreal>(1, qEnvironmentVariableIntValue("QT_SCALE_FACTOR"));
    wizard->resize(QSize(qRound(1024 / scale), qRound(700 / scale)).expandedTo(wizard->minimumSizeHint()));
    if (const QString problems = layoutProblems(wizard); !problems.isEmpty()) {
        qWarning().noquote() << name << "at 1024×700\n" << problems;
        return false;
    }
    const bool shot = shoot(wizard, name + u"-1024x700"_s);
    wizard->resize(ownSize);
    QCoreApplication::processEvents();
    return shot;
}

} // namespace

class TestIntegrationWizard : public QObject
{
    Q_OBJECT

private:
    sandbox::Sandbox m_sandbox;

    WooStore *store() const { return m_sandbox.store(); }
    QString storeUrl() const { return store()->httpsUrl().toString(); }

    static bool clickNext(IntegrationWizard &wizard)
    {
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        if (!next->isVisible() || !next->isEnabled())
            return false;
        next->click();
        return true;
    }

    static void fillAuthentication(IntegrationWizard &wizard, const QString &url, const QString &key,
                                   const QString &secret)
    {
        AuthenticationForm *form = pageOf<AuthenticationPage>(wizard, Page::Authentication)->form();
        // textEdited is what a person's typing emits; the page listens to it.
        for (auto [edit, text] : {std::pair {form->storeAddressEdit(), url}, std::pair {form->consumerKeyEdit(), key},
                                  std::pair {form->consumerSecretEdit(), secret}}) {
            edit->selectAll();
            edit->del();
            if (!text.isEmpty())
                QTest::keyClicks(edit, text);
        }
    }

    // Name → Authentication, with the given store inputs; runs the check and waits for its verdict.
    static void toCheckedAuthentication(IntegrationWizard &wizard, const QString &url, const QString &key,
                                        const QString &secret)
    {
        auto *name = pageOf<NamePage>(wizard, Page::Name);
        name->form()->nameEdit()->setText(u"Acme online shop"_s);
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(Page::Authentication));
        fillAuthentication(wizard, url, key, secret);
        auto *auth = pageOf<AuthenticationPage>(wizard, Page::Authentication);
        QVERIFY(clickNext(wizard));
        QVERIFY(auth->isChecking());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // isComplete() is false while checking
        QTRY_VERIFY_WITH_TIMEOUT(!auth->isChecking(), kNetworkMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As the application does: counted sentences come from the English translation.
        QVERIFY(Translations::install(QCoreApplication::instance()));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        // A key whose WordPress user is no shop manager.
        m_sandbox.store()->addKey({u"ck_1111111111111111111111111111111111111111"_s,
                                   u"cs_1111111111111111111111111111111111111111"_s, WooStore::KeyPermission::ReadWrite,
                                   false});
        // The sandbox's private CA, trusted the way a test may: through the default configuration,
        // which every request that brings no configuration of its own uses.
        QSslConfiguration::setDefaultConfiguration(m_sandbox.clientSslConfiguration());
    }

    void init()
    {
        store()->setDropAuthorizationHeader(false);
        store()->setTrackingPlugin(WooStore::TrackingPlugin::ShipmentTracking);
    }

    void happyPath()
    {
        Harness h;
        IntegrationWizard wizard(h.services, h.store.account, u"customer-1"_s);
        QSignalSpy saved(&wizard, &IntegrationWizard::integrationSaved);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(Page::Name));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // a name is required

        toCheckedAuthentication(wizard, storeUrl(), store()->consumerKey(), store()->consumerSecret());
        auto *auth = pageOf<AuthenticationPage>(wizard, Page::Authentication);
        FieldMessage *result = auth->form()->messageFor(AuthenticationForm::Field::General);
        QCOMPARE(result->kind(), FieldMessage::Kind::Success);
        QVERIFY2(result->text().contains(u"Sandbox Store"_s), qPrintable(result->text()));
        QVERIFY2(result->text().contains(u"Shipment Tracking plugin answers"_s), qPrintable(result->text()));
        QCOMPARE(wizard.currentId(), int(Page::Authentication)); // stays, so that what was found is seen

        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(Page::OrderCreation));
        auto *orders = pageOf<OrderCreationPage>(wizard, Page::OrderCreation);
        QTRY_VERIFY(!orders->isLoadingCustomers());
        OrderCreationForm *form = orders->form();
        QCOMPARE(form->customerId(), u"customer-1"_s);
        QCOMPARE(form->customerCombo()->count(), 2);
        QVERIFY(form->customerCombo()->isEnabled());
        form->namedWarehouseRadio()->setChecked(true);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // a typed warehouse needs a name
        QTest::keyClicks(form->warehouseNameEdit(), u"Brisbane DC"_s);
        form->sinceRadio()->setChecked(true);
        form->sinceDateEdit()->setDate(QDate::currentDate().addDays(-3));

        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(Page::Fulfilment));
        FulfilmentForm *fulfilment = pageOf<FulfilmentPage>(wizard, Page::Fulfilment)->form();
        QCOMPARE(fulfilment->tracking(), FulfilmentForm::Tracking::Available);
        QVERIFY(fulfilment->trackingBox()->isEnabled());
        QVERIFY(fulfilment->trackingBox()->isChecked());
        QVERIFY(fulfilment->completeBox()->isChecked());

        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(Page::Finish));
        auto *finish = pageOf<FinishPage>(wizard, Page::Finish);
        QCOMPARE(finish->summaryValue(u"Customer:"_s), u"Acme Apparel"_s);
        QCOMPARE(finish->summaryValue(u"Warehouse:"_s), u"Brisbane DC"_s);
        QVERIFY(finish->summaryValue(u"Store:"_s).startsWith(u"Sandbox Store ("_s));

        wizard.button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kNetworkMs);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(!wizard.isVisible());

        const QList<Integration> all = IntegrationRepository(h.store.database).all();
        QCOMPARE(all.size(), 1);
        const Integration &stored = all.first();
        QCOMPARE(stored.name, u"Acme online shop"_s);
        QCOMPARE(stored.customerId, u"customer-1"_s);
        QCOMPARE(stored.accountId, h.store.account.id);
        QCOMPARE(stored.consumerKey, store()->consumerKey());
        QCOMPARE(stored.wooAuth, u"basic"_s);
        QCOMPARE(stored.warehouseMode, Integration::WarehouseMode::Named);
        QCOMPARE(stored.warehouseName, u"Brisbane DC"_s);
        QCOMPARE(stored.intakeSince, QDate::currentDate().addDays(-3).startOfDay().toUTC());
        QVERIFY(stored.completeOnDispatch);
        QVERIFY(stored.sendTracking);
        QCOMPARE(saved.first().first().value<Integration>().id, stored.id);

        test::SecretWaiter waiter;
        const SecretResult secret = waiter.read(h.secrets, SecretKeys::integrationConsumerSecret(stored.id));
        QVERIFY(secret.ok());
        QCOMPARE(secret.secret, store()->consumerSecret());
        QCOMPARE(h.engine.calls, (QList<test::FakeEngine::Call> {{u"reload"_s, stored.id}}));
    }

    void authenticationFailures_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<AuthenticationForm::Field>("field");
        QTest::addColumn<QString>("words"); // something the sentence must say

        const QString url = m_sandbox.store()->httpsUrl().toString();
        const QString key = m_sandbox.store()->consumerKey();
        const QString secret = m_sandbox.store()->consumerSecret();
        using F = AuthenticationForm::Field;
        QTest::newRow("wrong key") << url << u"ck_0000000000000000000000000000000000000000"_s << secret
                                   << F::ConsumerKey << u"does not know this consumer key"_s;
        QTest::newRow("wrong secret") << url << key << u"cs_0000000000000000000000000000000000000000"_s
                                      << F::ConsumerSecret << u"secret"_s;
        QTest::newRow("read-only key") << url << m_sandbox.store()->consumerKey(WooStore::KeyPermission::Read)
                                       << m_sandbox.store()->consumerSecret(WooStore::KeyPermission::Read)
                                       << F::ConsumerKey << u"Read/Write"_s;
        QTest::newRow("user may not manage orders")
            << url << u"ck_1111111111111111111111111111111111111111"_s
            << u"cs_1111111111111111111111111111111111111111"_s << F::ConsumerKey << u"Shop manager"_s;
        QTest::newRow("keys swapped") << url << secret << key << F::ConsumerKey << u"swapped"_s;
        QTest::newRow("not an address") << u"ftp://shop"_s << key << secret << F::StoreAddress << QString();
        QTest::newRow("not WordPress") << m_sandbox.wms()->baseUrl().toString() << key << secret << F::StoreAddress
                                       << u"WordPress"_s;
        QTest::newRow("nothing listening")
            << u"https://127.0.0.1:%1"_s.arg(closedPort()) << key << secret << F::StoreAddress << u"127.0.0.1"_s;
    }

    void authenticationFailures()
    {
        QFETCH(QString, url);
        QFETCH(QString, key);
        QFETCH(QString, secret);
        QFETCH(AuthenticationForm::Field, field);
        QFETCH(QString, words);

        Harness h;
        IntegrationWizard wizard(h.services, h.store.account, u"customer-1"_s);
        wizard.show();
        toCheckedAuthentication(wizard, url, key, secret);
        AuthenticationForm *form = pageOf<AuthenticationPage>(wizard, Page::Authentication)->form();
        FieldMessage *message = form->messageFor(field);
        QCOMPARE(message->kind(), FieldMessage::Kind::Error);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(words, Qt::CaseInsensitive), qPrintable(message->text()));
        if (QWidget *edit = message->field())
            QCOMPARE(edit->accessibleDescription(), message->text());
        // Only that field speaks up.
        for (auto other : {AuthenticationForm::Field::StoreAddress, AuthenticationForm::Field::ConsumerKey,
                           AuthenticationForm::Field::ConsumerSecret, AuthenticationForm::Field::General}) {
            if (other != field)
                QVERIFY(form->messageFor(other)->kind() != FieldMessage::Kind::Error);
        }
        QCOMPARE(wizard.currentId(), int(Page::Authentication));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled()); // fix it and try again
        if (QByteArray(QTest::currentDataTag()) == "wrong secret")
            QVERIFY(shoot(&wizard, u"wizard-authentication-error"_s));
    }

    void certificateProblem()
    {
        WooStore *untrusted = m_sandbox.addStore(WooStore::Options {}, true, true);
        QVERIFY(untrusted);
        Harness h;
        IntegrationWizard wizard(h.services, h.store.account, u"customer-1"_s);
        wizard.show();
        toCheckedAuthentication(wizard, untrusted->httpsUrl().toString(), untrusted->consumerKey(),
                                untrusted->consumerSecret());
        FieldMessage *message = pageOf<AuthenticationPage>(wizard, Page::Authentication)
                                    ->form()
                                    ->messageFor(AuthenticationForm::Field::StoreAddress);
        QCOMPARE(message->kind(), FieldMessage::Kind::Error);
        QVERIFY2(message->text().contains(u"certificate"_s), qPrintable(message->text()));
    }

    void timeout()
    {
        Harness h;
        IntegrationWizard wizard(h.services, h.store.account, u"customer-1"_s);
        wizard.storeCheck()->credentialsCheck()->client()->setTransferTimeout(1500);
        wizard.show();
        // The order list is what hangs: a timeout of the discovery itself is reported as "not WordPress"
        // or "plain permalinks" by core's discovery (see the report).
        store()->faults().add(sandbox::Fault::of(sandbox::Fault::Kind::NeverReply, u"/wp-json/wc/v3/orders"_s, 1));
        toCheckedAuthentication(wizard, storeUrl(), store()->consumerKey(), store()->consumerSecret());
        store()->faults().clear();
        FieldMessage *message = pageOf<AuthenticationPage>(wizard, Page::Authentication)
                                    ->form()
                                    ->messageFor(AuthenticationForm::Field::StoreAddress);
        QCOMPARE(message->kind(), FieldMessage::Kind::Error);
        QVERIFY2(message->text().contains(u"in time"_s), qPrintable(message->text()));
    }

    void warningsBesideTheAddress_data()
    {
        QTest::addColumn<bool>("plainHttp");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("auth");
        QTest::newRow("header stripped") << false << u"Authorization header"_s << u"query"_s;
        QTest::newRow("plain HTTP") << true << u"plain HTTP"_s << u"oauth1"_s;
    }

    void warningsBesideTheAddress()
    {
        QFETCH(bool, plainHttp);
        QFETCH(QString, words);
        QFETCH(QString, auth);
        store()->setDropAuthorizationHeader(!plainHttp);
        Harness h;
        IntegrationWizard wizard(h.services, h.store.account, u"customer-1"_s);
        wizard.show();
        toCheckedAuthentication(wizard, plainHttp ? store()->httpUrl().toString() : storeUrl(), store()->consumerKey(),
                                store()->consumerSecret());
        AuthenticationForm *form = pageOf<AuthenticationPage>(wizard, Page::Authentication)->form();
        FieldMessage *address = form->messageFor(AuthenticationForm::Field::StoreAddress);
        QCOMPARE(address->kind(), FieldMessage::Kind::Warning);
        QVERIFY2(address->text().contains(words), qPrintable(address->text()));
        QCOMPARE(form->messageFor(AuthenticationForm::Field::General)->kind(), FieldMessage::Kind::Success);
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(Page::OrderCreation));
        QCOMPARE(wizard.draft().wooAuth, auth);
    }

    void backThenNextChecksAgain()
    {
        Harness h;
        IntegrationWizard wizard(h.services, h.store.account, u"customer-1"_s);
        wizard.show();
        toCheckedAuthentication(wizard, storeUrl(), store()->consumerKey(), store()->consumerSecret());
        auto *auth = pageOf<AuthenticationPage>(wizard, Page::Authentication);
        QCOMPARE(auth->checksStarted(), 1);
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(Page::OrderCreation));
        wizard.back();
        QCOMPARE(wizard.currentId(), int(Page::Authentication));
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), u"&Check connection"_s);

        // The store changed its mind in the meantime: the second check must notice.
        store()->setTrackingPlugin(WooStore::TrackingPlugin::None);
        QVERIFY(clickNext(wizard));
        QCOMPARE(auth->checksStarted(), 2);
        QVERIFY(auth->isChecking());
        QTRY_VERIFY_WITH_TIMEOUT(!auth->isChecking(), kNetworkMs);
        QCOMPARE(wizard.currentId(), int(Page::Authentication));
        QVERIFY2(
            auth->form()->messageFor(AuthenticationForm::Field::General)->text().contains(u"No shipment tracking"_s),
            qPrintable(auth->form()->messageFor(AuthenticationForm::Field::General)->text()));
        QVERIFY(clickNext(wizard));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled()); // once the customers are in
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(Page::Fulfilment));
        FulfilmentForm *fulfilment = pageOf<FulfilmentPage>(wizard, Page::Fulfilment)->form();
        QCOMPARE(fulfilment->tracking(), FulfilmentForm::Tracking::Missing);
        QVERIFY(!fulfilment->trackingBox()->isEnabled());
        QVERIFY(!fulfilment->trackingBox()->isChecked());
        QVERIFY(fulfilment->trackingMessage()->isVisible());
        QVERIFY(shoot(&wizard, u"wizard-fulfilment-no-tracking"_s));

        // The shop owner installs the plugin; checking again from the page enables tracking.
        store()->setTrackingPlugin(WooStore::TrackingPlugin::ShipmentTracking);
        fulfilment->checkAgainButton()->click();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(fulfilment->tracking(), FulfilmentForm::Tracking::Available, kNetworkMs);
        QVERIFY(fulfilment->trackingBox()->isEnabled());
        QVERIFY(fulfilment->trackingBox()->isChecked());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    void editingAfterACheckNeedsAnotherCheck()
    {
        Harness h;
        IntegrationWizard wizard(h.services, h.store.account, u"customer-1"_s);
        wizard.show();
        toCheckedAuthentication(wizard, storeUrl(), store()->consumerKey(), store()->consumerSecret());
        auto *auth = pageOf<AuthenticationPage>(wizard, Page::Authentication);
        QTest::keyClick(auth->form()->consumerSecretEdit(), Qt::Key_Backspace);
        QCOMPARE(auth->form()->messageFor(AuthenticationForm::Field::General)->kind(), FieldMessage::Kind::None);
        QVERIFY(clickNext(wizard));
        QCOMPARE(auth->checksStarted(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!auth->isChecking(), kNetworkMs);
        QCOMPARE(auth->form()->messageFor(AuthenticationForm::Field::ConsumerSecret)->kind(),
                 FieldMessage::Kind::Error);
        QCOMPARE(wizard.currentId(), int(Page::Authentication));
    }

    void keychainFailureLeavesNothing()
    {
        Harness h;
        IntegrationWizard wizard(h.services, h.store.account, u"customer-1"_s);
        QSignalSpy saved(&wizard, &IntegrationWizard::integrationSaved);
        wizard.show();
        toCheckedAuthentication(wizard, storeUrl(), store()->consumerKey(), store()->consumerSecret());
        QVERIFY(clickNext(wizard));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled()); // once the customers are in
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(Page::Finish));

        h.secrets.setUnavailable(true);
        wizard.button(QWizard::FinishButton)->click();
        auto *finish = pageOf<FinishPage>(wizard, Page::Finish);
        QTRY_COMPARE(finish->statusMessage()->kind(), FieldMessage::Kind::Error);
        QVERIFY2(finish->statusMessage()->text().contains(u"keychain"_s), qPrintable(finish->statusMessage()->text()));
        QVERIFY(wizard.isVisible());
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(IntegrationRepository(h.store.database).all(true).isEmpty());
        QCOMPARE(h.secrets.count(), 0);
        QVERIFY(h.engine.calls.isEmpty());
        QCOMPARE(saved.count(), 0);
        QVERIFY(shoot(&wizard, u"wizard-finish-keychain-error"_s));

        // The keychain is back: Finish again saves.
        h.secrets.setUnavailable(false);
        wizard.button(QWizard::FinishButton)->click();
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(IntegrationRepository(h.store.database).all().size(), 1);
    }

    void aDeletedStoreIsRestoredNotStartedBlank()
    {
        Harness h;
        // The store was connected before, sent orders, and its integration was deleted.
        Integration before = h.store.sampleIntegration(u"Acme old shop"_s);
        before.storeUrl = storeUrl();
        QVERIFY(IntegrationRepository(h.store.database).insert(before));
        QVERIFY(IntegrationRepository(h.store.database).markDeleted(before.id, QDateTime::currentDateTimeUtc()));

        IntegrationWizard wizard(h.services, h.store.account, u"customer-1"_s);
        QSignalSpy saved(&wizard, &IntegrationWizard::integrationSaved);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        toCheckedAuthentication(wizard, storeUrl(), store()->consumerKey(), store()->consumerSecret());
        QVERIFY(clickNext(wizard));
        QTRY_VERIFY(!pageOf<OrderCreationPage>(wizard, Page::OrderCreation)->isLoadingCustomers());
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(Page::Finish));
        MessageBox::setAnswer(true);
        wizard.button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kNetworkMs);
        MessageBox::setAnswer(std::nullopt);
        QVERIFY2(MessageBox::lastText().contains(u"Acme old shop"_s), qPrintable(MessageBox::lastText()));

        // The same row, alive again with the new name: its links and history are the store's.
        const QList<Integration> all = IntegrationRepository(h.store.database).all(true);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, before.id);
        QVERIFY(!all.first().isDeleted());
        QCOMPARE(all.first().name, u"Acme online shop"_s);
        QCOMPARE(h.engine.calls, (QList<test::FakeEngine::Call> {{u"reload"_s, before.id}}));
    }

    void nameMustBeUniqueForTheCustomer()
    {
        Harness h;
        Integration existing = h.store.sampleIntegration(u"Acme online shop"_s);
        QVERIFY(IntegrationRepository(h.store.database).insert(existing));
        IntegrationWizard wizard(h.services, h.store.account, u"customer-1"_s);
        wizard.show();
        auto *name = pageOf<NamePage>(wizard, Page::Name);
        QTest::keyClicks(name->form()->nameEdit(), u"  acme ONLINE shop "_s);
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(Page::Name));
        QCOMPARE(name->form()->nameMessage()->kind(), FieldMessage::Kind::Error);
        QVERIFY(name->form()->nameMessage()->text().contains(u"Acme Apparel already has"_s));
        QTest::keyClicks(name->form()->nameEdit(), u"2"_s);
        QCOMPARE(name->form()->nameMessage()->kind(), FieldMessage::Kind::None);
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(Page::Authentication));
        QCOMPARE(wizard.draft().name, u"acme ONLINE shop 2"_s); // trimmed
    }

    // Whether the console keeps secrets in the keychain or (server mode) encrypted in the database,
    // the wizard says where the secret actually is.
    void reconfigureKeepsTheSecret_data()
    {
        QTest::addColumn<int>("place");
        QTest::addColumn<QString>("placeholderSays");
        QTest::addColumn<QString>("summary");
        QTest::newRow("keychain") << int(SecretStore::Place::Keychain) << u"keychain"_s
                                  << u"Unchanged (kept in the system keychain)"_s;
        QTest::newRow("database") << int(SecretStore::Place::Database) << u"encrypted, in Wharf's database"_s
                                  << u"Unchanged (kept encrypted in Wharf's database)"_s;
    }

    void reconfigureKeepsTheSecret()
    {
        QFETCH(int, place);
        QFETCH(QString, placeholderSays);
        QFETCH(QString, summary);
        Harness h;
        h.secrets.setPlace(SecretStore::Place(place));
        Integration integration = h.store.sampleIntegration(u"Acme online shop"_s);
        integration.storeUrl = storeUrl();
        integration.consumerKey = store()->consumerKey();
        integration.warehouseMode = Integration::WarehouseMode::Named;
        integration.warehouseName = u"Brisbane DC"_s;
        integration.sendTracking = true;
        std::optional<IntegrationRegistry::Outcome> added;
        h.registry.add(integration, store()->consumerSecret(), [&added](const auto &o) { added = o; });
        QTRY_VERIFY(added.has_value());
        QVERIFY2(added->ok, qPrintable(added->message));
        integration = added->integration;

        IntegrationWizard wizard(h.services, h.store.account, integration);
        QSignalSpy saved(&wizard, &IntegrationWizard::integrationSaved);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *name = pageOf<NamePage>(wizard, Page::Name);
        QCOMPARE(name->form()->nameEdit()->text(), u"Acme online shop"_s);
        name->form()->nameEdit()->setText(u"Acme shop (renamed)"_s);
        QVERIFY(clickNext(wizard));

        auto *auth = pageOf<AuthenticationPage>(wizard, Page::Authentication);
        QCOMPARE(auth->form()->storeAddressEdit()->text(), storeUrl());
        QCOMPARE(auth->form()->consumerKeyEdit()->text(), store()->consumerKey());
        QVERIFY(auth->form()->consumerSecretEdit()->text().isEmpty());
        QVERIFY2(auth->form()->consumerSecretEdit()->placeholderText().contains(placeholderSays),
                 qPrintable(auth->form()->consumerSecretEdit()->placeholderText()));
        QVERIFY(shoot(&wizard, u"wizard-reconfigure-authentication"_s));
        QVERIFY(clickNext(wizard)); // nothing changed: no check
        QCOMPARE(auth->checksStarted(), 0);
        QCOMPARE(wizard.currentId(), int(Page::OrderCreation));

        OrderCreationForm *orders = pageOf<OrderCreationPage>(wizard, Page::OrderCreation)->form();
        QVERIFY(!orders->customerCombo()->isEnabled()); // an integration stays with its customer
        QVERIFY(!orders->sinceRadio()->isEnabled()); // go-live is history
        QCOMPARE(orders->customerId(), u"customer-1"_s);
        QTRY_VERIFY(orders->namedWarehouseRadio()->isChecked() || orders->knownWarehouseRadio()->isChecked());
        QVERIFY(clickNext(wizard));

        // The Fulfilment step asks the store about tracking with the stored secret.
        FulfilmentForm *fulfilment = pageOf<FulfilmentPage>(wizard, Page::Fulfilment)->form();
        QTRY_COMPARE_WITH_TIMEOUT(fulfilment->tracking(), FulfilmentForm::Tracking::Available, kNetworkMs);
        fulfilment->completeBox()->setChecked(false);
        QVERIFY(clickNext(wizard));
        auto *finish = pageOf<FinishPage>(wizard, Page::Finish);
        QCOMPARE(finish->summaryValue(u"Consumer secret:"_s), summary);
        // The last page says what Finish changes, before → after, and nothing else.
        QCOMPARE(
            finish->changes(),
            (QStringList {u"Name: Acme online shop → Acme shop (renamed)"_s,
                          u"On dispatch: Marks the WooCommerce order Completed → Leaves the WooCommerce order as it "
                          u"is"_s}));
        QVERIFY(finish->findChild<QLabel *>(u"changesList"_s)->isVisible());
        QVERIFY(finish->findChild<QLabel *>(u"changesList"_s)->text().contains(u"Acme shop (renamed)"_s));
        wizard.button(QWizard::FinishButton)->click();
        QTRY_COMPARE(saved.count(), 1);

        const std::optional<Integration> stored = IntegrationRepository(h.store.database).find(integration.id);
        QVERIFY(stored);
        QCOMPARE(stored->name, u"Acme shop (renamed)"_s);
        QVERIFY(!stored->completeOnDispatch);
        QCOMPARE(stored->warehouseName, u"Brisbane DC"_s);
        QCOMPARE(IntegrationRepository(h.store.database).all().size(), 1);
        test::SecretWaiter waiter;
        QCOMPARE(waiter.read(h.secrets, SecretKeys::integrationConsumerSecret(integration.id)).secret,
                 store()->consumerSecret());
        QCOMPARE(h.engine.calls, (QList<test::FakeEngine::Call> {{u"reload"_s, integration.id}}));
    }

    void reconfigureTurnsStockOnAfterAPreview()
    {
        // Issue 15: "Send stock levels to WooCommerce" is off by default; "Preview…" shows what it
        // would change (a CartonCloud report run and the store's products) and writes nothing.
        Harness h;
        sandbox::CartonCloudServer *cc = m_sandbox.wms();
        const QString acme = cc->addCustomer(u"Acme Stock"_s, u"ACMESTOCK"_s);
        CustomerRepository(h.store.database).upsert({acme, h.store.account.id, u"Acme Stock"_s, true});
        cc->addProduct(acme, u"STK-1"_s, u"Stock one"_s, 7);
        cc->addProduct(acme, u"STK-GIFT"_s, u"Gift card"_s, 3);
        const int shirt = store()->addProduct(u"STK-1"_s, u"Stock one"_s);
        store()->setProductStock(shirt, true, 2);
        const int gift = store()->addProduct(u"STK-GIFT"_s, u"Gift card"_s);
        store()->setProductStock(gift, false);
        wms::WmsClient client(&h.network);
        wms::WmsConnection connection;
        connection.baseUrl = cc->baseUrl();
        connection.clientId = cc->clientId();
        connection.clientSecret = cc->clientSecret();
        connection.tenantId = cc->tenantId();
        client.setConnection(connection);
        wms::StockReportRun::Polling fast;
        fast.first = std::chrono::milliseconds(20);
        client.setReportPolling(fast);
        h.services.wms = &client;

        Integration integration = h.store.sampleIntegration(u"Acme stock shop"_s);
        integration.customerId = acme;
        integration.storeUrl = storeUrl();
        integration.consumerKey = store()->consumerKey();
        integration.warehouseMode = Integration::WarehouseMode::Named;
        integration.warehouseName = u"Brisbane DC"_s;
        std::optional<IntegrationRegistry::Outcome> added;
        h.registry.add(integration, store()->consumerSecret(), [&added](const auto &o) { added = o; });
        QTRY_VERIFY(added.has_value());
        QVERIFY2(added->ok, qPrintable(added->message));
        integration = added->integration;
        QVERIFY(!integration.stockSync);

        IntegrationWizard wizard(h.services, h.store.account, integration);
        QSignalSpy saved(&wizard, &IntegrationWizard::integrationSaved);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(Page::OrderCreation));
        OrderCreationForm *orders = pageOf<OrderCreationPage>(wizard, Page::OrderCreation)->form();
        QTRY_VERIFY(orders->namedWarehouseRadio()->isChecked() || orders->knownWarehouseRadio()->isChecked());
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(Page::Fulfilment));
        auto *page = pageOf<FulfilmentPage>(wizard, Page::Fulfilment);
        FulfilmentForm *fulfilment = page->form();
        QTRY_COMPARE_WITH_TIMEOUT(fulfilment->tracking(), FulfilmentForm::Tracking::Available, kNetworkMs);
        QVERIFY(!fulfilment->stockBox()->isChecked());
        QVERIFY(!fulfilment->stockIntervalBox()->isEnabled());
        QCOMPARE(fulfilment->stockIntervalBox()->value(), 60);
        QVERIFY(fulfilment->stockPreviewButton()->isEnabled());

        fulfilment->stockPreviewButton()->click();
        StockPreviewDialog *preview = page->stockPreview();
        QVERIFY(preview);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isBusy(), kNetworkMs);
        QVERIFY2(preview->summaryLabel()->text().contains(
                     u"2 of the store's products have an SKU that is a product code of "_s)
                     && preview->summaryLabel()->text().contains(
                         u": 1 would change to the warehouse's stock; 1 does not manage stock in WooCommerce."_s),
                 qPrintable(preview->summaryLabel()->text()));
        QTableWidget *changes = preview->changesTable();
        QCOMPARE(changes->rowCount(), 1);
        QCOMPARE(changes->item(0, 0)->text(), u"STK-1"_s);
        QCOMPARE(changes->item(0, 2)->text(), u"2"_s);
        QCOMPARE(changes->item(0, 3)->text(), u"7"_s);
        QVERIFY(preview->skippedList()->item(0)->text().contains(u"Gift card (SKU STK-GIFT) does not manage stock"_s));
        QVERIFY(shoot(preview, u"wizard-stock-preview"_s));
        // A preview writes nothing.
        QCOMPARE(store()->product(shirt).value(u"stock_quantity"_s).toInt(), 2);
        preview->close();

        fulfilment->stockBox()->setChecked(true);
        QVERIFY(fulfilment->stockIntervalBox()->isEnabled());
        fulfilment->stockIntervalBox()->setValue(30);
        QVERIFY(checkAndShoot(&wizard, u"wizard-fulfilment-stock"_s));
        QVERIFY(clickNext(wizard));
        auto *finish = pageOf<FinishPage>(wizard, Page::Finish);
        QCOMPARE(finish->summaryValue(u"Stock levels:"_s), u"Sent to WooCommerce every 30 minutes"_s);
        QVERIFY(finish->changes().contains(u"Stock levels: Not sent → Sent to WooCommerce every 30 minutes"_s));
        wizard.button(QWizard::FinishButton)->click();
        QTRY_COMPARE(saved.count(), 1);
        const std::optional<Integration> stored = IntegrationRepository(h.store.database).find(integration.id);
        QVERIFY(stored->stockSync);
        QCOMPARE(stored->stockSyncMinutes, 30);
    }

    void reconfigureKeepsWhatTheEngineChangedMeanwhile()
    {
        Harness h;
        Integration integration = h.store.addIntegration(u"Acme online shop"_s);
        IntegrationWizard wizard(h.services, h.store.account, integration);
        QSignalSpy saved(&wizard, &IntegrationWizard::integrationSaved);
        wizard.show();
        // While the wizard is open, the engine pauses it (say).
        QVERIFY(IntegrationRepository(h.store.database).setHealth(integration.id, Health::Paused, u"Paused."_s));
        wizard.setStartId(int(Page::Finish));
        wizard.restart();
        wizard.button(QWizard::FinishButton)->click();
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(IntegrationRepository(h.store.database).find(integration.id)->health, Health::Paused);

        // Deleted meanwhile: nothing is saved, and the page says why.
        IntegrationWizard again(h.services, h.store.account, integration);
        QSignalSpy savedAgain(&again, &IntegrationWizard::integrationSaved);
        again.show();
        QVERIFY(IntegrationRepository(h.store.database).markDeleted(integration.id, QDateTime::currentDateTimeUtc()));
        again.setStartId(int(Page::Finish));
        again.restart();
        again.button(QWizard::FinishButton)->click();
        auto *finish = pageOf<FinishPage>(again, Page::Finish);
        QTRY_COMPARE(finish->statusMessage()->kind(), FieldMessage::Kind::Error);
        QVERIFY(finish->statusMessage()->text().contains(u"deleted"_s));
        QCOMPARE(savedAgain.count(), 0);
        QVERIFY(IntegrationRepository(h.store.database).find(integration.id)->isDeleted());
    }

    void reconfigureWithAChangedAddressChecksAgain()
    {
        Harness h;
        Integration integration = h.store.sampleIntegration(u"Acme online shop"_s);
        integration.storeUrl = storeUrl();
        integration.consumerKey = store()->consumerKey();
        std::optional<IntegrationRegistry::Outcome> added;
        h.registry.add(integration, store()->consumerSecret(), [&added](const auto &o) { added = o; });
        QTRY_VERIFY(added.has_value() && added->ok);
        integration = added->integration;

        IntegrationWizard wizard(h.services, h.store.account, integration);
        wizard.show();
        QVERIFY(clickNext(wizard));
        auto *auth = pageOf<AuthenticationPage>(wizard, Page::Authentication);
        // The same address written differently is the same store: no check.
        fillAuthentication(wizard, storeUrl() + u"/wp-admin/"_s, store()->consumerKey(), QString());
        QVERIFY(wizard.storeInputsUnchanged());
        // The plain-HTTP address of the store is another address: checked, with the stored secret.
        fillAuthentication(wizard, store()->httpUrl().toString(), store()->consumerKey(), QString());
        QVERIFY(!wizard.storeInputsUnchanged());
        QVERIFY(clickNext(wizard));
        QCOMPARE(auth->checksStarted(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!auth->isChecking(), kNetworkMs);
        QCOMPARE(auth->form()->messageFor(AuthenticationForm::Field::General)->kind(), FieldMessage::Kind::Success);
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(Page::OrderCreation));
        QCOMPARE(wizard.draft().wooAuth, u"oauth1"_s);
        QCOMPARE(wizard.draft().storeUrl, store()->httpUrl().toString());
    }

    void reconfigureWithAChangedKeyAndNoSecretSaysWhich()
    {
        Harness h;
        Integration integration = h.store.sampleIntegration(u"Acme online shop"_s);
        integration.storeUrl = storeUrl();
        integration.consumerKey = store()->consumerKey();
        std::optional<IntegrationRegistry::Outcome> added;
        h.registry.add(integration, store()->consumerSecret(), [&added](const auto &o) { added = o; });
        QTRY_VERIFY(added.has_value() && added->ok);

        IntegrationWizard wizard(h.services, h.store.account, added->integration);
        wizard.show();
        QVERIFY(clickNext(wizard));
        // A new key with the old secret cannot pass: the sentence lands on the secret.
        fillAuthentication(wizard, storeUrl(), store()->consumerKey(WooStore::KeyPermission::Read), QString());
        auto *auth = pageOf<AuthenticationPage>(wizard, Page::Authentication);
        QVERIFY(clickNext(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(!auth->isChecking(), kNetworkMs);
        QCOMPARE(wizard.currentId(), int(Page::Authentication));
        QCOMPARE(auth->form()->messageFor(AuthenticationForm::Field::ConsumerSecret)->kind(),
                 FieldMessage::Kind::Error);
    }

    void customerUserCannotPickAnotherCustomer()
    {
        Harness h;
        WmsAccount user = h.store.account;
        user.role = WmsAccount::Role::CustomerUser;
        user.customerId = u"customer-1"_s;
        // Asked for another customer: the login's own customer is used all the same.
        IntegrationWizard wizard(h.services, user, u"customer-2"_s);
        QSignalSpy saved(&wizard, &IntegrationWizard::integrationSaved);
        QCOMPARE(wizard.draft().customerId, u"customer-1"_s);
        QVERIFY(wizard.isCustomerFixed());
        wizard.show();
        toCheckedAuthentication(wizard, storeUrl(), store()->consumerKey(), store()->consumerSecret());
        QVERIFY(clickNext(wizard));
        OrderCreationForm *orders = pageOf<OrderCreationPage>(wizard, Page::OrderCreation)->form();
        QVERIFY(!orders->customerCombo()->isEnabled());
        QCOMPARE(orders->customerCombo()->count(), 1);
        QCOMPARE(orders->customerId(), u"customer-1"_s);
        QVERIFY(orders->fixedCustomerLabel()->isVisible());
        QVERIFY(orders->fixedCustomerLabel()->text().contains(u"Acme Apparel"_s));
        QTRY_VERIFY(!pageOf<OrderCreationPage>(wizard, Page::OrderCreation)->isLoadingWarehouses());
        QVERIFY(shoot(&wizard, u"wizard-order-creation-customer-user"_s));
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard));
        wizard.button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kNetworkMs);
        QCOMPARE(IntegrationRepository(h.store.database).all().first().customerId, u"customer-1"_s);
    }

    void adminPicksTheCustomerFromCartonCloud()
    {
        const QString acme = m_sandbox.wms()->addCustomer(u"Acme Apparel"_s, u"ACME"_s);
        const QString bolt = m_sandbox.wms()->addCustomer(u"Bolt Bikes"_s, u"BOLT"_s);
        Harness h;
        wms::WmsClient client(&h.network);
        wms::WmsConnection connection;
        connection.baseUrl = m_sandbox.wms()->baseUrl();
        connection.clientId = m_sandbox.wms()->clientId();
        connection.clientSecret = m_sandbox.wms()->clientSecret();
        connection.tenantId = m_sandbox.wms()->tenantId();
        client.setConnection(connection);
        WmsCustomerDirectory directory(&client, h.store.database, h.store.account.id);
        h.services.customers = &directory;

        IntegrationWizard wizard(h.services, h.store.account, acme);
        QSignalSpy saved(&wizard, &IntegrationWizard::integrationSaved);
        wizard.show();
        toCheckedAuthentication(wizard, storeUrl(), store()->consumerKey(), store()->consumerSecret());
        QVERIFY(clickNext(wizard));
        auto *page = pageOf<OrderCreationPage>(wizard, Page::OrderCreation);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoadingCustomers(), kNetworkMs);
        OrderCreationForm *orders = page->form();
        QCOMPARE(orders->customerId(), acme);
        const int boltIndex = orders->customerCombo()->findData(bolt);
        QVERIFY(boltIndex >= 0);
        orders->customerCombo()->setCurrentIndex(boltIndex);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoadingWarehouses(), kNetworkMs);
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard));
        QCOMPARE(pageOf<FinishPage>(wizard, Page::Finish)->summaryValue(u"Customer:"_s), u"Bolt Bikes"_s);
        wizard.button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kNetworkMs);
        QCOMPARE(IntegrationRepository(h.store.database).all().first().customerId, bolt);
    }

    // The Order Creation step's "Check SKUs": a catalogue with each kind of problem, the progress
    // bar while it pages, the summary and the details, Stop, Export CSV…, and that it never holds
    // up Next.
    void checkSkusOnTheOrderCreationStep()
    {
        const QString acme = m_sandbox.wms()->addCustomer(u"Acme Apparel"_s, u"ACME-SKU"_s);
        for (const QString &code : {u"SKU-TEE-S"_s, u"SKU-TEE-M"_s, u"SKU-MUG"_s, u"SKU-CAP"_s})
            m_sandbox.wms()->addProduct(acme, code, code);
        WooStore::CatalogueShape shape;
        shape.prefix = u"SKU-GEN"_s; // none of these are product codes
        shape.simple = 3;
        shape.withoutSku = 2;
        store()->generateCatalogue(shape);
        const int tee = store()->addVariableProduct(u"SKU-TEE"_s, u"T-shirt"_s);
        store()->addVariation(tee, u"SKU-TEE-S"_s, u"S"_s);
        store()->addVariation(tee, u"SKU-TEE-M"_s, u"M"_s);
        store()->addProduct(u"SKU-MUG"_s, u"Mug"_s);
        store()->addProduct(u"SKU-MUG"_s, u"Mug, \"large\""_s);
        store()->addProduct(u"SKU-CAP"_s, u"Cap"_s);

        Harness h;
        CustomerRepository(h.store.database).upsert({acme, h.store.account.id, u"Acme Apparel"_s, true});
        wms::WmsClient client(&h.network);
        wms::WmsConnection connection;
        connection.baseUrl = m_sandbox.wms()->baseUrl();
        connection.clientId = m_sandbox.wms()->clientId();
        connection.clientSecret = m_sandbox.wms()->clientSecret();
        connection.tenantId = m_sandbox.wms()->tenantId();
        client.setConnection(connection);
        h.services.wms = &client;

        IntegrationWizard wizard(h.services, h.store.account, acme);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *page = pageOf<OrderCreationPage>(wizard, Page::OrderCreation);
        SkuPreflightView *view = page->form()->skuPreflightView();
        toCheckedAuthentication(wizard, storeUrl(), store()->consumerKey(), store()->consumerSecret());
        QVERIFY(clickNext(wizard));
        QTRY_VERIFY(!page->isLoadingCustomers() && !page->isLoadingWarehouses());
        QCOMPARE(page->form()->customerId(), acme);
        QVERIFY(view->checkButton()->isEnabled());
        QVERIFY(!view->exportButton()->isEnabled()); // nothing to export yet
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled()); // the check is never required

        // Stop while it reads: nothing is shown as a result, and it can be run again.
        store()->faults().add(sandbox::Fault::latency(u"/wp-json/wc/v3/products*"_s, 300));
        view->checkButton()->click();
        QVERIFY(view->isRunning());
        QVERIFY(view->progressBar()->isVisible());
        QCOMPARE(view->checkButton()->text(), u"&Stop"_s);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        view->checkButton()->click();
        QVERIFY(!view->isRunning());
        QVERIFY(!view->progressBar()->isVisible());
        QVERIFY2(view->summaryLabel()->text().startsWith(u"Stopped."_s), qPrintable(view->summaryLabel()->text()));
        QCOMPARE(view->model()->rowCount(), 0);
        store()->faults().clear();

        view->checkButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isRunning(), kNetworkMs);
        // The store also has the products earlier tests' orders made (one each, none a product
        // code of this customer): count only this test's by what the summary says about them.
        const catalogue::SkuPreflightResult &result = view->model()->result();
        QCOMPARE(result.matched, 5); // TEE-S, TEE-M, MUG twice, CAP
        QCOMPARE(result.noSku, 2);
        QCOMPARE(result.duplicateSkus, 1); // SKU-MUG
        QVERIFY(result.noMatch >= 3);
        const QString summary = view->summaryLabel()->text();
        QVERIFY2(summary.startsWith(u"5 of %1 SKUs match CartonCloud product codes"_s.arg(result.checked)),
                 qPrintable(summary));
        QVERIFY2(summary.contains(u"2 products have no SKU"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"1 SKU is used more than once"_s), qPrintable(summary));
        QVERIFY(view->detailsView()->isVisible());
        QCOMPARE(view->model()->rowCount(), result.checked);
        // Problems first: the products without an SKU lead the list.
        QCOMPARE(view->model()->index(0, SkuPreflightModel::ResultColumn).data().toString(), u"No SKU"_s);
        QCOMPARE(view->model()->index(result.checked - 1, SkuPreflightModel::ResultColumn).data().toString(),
                 u"Matches"_s);

        // Export CSV… writes what is shown.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"check.csv"_s);
        QString suggested;
        view->setSavePathChooser([&](QWidget *, const QString &name) {
            suggested = name;
            return path;
        });
        QVERIFY(view->exportButton()->isEnabled());
        view->exportButton()->click();
        QCOMPARE(suggested, u"wharf-sku-check-127.0.0.1.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv, result.toCsv());
        QVERIFY(csv.contains("\"Mug, \"\"large\"\"\""));

        // The picture for the README.
        // The picture for the README: the step scrolled to the check, tall enough for some details.
        if (!qEnvironmentVariableIsSet("QT_SCALE_FACTOR")) {
            const QSize size = wizard.size();
            wizard.resize(size.width() + 160, size.height() + 200);
            view->detailsView()->scrollToTop();
            QCoreApplication::processEvents();
            auto *scroll = qobject_cast<QScrollArea *>(page->form()->parentWidget()->parentWidget());
            QVERIFY(scroll);
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum()); // the SKU box is last
            QVERIFY(shoot(&wizard, u"sku-preflight"_s));
            wizard.resize(size);
        }
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(Page::Fulfilment));

        // Back to the store's other address: what was found before is not shown for it.
        wizard.back();
        wizard.back();
        QCOMPARE(wizard.currentId(), int(Page::Authentication));
        auto *auth = pageOf<AuthenticationPage>(wizard, Page::Authentication);
        fillAuthentication(wizard, store()->httpUrl().toString(), store()->consumerKey(), store()->consumerSecret());
        QVERIFY(clickNext(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(!auth->isChecking(), kNetworkMs);
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(Page::OrderCreation));
        QVERIFY(page->skuPreflight());
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(view->summaryLabel()->text().isEmpty());
        QVERIFY(view->checkButton()->isEnabled());
        QVERIFY(!view->exportButton()->isEnabled());
    }

    void customerUserWithoutPermissionIsStopped()
    {
        Harness h;
        WmsAccount user = h.store.account;
        user.role = WmsAccount::Role::CustomerUser;
        user.customerId = u"customer-2"_s; // Bolt Bikes may not self-manage
        IntegrationWizard wizard(h.services, user, u"customer-2"_s);
        wizard.show();
        auto *name = pageOf<NamePage>(wizard, Page::Name);
        name->form()->nameEdit()->setText(u"Bolt shop"_s);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *blocker = wizard.findChild<FieldMessage *>(u"nameBlocker"_s);
        QVERIFY(blocker && blocker->isVisible());
        QVERIFY2(blocker->text().contains(u"account owner"_s), qPrintable(blocker->text()));
    }

    void keyboardOnly()
    {
        Harness h;
        IntegrationWizard wizard(h.services, h.store.account, u"customer-1"_s);
        QSignalSpy saved(&wizard, &IntegrationWizard::integrationSaved);
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        const auto typeHere = [](const QString &text) {
            QTest::keyClicks(QApplication::focusWidget(), text);
        };
        const auto press = [](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            QTest::keyClick(QApplication::focusWidget(), key, modifiers);
        };

        auto *name = pageOf<NamePage>(wizard, Page::Name);
        QTRY_COMPARE(QApplication::focusWidget(), name->form()->nameEdit());
        typeHere(u"Acme online shop"_s);
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(Page::Authentication));

        AuthenticationForm *auth = pageOf<AuthenticationPage>(wizard, Page::Authentication)->form();
        QTRY_COMPARE(QApplication::focusWidget(), auth->storeAddressEdit());
        typeHere(storeUrl());
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), auth->consumerKeyEdit());
        typeHere(store()->consumerKey());
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), auth->consumerSecretEdit());
        typeHere(store()->consumerSecret());
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), auth->showSecretButton());
        press(Qt::Key_Space);
        QCOMPARE(auth->consumerSecretEdit()->echoMode(), QLineEdit::Normal);
        press(Qt::Key_Space);
        QCOMPARE(auth->consumerSecretEdit()->echoMode(), QLineEdit::Password);
        // Alt+S is the secret's mnemonic: back into the field, then Enter checks.
        press(Qt::Key_S, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), auth->consumerSecretEdit());
        press(Qt::Key_Return);
        auto *authPage = pageOf<AuthenticationPage>(wizard, Page::Authentication);
        QTRY_VERIFY_WITH_TIMEOUT(authPage->checksStarted() == 1 && !authPage->isChecking(), kNetworkMs);
        QCOMPARE(auth->messageFor(AuthenticationForm::Field::General)->kind(), FieldMessage::Kind::Success);
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(Page::OrderCreation));

        auto *orders = pageOf<OrderCreationPage>(wizard, Page::OrderCreation);
        QTRY_VERIFY(!orders->isLoadingCustomers());
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // Alt+A picks "Another warehouse"; Tab goes to its name.
        press(Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(orders->form()->namedWarehouseRadio()->isChecked()); // a mnemonic clicks after a short flash
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), orders->form()->warehouseNameEdit());
        typeHere(u"Brisbane DC"_s);
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(Page::Fulfilment));
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(Page::Finish));
        press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kNetworkMs);
    }

    // The Finish step's wait for the keychain has Cancel and a time limit: a keychain behind an
    // unlock prompt never locks the wizard, and what it answers later still counts.
    void aSilentKeychainCanBeCancelledOnFinish()
    {
        Harness h;
        test::ScriptedSecretStore silent;
        h.services.secrets = &silent;
        IntegrationRegistry registry(h.store.database, silent);
        h.services.registry = &registry;
        IntegrationWizard wizard(h.services, h.store.account, u"customer-1"_s);
        QSignalSpy saved(&wizard, &IntegrationWizard::integrationSaved);
        wizard.show();
        toCheckedAuthentication(wizard, storeUrl(), store()->consumerKey(), store()->consumerSecret());
        QVERIFY(clickNext(wizard));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(Page::Finish));

        silent.setHolding(true);
        wizard.button(QWizard::FinishButton)->click();
        auto *finish = pageOf<FinishPage>(wizard, Page::Finish);
        QTRY_COMPARE(silent.waiting(), 1);
        QVERIFY(finish->progress()->isVisible());
        QVERIFY(wizard.isSaving());
        QTRY_VERIFY(!wizard.button(QWizard::BackButton)->isEnabled()); // a save is not walked back from halfway
        QVERIFY(shoot(&wizard, u"wizard-finish-keychain-waiting"_s));
        finish->progress()->cancelButton()->click();
        QVERIFY(!wizard.isSaving());
        QCOMPARE(finish->statusMessage()->kind(), FieldMessage::Kind::Warning);
        QVERIFY(finish->statusMessage()->text().contains(u"Stopped waiting for the keychain"_s));
        // A second save would race the first: Finish waits for the keychain's answer.
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());

        // The answer comes after all: saved, the engine told, the wizard closes.
        silent.release();
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(h.engine.calls.size(), 1);
        QTRY_VERIFY(!wizard.isVisible());
    }

    void aSilentKeychainTimesOutOnFinish()
    {
        Harness h;
        test::ScriptedSecretStore silent;
        h.services.secrets = &silent;
        IntegrationRegistry registry(h.store.database, silent);
        h.services.registry = &registry;
        IntegrationWizard wizard(h.services, h.store.account, u"customer-1"_s);
        wizard.show();
        toCheckedAuthentication(wizard, storeUrl(), store()->consumerKey(), store()->consumerSecret());
        QVERIFY(clickNext(wizard));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard));
        auto *finish = pageOf<FinishPage>(wizard, Page::Finish);
        finish->progress()->setTimeout(std::chrono::milliseconds(100));
        silent.setHolding(true);
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!wizard.isSaving());
        QVERIFY2(finish->statusMessage()->text().contains(u"has not answered in 0 seconds"_s),
                 qPrintable(finish->statusMessage()->text()));
        // The wizard may be closed now (it refused to while saving).
        wizard.reject();
        QVERIFY(!wizard.isVisible());
    }

    // Every page, in both modes, pictured at its own size and at 1024×700, and checked for stray or
    // cut text (run again at 200 % by tst_integrationwizard_200).
    void screenshots()
    {
        Harness h;
        IntegrationWizard wizard(h.services, h.store.account, u"customer-1"_s);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(checkAndShoot(&wizard, u"wizard-name"_s));
        toCheckedAuthentication(wizard, storeUrl(), store()->consumerKey(), store()->consumerSecret());
        QVERIFY(checkAndShoot(&wizard, u"wizard-authentication"_s));
        QVERIFY(clickNext(wizard));
        auto *orders = pageOf<OrderCreationPage>(wizard, Page::OrderCreation);
        QTRY_VERIFY(!orders->isLoadingCustomers() && !orders->isLoadingWarehouses());
        QVERIFY(checkAndShoot(&wizard, u"wizard-order-creation"_s));
        // No CartonCloud client in this harness: the SKU check says why it cannot run.
        SkuPreflightView *skus = orders->form()->skuPreflightView();
        QVERIFY(!skus->checkButton()->isEnabled());
        QVERIFY2(skus->summaryLabel()->text().startsWith(u"Wharf cannot reach CartonCloud"_s),
                 qPrintable(skus->summaryLabel()->text()));
        QVERIFY(clickNext(wizard));
        QVERIFY(checkAndShoot(&wizard, u"wizard-fulfilment"_s));
        QVERIFY(clickNext(wizard));
        QVERIFY(checkAndShoot(&wizard, u"wizard-finish"_s));

        // Reconfigure: the customer and the go-live rule are fixed, with their reasons.
        Integration integration = h.store.sampleIntegration(u"Acme online shop"_s);
        integration.storeUrl = storeUrl();
        integration.consumerKey = store()->consumerKey();
        integration.warehouseMode = Integration::WarehouseMode::Named;
        integration.warehouseName = u"Brisbane DC"_s;
        integration.intakeSince = QDateTime(QDate(2026, 11, 2), QTime(0, 0), QTimeZone::utc());
        std::optional<IntegrationRegistry::Outcome> added;
        h.registry.add(integration, store()->consumerSecret(), [&added](const auto &o) { added = o; });
        QTRY_VERIFY(added.has_value());
        QVERIFY2(added->ok, qPrintable(added->message));
        IntegrationWizard reconfigure(h.services, h.store.account, added->integration);
        reconfigure.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reconfigure));
        pageOf<NamePage>(reconfigure, Page::Name)->form()->nameEdit()->setText(u"Acme web shop"_s);
        QVERIFY(clickNext(reconfigure));
        QVERIFY(checkAndShoot(&reconfigure, u"wizard-reconfigure-authentication"_s));
        QVERIFY(clickNext(reconfigure));
        auto *reorders = pageOf<OrderCreationPage>(reconfigure, Page::OrderCreation);
        QTRY_VERIFY(!reorders->isLoadingCustomers() && !reorders->isLoadingWarehouses());
        reorders->form()->defaultWarehouseRadio()->setChecked(true);
        QVERIFY(checkAndShoot(&reconfigure, u"wizard-reconfigure-order-creation"_s));
        QVERIFY(clickNext(reconfigure));
        FulfilmentForm *fulfilment = pageOf<FulfilmentPage>(reconfigure, Page::Fulfilment)->form();
        QTRY_COMPARE_WITH_TIMEOUT(fulfilment->tracking(), FulfilmentForm::Tracking::Available, kNetworkMs);
        QVERIFY(checkAndShoot(&reconfigure, u"wizard-reconfigure-fulfilment"_s));
        QVERIFY(clickNext(reconfigure));
        QCOMPARE(pageOf<FinishPage>(reconfigure, Page::Finish)->changes().size(), 2); // name, warehouse
        QVERIFY(checkAndShoot(&reconfigure, u"wizard-reconfigure-finish"_s));
    }

private:
    static quint16 closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        return server.serverPort(); // closed again when `server` goes
    }
};

QTEST_MAIN(TestIntegrationWizard)
#include "tst_integrationwizard.moc"
