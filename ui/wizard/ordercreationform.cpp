#include "ui/wizard/ordercreationform.h"

#include "ui/catalogue/skupreflightview.h"
#include "ui/wizard/busyindicator.h"
#include "ui/wizard/fieldmessage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace wharf {

OrderCreationForm::OrderCreationForm(QWidget *parent)
    : QWidget(parent)
    , m_customer(new QComboBox(this))
    , m_customerLabel(new QLabel(tr("&Customer:"), this))
    , m_fixedCustomer(new QLabel(this))
    , m_fixedReason(new QLabel(this))
    , m_customerBusy(new BusyIndicator(this))
    , m_customerMessage(new FieldMessage(m_customer, this))
    , m_warehouseGroup(new QButtonGroup(this))
    , m_knownRadio(new QRadioButton(this))
    , m_knownCombo(new QComboBox(this))
    , m_warehouseBusy(new BusyIndicator(this))
    , m_knownSource(new QLabel(this))
    , m_namedRadio(new QRadioButton(tr("&Another warehouse, by its name in CartonCloud:"), this))
    , m_namedEdit(new QLineEdit(this))
    , m_defaultRadio(new QRadioButton(tr("The customer's d&efault warehouse in CartonCloud"), this))
    , m_intakeNote(new QLabel(this))
    , m_allRadio(new QRadioButton(tr("A&ll of them"), this))
    , m_sinceRadio(new QRadioButton(tr("Only those created on or after a &date:"), this))
    , m_sinceDate(new QDateEdit(this))
    , m_skuPreflight(new SkuPreflightView(this))
{
    m_customer->setObjectName(QStringLiteral("customerCombo"));
    m_fixedCustomer->setObjectName(QStringLiteral("fixedCustomerLabel"));
    m_customerMessage->setObjectName(QStringLiteral("customerMessage"));
    m_knownRadio->setObjectName(QStringLiteral("knownWarehouseRadio"));
    m_knownCombo->setObjectName(QStringLiteral("knownWarehouseCombo"));
    m_namedRadio->setObjectName(QStringLiteral("namedWarehouseRadio"));
    m_namedEdit->setObjectName(QStringLiteral("warehouseNameEdit"));
    m_defaultRadio->setObjectName(QStringLiteral("defaultWarehouseRadio"));
    m_allRadio->setObjectName(QStringLiteral("allOrdersRadio"));
    m_sinceRadio->setObjectName(QStringLiteral("sinceRadio"));
    m_sinceDate->setObjectName(QStringLiteral("sinceDateEdit"));

    auto *layout = new QVBoxLayout(this);

    // --- customer
    auto *customerBox = new QGroupBox(tr("Customer"), this);
    auto *customerLayout = new QGridLayout(customerBox);
    m_customerLabel->setBuddy(m_customer);
    m_customer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_customer->setMinimumContentsLength(24);
    m_fixedCustomer->setTextFormat(Qt::PlainText);
    QFont bold = m_fixedCustomer->font();
    bold.setBold(true);
    m_fixedCustomer->setFont(bold);
    m_fixedCustomer->hide();
    m_fixedReason->setWordWrap(true);
    m_fixedReason->setTextFormat(Qt::PlainText);
    m_fixedReason->hide();
    customerLayout->addWidget(m_customerLabel, 0, 0);
    customerLayout->addWidget(m_customer, 0, 1);
    customerLayout->addWidget(m_fixedCustomer, 0, 1);
    customerLayout->addWidget(m_customerBusy, 0, 2);
    customerLayout->addWidget(m_fixedReason, 1, 0, 1, 4);
    customerLayout->addWidget(m_customerMessage, 2, 0, 1, 4);
    customerLayout->setColumnStretch(3, 1);
    layout->addWidget(customerBox);
    connect(m_customer, &QComboBox::currentIndexChanged, this, [this] {
        m_customerMessage->clear();
        Q_EMIT customerChanged(customerId());
        Q_EMIT changed();
    });

    // --- warehouse
    auto *warehouseBox = new QGroupBox(tr("Warehouse"), this);
    auto *warehouseLayout = new QGridLayout(warehouseBox);
    auto *warehouseIntro = new QLabel(tr("The CartonCloud warehouse the store's orders are created in."), warehouseBox);
    warehouseIntro->setWordWrap(true);
    m_knownRadio->setText(tr("A &warehouse the customer's orders already go to:"));
    // Wide enough for most names; a longer one is shown in full in the open list, not by widening the page.
    m_knownCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_knownCombo->setMinimumContentsLength(24);
    m_namedEdit->setMinimumWidth(m_knownCombo->sizeHint().width());
    m_knownSource->setWordWrap(true);
    m_knownSource->setTextFormat(Qt::PlainText);
    m_namedEdit->setPlaceholderText(tr("e.g. Brisbane DC"));
    m_namedEdit->setMaxLength(200);
    auto *access = new QLabel(tr("The customer must have access to this warehouse in CartonCloud; otherwise "
                                 "CartonCloud refuses the orders."),
                              warehouseBox);
    access->setObjectName(QStringLiteral("warehouseAccessNote"));
    access->setWordWrap(true);
    QFont emphasised = access->font();
    emphasised.setItalic(true);
    access->setFont(emphasised);
    m_warehouseGroup->addButton(m_knownRadio);
    m_warehouseGroup->addButton(m_namedRadio);
    m_warehouseGroup->addButton(m_defaultRadio);
    // Each choice's field sits under its option, indented like the option's text, not beside it: a
    // radio's text cannot wrap, and text plus field side by side made the page wider than a small
    // screen (or a 200 % one), cutting everything at the right edge.
    const int indent = m_knownRadio->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, m_knownRadio)
        + m_knownRadio->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, m_knownRadio);
    warehouseLayout->setColumnMinimumWidth(0, indent);
    warehouseLayout->addWidget(warehouseIntro, 0, 0, 1, 4);
    warehouseLayout->addWidget(m_knownRadio, 1, 0, 1, 4);
    warehouseLayout->addWidget(m_knownCombo, 2, 1);
    warehouseLayout->addWidget(m_warehouseBusy, 2, 2);
    warehouseLayout->addWidget(m_namedRadio, 3, 0, 1, 4);
    warehouseLayout->addWidget(m_namedEdit, 4, 1);
    warehouseLayout->addWidget(m_defaultRadio, 5, 0, 1, 4);
    warehouseLayout->addWidget(m_knownSource, 6, 0, 1, 4);
    warehouseLayout->addWidget(access, 7, 0, 1, 4);
    warehouseLayout->setColumnStretch(3, 1);
    layout->addWidget(warehouseBox);
    connect(m_warehouseGroup, &QButtonGroup::buttonToggled, this, [this] {
        updateEnabled();
        Q_EMIT changed();
    });
    connect(m_namedEdit, &QLineEdit::textChanged, this, &OrderCreationForm::changed);
    connect(m_knownCombo, &QComboBox::currentIndexChanged, this, &OrderCreationForm::changed);

    // --- go-live intake
    auto *intakeBox = new QGroupBox(tr("Orders already in Processing when the integration starts"), this);
    auto *intakeLayout = new QGridLayout(intakeBox);
    // The note wraps: Reconfigure's longer sentence must not run past the page's right edge.
    m_intakeNote->setObjectName(QStringLiteral("intakeNote"));
    m_intakeNote->setWordWrap(true);
    m_intakeNote->setTextFormat(Qt::PlainText);
    m_sinceDate->setCalendarPopup(true);
    m_sinceDate->setDate(QDate::currentDate());
    m_sinceDate->setMaximumDate(QDate::currentDate());
    auto *intakeGroup = new QButtonGroup(this);
    intakeGroup->addButton(m_allRadio);
    intakeGroup->addButton(m_sinceRadio);
    intakeLayout->setColumnMinimumWidth(0, indent);
    intakeLayout->addWidget(m_allRadio, 0, 0, 1, 3);
    intakeLayout->addWidget(m_sinceRadio, 1, 0, 1, 3);
    intakeLayout->addWidget(m_sinceDate, 2, 1);
    intakeLayout->addWidget(m_intakeNote, 3, 0, 1, 3);
    intakeLayout->setColumnStretch(2, 1);
    layout->addWidget(intakeBox);
    connect(intakeGroup, &QButtonGroup::buttonToggled, this, [this] {
        updateEnabled();
        Q_EMIT changed();
    });

    // --- SKU pre-flight: optional, never a condition for Next (an unknown SKU only holds its orders).
    auto *skuBox = new QGroupBox(tr("SKUs"), this);
    skuBox->setObjectName(QStringLiteral("skuBox"));
    auto *skuLayout = new QVBoxLayout(skuBox);
    skuLayout->addWidget(m_skuPreflight);
    m_skuPreflight->detailsView()->setMinimumHeight(160);
    layout->addWidget(skuBox);
    layout->addStretch(1);

    m_defaultRadio->setChecked(true);
    m_allRadio->setChecked(true);
    setIntakeFixed(false);
    setKnownWarehouses({}, QString());
}

