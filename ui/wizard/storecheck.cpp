#include "ui/wizard/storecheck.h"

#include "core/net/retrypolicy.h"
#include "core/secrets/secretkeys.h"
#include "core/secrets/secretstore.h"
#include "core/woo/credentialscheck.h"

namespace wharf {

using woo::CredentialsCheckResult;

StoreCheck::StoreCheck(QNetworkAccessManager *network, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_check(new woo::CredentialsCheck(network, this))
{
    // A person is waiting for this answer: a failure is reported at once instead of being retried
    // with backoff behind a spinner, and Next tries again.
    m_check->client()->http()->setRetryPolicy(net::RetryPolicy::noRetries());
    // Half the engine's patience: slow stores answer within seconds, and one that has not moved a byte
    // in 30 s is better reported than waited for.
    m_check->client()->setTransferTimeout(30000);
    connect(m_check, &woo::CredentialsCheck::progress, this, &StoreCheck::progress);
    connect(m_check, &woo::CredentialsCheck::finished, this,
            [this](const CredentialsCheckResult &result) { finish(m_runningInputs, result); });
}

bool StoreCheck::passedFor(const Inputs &inputs) const
{
    return m_lastResult && m_lastResult->ok() && m_lastInputs == inputs;
}

void StoreCheck::cancel()
{
    m_check->cancel();
    ++m_serial;
    m_running = false;
}

void StoreCheck::start(const Inputs &inputs)
{
    cancel();
    m_running = true;
    m_runningInputs = inputs;
    Q_EMIT started();

    if (!inputs.typedSecret.isEmpty() || inputs.storedSecretOf == 0) {
        runCheck(inputs, inputs.typedSecret);
        return;
    }
    Q_EMIT progress(tr("Reading the stored consumer secret…"));
    m_secrets.read(SecretKeys::integrationConsumerSecret(inputs.storedSecretOf), this,
                   [this, inputs, serial = m_serial](const SecretResult &stored) {
                       if (serial != m_serial)
                           return;
                       if (stored.ok()) {
                           runCheck(inputs, stored.secret);
                           return;
                       }
                       CredentialsCheckResult result;
                       result.verdict = CredentialsCheckResult::Verdict::WrongSecret;
                       result.sentence = stored.status == SecretResult::Status::Missing
                           ? tr("Wharf has no consumer secret stored for this store. Enter the secret again.")
                           : tr("Wharf could not read the stored consumer secret: %1 Or enter the secret again.")
                                 .arg(stored.message);
                       finish(inputs, result);
                   });
}

void StoreCheck::runCheck(const Inputs &inputs, const QString &secret)
{
    m_runningInputs = inputs;
    m_check->start(inputs.storeAddress, inputs.consumerKey, secret);
}

void StoreCheck::finish(const Inputs &inputs, const CredentialsCheckResult &result)
{
    m_running = false;
    m_lastInputs = inputs;
    m_lastResult = result;
    Q_EMIT finished(result);
}

} // namespace wharf
