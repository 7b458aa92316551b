#pragma once

#include "core/model/integration.h"

#include <QWidget>

class QLineEdit;

namespace wharf {

class FieldMessage;

// The Name step's form: what the integration is called on the dashboard, on the weekly statement and
// in the activity log. Required, trimmed, unique among the customer's integrations (the page checks
// uniqueness; the form shows the sentence).
class NameForm : public QWidget
{
    Q_OBJECT

public:
    explicit NameForm(QWidget *parent = nullptr);

    void load(const Integration &integration);
    void save(Integration &integration) const;

    QString name() const; // trimmed
    bool isFilled() const { return !name().isEmpty(); }
    void showProblem(const QString &sentence);
    // A sentence that holds for the whole step (a customer user without permission).
    void showBlocker(const QString &sentence);
    QLineEdit *nameEdit() const { return m_name; }
    FieldMessage *nameMessage() const { return m_nameMessage; }

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_name;
    FieldMessage *m_nameMessage;
    FieldMessage *m_blocker;
};

} // namespace wharf
