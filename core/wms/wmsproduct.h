#pragma once

#include <QString>

namespace wharf::wms {

// A warehouse product of a customer; its code is what a WooCommerce SKU must equal.
struct WmsProduct
{
    QString id;
    QString code;
    QString name;
    bool active = true;
};

} // namespace wharf::wms
