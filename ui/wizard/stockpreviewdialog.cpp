#include "ui/wizard/stockpreviewdialog.h"

#include "core/net/httpclient.h"
#include "core/stock/stocksync.h"
#include "core/woo/wooclient.h"
#include "ui/wizard/busyindicator.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wharf {

StockPreviewDialog::StockPreviewDialog(QNetworkAccessManager *network, const QSslConfiguration &ssl,
                                       const woo::WooConnection &store, wms::WmsClient *wms, const QString &customerId,
                                       const QString &customerName, QWidget *parent)
    : QDialog(parent)
    , m_customerName(customerName)
    , m_woo(new woo::WooClient(network, this))
    , m_sync(new stock::StockSync(m_woo, wms, customerId, this))
    , m_busy(new BusyIndicator(this))
    , m_summary(new QLabel(this))
    , m_changes(new QTableWidget(0, 4, this))
    , m_skipped(new QListWidget(this))
{
    setObjectName(QStringLiteral("stockPreviewDialog"));
    setWindowTitle(tr("Stock Levels Preview"));
    m_woo->setConnection(store);
    m_woo->http()->setSslConfiguration(ssl);
    m_summary->setObjectName(QStringLiteral("stockPreviewSummary"));
    m_summary->setWordWrap(true);
    m_changes->setObjectName(QStringLiteral("stockPreviewChanges"));
    m_changes->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Product"), tr("In WooCommerce now"), tr("Would become (CartonCloud)")});
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_skipped->setObjectName(QStringLiteral("stockPreviewSkipped"));
    m_skipped->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_busy, 0, Qt::AlignTop);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);
    layout->addWidget(m_changes, 3);
    auto *skippedLabel = new QLabel(tr("Left alone:"), this);
    layout->addWidget(skippedLabel);
    layout->addWidget(m_skipped, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 480);
}

void StockPreviewDialog::start()
{
    m_busyNow = true;
    m_busy->start();
    m_summary->setText(tr("Asking CartonCloud for %1's stock on hand and reading the store's products… A stock "
                          "report takes CartonCloud a little while; nothing is written to the store.")
                           .arg(m_customerName));
    m_sync->preview([this](const net::Result<stock::StockPlan> &result) {
        if (result.ok())
            showPlan(result.value);
        else
            showError(result.error.sentence);
    });
}

QString StockPreviewDialog::summary(const stock::StockPlan &plan, const QString &customerName)
{
    // Counted from what the store's products are to the warehouse: the products a stock sync
    // looks at are those whose SKU is one of the customer's product codes; of those, some would
    // change, some already show the warehouse's stock, and the rest are left alone (and why).
    int notManaged = 0;
    int byParent = 0;
    int duplicates = 0;
    for (const stock::StockSkip &skip : plan.skipped) {
        switch (skip.reason) {
        case stock::StockSkip::Reason::NotManaged:
            ++notManaged;
            break;
        case stock::StockSkip::Reason::ManagedByParent:
            ++byParent;
            break;
        case stock::StockSkip::Reason::DuplicateSku:
            ++duplicates;
            break;
        }
    }
    const int matched = int(plan.changes.size()) + plan.unchanged + int(plan.skipped.size());
    QString text;
    if (matched == 0) {
        text = tr("None of the store's products has an SKU that is a product code of %1 in CartonCloud, so no stock "
                  "would be sent.")
                   .arg(customerName);
    } else {
        QStringList parts;
        if (!plan.changes.isEmpty())
            parts << tr("%n would change to the warehouse's stock", nullptr, int(plan.changes.size()));
        if (plan.unchanged > 0)
            //: English: %n already shows the warehouse's stock | %n already show the warehouse's stock
            parts << tr("%n already show(s) the warehouse's stock", nullptr, plan.unchanged);
        if (notManaged > 0)
            //: English: %n does not manage stock in WooCommerce | %n do not manage stock in WooCommerce
            parts << tr("%n do(es) not manage stock in WooCommerce", nullptr, notManaged);
        if (byParent > 0)
            //: English: %n is a variation sharing its product's stock | %n are variations sharing their product's stock
            parts << tr("%n variation(s) share their product's stock", nullptr, byParent);
        if (duplicates > 0)
            //: English: %n shares its SKU with another product | %n share their SKU with other products
            parts << tr("%n share(s) an SKU with another product", nullptr, duplicates);
        //: English: %n of the store's products has an SKU that is a product code of %1: | %n of the store's products
        //: have an SKU that is a product code of %1:
        text = tr("%n of the store's products have an SKU that is a product code of %1:", nullptr, matched)
                   .arg(customerName)
            + QLatin1Char(' ') + parts.join(QStringLiteral("; ")) + QLatin1Char('.');
        if (plan.changes.isEmpty())
            text += QLatin1Char(' ') + tr("Nothing would change.");
    }
    if (plan.notInWarehouse > 0)
        text += QLatin1Char(' ')
            + tr("%n product(s) have an SKU that is not a product code of %1 and are left alone.", nullptr,
                 plan.notInWarehouse)
                  .arg(customerName);
    if (plan.withoutSku > 0)
        text += QLatin1Char(' ') + tr("%n product(s) have no SKU.", nullptr, plan.withoutSku);
    if (!plan.catalogueComplete)
        text += QLatin1Char(' ') + tr("The store's catalogue was too large to read in full.");
    return text;
}

void StockPreviewDialog::showPlan(const stock::StockPlan &plan)
{
    m_busyNow = false;
    m_busy->stop();
    const QString summary = StockPreviewDialog::summary(plan, m_customerName);
    m_summary->setText(summary);
    m_changes->setRowCount(int(plan.changes.size()));
    for (int row = 0; row < plan.changes.size(); ++row) {
        const stock::StockChange &change = plan.changes.at(row);
        m_changes->setItem(row, 0, new QTableWidgetItem(change.sku));
        m_changes->setItem(row, 1, new QTableWidgetItem(change.name));
        auto *from = new QTableWidgetItem(change.from ? QString::number(*change.from) : tr("none"));
        from->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_changes->setItem(row, 2, from);
        auto *to = new QTableWidgetItem(QString::number(change.to));
        to->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_changes->setItem(row, 3, to);
    }
    m_skipped->clear();
    for (const stock::StockSkip &skip : plan.skipped)
        m_skipped->addItem(skip.sentence());
    if (plan.skipped.isEmpty())
        m_skipped->addItem(tr("Nothing: every matching product manages its stock."));
    Q_EMIT previewShown();
}

void StockPreviewDialog::showError(const QString &sentence)
{
    m_busyNow = false;
    m_busy->stop();
    m_summary->setText(tr("The preview could not be made: %1").arg(sentence));
    Q_EMIT previewShown();
}

} // namespace wharf
