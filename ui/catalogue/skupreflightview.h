#pragma once

#include "core/catalogue/skupreflightresult.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace wharf {

namespace catalogue {
class SkuPreflight;
}
class SkuPreflightModel;

// "Check SKUs": the store's products and variations against the customer's CartonCloud product
// codes, with a progress bar while the catalogue pages in, Stop, a one-line summary, the details
// and Export CSV…. The work is core's SkuPreflight; this widget only starts it and shows it.
class SkuPreflightView : public QWidget
{
    Q_OBJECT

public:
    explicit SkuPreflightView(QWidget *parent = nullptr);

    // The check to run and whose product codes to check against. Null `preflight`: the check cannot
    // run, and `whyNot` says why in a sentence (say, the store has not been checked yet).
    void setPreflight(catalogue::SkuPreflight *preflight, const QString &whyNot = {});
    void setCustomer(const QString &customerId, const QString &customerName);
    // Where "Export CSV…" suggests to save (the store's host name, say).
    void setExportStem(const QString &stem) { m_exportStem = stem; }

    using SavePathChooser = std::function<QString(QWidget *parent, const QString &suggestedName)>;
    // Test seam: where "Export CSV…" writes, instead of asking with a file dialog.
    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }

    QPushButton *checkButton() const { return m_check; }
    QPushButton *exportButton() const { return m_export; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableView *detailsView() const { return m_details; }
    SkuPreflightModel *model() const { return m_model; }
    bool isRunning() const;

public Q_SLOTS:
    // Check SKUs, or Stop while a check runs.
    void startOrStop();
    bool exportCsv();

private:
    void showResult(const catalogue::SkuPreflightResult &result);
    void showProgress(int done, int total, const QString &step);
    void showFailure(const QString &sentence);
    void showIdle(const QString &text);
    void updateEnabled();

    QPointer<catalogue::SkuPreflight> m_preflight;
    QString m_whyNot;
    QString m_customerId;
    QString m_customerName;
    QString m_exportStem;
    SavePathChooser m_chooseSavePath;
    QList<QMetaObject::Connection> m_connections;

    QLabel *m_intro;
    QPushButton *m_check;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableView *m_details;
    QPushButton *m_export;
    SkuPreflightModel *m_model;
};

} // namespace wharf
