#pragma once

#include "core/model/health.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <utility>

namespace wharf {

// One self-managed WooCommerce integration: a store connected to one customer and warehouse.
// The consumer secret is not here: it lives in the keychain under
// SecretKeys::integrationConsumerSecret(id).
struct Integration
{
    enum class WarehouseMode {
        Named, // a warehouse the user picked or typed
        CustomerDefault, // the customer's default warehouse in CartonCloud
    };

    qint64 id = 0;
    qint64 accountId = 0;
    QString customerId;
    QString name;
    QString storeUrl;
    QString consumerKey;
    // How the store takes the key: "basic" (HTTPS header), "query" (HTTPS, for hosts that strip the
    // Authorization header), "oauth1" (plain HTTP); empty means "what the URL's scheme allows".
    QString wooAuth;
    WarehouseMode warehouseMode = WarehouseMode::CustomerDefault;
    QString warehouseName;
    bool completeOnDispatch = true;
    bool sendTracking = true;
    // Stock back to WooCommerce (issue 15), off by default: CartonCloud's stock on hand written
    // to the store every stockSyncMinutes. stockSyncedAt is the engine's: when it last ran.
    bool stockSync = false;
    int stockSyncMinutes = DefaultStockSyncMinutes;
    QDateTime stockSyncedAt;
    static constexpr int DefaultStockSyncMinutes = 60;
    // Off by default (issue 15): an order cancelled or refunded in WooCommerce after hand-off has
    // its outbound order deleted in CartonCloud while it is not yet picked, where the
    // organisation's setting allows it. Otherwise, and always after picking, it goes to attention.
    bool stopCancelledOrders = false;
    // Orders already in processing at go-live: all of them when null, else those created since.
    QDateTime intakeSince;
    Health health = Health::Draft;
    QString healthReason; // the sentence behind the health, for people
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; // null while the integration exists; billing stops here
    // The store it serves (woo::StoreIdentity): one live integration per store; the store's code
    // goes into the reference of every order it sends. Null storeId: an integration left over
    // from before stores were known whose store another live integration serves; it does not run.
    qint64 storeId = 0;
    QString storeKey;
    QString storeCode;
    // The last cycle that ran, and the last that ended without an integration-level error.
    QDateTime lastSyncAt;
    QDateTime lastSuccessAt;
    // Bumped by every change of the user's settings; engines compare it to pick changes up.
    qint64 settingsRevision = 1;
    // When it was billable: [start, end) pairs, oldest first; an open period has a null end.
    // Deleting ends one, restoring the same store starts the next (billing follows the store).
    QList<std::pair<QDateTime, QDateTime>> activePeriods;

    bool isDeleted() const { return deletedAt.isValid(); }

    static QString warehouseModeKey(WarehouseMode mode);
    static WarehouseMode warehouseModeFromKey(const QString &key);
};

} // namespace wharf

Q_DECLARE_METATYPE(wharf::Integration)
