#include "core/store/integrationregistry.h"

#include "core/logging.h"
#include "core/secrets/secretkeys.h"
#include "core/secrets/secretsentences.h"
#include "core/secrets/secretstore.h"
#include "core/store/customerrepository.h"
#include "core/store/integrationrepository.h"
#include "core/woo/storeidentity.h"

#include <QLocale>

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

QString IntegrationRegistry::storeTaken(const Integration &integration, qint64 *restorableId) const
{
    const QString key = woo::StoreIdentity::key(integration.storeUrl);
    const IntegrationRepository repository(m_database);
    auto customerName = [this](const Integration &other) {
        const std::optional<Customer> customer = CustomerRepository(m_database).find(other.accountId, other.customerId);
        return customer ? customer->name : other.customerId;
    };
    if (const std::optional<Integration> live = repository.liveForStore(key); live && live->id != integration.id) {
        return tr("%1 is already connected: the integration \"%2\" of %3 syncs its orders. A store can have one "
                  "integration only, or every order would be sent twice. Reconfigure or delete that integration "
                  "instead.")
            .arg(integration.storeUrl, live->name, customerName(*live));
    }
    if (const std::optional<Integration> deleted = repository.deletedForStore(key)) {
        *restorableId = deleted->id;
        return tr("%1 was connected before as the integration \"%2\" of %3, deleted on %4. Restore it to keep its "
                  "order history: orders it already sent to CartonCloud are not sent again.")
            .arg(integration.storeUrl, deleted->name, customerName(*deleted),
                 QLocale().toString(deleted->deletedAt.toLocalTime().date(), QLocale::ShortFormat));
    }
    return {};
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
    integration.id = 0;
    if (const QString taken = storeTaken(integration, &outcome.restorableId); !taken.isEmpty()) {
        outcome.message = taken;
        outcome.integration = integration;
        done(outcome);
        return;
    }
    const IntegrationRepository repository(m_database);
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

void IntegrationRegistry::restore(Integration integration, const QString &consumerSecret, Callback done)
{
    if (consumerSecret.isEmpty()) {
        done({false, integration, tr("Enter the consumer secret of the store's REST API key.")});
        return;
    }
    const IntegrationRepository repository(m_database);
    const std::optional<Integration> deleted = repository.find(integration.id);
    if (!deleted || !deleted->isDeleted()) {
        done({false, integration, tr("There is no deleted integration to restore.")});
        return;
    }
    if (woo::StoreIdentity::key(integration.storeUrl) != deleted->storeKey) {
        done({false, integration,
              tr("%1 is not the store this integration served (%2).").arg(integration.storeUrl, deleted->storeUrl)});
        return;
    }
    qint64 ignored = 0;
    Outcome outcome;
    if (const QString taken = storeTaken(integration, &ignored); !taken.isEmpty() && ignored == 0) {
        done({false, integration, taken});
        return;
    }
    if (!validate(integration, &outcome.message)) {
        done(outcome);
        return;
    }
    // The store's links are kept as they are; its orders were sent with the customer they were
    // sent with, so a restore keeps the customer too.
    integration.customerId = deleted->customerId;
    integration.accountId = deleted->accountId;
    integration.storeId = deleted->storeId;
    integration.settingsRevision = deleted->settingsRevision;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto restoreRow = [this, integration, deleted = *deleted, now, done]() mutable {
        const IntegrationRepository rows(m_database);
        integration.healthReason = tr("Restored; waiting for its first sync.");
        if (!rows.restore(integration, now)) {
            done({false, integration, rows.errorString()});
            return;
        }
        const Integration restored = *rows.find(integration.id);
        // Billing follows the store: a week with any active day is charged once, whatever the
        // number of periods in it.
        const bool sameWeek = deleted.deletedAt.isValid() && deleted.deletedAt.daysTo(now) < 7
            && deleted.deletedAt.date().addDays(1 - deleted.deletedAt.date().dayOfWeek())
                == now.date().addDays(1 - now.date().dayOfWeek());
        Outcome restoredOutcome {true, restored, {}};
        restoredOutcome.message = sameWeek
            ? tr("The integration \"%1\" was restored with its order history. This week was already charged for "
                 "this store, so restoring it costs nothing more this week.")
                  .arg(restored.name)
            : tr("The integration \"%1\" was restored with its order history; billing starts again this week.")
                  .arg(restored.name);
        qCInfo(lcStore) << "integration" << restored.id << "restored";
        Q_EMIT integrationUpdated(restored);
        done(restoredOutcome);
    };
    m_secrets.write(SecretKeys::integrationConsumerSecret(integration.id), consumerSecret, this,
                    [integration, restoreRow, done](const SecretResult &result) mutable {
                        if (!result.ok()) {
                            done({false, integration, tr("The integration was not restored: %1").arg(result.message)});
                            return;
                        }
                        restoreRow();
                    });
}

void IntegrationRegistry::update(Integration integration, const QString &newConsumerSecret, Callback done)
{
    Outcome outcome;
    if (!validate(integration, &outcome.message)) {
        done(outcome);
        return;
    }
    if (const std::optional<Integration> saved = IntegrationRepository(m_database).find(integration.id);
        saved && !saved->storeKey.isEmpty() && woo::StoreIdentity::key(integration.storeUrl) != saved->storeKey) {
        // The store is the integration's identity: its order links belong to it. Another site is
        // another integration.
        outcome.message = tr("%1 is another store than %2. Connect it as a new integration instead.")
                              .arg(integration.storeUrl, saved->storeUrl);
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
                     [deleted, place = m_secrets.place(), done = std::move(done)](const SecretResult &result) {
                         // The integration is deleted either way; a secret the keychain kept is
                         // reported so that the user can remove it by hand.
                         Outcome outcome {true, deleted, {}};
                         if (!result.ok())
                             outcome.message = SecretSentences::secretNotRemoved(place, result.message);
                         done(outcome);
                     });
}

} // namespace wharf
