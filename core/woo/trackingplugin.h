#pragma once

#include <QString>

namespace wharf::woo {

// Which shipment-tracking plugin answers on a store. Both store the same order meta and serve the
// same routes; Advanced Shipment Tracking (Zorem) adds side effects (an order note, optional status
// change) and restricts tracking numbers to letters, digits, hyphens and spaces.
enum class TrackingPlugin {
    None,
    ShipmentTracking, // WooCommerce's official extension: namespace wc-shipment-tracking/v3
    AdvancedShipmentTracking, // Zorem: wc-ast/v3, plus a copy of wc-shipment-tracking/v3
};

// The REST namespace to call for a plugin; empty for None.
inline QString trackingNamespace(TrackingPlugin plugin)
{
    switch (plugin) {
    case TrackingPlugin::ShipmentTracking:
        return QStringLiteral("wc-shipment-tracking/v3");
    case TrackingPlugin::AdvancedShipmentTracking:
        return QStringLiteral("wc-ast/v3");
    case TrackingPlugin::None:
        break;
    }
    return {};
}

} // namespace wharf::woo
