#pragma once

#include "core/model/integration.h"
#include "core/woo/trackingplugin.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace wharf {

class BusyIndicator;
class FieldMessage;

// The Fulfilment step's form: "Complete fulfilment through CartonCloud" and "Send tracking
// information", with the seed's explanations. Tracking needs a shipment-tracking plugin on the store:
// where none answers, the box is disabled and the reason shown, and the store can be checked again
// from here (after the shop owner installed the plugin). Last, "Send stock levels to WooCommerce"
// (issue 15, off by default) with its interval, and "Preview…" to see what it would change first.
class FulfilmentForm : public QWidget
{
    Q_OBJECT

public:
    enum class Tracking {
        Unknown, // not checked (yet): the stored choice stands
        Checking,
        Available,
        Missing, // the store answered, without a tracking plugin
        CheckFailed, // the store could not be checked: the stored choice stands
    };
    Q_ENUM(Tracking)

    explicit FulfilmentForm(QWidget *parent = nullptr);

    void load(const Integration &integration);
    void save(Integration &integration) const;

    // `plugin` for Available; `problem` (a sentence) for CheckFailed.
    void setTracking(Tracking tracking, woo::TrackingPlugin plugin = woo::TrackingPlugin::None,
                     const QString &problem = QString());
    Tracking tracking() const { return m_trackingState; }

    QCheckBox *completeBox() const { return m_complete; }
    QCheckBox *trackingBox() const { return m_tracking; }
    QPushButton *checkAgainButton() const { return m_checkAgain; }
    FieldMessage *trackingMessage() const { return m_trackingMessage; }
    QCheckBox *stopCancelledBox() const { return m_stopCancelled; }
    QCheckBox *stockBox() const { return m_stock; }
    QSpinBox *stockIntervalBox() const { return m_stockInterval; }
    QPushButton *stockPreviewButton() const { return m_stockPreview; }
    // Whether a preview can be made now; `why` says why not (shown beside the button).
    void setStockPreviewAvailable(bool available, const QString &why = QString());

Q_SIGNALS:
    void checkAgainRequested();
    void stockPreviewRequested();

private:
    QCheckBox *m_complete;
    QCheckBox *m_tracking;
    BusyIndicator *m_busy;
    FieldMessage *m_trackingMessage;
    QPushButton *m_checkAgain;
    QCheckBox *m_stopCancelled;
    QCheckBox *m_stock;
    QSpinBox *m_stockInterval;
    QPushButton *m_stockPreview;
    QLabel *m_stockPreviewNote;
    Tracking m_trackingState = Tracking::Unknown;
    // What the user (or the stored integration) wants, kept while the box is disabled so that a
    // plugin that appears later brings the choice back.
    bool m_wantsTracking = true;
};

} // namespace wharf
