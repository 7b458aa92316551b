#include "ui/wizard/fieldmessage.h"
#include "ui/wizard/fulfilmentform.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace wharf;
using namespace Qt::StringLiterals;
using Tracking = FulfilmentForm::Tracking;

class TestFulfilmentForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noPluginDisablesTrackingWithTheReason()
    {
        FulfilmentForm form;
        form.show();
        Integration integration; // sendTracking defaults to true
        form.load(integration);
        form.setTracking(Tracking::Missing);
        QVERIFY(!form.trackingBox()->isEnabled());
        QVERIFY(!form.trackingBox()->isChecked());
        QVERIFY(form.trackingMessage()->isVisible());
        QVERIFY(form.trackingMessage()->text().contains(u"Shipment Tracking plugin"_s));
        form.save(integration);
        QVERIFY(!integration.sendTracking);
        QVERIFY(integration.completeOnDispatch); // completing needs no plugin

        // The plugin appears: the choice comes back.
        form.setTracking(Tracking::Available, woo::TrackingPlugin::ShipmentTracking);
        QVERIFY(form.trackingBox()->isEnabled());
        QVERIFY(form.trackingBox()->isChecked());
        form.save(integration);
        QVERIFY(integration.sendTracking);
    }

    void aFailedCheckKeepsTheStoredChoice()
    {
        FulfilmentForm form;
        Integration integration;
        integration.sendTracking = true;
        form.load(integration);
        form.setTracking(Tracking::CheckFailed, woo::TrackingPlugin::None, u"The store did not answer."_s);
        QVERIFY(form.trackingBox()->isEnabled());
        form.save(integration);
        QVERIFY(integration.sendTracking);
        QVERIFY(form.trackingMessage()->text().contains(u"The store did not answer."_s));
    }

    void stockLevelsAreOffByDefaultAndSaved()
    {
        FulfilmentForm form;
        Integration integration;
        form.load(integration);
        QVERIFY(!form.stockBox()->isChecked());
        QVERIFY(!form.stockIntervalBox()->isEnabled());
        QCOMPARE(form.stockIntervalBox()->value(), 60);
        form.stockBox()->setChecked(true);
        QVERIFY(form.stockIntervalBox()->isEnabled());
        form.stockIntervalBox()->setValue(15);
        form.save(integration);
        QVERIFY(integration.stockSync);
        QCOMPARE(integration.stockSyncMinutes, 15);

        FulfilmentForm again;
        again.load(integration);
        QVERIFY(again.stockBox()->isChecked());
        QCOMPARE(again.stockIntervalBox()->value(), 15);
    }

    void stoppingCancelledOrdersIsOffByDefaultAndSaved()
    {
        FulfilmentForm form;
        Integration integration;
        form.load(integration);
        QVERIFY(!form.stopCancelledBox()->isChecked());
        form.save(integration);
        QVERIFY(!integration.stopCancelledOrders);
        form.stopCancelledBox()->setChecked(true);
        form.save(integration);
        QVERIFY(integration.stopCancelledOrders);

        FulfilmentForm again;
        again.load(integration);
        QVERIFY(again.stopCancelledBox()->isChecked());
    }

    void stockPreviewWhenAvailable()
    {
        FulfilmentForm form;
        QSignalSpy requested(&form, &FulfilmentForm::stockPreviewRequested);
        QVERIFY(!form.stockPreviewButton()->isEnabled()); // until a store answered
        form.setStockPreviewAvailable(true);
        form.stockPreviewButton()->click();
        QCOMPARE(requested.count(), 1);
    }

    void checkAgain()
    {
        FulfilmentForm form;
        QSignalSpy requested(&form, &FulfilmentForm::checkAgainRequested);
        form.checkAgainButton()->click();
        QCOMPARE(requested.count(), 1);
        form.setTracking(Tracking::Checking);
        QVERIFY(!form.checkAgainButton()->isEnabled());
        QVERIFY(!form.trackingBox()->isEnabled());
    }

    void choicesRoundTrip()
    {
        FulfilmentForm form;
        Integration integration;
        integration.completeOnDispatch = false;
        integration.sendTracking = false;
        form.load(integration);
        form.setTracking(Tracking::Available, woo::TrackingPlugin::AdvancedShipmentTracking);
        QVERIFY(!form.completeBox()->isChecked());
        QVERIFY(!form.trackingBox()->isChecked());
        form.trackingBox()->setChecked(true);
        form.save(integration);
        QVERIFY(integration.sendTracking);
        QVERIFY(!integration.completeOnDispatch);
    }
};

QTEST_MAIN(TestFulfilmentForm)
#include "tst_fulfilmentform.moc"
