#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace wharf::wms {

// A CartonCloud outbound order ("sale order") as the API returns it, with what the sync reads.
struct OutboundOrder
{
    QString id; // UUID
    // DRAFT, AWAITING_STOCK, AWAITING_PICK_AND_PACK, PACKING_IN_PROGRESS, PICKED, PACKED, DISPATCHED,
    // REJECTED (as documented; kept as text so that an undocumented status is not lost).
    QString status;
    int version = 0;
    QString reference; // references.customer
    QString numericId; // references.numericId, human-readable
    QString customerId;
    QString customerName;
    QString warehouseId;
    QString warehouseName;
    // details.errors[].message of unresolved errors (why a 228 order was REJECTED).
    QStringList issues;
    QDateTime created;
    QDateTime modified;
    QDateTime packed;
    QDateTime dispatched;
    QJsonObject raw;

    static OutboundOrder fromJson(const QJsonObject &json);
    bool isValid() const { return !id.isEmpty(); }
};

} // namespace wharf::wms

Q_DECLARE_METATYPE(wharf::wms::OutboundOrder)
