#pragma once

#include "core/woo/credentialscheckresult.h"

#include <QObject>

#include <optional>

class QNetworkAccessManager;

namespace wharf {

class SecretStore;

namespace woo {
class CredentialsCheck;
}

// The wizard's one live check of a store, shared by the Authentication step (Next) and the
// Fulfilment step (Check again). The network work is core's CredentialsCheck; this adds what only
// the wizard knows: when Reconfigure leaves the secret field empty, the stored secret is read from
// the keychain first (asynchronously) and checked instead. Remembers what it last checked, so that
// pages can tell whether the inputs changed since.
class StoreCheck : public QObject
{
    Q_OBJECT

public:
    struct Inputs
    {
        QString storeAddress;
        QString consumerKey;
        QString typedSecret; // empty: use the secret stored for `storedSecretOf`
        qint64 storedSecretOf = 0; // integration id; 0 when there is no stored secret

        friend bool operator==(const Inputs &, const Inputs &) = default;
    };

    StoreCheck(QNetworkAccessManager *network, SecretStore &secrets, QObject *parent = nullptr);

    // Core's check, for the caller to configure (trusted certificates, retry policy).
    woo::CredentialsCheck *credentialsCheck() const { return m_check; }

    // Starts a check; one already running is abandoned (its result never arrives).
    void start(const Inputs &inputs);
    void cancel();
    bool isRunning() const { return m_running; }

    // The result of the last check that finished, and the inputs it was for.
    const std::optional<woo::CredentialsCheckResult> &lastResult() const { return m_lastResult; }
    const Inputs &lastInputs() const { return m_lastInputs; }
    // True when the last check passed for exactly these inputs.
    bool passedFor(const Inputs &inputs) const;

Q_SIGNALS:
    void started();
    void progress(const QString &step);
    void finished(const wharf::woo::CredentialsCheckResult &result);

private:
    void runCheck(const Inputs &inputs, const QString &secret);
    void finish(const Inputs &inputs, const woo::CredentialsCheckResult &result);

    SecretStore &m_secrets;
    woo::CredentialsCheck *m_check;
    // Bumped on every start() and cancel(), so that a keychain answer for an abandoned check is dropped.
    quint64 m_serial = 0;
    bool m_running = false;
    Inputs m_runningInputs;
    Inputs m_lastInputs;
    std::optional<woo::CredentialsCheckResult> m_lastResult;
};

} // namespace wharf
