#include "core/store/integrationregistry.h"

#include "core/logging.h"
#include "core/secrets/secretkeys.h"
#include "core/secrets/secretstore.h"
#include "core/store/integrationrepository.h"

namespace wharf {

IntegrationRegistry::IntegrationRegistry(const Database &database, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
{
}

bool IntegrationRegistry::validate(const Integration &integration, QString *message) const
{
    if (integration.name.trimmed().isEmpty()) {
        *message = tr("Give the integration a name.");
        return false;
    }
    if (IntegrationRepository(m_database)
            .nameTaken(integration.accountId, integration.customerId, integration.name, integration.id)) {
        *message = tr("This customer already has an integration called \"%1\". Choose another name.")
                       .arg(integration.name.trimmed());
        return false;
    }
    return true;
}

void IntegrationRegistry::add(Integration integration, const QString &consumerSecret, Callback done)
{
    Outcome outcome;
    if (consumerSecret.isEmpty()) {
        outcome.message = tr("Enter the consumer secret of the store's REST API key.");
        done(outcome);
        return;
    }
    if (!validate(integration, &outcome.message)) {
        done(outcome);
        return;
    }
    const IntegrationRepository repository(m_database);
    integration.id = 0;
    integration.health = Health::Draft;
    integration.healthReason = tr("Saved; waiting for its first sync.");
    if (!repository.insert(integration)) {
        outcome.message = repository.errorString();
        done(outcome);
        return;
    }

    m_secrets.write(SecretKeys::integrationConsumerSecret(integration.id), consumerSecret, this,
                    [this, integration, done = std::move(done)](const SecretResult &result) {
                        if (!result.ok()) {
                            IntegrationRepository(m_database).removeDraft(integration.id);
                            qCWarning(lcStore) << "integration" << integration.name << "not saved:" << result.message;
                            done({false, integration, tr("The integration was not saved: %1").arg(result.message)});
                            return;
                        }
                        qCInfo(lcStore) << "integration" << integration.id << "saved";
                        Q_EMIT integrationAdded(integration);
                        done({true, integration, {}});
                    });
}

void IntegrationRegistry::update(Integration integration, const QString &newConsumerSecret, Callback done)
{
    Outcome outcome;
    if (!validate(integration, &outcome.message)) {
        done(outcome);
        return;
    }
    auto saveRow = [this, done](Integration changed) {
        Outcome rowOutcome;
        const IntegrationRepository repository(m_database);
        if (!repository.update(changed)) {
            rowOutcome.message = repository.errorString();
            done(rowOutcome);
            return;
        }
        rowOutcome.ok = true;
        rowOutcome.integration = changed;
        Q_EMIT integrationUpdated(changed);
        done(rowOutcome);
    };
    if (newConsumerSecret.isEmpty()) {
        saveRow(integration);
        return;
    }
    // The secret first: if the keychain refuses, the row (and the old secret) stay as they were.
    m_secrets.write(SecretKeys::integrationConsumerSecret(integration.id), newConsumerSecret, this,
                    [integration, saveRow, done](const SecretResult &result) {
                        if (!result.ok()) {
                            done({false, integration, tr("The changes were not saved: %1").arg(result.message)});
                            return;
                        }
                        saveRow(integration);
                    });
}

void IntegrationRegistry::remove(qint64 integrationId, Callback done)
{
    const IntegrationRepository repository(m_database);
    const std::optional<Integration> integration = repository.find(integrationId);
    if (!integration || integration->isDeleted()) {
        done({false, {}, tr("This integration no longer exists.")});
        return;
    }
    if (!repository.markDeleted(integrationId, QDateTime::currentDateTimeUtc())) {
        done({false, *integration, repository.errorString()});
        return;
    }
    Q_EMIT integrationRemoved(integrationId);
    const Integration deleted = *repository.find(integrationId);
    m_secrets.remove(SecretKeys::integrationConsumerSecret(integrationId), this,
                     [deleted, done = std::move(done)](const SecretResult &result) {
                         // The integration is deleted either way; a secret the keychain kept is
                         // reported so that the user can remove it by hand.
                         Outcome outcome {true, deleted, {}};
                         if (!result.ok())
                             outcome.message = tr("The integration was deleted, but its secret could not be removed "
                                                  "from the keychain: %1")
                                                   .arg(result.message);
                         done(outcome);
                     });
}

} // namespace wharf
