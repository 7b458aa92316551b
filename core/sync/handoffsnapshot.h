#pragma once

#include "core/woo/wooorder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace wharf {

// What CartonCloud was given for one WooCommerce order, kept with its link so that a later
// version of the order can be compared with it: the status, the lines (SKU and quantity), where
// it ships and how, and the refunds made so far. Stored as compact JSON text.
//
// Outbound orders cannot be edited through CartonCloud's API (cartoncloud-api.md: update is "NOT
// YET AVAILABLE"), so a difference found here is told to a person, never sent.
class HandOffSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(wharf::HandOffSnapshot)

public:
    struct Line
    {
        QString key; // the SKU, or the line's name when it has none
        double quantity = 0;
    };

    // What changed, as one kind and the particulars a person reads.
    struct Change
    {
        // "" (nothing that matters to the warehouse), a WooCommerce status ("cancelled",
        // "refunded", "on-hold", "failed", "pending", "processing" when it came back to it),
        // "refunded-part", or "edited".
        QString kind;
        QStringList particulars; // "T-SHIRT-RED 2 → 3", "shipping address now …"

        bool isEmpty() const { return kind.isEmpty(); }
        // The sentence for the order's attention item and timeline.
        QString sentence(const QString &orderNumber, const QString &wmsStatus) const;
        // Cancelled or refunded in full: the order should not ship.
        bool stopsTheOrder() const;
    };

    static HandOffSnapshot of(const woo::WooOrder &order);
    static HandOffSnapshot fromText(const QString &text); // empty when text is empty or unreadable
    QString toText() const;
    bool isEmpty() const { return m_status.isEmpty(); }
    HandOffSnapshot withStatus(const QString &status) const
    {
        HandOffSnapshot copy = *this;
        copy.m_status = status;
        return copy;
    }

    // How `now` differs from this snapshot, in what the warehouse cares about. Changes WooCommerce
    // makes for other reasons (notes, meta data, the tracking Wharf itself added) are not changes.
    Change changeTo(const HandOffSnapshot &now) const;

    QString status() const { return m_status; }
    const QList<Line> &lines() const { return m_lines; }

private:
    QString m_status;
    QList<Line> m_lines;
    QString m_shipTo; // one line: name, company, street, town, postcode, country
    QString m_shippingMethod;
    int m_refunds = 0;
    QString m_refunded; // the refunds' total as WooCommerce sends it (a negative decimal string)
};

} // namespace wharf
