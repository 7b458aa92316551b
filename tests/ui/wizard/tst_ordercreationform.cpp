#include "layoutprobe.h"
#include "ui/wizard/ordercreationform.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace wharf;
using namespace Qt::StringLiterals;

class TestOrderCreationForm : public QObject
{
    Q_OBJECT

private:
    static QList<Customer> customers()
    {
        return {{u"c-2"_s, 1, u"Bolt Bikes"_s, false}, {u"c-1"_s, 1, u"Acme Apparel"_s, true}};
    }

private Q_SLOTS:
    // Every label is placed by a layout (none drawn over a group box's title) and none is cut, also
    // with Reconfigure's longer note about the go-live rule on a narrow page.
    void noStrayOrCutText()
    {
        OrderCreationForm form;
        form.setCustomers(customers(), u"c-1"_s);
        form.setKnownWarehouses({u"Brisbane DC"_s}, u"seen on Acme Apparel's recent CartonCloud orders"_s);
        form.setIntakeFixed(true);
        form.resize(form.minimumSizeHint().width(), 900);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        const QStringList problems = test::layoutProblems(&form);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void adminPicksTheCustomer()
    {
        OrderCreationForm form;
        QSignalSpy changed(&form, &OrderCreationForm::customerChanged);
        form.setCustomers(customers(), u"c-2"_s);
        QCOMPARE(form.customerCombo()->count(), 2);
        QCOMPARE(form.customerCombo()->itemText(0), u"Acme Apparel"_s); // sorted by name
        QCOMPARE(form.customerId(), u"c-2"_s);
        QCOMPARE(changed.count(), 1);
        form.customerCombo()->setCurrentIndex(0);
        QCOMPARE(form.customerId(), u"c-1"_s);
        QCOMPARE(changed.last().first().toString(), u"c-1"_s);
    }

    void aCustomerUnknownToTheListIsKept()
    {
        OrderCreationForm form;
        form.setCustomers(customers(), u"c-9"_s);
        QCOMPARE(form.customerId(), u"c-9"_s);
    }

    void aFixedCustomerCannotBeChanged()
    {
        OrderCreationForm form;
        form.setFixedCustomer({u"c-1"_s, 1, u"Acme Apparel"_s, true}, u"Acme Apparel — your login."_s);
        form.setCustomers(customers(), u"c-2"_s); // ignored
        QCOMPARE(form.customerCombo()->count(), 1);
        QVERIFY(!form.customerCombo()->isEnabled());
        QCOMPARE(form.customerId(), u"c-1"_s);
        Integration integration;
        integration.customerId = u"c-2"_s;
        form.load(integration);
        form.save(integration);
        QCOMPARE(integration.customerId, u"c-1"_s);
    }

    void warehouseChoices()
    {
        OrderCreationForm form;
        form.setCustomers(customers(), u"c-1"_s);
        Integration integration;
        QVERIFY(form.defaultWarehouseRadio()->isChecked());
        QVERIFY(!form.knownWarehouseRadio()->isEnabled()); // nothing known yet
        form.save(integration);
        QCOMPARE(integration.warehouseMode, Integration::WarehouseMode::CustomerDefault);

        form.namedWarehouseRadio()->setChecked(true);
        QVERIFY(!form.isFilled());
        form.warehouseNameEdit()->setText(u"  Sydney  "_s);
        QVERIFY(form.isFilled());
        form.save(integration);
        QCOMPARE(integration.warehouseMode, Integration::WarehouseMode::Named);
        QCOMPARE(integration.warehouseName, u"Sydney"_s);

        // A typed name that is among the known ones is shown as the known one.
        form.setKnownWarehouses({u"Brisbane DC"_s, u"sydney"_s}, u"seen on Acme's orders"_s);
        QVERIFY(form.knownWarehouseRadio()->isChecked());
        QCOMPARE(form.knownWarehouseCombo()->currentText(), u"sydney"_s);
        form.knownWarehouseCombo()->setCurrentIndex(0);
        form.save(integration);
        QCOMPARE(integration.warehouseName, u"Brisbane DC"_s);
    }

    void loadShowsTheStoredWarehouse()
    {
        OrderCreationForm form;
        form.setKnownWarehouses({u"Brisbane DC"_s}, u"seen"_s);
        Integration integration;
        integration.warehouseMode = Integration::WarehouseMode::Named;
        integration.warehouseName = u"brisbane dc"_s;
        form.load(integration);
        QVERIFY(form.knownWarehouseRadio()->isChecked());
        integration.warehouseName = u"Perth"_s;
        form.load(integration);
        QVERIFY(form.namedWarehouseRadio()->isChecked());
        QCOMPARE(form.warehouseNameEdit()->text(), u"Perth"_s);
    }

    void intakeSinceADate()
    {
        OrderCreationForm form;
        Integration integration;
        form.save(integration);
        QVERIFY(!integration.intakeSince.isValid()); // all processing orders
        form.sinceRadio()->setChecked(true);
        QVERIFY(form.sinceDateEdit()->isEnabled());
        const QDate date = QDate::currentDate().addDays(-10);
        form.sinceDateEdit()->setDate(date);
        form.save(integration);
        QCOMPARE(integration.intakeSince, date.startOfDay().toUTC());

        OrderCreationForm again;
        again.load(integration);
        QVERIFY(again.sinceRadio()->isChecked());
        QCOMPARE(again.sinceDateEdit()->date(), date);
    }

    void theAccessNoteIsThere()
    {
        OrderCreationForm form;
        auto *note = form.findChild<QLabel *>(u"warehouseAccessNote"_s);
        QVERIFY(note);
        QVERIFY(note->text().contains(u"must have access"_s));
    }
};

QTEST_MAIN(TestOrderCreationForm)
#include "tst_ordercreationform.moc"
