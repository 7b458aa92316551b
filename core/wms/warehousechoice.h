#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace wharf::wms {

// Where a customer's orders go. CartonCloud documents no list of warehouses, so the choices offered
// are: the warehouses seen on the customer's recent outbound orders, a name the user types (the API
// accepts {"name": "…"} spelt exactly), and the customer's default (warehouse left out of the order).
struct WarehouseChoice
{
    Q_DECLARE_TR_FUNCTIONS(wharf::wms::WarehouseChoice)

public:
    enum class Kind { Seen, Named, CustomerDefault };
    Kind kind = Kind::CustomerDefault;
    QString id; // Seen only
    QString name;

    static WarehouseChoice customerDefault() { return {}; }
    static WarehouseChoice named(const QString &name)
    {
        WarehouseChoice c;
        c.kind = Kind::Named;
        c.name = name.trimmed();
        return c;
    }
    static WarehouseChoice seen(const QString &id, const QString &name)
    {
        WarehouseChoice c;
        c.kind = Kind::Seen;
        c.id = id;
        c.name = name;
        return c;
    }

    // The "warehouse" member of an outbound order; an empty object for the default, which the
    // payload must then leave out.
    QJsonObject toJson() const
    {
        if (kind == Kind::Seen && !id.isEmpty())
            return QJsonObject {{QStringLiteral("id"), id}};
        if (kind != Kind::CustomerDefault && !name.isEmpty())
            return QJsonObject {{QStringLiteral("name"), name}};
        return {};
    }
    // For a combo box.
    QString label() const
    {
        switch (kind) {
        case Kind::CustomerDefault:
            return tr("The customer's default warehouse");
        case Kind::Named:
            return tr("%1 (typed)").arg(name);
        case Kind::Seen:
            break;
        }
        return name.isEmpty() ? id : name;
    }
};

} // namespace wharf::wms
