#include "ui/mainwindow.h"

#include "core/store/accountrepository.h"
#include "core/store/database.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace wharf {

MainWindow::MainWindow(const Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
{
    setWindowTitle(tr("Wharf"));
    setObjectName(QStringLiteral("mainWindow"));

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quitAction->setShortcut(QKeySequence::Quit);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Wharf…"), this, &MainWindow::showAbout);

    setCentralWidget(createWelcomePage());
    statusBar()->showMessage(tr("Data file: %1").arg(QDir::toNativeSeparators(m_database.filePath())));
    resize(960, 640);
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 48, 48, 48);

    auto *title = new QLabel(tr("<h2>Connect WooCommerce stores to CartonCloud</h2>"), page);
    auto *body = new QLabel(
        tr("Wharf turns your customers' WooCommerce orders into CartonCloud outbound orders as soon as they reach "
           "<i>Processing</i>, sends tracking back when they are packed or dispatched, and completes them on "
           "dispatch.<br><br>"
           "<b>No CartonCloud account is connected yet.</b> Connect the account of your warehouse first; then "
           "set up an integration for each customer's store. Each integration costs $10 per week, billed weekly."),
        page);
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);

    const int accounts = int(AccountRepository(m_database).all().size());
    auto *state = new QLabel(accounts == 0 ? tr("Nothing is syncing yet.")
                                           : tr("%n CartonCloud account(s) connected.", nullptr, accounts),
                             page);
    state->setObjectName(QStringLiteral("accountState"));

    layout->addWidget(title);
    layout->addWidget(body);
    layout->addSpacing(16);
    layout->addWidget(state);
    layout->addStretch(1);
    return page;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Wharf"),
                       tr("<b>Wharf %1</b><br>Self-managed WooCommerce integrations for CartonCloud warehouses.")
                           .arg(QApplication::applicationVersion()));
}

} // namespace wharf
