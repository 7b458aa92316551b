#pragma once

#include "ui/demo/demopanel.h"

#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <memory>

namespace wharf {

class Database;
class SecretStore;
namespace sandbox {
class Sandbox;
class WooStore;
} // namespace sandbox

// `wharf --demo`: the sandbox's CartonCloud tenant (three customers, products, two warehouses)
// and two WooCommerce stores whose orders keep arriving, all in this process on loopback; the
// account already connected and one store already integrated, so that orders flow within a
// minute. The second store is left for the user to set up with the real wizard.
class DemoWorld : public QObject
{
    Q_OBJECT

public:
    DemoWorld(const Database &database, SecretStore &secrets, QObject *parent = nullptr);
    ~DemoWorld() override;

    bool start(QString *error);
    // Connects the demo's CartonCloud account and integrates the first store; `done` once saved.
    void setUp(std::function<void(const QString &error)> done);

    QSslConfiguration sslConfiguration() const;
    QList<DemoPanel::Store> stores() const;
    QString warehouseSummary() const;

public Q_SLOTS:
    void setAutomatic(bool automatic);
    void packAll();
    void dispatchAll();
    void rejectNewest();
    void placeOrders();

Q_SIGNALS:
    void warehouseChanged();

private:
    const Database &m_database;
    SecretStore &m_secrets;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    sandbox::WooStore *m_secondStore = nullptr;
    QString m_acmeId;
};

} // namespace wharf
