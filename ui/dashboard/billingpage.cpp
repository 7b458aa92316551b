#include "ui/dashboard/billingpage.h"

#include "core/billing/weeklybilling.h"
#include "core/store/customerrepository.h"
#include "ui/dashboard/billingmodel.h"
#include "ui/dashboard/integrationboard.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace wharf {

BillingPage::BillingPage(const Database &database, IntegrationBoard &board, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_board(board)
    , m_now([] { return QDateTime::currentDateTime(); })
    , m_zone(QTimeZone::systemTimeZone())
    , m_model(new BillingModel(this))
    , m_explanation(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_exportResult(new QLabel(this))
{
    setObjectName(QStringLiteral("billingPage"));
    m_explanation->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("billingExplanation"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("billingSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_exportResult->setWordWrap(true);
    m_exportResult->setObjectName(QStringLiteral("billingExportResult"));
    m_export->setObjectName(QStringLiteral("billingExport"));
    m_export->setToolTip(tr("Save this statement as a CSV file, one row per integration and week, to reconcile "
                            "the CartonCloud invoice."));
    m_period->setObjectName(QStringLiteral("billingPeriod"));
    for (const int weeks : {1, 4, 13, 26, 52})
        m_period->addItem(weeks == 1 ? tr("This week") : tr("This week and the %n before it", nullptr, weeks - 1),
                          weeks);
    m_period->setCurrentIndex(1);

    m_view->setObjectName(QStringLiteral("billingView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(BillingModel::ItemColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(BillingModel::ActiveDaysColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(BillingModel::AmountColumn, QHeaderView::ResizeToContents);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Show:"), this));
    controls->addWidget(m_period);
    controls->addStretch(1);
    controls->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_exportResult);

    m_chooseSavePath = [](QWidget *parentWidget, const QString &suggested) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(parentWidget, tr("Export the billing statement"),
                                            QDir(folder).filePath(suggested), tr("CSV files (*.csv)"));
    };

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { setWeeks(m_period->currentData().toInt()); });
    connect(m_export, &QPushButton::clicked, this, &BillingPage::exportCsv);
    connect(&m_board, &IntegrationBoard::reset, this, &BillingPage::scheduleRefresh);
    connect(&m_board, &IntegrationBoard::integrationChanged, this, &BillingPage::scheduleRefresh);
    refresh();
}

void BillingPage::setAccount(qint64 accountId, const QString &onlyCustomerId)
{
    m_accountId = accountId;
    m_onlyCustomerId = onlyCustomerId;
    refresh();
}

void BillingPage::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    refresh();
}

void BillingPage::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    refresh();
}

void BillingPage::setWeeks(int weeks)
{
    m_weeks = std::max(1, weeks);
    const int index = m_period->findData(m_weeks);
    if (index >= 0 && index != m_period->currentIndex())
        m_period->setCurrentIndex(index);
    refresh();
}

void BillingPage::scheduleRefresh()
{
    // Engine reports come in bursts; one recalculation per burst is enough.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &BillingPage::refresh);
}

void BillingPage::refresh()
{
    m_refreshPending = false;
    QList<Integration> integrations;
    for (const IntegrationBoard::Entry &entry : m_board.entries()) {
        if (entry.integration.accountId != m_accountId)
            continue;
        if (!m_onlyCustomerId.isEmpty() && entry.integration.customerId != m_onlyCustomerId)
            continue;
        integrations.append(entry.integration);
    }
    QHash<QString, QString> names;
    if (m_accountId != 0) {
        for (const Customer &customer : CustomerRepository(m_database).forAccount(m_accountId))
            names.insert(customer.id, customer.name);
    }
    const WeeklyBilling billing(m_zone);
    const QDateTime now = m_now();
    const QDateTime from = billing.weekBegins(billing.weekStartOf(now).addDays(-7 * (m_weeks - 1)));
    m_model->setStatement(billing, integrations, names, from, now);
    m_view->expandAll();

    m_explanation->setText(
        tr("Each integration costs $10 per week, billed weekly. A week runs from Monday 00:00 to the next Monday "
           "00:00, %1 time. Billing starts when an integration is saved and stops when it is deleted; a paused "
           "integration is still billed. A week is charged in full for any integration that existed during it; "
           "the active days are shown to help you pass the cost on.")
            .arg(m_model->timeZoneName()));

    if (m_model->lines().isEmpty()) {
        m_summary->setText(tr("Nothing to bill in this period: no integration existed during it."));
        m_export->setEnabled(false);
        return;
    }
    m_export->setEnabled(true);
    const QHash<QString, int> byCustomer = m_model->centsByCustomer();
    QStringList customerIds = byCustomer.keys();
    std::sort(customerIds.begin(), customerIds.end(), [&names](const QString &a, const QString &b) {
        return QString::compare(names.value(a, a), names.value(b, b), Qt::CaseInsensitive) < 0;
    });
    QStringList parts;
    for (const QString &id : std::as_const(customerIds))
        parts << tr("%1: %2").arg(names.value(id, id), BillingModel::money(byCustomer.value(id)));
    m_summary->setText(tr("Total for the period: %1 (%2)")
                           .arg(BillingModel::money(m_model->totalCents()), parts.join(QStringLiteral("; "))));
}

QString BillingPage::summaryText() const
{
    return m_summary->text();
}

void BillingPage::exportCsv()
{
    const QDateTime now = m_now();
    const QString suggested = tr("wharf-billing-%1.csv").arg(now.date().toString(Qt::ISODate));
    const QString path = m_chooseSavePath ? m_chooseSavePath(this, suggested) : QString();
    if (path.isEmpty())
        return;
    // A few kilobytes at most: written at once, and atomically so a failed write leaves no half file.
    QSaveFile file(path);
    const QByteArray bytes = m_model->csv().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_exportResult->setText(
            tr("The statement was not saved: %1. Choose another folder and try again.").arg(file.errorString()));
        return;
    }
    m_exportResult->setText(tr("Statement saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace wharf
