#include "core/i18n/translations.h"
#include "core/stock/stockplan.h"
#include "ui/wizard/stockpreviewdialog.h"

#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QTableWidget>
#include <QTest>

using namespace wharf;
using namespace Qt::StringLiterals;
using stock::StockChange;
using stock::StockPlan;
using stock::StockSkip;

// The preview's sentence counts what a stock sync would do with the products whose SKU is one of
// the customer's product codes: how many would change, how many already show the warehouse's
// stock, and how many are left alone and why. (The whole preview against the sandbox is in
// tst_integrationwizard.)
class TestStockPreviewDialog : public QObject
{
    Q_OBJECT

    static StockChange change(qint64 id, const QString &sku, qint64 from, qint64 to)
    {
        StockChange c;
        c.productId = id;
        c.sku = sku;
        c.name = sku;
        c.from = from;
        c.to = to;
        return c;
    }
    static StockSkip skip(qint64 id, const QString &sku, StockSkip::Reason reason) { return {id, 0, sku, sku, reason}; }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QCoreApplication::instance())); }

    void countsWhatAlreadyShowsTheWarehousesStock()
    {
        StockPlan plan;
        for (int i = 0; i < 18; ++i)
            plan.changes.append(change(i + 1, u"C-%1"_s.arg(i), 1, 2));
        plan.unchanged = 312;
        for (int i = 0; i < 4; ++i)
            plan.skipped.append(skip(100 + i, u"N-%1"_s.arg(i), StockSkip::Reason::NotManaged));
        plan.notInWarehouse = 7;
        QCOMPARE(
            StockPreviewDialog::summary(plan, u"Acme Apparel"_s),
            u"334 of the store's products have an SKU that is a product code of Acme Apparel: 18 would change "
            "to the warehouse's stock; 312 already show the warehouse's stock; 4 do not manage stock in "
            "WooCommerce. 7 products have an SKU that is not a product code of Acme Apparel and are left alone."_s);
    }

    void aFirstPreviewSaysNothingAlreadyMatches()
    {
        // The sentence the issue found: "0 already match" next to products that do match by SKU.
        StockPlan plan;
        plan.changes.append(change(1, u"STK-1"_s, 2, 7));
        plan.skipped.append(skip(2, u"STK-GIFT"_s, StockSkip::Reason::NotManaged));
        const QString text = StockPreviewDialog::summary(plan, u"Acme"_s);
        QCOMPARE(text,
                 u"2 of the store's products have an SKU that is a product code of Acme: 1 would change to the "
                 "warehouse's stock; 1 does not manage stock in WooCommerce."_s);
        QVERIFY(!text.contains(u"0"_s));
    }

    void everyReasonToLeaveAProductAlone()
    {
        StockPlan plan;
        plan.unchanged = 1;
        plan.skipped.append(skip(1, u"V-1"_s, StockSkip::Reason::ManagedByParent));
        plan.skipped.append(skip(2, u"V-2"_s, StockSkip::Reason::ManagedByParent));
        plan.skipped.append(skip(3, u"D"_s, StockSkip::Reason::DuplicateSku));
        plan.skipped.append(skip(4, u"D"_s, StockSkip::Reason::DuplicateSku));
        plan.withoutSku = 1;
        plan.catalogueComplete = false;
        QCOMPARE(StockPreviewDialog::summary(plan, u"Acme"_s),
                 u"5 of the store's products have an SKU that is a product code of Acme: 1 already shows the "
                 "warehouse's stock; 2 are variations sharing their product's stock; 2 share their SKU with other "
                 "products. Nothing would change. 1 product has no SKU. The store's catalogue was too large to "
                 "read in full."_s);
    }

    void noProductOfTheCustomer()
    {
        StockPlan plan;
        plan.notInWarehouse = 3;
        QCOMPARE(StockPreviewDialog::summary(plan, u"Acme"_s),
                 u"None of the store's products has an SKU that is a product code of Acme in CartonCloud, so no "
                 "stock would be sent. 3 products have an SKU that is not a product code of Acme and are left "
                 "alone."_s);
    }

    void theDialogShowsThePlan()
    {
        QNetworkAccessManager network;
        StockPreviewDialog dialog(&network, {}, {}, nullptr, u"cust-1"_s, u"Acme"_s);
        StockPlan plan;
        plan.changes.append(change(1, u"STK-1"_s, 2, 7));
        plan.unchanged = 3;
        dialog.showPlan(plan);
        QVERIFY(!dialog.isBusy());
        QCOMPARE(dialog.summaryLabel()->text(), StockPreviewDialog::summary(plan, u"Acme"_s));
        QCOMPARE(dialog.changesTable()->rowCount(), 1);
        QCOMPARE(dialog.changesTable()->item(0, 3)->text(), u"7"_s);
    }
};

QTEST_MAIN(TestStockPreviewDialog)
#include "tst_stockpreviewdialog.moc"
