#pragma once

#include "core/secrets/secretresult.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace wharf {

class SecretStore;

// The first-run page, before any CartonCloud account is connected: what Wharf does, and the one
// thing to do first. Before it asks for anything it checks that the keychain answers, because
// every secret Wharf is given goes there and nowhere else; when the keychain is locked or absent it
// says what to do instead of letting the person type a secret that cannot be kept.
class FirstRunPage : public QWidget
{
    Q_OBJECT

public:
    explicit FirstRunPage(SecretStore &secrets, QWidget *parent = nullptr);

    bool isCheckingKeychain() const { return m_checking; }
    // The last check's outcome (Ok while none finished yet).
    SecretResult::Status keychainStatus() const { return m_status; }
    QString stateText() const;

public Q_SLOTS:
    // Asks the keychain again (after the person unlocked or started it).
    void checkKeychain();

Q_SIGNALS:
    void connectRequested();

private:
    void showKeychainProblem(const SecretResult &result);

    SecretStore &m_secrets;
    QPushButton *m_connect;
    QPushButton *m_checkAgain;
    QLabel *m_state;
    bool m_checking = false;
    SecretResult::Status m_status = SecretResult::Status::Ok;
};

} // namespace wharf
