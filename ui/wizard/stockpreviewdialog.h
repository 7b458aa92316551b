#pragma once

#include "core/stock/stockplan.h"
#include "core/woo/wooconnection.h"

#include <QDialog>
#include <QSslConfiguration>

class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QTableWidget;

namespace wharf {

class BusyIndicator;

namespace wms {
class WmsClient;
}
namespace woo {
class WooClient;
}
namespace stock {
class StockSync;
}

// "Preview…" of "Send stock levels to WooCommerce": what a stock sync would change now, before it
// is switched on. The work is core's StockSync::preview() (a CartonCloud report run and a read of
// the store's catalogue); nothing is written.
class StockPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    StockPreviewDialog(QNetworkAccessManager *network, const QSslConfiguration &ssl, const woo::WooConnection &store,
                       wms::WmsClient *wms, const QString &customerId, const QString &customerName,
                       QWidget *parent = nullptr);

    void start();
    void showPlan(const stock::StockPlan &plan);
    void showError(const QString &sentence);
    // The preview's sentence: of the products whose SKU is a product code of the customer, how many
    // would change, already show the warehouse's stock, or are left alone and why.
    static QString summary(const stock::StockPlan &plan, const QString &customerName);

    QTableWidget *changesTable() const { return m_changes; }
    QListWidget *skippedList() const { return m_skipped; }
    QLabel *summaryLabel() const { return m_summary; }
    bool isBusy() const { return m_busyNow; }

Q_SIGNALS:
    void previewShown();

private:
    QString m_customerName;
    woo::WooClient *m_woo;
    stock::StockSync *m_sync;
    BusyIndicator *m_busy;
    QLabel *m_summary;
    QTableWidget *m_changes;
    QListWidget *m_skipped;
    bool m_busyNow = false;
};

} // namespace wharf