void OrderCreationForm::setIntakeFixed(bool fixed)
{
    m_allRadio->setEnabled(!fixed);
    m_sinceRadio->setEnabled(!fixed);
    m_intakeNote->setText(fixed ? tr("The integration has started already; this choice applied when it went live. "
                                     "Orders that reach Processing are always taken.")
                                : tr("Orders that reach Processing after the integration starts are always taken."));
    updateEnabled();
}

void OrderCreationForm::updateEnabled()
{
    m_knownCombo->setEnabled(m_knownRadio->isChecked() && m_knownCombo->count() > 0);
    m_namedEdit->setEnabled(m_namedRadio->isChecked());
    m_sinceDate->setEnabled(m_sinceRadio->isChecked() && m_sinceRadio->isEnabled());
}

void OrderCreationForm::load(const Integration &integration)
{
    if (!m_customerFixed && !integration.customerId.isEmpty()) {
        const int index = m_customer->findData(integration.customerId);
        if (index >= 0)
            m_customer->setCurrentIndex(index);
    }
    if (integration.warehouseMode == Integration::WarehouseMode::CustomerDefault
        || integration.warehouseName.trimmed().isEmpty()) {
        m_defaultRadio->setChecked(true);
    } else {
        const int known = m_knownCombo->findText(integration.warehouseName.trimmed(), Qt::MatchFixedString);
        if (known >= 0) {
            m_knownCombo->setCurrentIndex(known);
            m_knownRadio->setChecked(true);
        } else {
            m_namedEdit->setText(integration.warehouseName.trimmed());
            m_namedRadio->setChecked(true);
        }
    }
    if (integration.intakeSince.isValid()) {
        m_sinceDate->setMaximumDate(qMax(QDate::currentDate(), integration.intakeSince.toLocalTime().date()));
        m_sinceDate->setDate(integration.intakeSince.toLocalTime().date());
        m_sinceRadio->setChecked(true);
    } else {
        m_allRadio->setChecked(true);
    }
    updateEnabled();
}

