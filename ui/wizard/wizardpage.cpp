#include "ui/wizard/wizardpage.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace wharf {

void WizardPage::setForm(QWidget *form)
{
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The form keeps the page's colour instead of the scroll area's base colour.
    scroll->viewport()->setAutoFillBackground(false);
    form->setAutoFillBackground(false);
    scroll->setWidget(form);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

} // namespace wharf
