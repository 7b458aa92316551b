#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTreeView;

namespace wharf {

class BillingModel;
class Database;
class IntegrationBoard;

// The Billing tab: what the integrations cost per week, per customer and in total, with each
// integration's active days, and a CSV to reconcile the CartonCloud invoice against. The last
// completed week (the one an invoice is for) is always stated; the period shown is a choice of
// recent weeks or the whole weeks around two dates.
class BillingPage : public QWidget
{
    Q_OBJECT

public:
    // Asks where to save the statement; returns an empty path when the user cancels.
    using SavePathChooser = std::function<QString(QWidget *parent, const QString &suggestedName)>;

    BillingPage(const Database &database, IntegrationBoard &board, QWidget *parent = nullptr);

    void setAccount(qint64 accountId, const QString &onlyCustomerId = {});
    void setClock(std::function<QDateTime()> now);
    void setTimeZone(const QTimeZone &zone);
    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }
    // How many weeks back from this one the statement covers.
    void setWeeks(int weeks);
    // Only the last week that has ended.
    void showLastCompletedWeek();
    // The whole weeks (Monday to Sunday) that hold `from` and `to` and those between.
    void setDateRange(QDate from, QDate to);

    BillingModel *model() const { return m_model; }
    QString summaryText() const;
    QString lastWeekText() const;

public Q_SLOTS:
    void refresh();
    void exportCsv();

private:
    void scheduleRefresh();
    void periodChosen();

    const Database &m_database;
    IntegrationBoard &m_board;
    qint64 m_accountId = 0;
    QString m_onlyCustomerId;
    std::function<QDateTime()> m_now;
    QTimeZone m_zone;
    int m_weeks = 4; // 0: the last completed week; -1: the date range
    QDate m_rangeFrom;
    QDate m_rangeTo;
    bool m_refreshPending = false;
    SavePathChooser m_chooseSavePath;
    BillingModel *m_model;
    QLabel *m_explanation;
    QComboBox *m_period;
    QDateEdit *m_from;
    QLabel *m_rangeDash;
    QDateEdit *m_to;
    QLabel *m_lastWeek;
    QPushButton *m_export;
    QTreeView *m_view;
    QLabel *m_summary;
    QLabel *m_exportResult;
};

} // namespace wharf
