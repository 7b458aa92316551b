#include "ui/widgets/healthlegend.h"

#include "core/model/health.h"
#include "ui/widgets/healthappearance.h"

#include <QGridLayout>
#include <QLabel>

namespace wharf {

HealthLegend::HealthLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("healthLegend"));
    const QList<QPair<Health, QString>> lines {
        {Health::Live, tr("Green dot: the customer has a live integration (active, not paused)")},
        {Health::Attention, tr("Amber: an integration has orders that need attention")},
        {Health::Failing, tr("Red: an integration is failing and syncs nothing")},
        {Health::Paused, tr("Grey: paused, or no live integration")},
    };
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(2);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    int row = 0;
    for (const auto &[health, text] : lines) {
        auto *dot = new QLabel(this);
        const int edge = QFontMetrics(small).height();
        dot->setPixmap(HealthAppearance::icon(health, edge).pixmap(edge, edge));
        dot->setAlignment(Qt::AlignTop);
        auto *label = new QLabel(text, this);
        label->setObjectName(QStringLiteral("legendEntry"));
        label->setFont(small);
        // Wraps in a narrow customers column instead of being cut off.
        label->setWordWrap(true);
        layout->addWidget(dot, row, 0, Qt::AlignTop);
        layout->addWidget(label, row, 1);
        ++row;
    }
    layout->setColumnStretch(1, 1);
    setAccessibleName(tr("Legend"));
}

QStringList HealthLegend::entries() const
{
    QStringList texts;
    for (const QLabel *label : findChildren<QLabel *>(QStringLiteral("legendEntry")))
        texts << label->text();
    return texts;
}

} // namespace wharf
