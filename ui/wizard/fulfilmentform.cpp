#include "ui/wizard/fulfilmentform.h"

#include "ui/wizard/busyindicator.h"
#include "ui/wizard/fieldmessage.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace wharf {

namespace {

QLabel *explanation(const QString &text, QCheckBox *box, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    // Lined up with the check box's text, so that it reads as that option's explanation.
    label->setIndent(box->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, box)
                     + box->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, box));
    return label;
}

} // namespace

FulfilmentForm::FulfilmentForm(QWidget *parent)
    : QWidget(parent)
    , m_complete(new QCheckBox(tr("&Complete fulfilment through CartonCloud"), this))
    , m_tracking(new QCheckBox(tr("Send &tracking information"), this))
    , m_busy(new BusyIndicator(this))
    , m_trackingMessage(new FieldMessage(m_tracking, this))
    , m_checkAgain(new QPushButton(tr("Check the store &again"), this))
    , m_stopCancelled(new QCheckBox(tr("Stop ca&ncelled orders in CartonCloud before picking"), this))
    , m_stock(new QCheckBox(tr("Send &stock levels to WooCommerce"), this))
    , m_stockInterval(new QSpinBox(this))
    , m_stockPreview(new QPushButton(tr("&Preview…"), this))
    , m_stockPreviewNote(new QLabel(this))
{
    m_complete->setObjectName(QStringLiteral("completeBox"));
    m_tracking->setObjectName(QStringLiteral("trackingBox"));
    m_trackingMessage->setObjectName(QStringLiteral("trackingMessage"));
    m_checkAgain->setObjectName(QStringLiteral("checkAgainButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_complete);
    layout->addWidget(explanation(tr("When enabled, the WooCommerce order is marked Completed when its Sale Order is "
                                     "dispatched in CartonCloud."),
                                  m_complete, this));
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_tracking);
    layout->addWidget(explanation(tr("Tracking information is sent to WooCommerce when the order is packed or "
                                     "dispatched, and updated when the tracking details change. This needs the "
                                     "WooCommerce Shipment Tracking plugin installed and activated in the store. "
                                     "The plugin is not needed for completing orders."),
                                  m_tracking, this));

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy, 0, Qt::AlignTop);
    statusRow->addWidget(m_trackingMessage, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_checkAgain);
    buttonRow->addStretch(1);
    layout->addLayout(statusRow);
    layout->addLayout(buttonRow);

    m_stopCancelled->setObjectName(QStringLiteral("stopCancelledBox"));
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_stopCancelled);
    layout->addWidget(explanation(tr("When an order CartonCloud already has is cancelled or refunded in WooCommerce, "
                                     "its Sale Order is deleted in CartonCloud while it is not yet picked, where your "
                                     "CartonCloud organisation allows that. Otherwise, and always once picking has "
                                     "begun, the order is listed as needing attention. Orders edited or put on hold "
                                     "after CartonCloud has them are always listed, never changed there."),
                                  m_stopCancelled, this));

    m_stock->setObjectName(QStringLiteral("stockBox"));
    m_stockInterval->setObjectName(QStringLiteral("stockIntervalBox"));
    m_stockPreview->setObjectName(QStringLiteral("stockPreviewButton"));
    m_stockPreviewNote->setObjectName(QStringLiteral("stockPreviewNote"));
    m_stockInterval->setRange(5, 24 * 60);
    m_stockInterval->setSingleStep(5);
    m_stockInterval->setSuffix(tr(" min"));
    m_stockInterval->setValue(Integration::DefaultStockSyncMinutes);
    m_stockPreviewNote->setWordWrap(true);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_stock);
    layout->addWidget(explanation(tr("CartonCloud's stock on hand is written to WooCommerce as each product's stock "
                                     "quantity, matched by SKU, for products and variations that manage stock. "
                                     "Products that do not manage stock are left alone, and every change is "
                                     "written to the activity log."),
                                  m_stock, this));
    const int indent = m_stock->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_stock)
        + m_stock->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, m_stock);
    auto *stockRow = new QHBoxLayout;
    auto *every = new QLabel(tr("E&very"), this);
    every->setBuddy(m_stockInterval);
    stockRow->addSpacing(indent);
    stockRow->addWidget(every);
    stockRow->addWidget(m_stockInterval);
    stockRow->addSpacing(fontMetrics().height());
    stockRow->addWidget(m_stockPreview);
    stockRow->addStretch(1);
    layout->addLayout(stockRow);
    m_stockPreviewNote->setIndent(indent);
    layout->addWidget(m_stockPreviewNote);
    layout->addStretch(1);
    connect(m_stock, &QCheckBox::toggled, m_stockInterval, &QWidget::setEnabled);
    connect(m_stockPreview, &QPushButton::clicked, this, &FulfilmentForm::stockPreviewRequested);
    m_stockInterval->setEnabled(false);
    setStockPreviewAvailable(false);

    connect(m_tracking, &QCheckBox::toggled, this, [this](bool on) {
        if (m_tracking->isEnabled())
            m_wantsTracking = on;
    });
    connect(m_checkAgain, &QPushButton::clicked, this, &FulfilmentForm::checkAgainRequested);
    setTracking(Tracking::Unknown);
}

