#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace wharf {

// The link between one WooCommerce order and its CartonCloud outbound order. It is written before
// any call that could create the outbound order (state Creating), which is what makes "exactly
// once" survivable across crashes: a link found in Creating means "search before you POST".
struct OrderLink
{
    enum class State {
        Received, // seen in WooCommerce, not yet sent
        Creating, // create call may be in flight: resolve by searching before any new POST
        Created, // outbound order exists in CartonCloud
        NeedsAttention, // cannot proceed until someone acts (reason says why)
        Skipped, // deliberately not sent (pickup, edited away …); reason says why
        Completed, // WooCommerce order set to completed
        LeftAlone, // WooCommerce order left processing elsewhere (cancelled, refunded …)
    };

    qint64 id = 0;
    qint64 integrationId = 0;
    qint64 wooOrderId = 0;
    QString wooOrderNumber;
    State state = State::Received;
    QString reference; // customer reference sent to CartonCloud, derived from the order number
    QString wmsOrderId;
    QString wmsStatus; // CartonCloud's status text, e.g. PACKED
    QString reason; // why it needs attention or was skipped, as a sentence
    QDateTime reasonSince;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString trackingNumber;
    QString trackingCarrier;
    QString trackingUrl;
    QString wooTrackingId; // the tracking entry Wharf wrote, so it can replace it
    QDateTime wooModifiedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime completedAt;
    // When Wharf first saw the order DISPATCHED; its tracking is followed for a while after.
    QDateTime dispatchedAt;
    // When to look at a dispatched order's consignments next (invalid: at the next cycle).
    QDateTime trackingCheckAt;
    // What CartonCloud was given, as the store listed the order when it was handed off
    // (HandOffSnapshot's JSON): a later change of the WooCommerce order is compared with it.
    QString handOffSnapshot;
    // A change made in WooCommerce after hand-off that Wharf has seen ("cancelled", "refunded",
    // "on-hold", "edited" …); empty when none. While set, the order waits for a person (or, for a
    // cancellation with "stop cancelled orders" on, for CartonCloud to delete it).
    QString wooChange;

    static QString stateKey(State state);
    static State stateFromKey(const QString &key);
};

} // namespace wharf

Q_DECLARE_METATYPE(wharf::OrderLink)
