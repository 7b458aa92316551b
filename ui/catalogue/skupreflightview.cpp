#include "ui/catalogue/skupreflightview.h"

#include "core/catalogue/skupreflight.h"
#include "core/logging.h"
#include "ui/catalogue/skupreflightmodel.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace wharf {

using catalogue::SkuPreflight;
using catalogue::SkuPreflightResult;

SkuPreflightView::SkuPreflightView(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_check(new QPushButton(tr("Check &SKUs"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_details(new QTableView(this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
    , m_model(new SkuPreflightModel(this))
{
    setObjectName(QStringLiteral("skuPreflightView"));
    m_chooseSavePath = [](QWidget *parentWidget, const QString &suggested) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(parentWidget, tr("Export the SKU check"), QDir(folder).filePath(suggested),
                                            tr("CSV files (*.csv)"));
    };

    m_intro->setObjectName(QStringLiteral("skuPreflightIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Every product and variation's SKU must be a product code of the customer in CartonCloud, "
                        "or its orders wait. Check them now, before an order does."));
    m_check->setObjectName(QStringLiteral("checkSkus"));
    m_check->setToolTip(tr("Read the store's products and variations and compare their SKUs with the customer's "
                           "product codes in CartonCloud."));
    m_progress->setObjectName(QStringLiteral("skuPreflightProgress"));
    m_progress->setVisible(false);
    m_progress->setTextVisible(true);
    m_summary->setObjectName(QStringLiteral("skuPreflightSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("skuPreflightDetails"));
    m_details->setModel(m_model);
    m_details->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setAlternatingRowColors(true);
    // One line per product: a long name or note is elided, and shown whole in its tooltip.
    m_details->setWordWrap(false);
    m_details->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->verticalHeader()->setVisible(false);
    m_details->horizontalHeader()->setStretchLastSection(true);
    m_details->horizontalHeader()->setSectionResizeMode(SkuPreflightModel::ProductColumn, QHeaderView::Stretch);
    m_details->setVisible(false);
    m_export->setObjectName(QStringLiteral("exportSkuCheck"));
    m_export->setToolTip(tr("Save every product and variation with its result as a CSV file for a spreadsheet."));

    auto *row = new QHBoxLayout;
    row->addWidget(m_check);
    row->addWidget(m_progress, 1);
    row->addStretch();
    row->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_details, 1);

    connect(m_check, &QPushButton::clicked, this, &SkuPreflightView::startOrStop);
    connect(m_export, &QPushButton::clicked, this, &SkuPreflightView::exportCsv);
    updateEnabled();
}

void SkuPreflightView::setPreflight(SkuPreflight *preflight, const QString &whyNot)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_preflight = preflight;
    m_whyNot = whyNot;
    // What another check found is not this one's.
    m_model->clear();
    m_details->setVisible(false);
    m_progress->setVisible(false);
    m_summary->setText(whyNot);
    if (preflight) {
        m_connections << connect(preflight, &SkuPreflight::progress, this, &SkuPreflightView::showProgress)
                      << connect(preflight, &SkuPreflight::finished, this, &SkuPreflightView::showResult)
                      << connect(preflight, &SkuPreflight::failed, this, &SkuPreflightView::showFailure)
                      << connect(preflight, &SkuPreflight::cancelled, this,
                                 [this] { showIdle(tr("Stopped. Check SKUs again when you are ready.")); })
                      << connect(preflight, &SkuPreflight::started, this, &SkuPreflightView::updateEnabled);
        if (preflight->isRunning()) {
            m_progress->setRange(0, 0); // the next progress signal says how far
            m_progress->setVisible(true);
        } else if (preflight->lastResult()) {
            showResult(*preflight->lastResult());
        }
    }
    updateEnabled();
}

void SkuPreflightView::setCustomer(const QString &customerId, const QString &customerName)
{
    if (customerId == m_customerId)
        return;
    m_customerId = customerId;
    m_customerName = customerName;
    // A result for another customer says nothing about this one.
    if (isRunning())
        m_preflight->cancel();
    m_model->clear();
    m_details->setVisible(false);
    // Where the check cannot run, the reason stays in sight.
    m_summary->setText(m_preflight ? QString() : m_whyNot);
    updateEnabled();
}

bool SkuPreflightView::isRunning() const
{
    return m_preflight && m_preflight->isRunning();
}

void SkuPreflightView::startOrStop()
{
    if (!m_preflight || m_customerId.isEmpty())
        return;
    if (m_preflight->isRunning()) {
        m_preflight->cancel();
        return;
    }
    m_summary->clear();
    m_progress->setRange(0, 0); // busy until the first page says how many there are
    m_progress->setFormat(QString());
    m_progress->setVisible(true);
    m_preflight->start(m_customerId, m_customerName);
    updateEnabled();
}

void SkuPreflightView::showProgress(int done, int total, const QString &step)
{
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(std::min(done, total));
        m_progress->setFormat(tr("%v of %m"));
    }
    m_summary->setText(step);
}

void SkuPreflightView::showResult(const SkuPreflightResult &result)
{
    m_progress->setVisible(false);
    m_model->setResult(result);
    m_details->setVisible(true);
    m_details->resizeColumnToContents(SkuPreflightModel::ResultColumn);
    m_details->resizeColumnToContents(SkuPreflightModel::SkuColumn);
    m_summary->setText(result.summary());
    updateEnabled();
}

void SkuPreflightView::showFailure(const QString &sentence)
{
    showIdle(sentence);
}

void SkuPreflightView::showIdle(const QString &text)
{
    m_progress->setVisible(false);
    m_summary->setText(text);
    updateEnabled();
}

void SkuPreflightView::updateEnabled()
{
    const bool running = isRunning();
    m_check->setText(running ? tr("&Stop") : tr("Check &SKUs"));
    m_check->setEnabled(m_preflight && !m_customerId.isEmpty());
    if (!m_preflight)
        m_check->setToolTip(m_whyNot);
    else if (m_customerId.isEmpty())
        m_check->setToolTip(tr("Choose the customer first."));
    else
        m_check->setToolTip(tr("Read the store's products and variations and compare their SKUs with the "
                               "customer's product codes in CartonCloud."));
    m_export->setEnabled(!running && m_model->rowCount() > 0);
}

bool SkuPreflightView::exportCsv()
{
    if (m_model->rowCount() == 0)
        return false;
    const QString stem = m_exportStem.isEmpty() ? QStringLiteral("store") : m_exportStem;
    const QString path = m_chooseSavePath(this, tr("wharf-sku-check-%1.csv").arg(stem));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->result().toCsv()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Not exported"),
                             tr("The SKU check could not be written to %1: %2").arg(path, file.errorString()));
        return false;
    }
    qCInfo(lcUi) << "SKU check exported," << m_model->rowCount() << "rows";
    return true;
}

} // namespace wharf
