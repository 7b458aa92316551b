#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

namespace wharf {

// Confirmations and notices that tests can answer in advance (KeePassXC's MessageBox seam): with an
// answer set, no dialog opens and the answer is taken at once; the text that would have been shown
// is kept for the test to read. Dialogs open window-modal and answer through a callback, so no
// caller blocks in a nested event loop.
class MessageBox
{
public:
    struct Question
    {
        QString title;
        QString text; // what will happen, in a sentence or two
        QString informativeText; // what stays, what it costs, what to do next
        QString acceptLabel; // the verb on the button that goes ahead, e.g. "Delete Integration"
        QMessageBox::Icon icon = QMessageBox::Question;
        bool destructive = false; // the default button is then Cancel
    };

    static void confirm(QWidget *parent, const Question &question, std::function<void()> accepted,
                        std::function<void()> rejected = {});
    static void notify(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text);

    // Test seam: every following question is answered with `accept` until cleared with nullopt.
    static void setAnswer(std::optional<bool> accept);
    static QString lastText(); // text + informative text of the last question or notice
    static int shownCount();
};

} // namespace wharf
