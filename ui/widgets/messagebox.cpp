#include "ui/widgets/messagebox.h"

#include <QPushButton>

namespace wharf {

namespace {
std::optional<bool> s_answer;
QString s_lastText;
int s_shownCount = 0;

void remember(const QString &text, const QString &informative)
{
    s_lastText = informative.isEmpty() ? text : text + QLatin1Char('\n') + informative;
    ++s_shownCount;
}
} // namespace

void MessageBox::confirm(QWidget *parent, const Question &question, std::function<void()> accepted,
                         std::function<void()> rejected)
{
    remember(question.text, question.informativeText);
    if (s_answer.has_value()) {
        if (*s_answer && accepted)
            accepted();
        else if (!*s_answer && rejected)
            rejected();
        return;
    }
    auto *box = new QMessageBox(question.icon, question.title, question.text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(question.informativeText);
    QPushButton *accept = box->addButton(question.acceptLabel, QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(question.destructive ? cancel : accept);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, accept, accepted = std::move(accepted), rejected = std::move(rejected)] {
                         if (box->clickedButton() == accept) {
                             if (accepted)
                                 accepted();
                         } else if (rejected) {
                             rejected();
                         }
                     });
    box->open();
}

void MessageBox::notify(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    remember(text, {});
    if (s_answer.has_value())
        return;
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MessageBox::setAnswer(std::optional<bool> accept)
{
    s_answer = accept;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

int MessageBox::shownCount()
{
    return s_shownCount;
}

} // namespace wharf
