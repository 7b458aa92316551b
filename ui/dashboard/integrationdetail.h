#pragma once

#include <QDateTime>
#include <QSet>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeView;

namespace wharf {

class ActivityFilterModel;
class ActivityModel;
class AttentionModel;
class Database;
class EmptyState;
class EngineControl;
class IntegrationBoard;

// One integration's orders up close: those that need attention, grouped by cause (Retry for an
// order or a whole group, Retry All, Open in WooCommerce, Export CSV…), those deliberately not sent
// (pickups), and its activity, which narrows to one order's timeline on a double-click.
class IntegrationDetail : public QWidget
{
    Q_OBJECT

public:
    IntegrationDetail(const Database &database, EngineControl &engine, IntegrationBoard &board,
                      QWidget *parent = nullptr);

    void setIntegration(qint64 integrationId);
    qint64 integrationId() const { return m_integrationId; }
    void setClock(std::function<QDateTime()> now);
    using SavePathChooser = std::function<QString(QWidget *parent, const QString &suggestedName)>;
    // Test seam: where "Export CSV…" writes, instead of asking with a file dialog.
    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }

    void showOrderTimeline(qint64 orderLinkId);
    void showActivityLog();

    AttentionModel *attentionModel() const { return m_attention; }
    ActivityModel *activityModel() const { return m_activity; }
    ActivityFilterModel *activityFilter() const { return m_activityFilter; }

    QTreeView *attentionView() const { return m_attentionView; }

Q_SIGNALS:
    // Retry (an order or a group) or Retry All (`all`) was asked for `orders` orders, so that the
    // dashboard can say so and record it.
    void retryRequested(qint64 integrationId, int orders, bool all);

public Q_SLOTS:
    // The selected order, or every order of the selected group.
    void retrySelected();
    void retryAll();
    void openSelectedInWooCommerce();
    bool exportCsv();

private:
    QWidget *createAttentionPage();
    QWidget *createActivityPage();
    void updateAttentionState();
    QModelIndex selectedAttention() const;

    EngineControl &m_engine;
    IntegrationBoard &m_board;
    qint64 m_integrationId = 0;

    AttentionModel *m_attention;
    ActivityModel *m_activity;
    ActivityFilterModel *m_activityFilter;

    SavePathChooser m_chooseSavePath;
    QSet<QString> m_collapsedCauses;
    QTabWidget *m_tabs;
    QStackedWidget *m_attentionStack = nullptr;
    EmptyState *m_attentionEmpty = nullptr;
    QTreeView *m_attentionView = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_retryAll = nullptr;
    QPushButton *m_openInWoo = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_timelineTitle = nullptr;
    QPushButton *m_backToLog = nullptr;
    QLineEdit *m_activitySearch = nullptr;
    QComboBox *m_activityShow = nullptr;
    QTableView *m_activityView = nullptr;
    QLabel *m_activityEmpty = nullptr;
};

} // namespace wharf
