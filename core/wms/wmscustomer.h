#pragma once

#include <QString>

namespace wharf::wms {

// A client company of the 3PL (a CartonCloud customer).
struct WmsCustomer
{
    QString id; // UUID
    QString name;
    QString code; // references.code, when the API returns it
};

} // namespace wharf::wms
