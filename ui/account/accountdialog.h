#pragma once

#include "core/model/wmsaccount.h"

#include <QDialog>
#include <QSslConfiguration>

class QDialogButtonBox;
class QNetworkAccessManager;
class QPushButton;

namespace wharf {

class AccountWidget;
class Database;
class EngineControl;
class SecretStore;

// File → CartonCloud Account…: the account form with one Save and one Close. A save that changed
// the account (a new address, a new secret) is handed to the engine at once, so that its
// integrations use it from their next request, not from the next start.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    AccountDialog(const Database &database, SecretStore &secrets, EngineControl *engine, QNetworkAccessManager *network,
                  const QSslConfiguration &ssl, QWidget *parent = nullptr);

    AccountWidget *form() const { return m_form; }
    QPushButton *saveButton() const;

Q_SIGNALS:
    // The account was saved (and the engine told); the dialog closes itself.
    void accountSaved(const wharf::WmsAccount &account);

private:
    AccountWidget *m_form;
    QDialogButtonBox *m_buttons;
};

} // namespace wharf
