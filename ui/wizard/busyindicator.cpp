#include "ui/wizard/busyindicator.h"

#include <QPainter>
#include <QPalette>

namespace wharf {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Working…"));
    m_timer.setInterval(80);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 30) % 360;
        update();
    });
    hide();
}

void BusyIndicator::start()
{
    m_timer.start();
    show();
}

void BusyIndicator::stop()
{
    m_timer.stop();
    hide();
}

QSize BusyIndicator::sizeHint() const
{
    const int edge = fontMetrics().height();
    return {edge, edge};
}

void BusyIndicator::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int edge = qMin(width(), height());
    const qreal pen = qMax(2.0, edge / 8.0);
    QRectF box(0, 0, edge, edge);
    box.adjust(pen, pen, -pen, -pen);
    QColor track = palette().color(QPalette::WindowText);
    track.setAlphaF(0.15);
    painter.setPen(QPen(track, pen));
    painter.drawEllipse(box);
    painter.setPen(QPen(palette().color(QPalette::Highlight), pen, Qt::SolidLine, Qt::RoundCap));
    // QPainter angles are in 1/16 degree, counter-clockwise; a quarter arc reads as motion.
    painter.drawArc(box, -m_angle * 16, 100 * 16);
}

} // namespace wharf
