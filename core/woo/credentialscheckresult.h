#pragma once

#include "core/net/apierror.h"
#include "core/woo/storediscovery.h"
#include "core/woo/wooconnection.h"

#include <QMetaType>
#include <QStringList>

namespace wharf::woo {

// What the wizard's live check of a store address and key found: one verdict, one sentence, and
// warnings that do not stop the setup.
struct CredentialsCheckResult
{
    enum class Verdict {
        Ok,
        InvalidAddress,
        Unreachable, // network, timeouts, 5xx
        CertificateProblem,
        NotWordPress,
        WooCommerceMissing,
        PermalinksOff,
        KeysSwapped, // a cs_… in the key field and a ck_… in the secret field
        WrongKey,
        WrongSecret,
        ReadOnlyKey,
        WriteOnlyKey,
        MissingCapability, // the key's WordPress user lacks a WooCommerce capability
        ClockWrong, // OAuth timestamp refused
        Failed, // anything else; the sentence says what the store said
    };

    Verdict verdict = Verdict::Failed;
    // Translated, one per verdict; for Ok a short confirmation.
    QString sentence;
    // Translated; e.g. plain HTTP, a host that strips the Authorization header.
    QStringList warnings;
    // Usable for WooClient when verdict is Ok (home, auth mode, tracking plugin, the key and secret).
    WooConnection connection;
    StoreDiscovery discovery;
    // The error behind a failed verdict, for details and logs.
    net::ApiError error;
    bool plainHttp = false;
    bool authorizationHeaderStripped = false;

    bool ok() const { return verdict == Verdict::Ok; }
};

} // namespace wharf::woo

Q_DECLARE_METATYPE(wharf::woo::CredentialsCheckResult)
