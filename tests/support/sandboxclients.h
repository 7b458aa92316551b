#pragma once

#include "core/net/httpclient.h"
#include "core/net/result.h"
#include "core/net/retrypolicy.h"
#include "core/wms/wmsclient.h"
#include "core/woo/wooclient.h"
#include "sandbox/sandbox.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <chrono>
#include <functional>
#include <memory>

namespace wharf::test {

// The sandbox's CartonCloud tenant, as core connects to it.
inline wms::WmsConnection wmsConnection(const sandbox::CartonCloudServer &server)
{
    wms::WmsConnection c;
    c.baseUrl = server.baseUrl();
    c.clientId = server.clientId();
    c.clientSecret = server.clientSecret();
    c.tenantId = server.tenantId();
    return c;
}

// The sandbox store over HTTPS with Basic auth (the sandbox's CA is trusted by the client that
// SandboxClients makes).
inline woo::WooConnection wooConnection(const sandbox::WooStore &store)
{
    woo::WooConnection c;
    c.home = store.httpsUrl();
    c.auth = woo::WooConnection::AuthMode::Basic;
    c.consumerKey = store.consumerKey();
    c.consumerSecret = store.consumerSecret();
    return c;
}

// Retries within milliseconds: the tests' faults are answered at once, not after real backoff.
inline net::RetryPolicy fastRetries()
{
    using namespace std::chrono_literals;
    net::RetryPolicy fast;
    fast.baseDelay = 1ms;
    fast.maxDelay = 2ms;
    return fast;
}

// Starts a call with a callback and waits for its result; an empty (failed) result when it does
// not come within the timeout, with a warning that says so.
template<typename T>
net::Result<T> waitForResult(const std::function<void(net::Callback<T>)> &start, int timeoutMs = 60000)
{
    net::Result<T> out;
    bool done = false;
    start([&](const net::Result<T> &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning("call did not complete");
    return out;
}

// A WooClient and a WmsClient of core connected to a running sandbox over loopback, with fast
// retries and the sandbox's CA trusted; reset() makes them afresh (a new network access manager,
// no token, no connections kept) for tests that want each case to start clean.
class SandboxClients
{
public:
    explicit SandboxClients(sandbox::Sandbox &sandbox)
        : m_sandbox(sandbox)
    {
        reset();
    }

    void reset()
    {
        m_wms.reset();
        m_woo.reset();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_woo = std::make_unique<woo::WooClient>(m_network.get());
        m_woo->http()->setSslConfiguration(m_sandbox.clientSslConfiguration());
        m_woo->http()->setRetryPolicy(fastRetries());
        m_woo->setConnection(wooConnection(*m_sandbox.store()));
        m_wms = std::make_unique<wms::WmsClient>(m_network.get());
        m_wms->http()->setRetryPolicy(fastRetries());
        m_wms->setConnection(wmsConnection(*m_sandbox.wms()));
    }

    QNetworkAccessManager *network() const { return m_network.get(); }
    woo::WooClient *woo() const { return m_woo.get(); }
    wms::WmsClient *wms() const { return m_wms.get(); }

private:
    sandbox::Sandbox &m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<woo::WooClient> m_woo;
    std::unique_ptr<wms::WmsClient> m_wms;
};

} // namespace wharf::test