void OrderCreationForm::save(Integration &integration) const
{
    const QString id = customerId();
    if (!id.isEmpty())
        integration.customerId = id;
    if (m_knownRadio->isChecked() && m_knownCombo->currentIndex() >= 0) {
        integration.warehouseMode = Integration::WarehouseMode::Named;
        integration.warehouseName = m_knownCombo->currentText();
    } else if (m_namedRadio->isChecked()) {
        integration.warehouseMode = Integration::WarehouseMode::Named;
        integration.warehouseName = m_namedEdit->text().trimmed();
    } else {
        integration.warehouseMode = Integration::WarehouseMode::CustomerDefault;
        integration.warehouseName.clear();
    }
    // The start of the chosen day where the user is, kept in UTC like every time in the data file.
    integration.intakeSince = m_sinceRadio->isChecked() ? m_sinceDate->date().startOfDay().toUTC() : QDateTime();
}

bool OrderCreationForm::isFilled() const
{
    if (customerId().isEmpty())
        return false;
    if (m_knownRadio->isChecked())
        return m_knownCombo->currentIndex() >= 0;
    if (m_namedRadio->isChecked())
        return !m_namedEdit->text().trimmed().isEmpty();
    return m_defaultRadio->isChecked();
}

void OrderCreationForm::setFixedCustomer(const Customer &customer, const QString &reason)
{
    m_customerFixed = true;
    m_fixedCustomerId = customer.id;
    m_fixedCustomerName = customer.name.isEmpty() ? customer.id : customer.name;
    // The choice is replaced by the name, not just disabled: there is nothing to choose, and a
    // disabled list would suggest that something could make it choosable.
    m_customer->clear();
    m_customer->addItem(m_fixedCustomerName, customer.id);
    m_customer->setEnabled(false);
    m_customer->hide();
    m_customerLabel->setText(tr("Customer:"));
    m_fixedCustomer->setText(m_fixedCustomerName);
    m_fixedCustomer->show();
    m_fixedReason->setText(reason);
    m_fixedReason->setVisible(!reason.isEmpty());
    m_customerBusy->stop();
}