void FulfilmentForm::load(const Integration &integration)
{
    m_complete->setChecked(integration.completeOnDispatch);
    m_wantsTracking = integration.sendTracking;
    setTracking(m_trackingState);
    m_stopCancelled->setChecked(integration.stopCancelledOrders);
    m_stock->setChecked(integration.stockSync);
    m_stockInterval->setValue(integration.stockSyncMinutes);
    m_stockInterval->setEnabled(integration.stockSync);
}

void FulfilmentForm::save(Integration &integration) const
{
    integration.completeOnDispatch = m_complete->isChecked();
    // Without a plugin there is nothing to send tracking to; otherwise the choice stands (also when
    // the store could not be checked just now).
    integration.sendTracking = m_trackingState != Tracking::Missing && m_wantsTracking;
    integration.stopCancelledOrders = m_stopCancelled->isChecked();
    integration.stockSync = m_stock->isChecked();
    integration.stockSyncMinutes = m_stockInterval->value();
}

void FulfilmentForm::setStockPreviewAvailable(bool available, const QString &why)
{
    m_stockPreview->setEnabled(available);
    m_stockPreviewNote->setText(available ? QString() : why);
    m_stockPreviewNote->setVisible(!available && !why.isEmpty());
}

void FulfilmentForm::setTracking(Tracking tracking, woo::TrackingPlugin plugin, const QString &problem)
{
    m_trackingState = tracking;
    const bool usable = tracking != Tracking::Missing && tracking != Tracking::Checking;
    {
        const QSignalBlocker blocker(m_tracking);
        m_tracking->setEnabled(usable);
        m_tracking->setChecked(tracking != Tracking::Missing && m_wantsTracking);
    }
    m_checkAgain->setEnabled(tracking != Tracking::Checking);
    if (tracking == Tracking::Checking)
        m_busy->start();
    else
        m_busy->stop();

    switch (tracking) {
    case Tracking::Unknown:
        m_trackingMessage->clear();
        break;
    case Tracking::Checking:
        m_trackingMessage->showMessage(FieldMessage::Kind::Info,
                                       tr("Checking whether a shipment tracking plugin answers on the store…"));
        break;
    case Tracking::Available:
        m_trackingMessage->showMessage(
            FieldMessage::Kind::Success,
            plugin == woo::TrackingPlugin::AdvancedShipmentTracking
                ? tr("The store's Advanced Shipment Tracking plugin answers, so tracking can be sent.")
                : tr("The store's WooCommerce Shipment Tracking plugin answers, so tracking can be sent."));
        break;
    case Tracking::Missing:
        m_trackingMessage->showMessage(
            FieldMessage::Kind::Warning,
            tr("Tracking cannot be sent: no shipment tracking plugin answers on this store. Install and activate "
               "the WooCommerce Shipment Tracking plugin in WordPress, then check the store again."));
        break;
    case Tracking::CheckFailed:
        m_trackingMessage->showMessage(
            FieldMessage::Kind::Warning,
            tr("Wharf could not check the store for a tracking plugin, so the tracking setting is kept as it was. %1")
                .arg(problem));
        break;
    }
}

} // namespace wharf
