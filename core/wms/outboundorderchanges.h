#pragma once

#include "core/wms/outboundorder.h"

#include <QList>

namespace wharf::wms {

// The outbound orders of one customer modified in a window, from CartonCloud's search.
struct OutboundOrderChanges
{
    QList<OutboundOrder> orders;
    // False when the search stopped at WmsClient::MaxPages with pages left: `orders` is then a part
    // of the window, in no documented order, and a cursor must not move past the window's start.
    bool complete = true;
};

} // namespace wharf::wms
