#include "ui/dashboard/integrationpanel.h"

#include "core/secrets/secretsentences.h"
#include "ui/dashboard/integrationboard.h"
#include "ui/dashboard/integrationtablemodel.h"
#include "ui/widgets/healthappearance.h"
#include "ui/widgets/statusdot.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace wharf {

namespace {
constexpr int kDefaultOutcomeTimeoutMs = 60 * 1000;

QLabel *wrappingLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

IntegrationPanel::IntegrationPanel(IntegrationBoard &board, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_now([] { return QDateTime::currentDateTime(); })
    , m_dot(new StatusDot(this))
    , m_title(new QLabel(this))
    , m_health(wrappingLabel(this, QStringLiteral("panelHealth")))
    , m_owner(wrappingLabel(this, QStringLiteral("panelOwner")))
    , m_secretBanner(new QWidget(this))
    , m_secretText(wrappingLabel(m_secretBanner, QStringLiteral("secretMissingText")))
    , m_enterSecret(new QPushButton(tr("Enter the Secret Again…"), m_secretBanner))
    , m_store(wrappingLabel(this, QStringLiteral("panelStore")))
    , m_warehouse(wrappingLabel(this, QStringLiteral("panelWarehouse")))
    , m_goLive(wrappingLabel(this, QStringLiteral("panelGoLive")))
    , m_fulfilment(wrappingLabel(this, QStringLiteral("panelFulfilment")))
    , m_stock(wrappingLabel(this, QStringLiteral("panelStock")))
    , m_lastSync(wrappingLabel(this, QStringLiteral("panelLastSync")))
    , m_counts(wrappingLabel(this, QStringLiteral("panelCounts")))
    , m_syncNow(new QPushButton(tr("&Sync Now"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_reconfigure(new QPushButton(tr("&Reconfigure…"), this))
    , m_delete(new QPushButton(tr("&Delete Integration…"), this))
    , m_checkSkus(new QPushButton(tr("Check S&KUs…"), this))
    , m_status(wrappingLabel(this, QStringLiteral("actionStatus")))
    , m_outcomeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("integrationPanel"));
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_owner->setVisible(false);

    // The missing secret is the one thing that stops everything: a banner with the way out.
    m_secretBanner->setObjectName(QStringLiteral("secretMissing"));
    m_secretBanner->setAutoFillBackground(true);
    QPalette banner = m_secretBanner->palette();
    banner.setColor(QPalette::Window, QColor(0xfb, 0xe3, 0xe0));
    banner.setColor(QPalette::WindowText, QColor(0x5c, 0x15, 0x0f));
    m_secretBanner->setPalette(banner);
    m_enterSecret->setObjectName(QStringLiteral("enterSecretAgain"));
    auto *bannerLayout = new QHBoxLayout(m_secretBanner);
    bannerLayout->setContentsMargins(8, 6, 8, 6);
    bannerLayout->addWidget(m_secretText, 1);
    bannerLayout->addWidget(m_enterSecret, 0, Qt::AlignVCenter);
    m_secretBanner->setVisible(false);

    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setToolTip(tr("Run one sync of this integration now, whatever its schedule."));
    m_pause->setObjectName(QStringLiteral("pauseResume"));
    m_checkSkus->setObjectName(QStringLiteral("checkSkus"));
    m_checkSkus->setToolTip(tr("Compare the store's product and variation SKUs with the customer's product codes in "
                               "CartonCloud, before an order waits for one."));
    m_reconfigure->setObjectName(QStringLiteral("reconfigure"));
    m_reconfigure->setToolTip(tr("Change the store, its key, the warehouse or the fulfilment choices."));
    m_delete->setObjectName(QStringLiteral("deleteIntegration"));
    m_delete->setToolTip(tr("Stop this integration and its billing; its history stays readable."));
    m_status->setVisible(false); // a line only when there is something to say

    auto *head = new QHBoxLayout;
    head->addWidget(m_dot, 0, Qt::AlignTop);
    head->addWidget(m_title, 1);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->addRow(tr("Store:"), m_store);
    form->addRow(tr("Warehouse:"), m_warehouse);
    form->addRow(tr("Go-live:"), m_goLive);
    form->addRow(tr("Fulfilment:"), m_fulfilment);
    form->addRow(tr("Stock levels:"), m_stock);
    form->addRow(tr("Last sync:"), m_lastSync);
    form->addRow(tr("Orders:"), m_counts);

    // A flow of buttons that wraps instead of pushing the panel wider than the window.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_syncNow, 0, 0);
    buttons->addWidget(m_pause, 0, 1);
    buttons->addWidget(m_reconfigure, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    buttons->addWidget(m_checkSkus, 2, 0);
    buttons->setColumnStretch(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_health);
    layout->addWidget(m_owner);
    layout->addWidget(m_secretBanner);
    // Actions before details: in a short window they stay in sight, the details scroll.
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addStretch(1);

    // Tab order follows reading order, so the keyboard reaches every action.
    setTabOrder(m_enterSecret, m_syncNow);
    setTabOrder(m_syncNow, m_pause);
    setTabOrder(m_pause, m_reconfigure);
    setTabOrder(m_reconfigure, m_delete);
    setTabOrder(m_delete, m_checkSkus);

    m_outcomeTimer->setSingleShot(true);
    m_outcomeTimer->setInterval(kDefaultOutcomeTimeoutMs);
    connect(m_outcomeTimer, &QTimer::timeout, this, [this] {
        m_status->setText(tr("No answer from the sync engine yet. It may be busy with a long sync; the result will "
                             "show in Activity."));
        m_status->setVisible(true);
    });

    connect(m_syncNow, &QPushButton::clicked, this, [this] { Q_EMIT syncNowRequested(m_integrationId); });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        const std::optional<IntegrationBoard::Entry> entry = m_board.entry(m_integrationId);
        if (entry)
            Q_EMIT pauseRequested(m_integrationId, entry->status.health != Health::Paused);
    });
    connect(m_reconfigure, &QPushButton::clicked, this, [this] { Q_EMIT reconfigureRequested(m_integrationId); });
    connect(m_delete, &QPushButton::clicked, this, [this] { Q_EMIT deleteRequested(m_integrationId); });
    connect(m_checkSkus, &QPushButton::clicked, this, [this] { Q_EMIT checkSkusRequested(m_integrationId); });
    connect(m_enterSecret, &QPushButton::clicked, this, [this] {
        if (m_missing == MissingSecret::Account)
            Q_EMIT accountRequested();
        else
            Q_EMIT reconfigureRequested(m_integrationId);
    });
    connect(&m_board, &IntegrationBoard::integrationChanged, this, [this](qint64 id) {
        if (id == m_integrationId)
            update();
    });
    update();
}

void IntegrationPanel::setIntegration(qint64 integrationId)
{
    if (integrationId != m_integrationId) {
        m_status->clear();
        m_status->setVisible(false);
        m_outcomeTimer->stop();
        m_missing = MissingSecret::None;
    }
    m_integrationId = integrationId;
    update();
}

void IntegrationPanel::setMayManage(bool allowed, const QString &whyNot)
{
    m_mayManage = allowed;
    m_whyNot = whyNot;
    update();
}

void IntegrationPanel::setMissingSecret(MissingSecret missing)
{
    m_missing = missing;
    update();
}

void IntegrationPanel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    update();
}

void IntegrationPanel::setOutcomeTimeout(int milliseconds)
{
    m_outcomeTimer->setInterval(milliseconds);
}

void IntegrationPanel::showProgress(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(true);
    m_outcomeTimer->start();
}

void IntegrationPanel::showOutcome(const ActionOutcome &outcome)
{
    m_outcomeTimer->stop();
    QString text = outcome.message;
    if (!outcome.doneBy.isEmpty())
        text = tr("%1 (done by %2)").arg(text, outcome.doneBy);
    m_status->setText(outcome.ok ? text : tr("Not done: %1").arg(text));
    m_status->setVisible(true);
}

QString IntegrationPanel::stockText(const Integration &integration, const IntegrationStatus &status,
                                    const QDateTime &now)
{
    if (!integration.stockSync)
        return tr("Not sent to WooCommerce");
    //: English: Sent to WooCommerce every minute | Sent to WooCommerce every %n minutes
    QString text = tr("Sent to WooCommerce every %n minute(s)", nullptr, integration.stockSyncMinutes);
    // The engine's report is the newer; the data file's row serves before the engine has said
    // anything (or when another process syncs the integration).
    QDateTime last = integration.stockSyncedAt;
    if (status.stockSyncedAt.isValid() && (!last.isValid() || status.stockSyncedAt > last))
        last = status.stockSyncedAt;
    if (!last.isValid())
        return tr("%1; not sent yet").arg(text);
    text = tr("%1; last run: %2").arg(text, IntegrationTableModel::friendlyTime(last, now));
    if (!status.stockProblem.isEmpty())
        text = tr("%1 (it did not send every change: see the health above)").arg(text);
    return text;
}

QString IntegrationPanel::statusText() const
{
    return m_status->text();
}

QString IntegrationPanel::healthText() const
{
    return m_health->text();
}

void IntegrationPanel::update()
{
    const std::optional<IntegrationBoard::Entry> entry = m_board.entry(m_integrationId);
    setEnabled(entry.has_value());
    if (!entry) {
        m_dot->setHealth(Health::Draft);
        m_title->setText(tr("No integration selected"));
        m_health->setText(tr("Select an integration to see its settings, health and actions."));
        for (QLabel *label : {m_store, m_warehouse, m_goLive, m_fulfilment, m_stock, m_lastSync, m_counts})
            label->clear();
        m_owner->setVisible(false);
        m_secretBanner->setVisible(false);
        return;
    }
    const Integration &integration = entry->integration;
    const IntegrationStatus &status = entry->status;
    const bool deleted = integration.isDeleted();
    const bool paused = status.health == Health::Paused;
    m_dot->setHealth(deleted ? Health::Draft : status.health);
    m_title->setText(integration.name);
    if (deleted) {
        m_health->setText(tr("Deleted %1; it no longer syncs and is no longer billed. Its history is kept below.")
                              .arg(IntegrationTableModel::friendlyTime(integration.deletedAt, m_now())));
    } else {
        m_health->setText(tr("%1 — %2").arg(healthLabel(status.health),
                                            status.reason.isEmpty() ? tr("no problems reported.") : status.reason));
    }
    QPalette healthPalette = palette();
    if (!deleted && (status.health == Health::Failing || status.health == Health::Attention))
        healthPalette.setColor(QPalette::WindowText, HealthAppearance::of(status.health).colour.darker(140));
    m_health->setPalette(healthPalette);

    // Another Wharf process syncs it; the buttons still work, through the database.
    m_owner->setVisible(!deleted && !status.ownerDescription.isEmpty());
    m_owner->setText(tr("Synced by %1").arg(status.ownerDescription));

    m_secretBanner->setVisible(!deleted && m_missing != MissingSecret::None);
    m_secretText->setText(m_missing == MissingSecret::Account
                              ? SecretSentences::clientSecretMissingBanner(m_secretsPlace)
                              : SecretSentences::consumerSecretMissingBanner(m_secretsPlace));
    m_enterSecret->setEnabled(m_missing == MissingSecret::Account || m_mayManage);

    m_store->setText(integration.storeUrl);
    m_warehouse->setText(integration.warehouseMode == Integration::WarehouseMode::CustomerDefault
                             ? tr("The customer's default warehouse")
                             : integration.warehouseName);
    m_goLive->setText(
        integration.intakeSince.isValid()
            ? tr("Orders created since %1")
                  .arg(QLocale().toString(integration.intakeSince.toLocalTime().date(), QLocale::ShortFormat))
            : tr("Every order in Processing, also those there at go-live"));
    QStringList fulfilment;
    fulfilment << (integration.completeOnDispatch ? tr("completes WooCommerce orders on dispatch")
                                                  : tr("does not complete WooCommerce orders"));
    fulfilment << (integration.sendTracking ? tr("sends tracking") : tr("sends no tracking"));
    QString fulfilmentText = fulfilment.join(QStringLiteral("; "));
    fulfilmentText[0] = fulfilmentText.at(0).toUpper();
    m_fulfilment->setText(fulfilmentText);
    m_stock->setText(stockText(integration, status, m_now()));
    if (status.syncing && !deleted)
        m_lastSync->setText(tr("Syncing now…"));
    else
        m_lastSync->setText(status.lastSyncAt.isValid()
                                ? IntegrationTableModel::friendlyTime(status.lastSyncAt, m_now())
                                : tr("Not yet"));
    // Orders, not integrations: the words say what is counted.
    m_counts->setText(tr("%1 received, %2 in CartonCloud, %3 dispatched; %4 need attention")
                          .arg(status.received)
                          .arg(status.inProgress + status.dispatched)
                          .arg(status.dispatched)
                          .arg(status.needAttention));

    m_syncNow->setEnabled(!deleted && !paused);
    m_syncNow->setToolTip(paused ? tr("Resume the integration first.")
                                 : tr("Run one sync of this integration now, whatever its schedule."));
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setToolTip(paused ? tr("Start syncing again.")
                               : tr("Stop syncing until resumed. A paused integration is still billed; delete it "
                                    "to stop billing."));
    for (QPushButton *button : {m_pause, m_reconfigure, m_delete}) {
        button->setEnabled(!deleted && m_mayManage);
        if (!m_mayManage || deleted)
            button->setToolTip(deleted ? tr("This integration was deleted.") : m_whyNot);
    }
    m_syncNow->setVisible(!deleted);
    m_pause->setVisible(!deleted);
    m_reconfigure->setVisible(!deleted);
    m_delete->setVisible(!deleted);
    // Reading only: whoever sees the integration may check its SKUs.
    m_checkSkus->setVisible(!deleted);
}

} // namespace wharf
