#pragma once

#include "core/model/health.h"

#include <QColor>
#include <QIcon>

namespace wharf {

// The one place that decides how a health state looks (STYLE.md: "one function maps a state to its
// colour and icon"), so that the dashboard, the tray and the wizard cannot drift apart.
struct HealthAppearance
{
    QColor colour;
    bool outline = false; // drawn as a ring instead of a filled dot (the wizard's draft state)

    static HealthAppearance of(Health health);
    // A round dot of the state's colour; `size` is the pixmap's edge in device-independent pixels.
    static QIcon icon(Health health, int size = 16);
    // The grey dot of "nothing live" and the green one of "live", for lists that only say whether
    // something is live (the customers list).
    static QIcon dot(const QColor &colour, bool outline = false, int size = 16);
};

} // namespace wharf
