#pragma once

#include "core/model/integration.h"
#include "core/secrets/secretstore.h"
#include "core/sync/actionoutcome.h"
#include "core/sync/integrationstatus.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace wharf {

class IntegrationBoard;
class StatusDot;

// One integration at a glance and its actions in plain sight (no hidden three-dot menu): health
// with its reason, store, warehouse, go-live rule, fulfilment choices, stock levels (whether they
// are sent, how often, and the last run), last sync, counts, and the
// buttons Sync Now, Pause/Resume, Reconfigure… and Delete Integration…. A status line under the
// buttons says what an action is doing and then what became of it.
class IntegrationPanel : public QWidget
{
    Q_OBJECT

public:
    // What is missing from the keychain, as the missing-secret banner needs to know.
    enum class MissingSecret { None, Integration, Account };

    explicit IntegrationPanel(IntegrationBoard &board, QWidget *parent = nullptr);

    void setIntegration(qint64 integrationId);
    qint64 integrationId() const { return m_integrationId; }
    // Whether this user may change the integration (Reconfigure, Pause, Delete); `whyNot` says why not.
    void setMayManage(bool allowed, const QString &whyNot = {});
    void setMissingSecret(MissingSecret missing);
    // Where secrets are kept, named by the missing-secret banner.
    void setSecretsPlace(SecretStore::Place place) { m_secretsPlace = place; }
    MissingSecret missingSecret() const { return m_missing; }
    void setClock(std::function<QDateTime()> now);

    // "Syncing now…": shown until the outcome (or, if the engine never answers, a sentence saying so).
    void showProgress(const QString &text);
    void showOutcome(const ActionOutcome &outcome);
    QString statusText() const;
    // The sentence that stands next to the health, for tests and screen readers.
    QString healthText() const;
    // The "Stock levels:" line: off, or how often and when stock was last sent.
    static QString stockText(const Integration &integration, const IntegrationStatus &status, const QDateTime &now);

    // Test seam: how long to wait for an outcome before saying that none came.
    void setOutcomeTimeout(int milliseconds);

Q_SIGNALS:
    void syncNowRequested(qint64 integrationId);
    void pauseRequested(qint64 integrationId, bool paused);
    void reconfigureRequested(qint64 integrationId);
    void deleteRequested(qint64 integrationId);
    // "Check SKUs…": the store's SKUs against the customer's product codes (the window opens it).
    void checkSkusRequested(qint64 integrationId);
    // "Enter the secret again…" for the account's secret: the Account screen.
    void accountRequested();

private:
    void update();

    IntegrationBoard &m_board;
    qint64 m_integrationId = 0;
    bool m_mayManage = false;
    QString m_whyNot;
    MissingSecret m_missing = MissingSecret::None;
    SecretStore::Place m_secretsPlace = SecretStore::Place::Keychain;
    std::function<QDateTime()> m_now;

    StatusDot *m_dot;
    QLabel *m_title;
    QLabel *m_health;
    QLabel *m_owner;
    QWidget *m_secretBanner;
    QLabel *m_secretText;
    QPushButton *m_enterSecret;
    QLabel *m_store;
    QLabel *m_warehouse;
    QLabel *m_goLive;
    QLabel *m_fulfilment;
    QLabel *m_stock;
    QLabel *m_lastSync;
    QLabel *m_counts;
    QPushButton *m_syncNow;
    QPushButton *m_pause;
    QPushButton *m_reconfigure;
    QPushButton *m_delete;
    QPushButton *m_checkSkus;
    QLabel *m_status;
    QTimer *m_outcomeTimer;
};

} // namespace wharf
