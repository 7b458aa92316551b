#include "ui/demo/demopanel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wharf {

namespace {
QLineEdit *copyableField(const QString &text, QWidget *parent)
{
    auto *field = new QLineEdit(text, parent);
    field->setReadOnly(true);
    field->setCursorPosition(0);
    return field;
}
} // namespace

DemoPanel::DemoPanel(const QList<Store> &stores, const QString &secretsDescription, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("demoPanel"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("<b>Demo.</b> A CartonCloud tenant and two WooCommerce stores run inside Wharf on "
                                "this computer; nothing leaves it. Secrets are kept in %1.")
                                 .arg(secretsDescription),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    for (const Store &store : stores) {
        auto *box = new QGroupBox(store.name, this);
        auto *form = new QFormLayout(box);
        form->addRow(tr("Store URL:"), copyableField(store.url, box));
        form->addRow(tr("Consumer key:"), copyableField(store.consumerKey, box));
        form->addRow(tr("Consumer secret:"), copyableField(store.consumerSecret, box));
        if (!store.note.isEmpty()) {
            auto *note = new QLabel(store.note, box);
            note->setWordWrap(true);
            form->addRow(note);
        }
        layout->addWidget(box);
    }

    auto *warehouse = new QGroupBox(tr("The warehouse"), this);
    auto *warehouseLayout = new QVBoxLayout(warehouse);
    m_automatic = new QCheckBox(tr("Pack and dispatch new orders by itself"), warehouse);
    connect(m_automatic, &QCheckBox::toggled, this, &DemoPanel::automaticChanged);
    warehouseLayout->addWidget(m_automatic);
    auto addButton = [this, warehouse, warehouseLayout](const QString &label, void (DemoPanel::*signal)()) {
        auto *button = new QPushButton(label, warehouse);
        connect(button, &QPushButton::clicked, this, signal);
        warehouseLayout->addWidget(button);
    };
    addButton(tr("Pack All Open Orders"), &DemoPanel::packAllRequested);
    addButton(tr("Dispatch All Packed Orders"), &DemoPanel::dispatchAllRequested);
    addButton(tr("Reject the Newest Order"), &DemoPanel::rejectOneRequested);
    addButton(tr("Place a New Order in Each Store"), &DemoPanel::newOrderRequested);
    m_summary = new QLabel(warehouse);
    m_summary->setWordWrap(true);
    warehouseLayout->addWidget(m_summary);
    layout->addWidget(warehouse);
    layout->addStretch(1);
}

void DemoPanel::setAutomatic(bool automatic)
{
    const QSignalBlocker blocker(m_automatic);
    m_automatic->setChecked(automatic);
}

void DemoPanel::setWarehouseSummary(const QString &summary)
{
    m_summary->setText(summary);
}

} // namespace wharf
