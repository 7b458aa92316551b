#pragma once

#include "core/model/customer.h"
#include "core/model/integration.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace wharf {

class BusyIndicator;
class FieldMessage;
class SkuPreflightView;

// The Order Creation step's form: whose orders these are (the customer: a choice for an admin, fixed
// for a customer user and in Reconfigure), which warehouse they go to (one the customer's orders
// already go to, a typed name, or the customer's default), and which orders already in Processing
// to take at go-live (all, or those since a date).
class OrderCreationForm : public QWidget
{
    Q_OBJECT

public:
    explicit OrderCreationForm(QWidget *parent = nullptr);

    void load(const Integration &integration);
    void save(Integration &integration) const;
    bool isFilled() const;

    // --- customer ---
    // The customer cannot be changed here: a customer user's own, or the customer of an integration
    // being reconfigured. The choice gives way to the name; `reason` says why, in a sentence.
    void setFixedCustomer(const Customer &customer, const QString &reason);
    bool isCustomerFixed() const { return m_customerFixed; }
    void setCustomersLoading(bool loading);
    // Fills the choice; keeps `selectId` selected (adding it when the list does not know it).
    void setCustomers(const QList<Customer> &customers, const QString &selectId);
    QString customerId() const;
    QString customerName() const;
    void showCustomerProblem(const QString &sentence);

    // --- go-live intake ---
    // Reconfigure: the integration went live already, so which orders it took then is history.
    void setIntakeFixed(bool fixed);

    // --- warehouse ---
    void setWarehousesLoading(bool loading);
    // `source` completes "Warehouses …" ("seen on Acme's recent CartonCloud orders").
    void setKnownWarehouses(const QStringList &names, const QString &source, const QString &error = QString());

    QComboBox *customerCombo() const { return m_customer; }
    QLabel *fixedCustomerLabel() const { return m_fixedCustomer; }
    QRadioButton *knownWarehouseRadio() const { return m_knownRadio; }
    QRadioButton *namedWarehouseRadio() const { return m_namedRadio; }
    QRadioButton *defaultWarehouseRadio() const { return m_defaultRadio; }
    QComboBox *knownWarehouseCombo() const { return m_knownCombo; }
    QLineEdit *warehouseNameEdit() const { return m_namedEdit; }
    QRadioButton *allOrdersRadio() const { return m_allRadio; }
    QRadioButton *sinceRadio() const { return m_sinceRadio; }
    QDateEdit *sinceDateEdit() const { return m_sinceDate; }
    // "Check SKUs": the page gives it the check to run (it needs the checked store and CartonCloud).
    SkuPreflightView *skuPreflightView() const { return m_skuPreflight; }

Q_SIGNALS:
    void changed();
    void customerChanged(const QString &customerId);

private:
    void updateEnabled();

    bool m_customerFixed = false;
    QString m_fixedCustomerId;
    QString m_fixedCustomerName;
    QComboBox *m_customer;
    QLabel *m_customerLabel;
    QLabel *m_fixedCustomer; // the customer's name, where the choice would be
    QLabel *m_fixedReason;
    BusyIndicator *m_customerBusy;
    FieldMessage *m_customerMessage;

    QButtonGroup *m_warehouseGroup;
    QRadioButton *m_knownRadio;
    QComboBox *m_knownCombo;
    BusyIndicator *m_warehouseBusy;
    QLabel *m_knownSource;
    QRadioButton *m_namedRadio;
    QLineEdit *m_namedEdit;
    QRadioButton *m_defaultRadio;

    QLabel *m_intakeNote;
    QRadioButton *m_allRadio;
    QRadioButton *m_sinceRadio;
    QDateEdit *m_sinceDate;
    SkuPreflightView *m_skuPreflight;
};

} // namespace wharf
