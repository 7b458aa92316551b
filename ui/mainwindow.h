#pragma once

#include <QMainWindow>

class QLabel;

namespace wharf {

class Database;

// The application window. Until an account is connected it explains what Wharf does and what to
// do first; the dashboard replaces that page once there is something to show.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Database &database, QWidget *parent = nullptr);

private:
    QWidget *createWelcomePage();
    void showAbout();

    const Database &m_database;
};

} // namespace wharf
