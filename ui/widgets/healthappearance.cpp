#include "ui/widgets/healthappearance.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace wharf {

HealthAppearance HealthAppearance::of(Health health)
{
    // Colours chosen to stay apart for the common forms of colour blindness when paired with the
    // words that always accompany them; the dot is never the only carrier of the state.
    switch (health) {
    case Health::Live:
        return {QColor(0x2e, 0x9d, 0x4a), false};
    case Health::Attention:
        return {QColor(0xe0, 0x9b, 0x1a), false};
    case Health::Failing:
        return {QColor(0xd2, 0x3b, 0x2e), false};
    case Health::Paused:
        return {QColor(0x9a, 0x9a, 0x9a), false};
    case Health::Draft:
        return {QColor(0x9a, 0x9a, 0x9a), true};
    }
    return {QColor(0x9a, 0x9a, 0x9a), true};
}

QIcon HealthAppearance::icon(Health health, int size)
{
    const HealthAppearance appearance = of(health);
    return dot(appearance.colour, appearance.outline, size);
}

QIcon HealthAppearance::dot(const QColor &colour, bool outline, int size)
{
    // Icons are drawn once per colour and size: models ask for them on every paint.
    static QHash<QString, QIcon> cache;
    const QString key = colour.name() + (outline ? QLatin1Char('o') : QLatin1Char('f')) + QString::number(size);
    if (const auto found = cache.constFind(key); found != cache.cend())
        return *found;

    QIcon icon;
    for (const int scale : {1, 2}) {
        QPixmap pixmap(size * scale, size * scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal edge = size * scale;
        const qreal diameter = edge * 0.62;
        const QRectF circle((edge - diameter) / 2, (edge - diameter) / 2, diameter, diameter);
        if (outline) {
            painter.setPen(QPen(colour, 1.6 * scale));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(circle.adjusted(0.8 * scale, 0.8 * scale, -0.8 * scale, -0.8 * scale));
        } else {
            painter.setPen(QPen(colour.darker(125), 1.0 * scale));
            painter.setBrush(colour);
            painter.drawEllipse(circle);
        }
        painter.end();
        pixmap.setDevicePixelRatio(scale);
        // The same dot when selected: a tinted dot would read as another state.
        icon.addPixmap(pixmap, QIcon::Normal);
        icon.addPixmap(pixmap, QIcon::Selected);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace wharf
