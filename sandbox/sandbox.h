#pragma once

#include "cartoncloudserver.h"
#include "certificateauthority.h"
#include "woostore.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

namespace wharf::sandbox {

class ControlApi;
class HttpEndpoint;

// The whole far side of the wire in one object: one or more WooCommerce stores, one CartonCloud
// tenant, the test certificates and (optionally) the control API. Typical test use:
//
//     wharf::sandbox::Sandbox sandbox;
//     QVERIFY(sandbox.start());                 // ports picked freely, HTTPS on, demo data off
//     sandbox.seedDemo();                        // optional
//     QSslConfiguration tls = sandbox.clientSslConfiguration();   // trusts the sandbox CA
//     QUrl store = sandbox.store()->httpsUrl();  // Basic auth with store()->consumerKey() ...
//     QUrl wms = sandbox.wms()->baseUrl();       // client id/secret/tenant from wms()
//     sandbox.wms()->dispatch(id);               // the warehouse's hands
//     sandbox.store()->requestLog().count(u"/wp-json/wc/v3/orders"_s);
//     sandbox.wms()->faults().add(Fault::httpStatus(u"/tenants/*"_s, 503, 1));
class Sandbox : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        WooStore::Options store; // the first store
        CartonCloudServer::Options wms;
        bool https = true; // give the store an HTTPS listener
        bool untrustedCertificate = false; // ... with the certificate no client trusts
        bool controlApi = false; // start the control API (the executable does)
        quint16 controlPort = 0;
    };

    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    bool start(); // default Options
    bool start(const Options &options);
    void stop();
    QString errorString() const { return m_error; }

    WooStore *store(int index = 0) const { return m_stores.value(index); }
    QList<WooStore *> stores() const { return m_stores; }
    // Another store on its own ports (after start()).
    WooStore *addStore(const WooStore::Options &options, bool https = true, bool untrustedCertificate = false);
    CartonCloudServer *wms() const { return m_wms; }

    QString caCertificatePath() const { return m_ca.caCertificatePath(); }
    QString untrustedCaCertificatePath() const { return m_ca.untrustedCaCertificatePath(); }
    // QSslConfiguration::defaultConfiguration() plus the sandbox CA: what a client must use.
    QSslConfiguration clientSslConfiguration() const;
    QUrl controlUrl() const; // empty unless Options::controlApi

    // Demo data: CartonCloud customer "Acme Apparel" (ACME) with products, a default warehouse,
    // and store orders in several statuses and countries, unicode names, a pickup order, an order
    // with a SKU unknown to CartonCloud and one whose product has no SKU.
    void seedDemo();
    // Seed from JSON (format in seedFormat()); false with `error` set on a malformed seed.
    bool seed(const QJsonObject &seed, QString *error);
    bool seedFromFile(const QString &path, QString *error);
    static QString seedFormat();

    // Everything a script needs, as the executable prints it on one line.
    QJsonObject describe() const;

private:
    bool seedStore(WooStore *woo, const QJsonObject &seed, QString *error);
    CertificateAuthority m_ca;
    QList<WooStore *> m_stores;
    CartonCloudServer *m_wms = nullptr;
    ControlApi *m_control = nullptr;
    HttpEndpoint *m_controlEndpoint = nullptr;
    QString m_error;
};

} // namespace wharf::sandbox
