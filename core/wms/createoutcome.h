#pragma once

#include "core/wms/outboundorder.h"

#include <QString>

namespace wharf::wms {

// What a create of an outbound order led to, when CartonCloud gave a definite answer.
struct CreateOutcome
{
    enum class Kind {
        Created, // 201
        CreatedWithIssues, // 228: created, in status REJECTED; needs attention (order.issues)
        Duplicate, // 422 DUPLICATE: an order with this reference exists; link to duplicateId
    };
    Kind kind = Kind::Created;
    OutboundOrder order; // empty for Duplicate
    QString duplicateId;
    QString message; // the server's words for a duplicate

    // The id the order link should record, whichever way it went.
    QString orderId() const { return kind == Kind::Duplicate ? duplicateId : order.id; }
};

} // namespace wharf::wms
