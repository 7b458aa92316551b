#pragma once

#include "core/model/health.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;
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
    QMenu *menu() const;
    // Test seam: behave as though the desktop had (or had not) a tray.
    void setTrayAvailable(bool available);

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // Every notification, also where no tray shows it (tests, desktops without a tray).
    void notified(const QString &title, const QString &message);
    // After quit(): the application should stop the engine and leave its event loop, whatever
    // its windows say.
    void quitRequested();

public Q_SLOTS:
    void showWindow();
    void update();
    // The one way out (tray menu, File → Quit, Ctrl+Q): the window may close for real now, the
    // icon goes, and quitRequested() is emitted once.
    void quit();

private:
    void onHealthChanged(qint64 integrationId, Health before, Health after);
    void notify(const QString &title, const QString &message, bool critical);

    IntegrationBoard &m_board;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    // A QMenu is a widget and cannot be a child of this QObject; owned here so that it goes with
    // the tray and not only with a window that may be absent (the tests have none).
    std::unique_ptr<QMenu> m_menu;
    bool m_available = false;
    bool m_toldAboutTray = false;
    bool m_quitting = false;
};

} // namespace wharf
