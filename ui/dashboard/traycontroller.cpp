#include "ui/dashboard/traycontroller.h"

#include "ui/dashboard/integrationboard.h"
#include "ui/widgets/healthappearance.h"

#include <QCloseEvent>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace wharf {

namespace {
int urgency(Health health)
{
    switch (health) {
    case Health::Failing:
        return 4;
    case Health::Attention:
        return 3;
    case Health::Live:
        return 2;
    case Health::Paused:
        return 1;
    case Health::Draft:
        return 0;
    }
    return 0;
}
} // namespace

TrayController::TrayController(IntegrationBoard &board, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_board(board)
    , m_window(window)
    , m_available(QSystemTrayIcon::isSystemTrayAvailable())
{
    m_tray = new QSystemTrayIcon(this);
    m_menu = std::make_unique<QMenu>();
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *open = m_menu->addAction(tr("Open Wharf"), this, &TrayController::showWindow);
    open->setObjectName(QStringLiteral("trayOpen"));
    m_menu->addSeparator();
    QAction *quitAction = m_menu->addAction(tr("Quit Wharf"), this, &TrayController::quit);
    quitAction->setObjectName(QStringLiteral("trayQuit"));
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayController::showWindow);
    connect(&m_board, &IntegrationBoard::reset, this, &TrayController::update);
    connect(&m_board, &IntegrationBoard::integrationChanged, this, &TrayController::update);
    connect(&m_board, &IntegrationBoard::healthChanged, this, &TrayController::onHealthChanged);
    if (window)
        window->installEventFilter(this);
    update();
    m_tray->setVisible(m_available);
}

TrayController::~TrayController()
{
    if (m_window)
        m_window->removeEventFilter(this);
    // The icon lets go of the menu before the menu goes.
    m_tray->setContextMenu(nullptr);
}

void TrayController::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    // No icon left behind for a process that is going away, and no close refused on the way out:
    // a refused close is what kept Wharf running, windowless, after Quit.
    m_tray->hide();
    if (m_window)
        m_window->removeEventFilter(this);
    Q_EMIT quitRequested();
}

QMenu *TrayController::menu() const
{
    return m_menu.get();
}

Health TrayController::overallHealth() const
{
    Health overall = Health::Draft;
    for (const IntegrationBoard::Entry &entry : m_board.entries()) {
        if (entry.integration.isDeleted())
            continue;
        if (urgency(entry.status.health) > urgency(overall))
            overall = entry.status.health;
    }
    return overall;
}

QString TrayController::toolTip() const
{
    int live = 0;
    int attention = 0;
    int failing = 0;
    int other = 0;
    for (const IntegrationBoard::Entry &entry : m_board.entries()) {
        if (entry.integration.isDeleted())
            continue;
        switch (entry.status.health) {
        case Health::Live:
            ++live;
            break;
        case Health::Attention:
            ++attention;
            break;
        case Health::Failing:
            ++failing;
            break;
        default:
            ++other;
            break;
        }
    }
    if (live + attention + failing + other == 0)
        return tr("Wharf: no integrations yet");
    QStringList parts;
    if (failing > 0)
        parts << tr("%n failing", nullptr, failing);
    if (attention > 0)
        parts << (attention == 1 ? tr("1 needs attention") : tr("%n need attention", nullptr, attention));
    parts << tr("%n live", nullptr, live);
    if (other > 0)
        parts << tr("%n paused or not started", nullptr, other);
    return tr("Wharf: %1").arg(parts.join(QStringLiteral(", ")));
}

bool TrayController::trayAvailable() const
{
    return m_available;
}

void TrayController::setTrayAvailable(bool available)
{
    m_available = available;
    m_tray->setVisible(available && QSystemTrayIcon::isSystemTrayAvailable());
}

void TrayController::update()
{
    m_tray->setIcon(HealthAppearance::icon(overallHealth(), 22));
    m_tray->setToolTip(toolTip());
}

void TrayController::onHealthChanged(qint64 integrationId, Health before, Health after)
{
    if (after != Health::Failing || before == Health::Failing)
        return;
    const std::optional<IntegrationBoard::Entry> entry = m_board.entry(integrationId);
    if (!entry || entry->integration.isDeleted())
        return;
    const QString reason = entry->status.reason.isEmpty() ? tr("No reason was given.") : entry->status.reason;
    notify(tr("%1 is failing").arg(entry->integration.name),
           tr("%1 Orders from this store are not reaching CartonCloud. Open Wharf to see what to do.").arg(reason),
           true);
}

void TrayController::notify(const QString &title, const QString &message, bool critical)
{
    Q_EMIT notified(title, message);
    if (m_tray->isVisible())
        m_tray->showMessage(title, message, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information);
}

void TrayController::showWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->raise();
    m_window->activateWindow();
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && m_available && !m_quitting) {
        // The engine keeps syncing while the window is away; only Quit stops it.
        event->ignore();
        m_window->hide();
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            notify(tr("Wharf is still syncing"),
                   tr("Orders keep flowing while the window is closed. To stop, use Quit Wharf in the tray menu "
                      "or File → Quit."),
                   false);
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace wharf
