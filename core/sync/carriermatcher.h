#pragma once

#include "core/woo/trackingprovider.h"

#include <QList>
#include <QString>

namespace wharf {

// Finds, among the tracking plugin's providers, the one a CartonCloud carrier name means:
// case and punctuation do not matter, and common aliases ("AusPost", "Fed Ex") are known. No
// match means "send it as a custom provider with the tracking URL" — never a wrong carrier.
class CarrierMatcher
{
public:
    explicit CarrierMatcher(QList<woo::TrackingProvider> providers);

    // The provider's name exactly as the plugin spells it, or empty when none matches.
    QString match(const QString &carrier) const;

    static QString normalized(const QString &name);

private:
    QList<woo::TrackingProvider> m_providers;
};

} // namespace wharf
