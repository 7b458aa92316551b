#pragma once

#include <QWidget>

namespace wharf {

// The one visible key to the dots and badges of the customers list, so that nobody has to hover
// for a tooltip to learn what green, amber, red and grey mean.
class HealthLegend : public QWidget
{
    Q_OBJECT

public:
    explicit HealthLegend(QWidget *parent = nullptr);

    // The lines as shown, for tests and accessibility.
    QStringList entries() const;
};

} // namespace wharf
