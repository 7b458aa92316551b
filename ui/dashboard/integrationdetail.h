#pragma once

#include <QDateTime>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace wharf {

class ActivityFilterModel;
class ActivityModel;
class AttentionModel;
class Database;
class EmptyState;
class EngineControl;
class IntegrationBoard;
class StatusDot;

// One integration up close: its health sentence, the orders that need attention (Retry, Retry all,
// Open in WooCommerce) and its activity, which narrows to one order's timeline on a double-click.
class IntegrationDetail : public QWidget
{
    Q_OBJECT

public:
    IntegrationDetail(const Database &database, EngineControl &engine, IntegrationBoard &board,
                      QWidget *parent = nullptr);

    void setIntegration(qint64 integrationId);
    qint64 integrationId() const { return m_integrationId; }
    void setClock(std::function<QDateTime()> now);

    void showOrderTimeline(qint64 orderLinkId);
    void showActivityLog();

    AttentionModel *attentionModel() const { return m_attention; }
    ActivityModel *activityModel() const { return m_activity; }
    ActivityFilterModel *activityFilter() const { return m_activityFilter; }

public Q_SLOTS:
    void retrySelected();
    void retryAll();
    void openSelectedInWooCommerce();

private:
    QWidget *createAttentionPage();
    QWidget *createActivityPage();
    void updateHeader();
    void updateAttentionState();
    qint64 selectedOrderLinkId() const;

    EngineControl &m_engine;
    IntegrationBoard &m_board;
    qint64 m_integrationId = 0;

    AttentionModel *m_attention;
    ActivityModel *m_activity;
    ActivityFilterModel *m_activityFilter;

    StatusDot *m_dot;
    QLabel *m_title;
    QLabel *m_sentence;
    QTabWidget *m_tabs;
    QStackedWidget *m_attentionStack = nullptr;
    EmptyState *m_attentionEmpty = nullptr;
    QTableView *m_attentionView = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_retryAll = nullptr;
    QPushButton *m_openInWoo = nullptr;
    QLabel *m_timelineTitle = nullptr;
    QPushButton *m_backToLog = nullptr;
    QLineEdit *m_activitySearch = nullptr;
    QComboBox *m_activityShow = nullptr;
    QTableView *m_activityView = nullptr;
    QLabel *m_activityEmpty = nullptr;
};

} // namespace wharf
