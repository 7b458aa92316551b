#include "ui/widgets/statusdot.h"

#include "ui/widgets/healthappearance.h"

#include <QPainter>

namespace wharf {

StatusDot::StatusDot(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setToolTip(healthLabel(m_health));
}

void StatusDot::setHealth(Health health)
{
    if (health == m_health)
        return;
    m_health = health;
    setToolTip(healthLabel(health));
    update();
}

QSize StatusDot::sizeHint() const
{
    return {16, 16};
}

void StatusDot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    HealthAppearance::icon(m_health, 16).paint(&painter, rect());
}

} // namespace wharf
