#include "ui/wizard/localcustomerdirectory.h"

#include "core/store/customerrepository.h"
#include "core/store/integrationrepository.h"

#include <QMetaObject>
#include <QPointer>

namespace wharf {

namespace {

// Answers later, as a CartonCloud-backed directory would, so that pages never come to rely on an
// answer arriving inside the call.
template<typename Fn> void answerLater(QObject *context, Fn fn)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, fn = std::move(fn)] {
            if (guard)
                fn();
        },
        Qt::QueuedConnection);
}

} // namespace

LocalCustomerDirectory::LocalCustomerDirectory(const Database &database, qint64 accountId, QObject *parent)
    : CustomerDirectory(parent)
    , m_database(database)
    , m_accountId(accountId)
{
}

void LocalCustomerDirectory::customers(QObject *context, CustomersCallback done)
{
    const CustomerRepository repository(m_database);
    const QList<Customer> found = repository.forAccount(m_accountId);
    const QString error = found.isEmpty() && !repository.errorString().isEmpty() ? repository.errorString() : QString();
    answerLater(context, [done = std::move(done), found, error] { done(found, error); });
}

void LocalCustomerDirectory::knownWarehouses(const QString &customerId, QObject *context, WarehousesCallback done)
{
    QStringList names;
    const QList<Integration> integrations = IntegrationRepository(m_database).forCustomer(m_accountId, customerId);
    for (const Integration &integration : integrations) {
        const QString name = integration.warehouseName.trimmed();
        if (integration.warehouseMode == Integration::WarehouseMode::Named && !name.isEmpty()
            && !names.contains(name, Qt::CaseInsensitive))
            names.append(name);
    }
    answerLater(context, [done = std::move(done), names] { done(names, QString()); });
}

QString LocalCustomerDirectory::knownWarehousesSource(const QString &customerName) const
{
    return tr("used by %1's other integrations").arg(customerName);
}

} // namespace wharf
