#include "ui/dashboard/billingpage.h"

#include "core/billing/weeklybilling.h"
#include "core/store/customerrepository.h"
#include "ui/dashboard/billingmodel.h"
#include "ui/dashboard/integrationboard.h"

#include <QComboBox>
#include <QDateEdit>
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
    , m_from(new QDateEdit(this))
    , m_rangeDash(new QLabel(tr("to"), this))
    , m_to(new QDateEdit(this))
    , m_lastWeek(new QLabel(this))
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
    m_exportResult->hide(); // no room taken until there is something to say (a small screen needs it)
    m_export->setObjectName(QStringLiteral("billingExport"));
    m_export->setToolTip(tr("Save this statement as a CSV file, one row per integration and week, to reconcile "
                            "the CartonCloud invoice."));
    m_period->setObjectName(QStringLiteral("billingPeriod"));
    m_period->addItem(tr("The last completed week"), 0);
    for (const int weeks : {1, 4, 13, 26, 52})
        m_period->addItem(weeks == 1 ? tr("This week so far")
                                     : tr("This week and the %n week(s) before it", nullptr, weeks - 1),
                          weeks);
    m_period->addItem(tr("Weeks between two dates…"), -1);
    m_period->setCurrentIndex(m_period->findData(m_weeks));
    m_lastWeek->setObjectName(QStringLiteral("billingLastWeek"));
    m_lastWeek->setWordWrap(true);
    m_lastWeek->setTextFormat(Qt::PlainText);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->hide();
    }
    m_from->setObjectName(QStringLiteral("billingFrom"));
    m_to->setObjectName(QStringLiteral("billingTo"));
    m_rangeDash->hide();

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
    controls->addWidget(m_from);
    controls->addWidget(m_rangeDash);
    controls->addWidget(m_to);
    controls->addStretch(1);
    controls->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_lastWeek);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_exportResult);

    m_chooseSavePath = [](QWidget *parentWidget, const QString &suggested) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(parentWidget, tr("Export the billing statement"),
                                            QDir(folder).filePath(suggested), tr("CSV files (*.csv)"));
    };

    connect(m_period, &QComboBox::currentIndexChanged, this, &BillingPage::periodChosen);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_weeks < 0)
                setDateRange(m_from->date(), m_to->date());
        });
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

void BillingPage::showLastCompletedWeek()
{
    m_weeks = 0;
    m_period->setCurrentIndex(m_period->findData(0));
    refresh();
}

void BillingPage::setDateRange(QDate from, QDate to)
{
    m_weeks = -1;
    m_rangeFrom = std::min(from, to);
    m_rangeTo = std::max(from, to);
    {
        const QSignalBlocker blockPeriod(m_period);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_period->setCurrentIndex(m_period->findData(-1));
        m_from->setDate(m_rangeFrom);
        m_to->setDate(m_rangeTo);
    }
    refresh();
}

void BillingPage::periodChosen()
{
    const int choice = m_period->currentData().toInt();
    if (choice == 0) {
        showLastCompletedWeek();
    } else if (choice < 0) {
        // Starts from the weeks shown so far, so that choosing "between two dates" changes nothing yet.
        const WeeklyBilling billing(m_zone);
        const QDate today = m_now().toTimeZone(m_zone).date();
        const int weeksBack = m_weeks > 0 ? m_weeks - 1 : 1;
        setDateRange(billing.weekStartOf(m_now()).addDays(-7 * weeksBack), m_weeks == 0 ? today.addDays(-7) : today);
    } else {
        setWeeks(choice);
    }
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
    QDateTime from;
    QDateTime to = now;
    if (m_weeks > 0) {
        from = billing.weekBegins(billing.weekStartOf(now).addDays(-7 * (m_weeks - 1)));
    } else if (m_weeks == 0) {
        from = billing.weekBegins(billing.lastCompletedWeekStart(now));
        to = from;
    } else {
        from = QDateTime(m_rangeFrom, QTime(0, 0), m_zone);
        to = QDateTime(m_rangeTo, QTime(0, 0), m_zone);
    }
    m_model->setStatement(billing, integrations, names, from, to, now);
    m_view->expandAll();
    for (QWidget *rangeWidget : std::initializer_list<QWidget *> {m_from, m_rangeDash, m_to})
        rangeWidget->setVisible(m_weeks < 0);

    // The week an invoice is for, whatever period is shown below.
    const QDate lastWeek = billing.lastCompletedWeekStart(now);
    const QList<WeeklyBilling::Line> lastLines = billing.week(integrations, lastWeek, now);
    m_lastWeek->setText(
        tr("Last completed week, %1: %2 for %n integration(s).", nullptr, int(lastLines.size()))
            .arg(m_model->weekBoundaries(lastWeek), BillingModel::money(WeeklyBilling::totalCents(lastLines))));

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

QString BillingPage::lastWeekText() const
{
    return m_lastWeek->text();
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
        m_exportResult->show();
        m_exportResult->setText(
            tr("The statement was not saved: %1. Choose another folder and try again.").arg(file.errorString()));
        return;
    }
    m_exportResult->show();
    m_exportResult->setText(tr("Statement saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace wharf