void OrderCreationForm::setCustomersLoading(bool loading)
{
    if (m_customerFixed)
        return;
    m_customer->setEnabled(!loading);
    if (loading) {
        m_customerBusy->start();
        m_customerMessage->showMessage(FieldMessage::Kind::Info, tr("Loading the customers…"));
    } else {
        m_customerBusy->stop();
        m_customerMessage->clear();
    }
}

void OrderCreationForm::setCustomers(const QList<Customer> &customers, const QString &selectId)
{
    if (m_customerFixed)
        return;
    QSignalBlocker blocker(m_customer);
    m_customer->clear();
    QList<Customer> sorted = customers;
    std::sort(sorted.begin(), sorted.end(),
              [](const Customer &a, const Customer &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    for (const Customer &customer : std::as_const(sorted))
        m_customer->addItem(customer.name.isEmpty() ? customer.id : customer.name, customer.id);
    if (!selectId.isEmpty() && m_customer->findData(selectId) < 0)
        m_customer->addItem(selectId, selectId);
    m_customer->setCurrentIndex(selectId.isEmpty() ? (m_customer->count() > 0 ? 0 : -1)
                                                   : m_customer->findData(selectId));
    blocker.unblock();
    Q_EMIT customerChanged(customerId());
    Q_EMIT changed();
}

QString OrderCreationForm::customerId() const
{
    if (m_customerFixed)
        return m_fixedCustomerId;
    return m_customer->currentData().toString();
}

QString OrderCreationForm::customerName() const
{
    if (m_customerFixed)
        return m_fixedCustomerName;
    return m_customer->currentText();
}

void OrderCreationForm::showCustomerProblem(const QString &sentence)
{
    m_customerMessage->showMessage(FieldMessage::Kind::Error, sentence);
}

void OrderCreationForm::setWarehousesLoading(bool loading)
{
    if (loading) {
        m_knownRadio->show();
        m_knownCombo->show();
        m_warehouseBusy->start();
        m_knownSource->setText(tr("Looking for the warehouses the customer's orders go to…"));
        m_knownSource->show();
    } else {
        m_warehouseBusy->stop();
    }
}

void OrderCreationForm::setKnownWarehouses(const QStringList &names, const QString &source, const QString &error)
{
    m_warehouseBusy->stop();
    const QString previous = m_knownCombo->currentText();
    {
        const QSignalBlocker blocker(m_knownCombo);
        m_knownCombo->clear();
        m_knownCombo->addItems(names);
        const int keep = m_knownCombo->findText(previous, Qt::MatchFixedString);
        m_knownCombo->setCurrentIndex(keep >= 0 ? keep : (names.isEmpty() ? -1 : 0));
    }
    // A typed name that turns out to be a known one is shown as the known one.
    if (m_namedRadio->isChecked()) {
        const int known = m_knownCombo->findText(m_namedEdit->text().trimmed(), Qt::MatchFixedString);
        if (known >= 0) {
            m_knownCombo->setCurrentIndex(known);
            m_knownRadio->setChecked(true);
        }
    }
    // Without known warehouses the row would offer an empty list: it goes, and the note says why.
    m_knownRadio->setVisible(!names.isEmpty());
    m_knownCombo->setVisible(!names.isEmpty());
    m_knownRadio->setEnabled(!names.isEmpty());
    if (names.isEmpty() && m_knownRadio->isChecked())
        m_defaultRadio->setChecked(true);
    if (!error.isEmpty())
        m_knownSource->setText(error);
    else if (source.isEmpty())
        m_knownSource->clear();
    else if (names.isEmpty())
        m_knownSource->setText(tr("Wharf knows no warehouses %1 yet.").arg(source));
    else
        m_knownSource->setText(tr("The list shows the warehouses %1.").arg(source));
    m_knownSource->setVisible(!m_knownSource->text().isEmpty());
    updateEnabled();
    Q_EMIT changed();
}

} // namespace wharf
