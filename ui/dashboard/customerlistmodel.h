#pragma once

#include "core/model/customer.h"

#include <QAbstractListModel>
#include <QList>

namespace wharf {

class Database;
class IntegrationBoard;

// The customers of the account, each with a green dot while it has a live integration (active and
// not paused, whatever its orders' health) and "N active integrations" under its name (seed,
// "Managing Self-Managed Integrations"). The health of those integrations is told beside the dot, as
// badges, never instead of it.
class CustomerListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CustomerIdRole = Qt::UserRole + 1,
        NameRole, // the name alone, for filtering
        SubtitleRole, // "2 active integrations"
        StatesRole, // "1 integration failing, 1 integration needs attention"; empty when all is well
        BadgesRole, // the same, one QVariantMap {health, text} per state, worst first, for the badges
        ActiveCountRole, // integrations that exist (not deleted): the ones billed
        LiveCountRole, // active and not paused: the seed's "live"
        HasLiveRole, // the green dot
        MaySelfManageRole,
    };

    CustomerListModel(const Database &database, IntegrationBoard &board, QObject *parent = nullptr);

    // The account whose customers to list; a customer user's account lists its own customer only.
    void setAccount(qint64 accountId, const QString &onlyCustomerId = {});
    void reload();

    // The account owner's permission for this customer's users to create their own integrations.
    bool setMaySelfManage(const QString &customerId, bool allowed);
    int rowOf(const QString &customerId) const;
    Customer customerAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Counts
    {
        int active = 0;
        int live = 0;
        int attention = 0;
        int failing = 0;
        int paused = 0;
        int draft = 0;
    };
    Counts countsFor(const QString &customerId) const;
    QString subtitle(const Counts &counts) const;
    QVariantList badges(const Counts &counts) const;
    QString states(const Counts &counts) const;
    QString toolTip(const Customer &customer, const Counts &counts) const;
    void onIntegrationChanged(qint64 integrationId, const QString &customerId);

    const Database &m_database;
    IntegrationBoard &m_board;
    qint64 m_accountId = 0;
    QString m_onlyCustomerId;
    QList<Customer> m_customers;
};

} // namespace wharf
