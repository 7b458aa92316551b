#pragma once

#include "core/model/health.h"

#include <QObject>
#include <QPointer>

class QAction;
class QSystemTrayIcon;
class QWidget;

namespace wharf {

class IntegrationBoard;

// The tray icon: the overall health at a glance (the worst state of any integration), a
// notification when an integration turns Failing, and closing the window to the tray so that the
// engine goes on syncing. Where the desktop has no tray, closing the window closes it as usual.
class TrayController : public QObject
{
    Q_OBJECT

public:
    TrayController(IntegrationBoard &board, QWidget *window, QObject *parent = nullptr);
    ~TrayController() override;

    // Failing, then Attention, then Live, then Paused, then not started: what needs a look first.
    Health overallHealth() const;
    QString toolTip() const;
    bool trayAvailable() const;
    // Test seam: behave as though the desktop had (or had not) a tray.
    void setTrayAvailable(bool available);

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // Every notification, also where no tray shows it (tests, desktops without a tray).
    void notified(const QString &title, const QString &message);
    // "Quit Wharf" from the tray menu: the application should stop the engine and quit.
    void quitRequested();

public Q_SLOTS:
    void showWindow();
    void update();

private:
    void onHealthChanged(qint64 integrationId, Health before, Health after);
    void notify(const QString &title, const QString &message, bool critical);

    IntegrationBoard &m_board;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_available = false;
    bool m_toldAboutTray = false;
};

} // namespace wharf
