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

void StockPreviewDialog::showPlan(const stock::StockPlan &plan)
{
    m_busyNow = false;
    m_busy->stop();
    QString summary = plan.changes.isEmpty()
        ? tr("Nothing would change: every product that manages stock already has CartonCloud's quantity.")
        : tr("%n product(s) would get a new stock quantity.", nullptr, int(plan.changes.size()));
    summary += QLatin1Char(' ') + tr("%n already match.", nullptr, plan.unchanged) + QLatin1Char(' ')
        + tr("%n product(s) have an SKU that is not a product code of %1 and are left alone.", nullptr,
             plan.notInWarehouse)
              .arg(m_customerName);
    if (plan.withoutSku > 0)
        summary += QLatin1Char(' ') + tr("%n product(s) have no SKU.", nullptr, plan.withoutSku);
    if (!plan.catalogueComplete)
        summary += QLatin1Char(' ') + tr("The store's catalogue was too large to read in full.");
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
