#include "ui/catalogue/skupreflightmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wharf;
using catalogue::SkuPreflightResult;
using woo::WooProduct;

namespace {

WooProduct product(qint64 id, const QString &sku, const QString &name)
{
    WooProduct p;
    p.id = id;
    p.sku = sku;
    p.name = name;
    p.status = u"publish"_s;
    return p;
}

} // namespace

// The details of a check: every item, problems first, duplicates side by side.
class tst_SkuPreflightModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problemsFirst()
    {
        SkuPreflightModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto result = SkuPreflightResult::compare(
            {product(1, u"OK-1"_s, u"Fine"_s), product(2, u"DUP"_s, u"Dup A"_s), product(3, u"NOPE"_s, u"Unknown"_s),
             product(4, QString(), u"Blank"_s), product(5, u"DUP"_s, u"Dup B"_s)},
            {{u"1"_s, u"OK-1"_s, u"Fine"_s, true}, {u"2"_s, u"DUP"_s, u"Dup"_s, true}});
        model.setResult(result);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(SkuPreflightModel::ColumnCount));
        const auto cell = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(0, SkuPreflightModel::ProductColumn), u"Blank"_s);
        QCOMPARE(cell(0, SkuPreflightModel::ResultColumn), u"No SKU"_s);
        QCOMPARE(cell(1, SkuPreflightModel::ProductColumn), u"Unknown"_s);
        QCOMPARE(cell(1, SkuPreflightModel::ResultColumn), u"No product code"_s);
        QCOMPARE(cell(2, SkuPreflightModel::SkuColumn), u"DUP"_s);
        QCOMPARE(cell(3, SkuPreflightModel::SkuColumn), u"DUP"_s);
        QVERIFY(!cell(2, SkuPreflightModel::NoteColumn).isEmpty());
        QCOMPARE(cell(4, SkuPreflightModel::ProductColumn), u"Fine"_s);
        QCOMPARE(cell(4, SkuPreflightModel::ResultColumn), u"Matches"_s);
        QVERIFY(cell(4, SkuPreflightModel::NoteColumn).isEmpty());
        QVERIFY(model.index(0, SkuPreflightModel::ResultColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(4, SkuPreflightModel::ResultColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.headerData(SkuPreflightModel::SkuColumn, Qt::Horizontal).toString(), u"SKU"_s);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_SkuPreflightModel)
#include "tst_skupreflightmodel.moc"
