#pragma once

#include "core/model/integration.h"
#include "core/secrets/secretstore.h"
#include "core/woo/credentialscheckresult.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace wharf {

class BusyIndicator;
class FieldMessage;

// The Authentication step's form: store address, consumer key, consumer secret (masked, with
// show/hide), the seed's help on creating a Read/Write key, and the result of the live check: each
// problem as its sentence under the field it concerns, and on success what the check found.
// The secret is never part of the Integration: save() leaves it out, typedSecret() hands it over.
class AuthenticationForm : public QWidget
{
    Q_OBJECT

public:
    enum class Field { StoreAddress, ConsumerKey, ConsumerSecret, General };
    Q_ENUM(Field)

    explicit AuthenticationForm(QWidget *parent = nullptr);

    // Reconfigure passes an integration with an id: its secret is in the keychain, so the secret
    // field may stay empty ("keep the stored one").
    void load(const Integration &integration);
    void save(Integration &integration) const;

    QString storeAddress() const; // trimmed, as typed
    QString consumerKey() const; // trimmed
    QString typedSecret() const; // trimmed; empty when none was typed
    bool hasStoredSecret() const { return m_hasStoredSecret; }
    // Where the stored secret is kept, for the field's placeholder (before load()).
    void setSecretPlace(SecretStore::Place place) { m_secretPlace = place; }
    bool isFilled() const;

    void setChecking(bool checking);
    void setProgress(const QString &step);
    void showResult(const woo::CredentialsCheckResult &result);
    void clearResult();

    // Which field a verdict is about, so that its sentence appears where the mistake is.
    static Field fieldFor(woo::CredentialsCheckResult::Verdict verdict);
    FieldMessage *messageFor(Field field) const;
    QLineEdit *storeAddressEdit() const { return m_address; }
    QLineEdit *consumerKeyEdit() const { return m_key; }
    QLineEdit *consumerSecretEdit() const { return m_secret; }
    QToolButton *showSecretButton() const { return m_showSecret; }

Q_SIGNALS:
    // The user changed a field: any earlier check result no longer holds.
    void edited();

private:
    void setSecretVisible(bool visible);

    QLineEdit *m_address;
    QLineEdit *m_key;
    QLineEdit *m_secret;
    QToolButton *m_showSecret;
    FieldMessage *m_addressMessage;
    FieldMessage *m_keyMessage;
    FieldMessage *m_secretMessage;
    FieldMessage *m_resultMessage;
    BusyIndicator *m_busy;
    QLabel *m_progress;
    bool m_hasStoredSecret = false;
    SecretStore::Place m_secretPlace = SecretStore::Place::Keychain;
};

} // namespace wharf
