#include "ui/demo/demopanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wharf {

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

    m_copied = new QLabel(this);
    m_copied->setObjectName(QStringLiteral("copiedNote"));
    m_copied->setWordWrap(true);
    m_copied->setTextFormat(Qt::PlainText);

    int storeIndex = 0;
    for (const Store &store : stores) {
        auto *box = new QGroupBox(store.name, this);
        auto *form = new QFormLayout(box);
        const QString suffix = QString::number(storeIndex++);
        form->addRow(
            tr("Store URL:"),
            copyableField(store.url, tr("the store URL of %1").arg(store.name), QStringLiteral("url") + suffix, box));
        form->addRow(tr("Consumer key:"),
                     copyableField(store.consumerKey, tr("the consumer key of %1").arg(store.name),
                                   QStringLiteral("key") + suffix, box));
        form->addRow(tr("Consumer secret:"),
                     copyableField(store.consumerSecret, tr("the consumer secret of %1").arg(store.name),
                                   QStringLiteral("secret") + suffix, box));
        if (!store.note.isEmpty()) {
            auto *note = new QLabel(store.note, box);
            note->setWordWrap(true);
            form->addRow(note);
        }
        layout->addWidget(box);
    }
    layout->addWidget(m_copied);

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

QWidget *DemoPanel::copyableField(const QString &text, const QString &what, const QString &name, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *field = new QLineEdit(text, row);
    field->setObjectName(name + QStringLiteral("Field"));
    field->setReadOnly(true);
    field->setCursorPosition(0);
    // A button, because the wizard wants these while it is open, and selecting a field's whole text
    // by hand is fiddly; the wizard is not modal in the demo, so the panel stays usable.
    auto *copy = new QPushButton(tr("Copy"), row);
    copy->setObjectName(name + QStringLiteral("Copy"));
    copy->setToolTip(tr("Copy %1 to the clipboard").arg(what));
    copy->setAccessibleName(tr("Copy %1").arg(what));
    connect(copy, &QPushButton::clicked, this, [this, text, what] {
        QApplication::clipboard()->setText(text);
        m_copied->setText(tr("Copied %1. Paste it into the wizard.").arg(what));
    });
    layout->addWidget(field, 1);
    layout->addWidget(copy);
    return row;
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

QString DemoPanel::copiedText() const
{
    return m_copied->text();
}

} // namespace wharf
