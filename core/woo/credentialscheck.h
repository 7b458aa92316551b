#pragma once

#include "core/woo/credentialscheckresult.h"
#include "core/woo/wooclient.h"

#include <QObject>

class QNetworkAccessManager;

namespace wharf::woo {

// The wizard's live check of a store: normalises the address, discovers the site, then proves the key
// reads orders and may write (a batch update with nothing in it, which changes nothing). Each case the
// setup can meet ends in its own verdict and sentence. Never blocks; the result comes by signal.
class CredentialsCheck : public QObject
{
    Q_OBJECT

public:
    explicit CredentialsCheck(QNetworkAccessManager *nam, QObject *parent = nullptr);

    WooClient *client() const { return m_client; }
    bool isRunning() const { return m_running; }

    // Starts a check; a check already running is abandoned (its result never arrives).
    void start(const QString &storeAddress, const QString &consumerKey, const QString &consumerSecret);
    void cancel();

    // The verdict for an error met while checking the key (exposed for tests).
    static CredentialsCheckResult::Verdict verdictFor(const net::ApiError &error);

Q_SIGNALS:
    // A short, translated description of the step under way ("Checking the key can write…").
    void progress(const QString &step);
    void finished(const wharf::woo::CredentialsCheckResult &result);

private:
    void checkRead(CredentialsCheckResult result, bool triedQueryString);
    void checkWrite(CredentialsCheckResult result);
    void finish(CredentialsCheckResult result);
    void fail(CredentialsCheckResult result, const net::ApiError &error);

    WooClient *m_client;
    // Replaced on every start() so that callbacks of an abandoned check are dropped with it.
    QObject *m_generation = nullptr;
    bool m_running = false;
};

} // namespace wharf::woo
