#pragma once

#include <QString>

namespace wharf::woo {

// A carrier the tracking plugin knows, from its providers list ({"Australia": {"Australia Post": url}}).
struct TrackingProvider
{
    QString group; // a country or region
    QString name;
    QString urlFormat; // %1$s stands for the tracking number
};

} // namespace wharf::woo
