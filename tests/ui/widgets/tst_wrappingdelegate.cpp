#include "ui/widgets/wrappingdelegate.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace wharf;

class TestWrappingDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLongSentenceGetsTallerInANarrowColumnInsteadOfCut()
    {
        QStandardItemModel model;
        const QString sentence = QStringLiteral("Add the product in CartonCloud (or correct the SKU in WooCommerce), "
                                                "then press Retry.");
        model.appendRow({new QStandardItem(QStringLiteral("#1")), new QStandardItem(sentence)});
        QTreeView view;
        view.setModel(&model);
        view.header()->setStretchLastSection(false); // the test sets the column's width
        auto *delegate = new WrappingDelegate(&view, 1);
        view.setItemDelegate(delegate);
        view.resize(700, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        view.setColumnWidth(1, 600);
        const int oneLine = delegate->sizeHint(QStyleOptionViewItem(), model.index(0, 1)).height();
        view.setColumnWidth(1, 120);
        const int wrapped = delegate->sizeHint(QStyleOptionViewItem(), model.index(0, 1)).height();
        QVERIFY2(wrapped >= 3 * oneLine - 2, qPrintable(QStringLiteral("%1 vs %2").arg(wrapped).arg(oneLine)));
        // …and the view lays the row out at that height.
        QTRY_VERIFY(view.visualRect(model.index(0, 1)).height() >= wrapped - 1);
        // The other columns keep one line.
        view.setColumnWidth(0, 10);
        QCOMPARE(delegate->sizeHint(QStyleOptionViewItem(), model.index(0, 0)).height(), oneLine);
    }
};

QTEST_MAIN(TestWrappingDelegate)
#include "tst_wrappingdelegate.moc"
