#pragma once

#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QString>

namespace wharf {

// The sentences that say a secret is missing, naming where the secrets are actually kept: the
// desktop's keychain, the database (server mode, --secrets database) or the demo's memory. Whole
// sentences per place, not a place's name put into one sentence, so that each reads well.
class SecretSentences
{
    Q_DECLARE_TR_FUNCTIONS(wharf::SecretSentences)

public:
    // The engine's reason when an account's API client secret cannot be found.
    static QString clientSecretMissing(SecretStore::Place place);
    // The engine's reason when an integration's consumer secret cannot be found.
    static QString consumerSecretMissing(SecretStore::Place place);
    // Whether `reason` is one of the two sentences above (any place), and which.
    static bool isClientSecretMissing(const QString &reason);
    static bool isConsumerSecretMissing(const QString &reason);
    // The dashboard's banner over an integration that cannot sync for want of a secret.
    static QString clientSecretMissingBanner(SecretStore::Place place);
    static QString consumerSecretMissingBanner(SecretStore::Place place);
    // An integration is deleted but its secret stayed where it was kept; `why` is the store's sentence.
    static QString secretNotRemoved(SecretStore::Place place, const QString &why);
    // Delete Integration's question: what happens to the consumer secret.
    static QString consumerSecretRemovedOnDelete(SecretStore::Place place);
    // A secret field's placeholder when a secret is stored and may be left as it is.
    static QString storedPlaceholder(SecretStore::Place place);
    // The wizard's summary of the consumer secret: a new one saved there, or the stored one kept.
    static QString consumerSecretSaved(SecretStore::Place place);
    static QString consumerSecretUnchanged(SecretStore::Place place);
    // The set-up help's word on where the CartonCloud client secret goes once entered.
    static QString clientSecretKept(SecretStore::Place place);
};

} // namespace wharf
