#include "core/secrets/secretsentences.h"

namespace wharf {

namespace {

constexpr SecretStore::Place kPlaces[] = {SecretStore::Place::Keychain, SecretStore::Place::Database,
                                          SecretStore::Place::Memory};

} // namespace

QString SecretSentences::clientSecretMissing(SecretStore::Place place)
{
    switch (place) {
    case SecretStore::Place::Database:
        return tr("The CartonCloud API client secret is missing from the secrets in Wharf's database. Connect the "
                  "CartonCloud account again.");
    case SecretStore::Place::Memory:
        return tr("The CartonCloud API client secret is missing from the demo's secrets, which live in memory only. "
                  "Connect the CartonCloud account again.");
    case SecretStore::Place::Keychain:
        break;
    }
    return tr("The CartonCloud API client secret is missing from the keychain. Connect the CartonCloud account "
              "again.");
}

QString SecretSentences::consumerSecretMissing(SecretStore::Place place)
{
    switch (place) {
    case SecretStore::Place::Database:
        return tr("The store's consumer secret is missing from the secrets in Wharf's database. Reconfigure the "
                  "integration to enter it again.");
    case SecretStore::Place::Memory:
        return tr("The store's consumer secret is missing from the demo's secrets, which live in memory only. "
                  "Reconfigure the integration to enter it again.");
    case SecretStore::Place::Keychain:
        break;
    }
    return tr("The store's consumer secret is missing from the keychain. Reconfigure the integration to enter it "
              "again.");
}

bool SecretSentences::isClientSecretMissing(const QString &reason)
{
    for (const SecretStore::Place place : kPlaces) {
        if (reason == clientSecretMissing(place))
            return true;
    }
    return false;
}

bool SecretSentences::isConsumerSecretMissing(const QString &reason)
{
    for (const SecretStore::Place place : kPlaces) {
        if (reason == consumerSecretMissing(place))
            return true;
    }
    return false;
}

QString SecretSentences::clientSecretMissingBanner(SecretStore::Place place)
{
    switch (place) {
    case SecretStore::Place::Database:
        return tr("The CartonCloud API client secret is missing from the secrets in Wharf's database, so no "
                  "integration of this account can sync. Enter it again in the Account screen.");
    case SecretStore::Place::Memory:
        return tr("The CartonCloud API client secret is missing from the demo's secrets in memory, so no "
                  "integration of this account can sync. Enter it again in the Account screen.");
    case SecretStore::Place::Keychain:
        break;
    }
    return tr("The CartonCloud API client secret is missing from the keychain, so no integration of this account "
              "can sync. Enter it again in the Account screen.");
}

QString SecretSentences::consumerSecretMissingBanner(SecretStore::Place place)
{
    switch (place) {
    case SecretStore::Place::Database:
        return tr("The store's consumer secret is missing from the secrets in Wharf's database, so this integration "
                  "cannot sync. Enter it again with Reconfigure.");
    case SecretStore::Place::Memory:
        return tr("The store's consumer secret is missing from the demo's secrets in memory, so this integration "
                  "cannot sync. Enter it again with Reconfigure.");
    case SecretStore::Place::Keychain:
        break;
    }
    return tr("The store's consumer secret is missing from the keychain, so this integration cannot sync. Enter it "
              "again with Reconfigure.");
}

QString SecretSentences::secretNotRemoved(SecretStore::Place place, const QString &why)
{
    switch (place) {
    case SecretStore::Place::Database:
        return tr("The integration was deleted, but its secret could not be removed from Wharf's database: %1")
            .arg(why);
    case SecretStore::Place::Memory:
    case SecretStore::Place::Keychain:
        break;
    }
    return tr("The integration was deleted, but its secret could not be removed from the keychain: %1").arg(why);
}

QString SecretSentences::consumerSecretRemovedOnDelete(SecretStore::Place place)
{
    switch (place) {
    case SecretStore::Place::Database:
        return tr("Its consumer secret is removed from Wharf's database; to connect the store again, configure a new "
                  "integration.");
    case SecretStore::Place::Memory:
        return tr("Its consumer secret is forgotten; to connect the store again, configure a new integration.");
    case SecretStore::Place::Keychain:
        break;
    }
    return tr("Its consumer secret is removed from the keychain; to connect the store again, configure a new "
              "integration.");
}

QString SecretSentences::storedPlaceholder(SecretStore::Place place)
{
    switch (place) {
    case SecretStore::Place::Database:
        return tr("Stored, encrypted, in Wharf's database; leave empty to keep it");
    case SecretStore::Place::Memory:
        return tr("Stored in memory for the demo; leave empty to keep it");
    case SecretStore::Place::Keychain:
        break;
    }
    return tr("Stored in the keychain; leave empty to keep it");
}

QString SecretSentences::consumerSecretSaved(SecretStore::Place place)
{
    switch (place) {
    case SecretStore::Place::Database:
        return tr("Saved encrypted in Wharf's database, never in clear");
    case SecretStore::Place::Memory:
        return tr("Kept in memory for the demo, never saved");
    case SecretStore::Place::Keychain:
        break;
    }
    return tr("Saved in the system keychain, never in Wharf's data file");
}

QString SecretSentences::consumerSecretUnchanged(SecretStore::Place place)
{
    switch (place) {
    case SecretStore::Place::Database:
        return tr("Unchanged (kept encrypted in Wharf's database)");
    case SecretStore::Place::Memory:
        return tr("Unchanged (kept in memory for the demo)");
    case SecretStore::Place::Keychain:
        break;
    }
    return tr("Unchanged (kept in the system keychain)");
}

QString SecretSentences::clientSecretKept(SecretStore::Place place)
{
    switch (place) {
    case SecretStore::Place::Database:
        return tr("The secret is kept encrypted in Wharf's database, shared with the Wharf services that sync.");
    case SecretStore::Place::Memory:
        return tr("The secret is kept in memory for the demo, never saved.");
    case SecretStore::Place::Keychain:
        break;
    }
    return tr("The secret is kept in the system keychain.");
}

} // namespace wharf
