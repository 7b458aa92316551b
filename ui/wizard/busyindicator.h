#pragma once

#include <QTimer>
#include <QWidget>

namespace wharf {

// A small spinning arc that says "working on it" beside a sentence that says on what. Hidden while
// stopped, so that it takes no room when nothing runs. Sized from the font, so it scales with it.
class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QTimer m_timer;
    int m_angle = 0;
};

} // namespace wharf
