#include "core/catalogue/skupreflight.h"
#include "core/model/integration.h"
#include "core/wms/wmsclient.h"
#include "core/woo/wooclient.h"
#include "sandbox.h"
#include "ui/catalogue/skupreflightdialog.h"
#include "ui/catalogue/skupreflightmodel.h"
#include "ui/catalogue/skupreflightview.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wharf;

// "Check SKUs…" on an integration: the dialog checks at once against the store the integration
// names (with the secret its caller read), and closing it stops a check still running.
class tst_SkuPreflightDialog : public QObject
{
    Q_OBJECT

private:
    sandbox::Sandbox m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<wms::WmsClient> m_wms;
    QString m_acme;

    Integration integration(bool https) const
    {
        Integration i;
        i.id = 7;
        i.name = u"Acme web shop"_s;
        i.customerId = m_acme;
        i.storeUrl = (https ? m_sandbox.store()->httpsUrl() : m_sandbox.store()->httpUrl()).toString();
        i.consumerKey = m_sandbox.store()->consumerKey();
        i.wooAuth = https ? u"basic"_s : u"oauth1"_s;
        return i;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_acme = m_sandbox.wms()->addCustomer(u"Acme Apparel"_s, u"ACME"_s);
        for (const QString &code : {u"MUG"_s, u"CAP"_s})
            m_sandbox.wms()->addProduct(m_acme, code, code);
        m_sandbox.store()->addProduct(u"MUG"_s, u"Mug"_s);
        m_sandbox.store()->addProduct(u"CAP"_s, u"Cap"_s);
        m_sandbox.store()->addProduct(u"HAT"_s, u"Hat"_s);
        m_sandbox.store()->addProduct(QString(), u"Gift card"_s);
        m_wms = std::make_unique<wms::WmsClient>(&m_network);
        wms::WmsConnection c;
        c.baseUrl = m_sandbox.wms()->baseUrl();
        c.clientId = m_sandbox.wms()->clientId();
        c.clientSecret = m_sandbox.wms()->clientSecret();
        c.tenantId = m_sandbox.wms()->tenantId();
        m_wms->setConnection(c);
    }

    void init() { m_sandbox.store()->faults().clear(); }

    void checksAtOnce_data()
    {
        QTest::addColumn<bool>("https");
        QTest::newRow("https, Basic") << true;
        QTest::newRow("http, OAuth 1.0a") << false;
    }

    void checksAtOnce()
    {
        QFETCH(bool, https);
        SkuPreflightDialog dialog(integration(https), u"Acme Apparel"_s, m_sandbox.store()->consumerSecret(),
                                  m_wms.get(), &m_network, m_sandbox.clientSslConfiguration());
        QCOMPARE(dialog.windowTitle(), u"Check SKUs — Acme web shop"_s);
        QCOMPARE(dialog.wooClient()->connection().auth,
                 https ? woo::WooConnection::AuthMode::Basic : woo::WooConnection::AuthMode::OAuth1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.view()->isRunning() || dialog.preflight()->lastResult());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.preflight()->lastResult().has_value(), 20000);
        const auto &result = *dialog.preflight()->lastResult();
        QCOMPARE(result.checked, 4);
        QCOMPARE(result.matched, 2);
        QCOMPARE(result.noMatch, 1);
        QCOMPARE(result.noSku, 1);
        QCOMPARE(dialog.view()->model()->rowCount(), 4);
        QVERIFY2(dialog.view()->summaryLabel()->text().startsWith(u"2 of 4 SKU"_s),
                 qPrintable(dialog.view()->summaryLabel()->text()));
        QVERIFY(dialog.view()->exportButton()->isEnabled());
        QVERIFY(!dialog.view()->progressBar()->isVisible());
    }

    void closingStopsTheCheck()
    {
        m_sandbox.store()->faults().add(sandbox::Fault::latency(u"/wp-json/wc/v3/products*"_s, 400));
        auto *dialog = new SkuPreflightDialog(integration(true), u"Acme Apparel"_s, m_sandbox.store()->consumerSecret(),
                                              m_wms.get(), &m_network, m_sandbox.clientSslConfiguration());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QSignalSpy cancelled(dialog->preflight(), &catalogue::SkuPreflight::cancelled);
        dialog->show();
        QTRY_VERIFY(dialog->view()->isRunning());
        QVERIFY(dialog->view()->progressBar()->isVisible());
        dialog->reject();
        QCOMPARE(cancelled.size(), 1);
    }

    void aWrongSecretIsASentence()
    {
        SkuPreflightDialog dialog(integration(true), u"Acme Apparel"_s, u"cs_wrong"_s, m_wms.get(), &m_network,
                                  m_sandbox.clientSslConfiguration());
        QSignalSpy failed(dialog.preflight(), &catalogue::SkuPreflight::failed);
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QVERIFY2(dialog.view()->summaryLabel()->text().startsWith(u"Wharf could not read the store's products"_s),
                 qPrintable(dialog.view()->summaryLabel()->text()));
        QVERIFY(dialog.view()->checkButton()->isEnabled()); // try again
        QVERIFY(!dialog.view()->exportButton()->isEnabled());
    }
};

QTEST_MAIN(tst_SkuPreflightDialog)
#include "tst_skupreflightdialog.moc"
