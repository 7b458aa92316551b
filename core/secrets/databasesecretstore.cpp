#include "core/secrets/databasesecretstore.h"

#include "core/logging.h"
#include "core/store/database.h"
#include "core/store/repository.h"
#include "core/threadinbox.h"

#include <QDateTime>
#include <QMetaObject>
#include <QPointer>
#include <QSqlQuery>

#include <sodium.h>

namespace wharf {

namespace {

// The rows of table `secrets`; the only SQL of server-mode secrets. Everything in it is sealed.
class SecretRows : public Repository
{
public:
    using Repository::commit;
    using Repository::Repository;
    using Repository::rollback;
    using Repository::transaction;

    struct Row
    {
        QString name;
        QString keyId;
        QByteArray nonce;
        QByteArray sealed;
    };

    // nullopt with `*found` false when there is no such row; `*ok` false when the query failed.
    std::optional<Row> find(const QString &name, bool *ok) const
    {
        QSqlQuery query = prepare(QStringLiteral("SELECT key_id, nonce, sealed FROM secrets WHERE name = ?"));
        query.addBindValue(name);
        *ok = exec(query);
        if (!*ok || !query.next())
            return std::nullopt;
        return Row {name, query.value(0).toString(), QByteArray::fromBase64(query.value(1).toString().toLatin1()),
                    QByteArray::fromBase64(query.value(2).toString().toLatin1())};
    }

    QList<Row> all(bool *ok) const
    {
        QList<Row> rows;
        QSqlQuery query = prepare(QStringLiteral("SELECT name, key_id, nonce, sealed FROM secrets ORDER BY name"));
        *ok = exec(query);
        while (*ok && query.next()) {
            rows.append({query.value(0).toString(), query.value(1).toString(),
                         QByteArray::fromBase64(query.value(2).toString().toLatin1()),
                         QByteArray::fromBase64(query.value(3).toString().toLatin1())});
        }
        return rows;
    }

    QStringList keyIds(bool *ok) const
    {
        QStringList ids;
        QSqlQuery query = prepare(QStringLiteral("SELECT DISTINCT key_id FROM secrets ORDER BY key_id"));
        *ok = exec(query);
        while (*ok && query.next())
            ids.append(query.value(0).toString());
        return ids;
    }

    bool put(const Row &row) const
    {
        // ON CONFLICT … excluded: SQLite (3.24+) and PostgreSQL (9.5+) both speak it.
        QSqlQuery query = prepare(
            QStringLiteral("INSERT INTO secrets (name, key_id, nonce, sealed, updated_at) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT (name) DO UPDATE SET key_id = excluded.key_id, nonce = excluded.nonce, "
                           "sealed = excluded.sealed, updated_at = excluded.updated_at"));
        query.addBindValue(row.name);
        query.addBindValue(row.keyId);
        query.addBindValue(QString::fromLatin1(row.nonce.toBase64()));
        query.addBindValue(QString::fromLatin1(row.sealed.toBase64()));
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        return exec(query);
    }

    bool erase(const QString &name) const
    {
        QSqlQuery query = prepare(QStringLiteral("DELETE FROM secrets WHERE name = ?"));
        query.addBindValue(name);
        return exec(query);
    }
};

QByteArray associatedData(const QString &name)
{
    // The row's name is bound to its sealed value: a value copied into another row does not open.
    return QByteArrayLiteral("wharf secret v1:") + name.toUtf8();
}

SecretRows::Row seal(const SecretKey &key, const QString &name, const QString &secret)
{
    QByteArray plain = secret.toUtf8();
    const QByteArray ad = associatedData(name);
    SecretRows::Row row {name, key.id(), QByteArray(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized),
                         QByteArray(plain.size() + int(crypto_aead_xchacha20poly1305_ietf_ABYTES), Qt::Uninitialized)};
    randombytes_buf(row.nonce.data(), size_t(row.nonce.size()));
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(row.sealed.data()), &sealedLength,
        reinterpret_cast<const unsigned char *>(plain.constData()), size_t(plain.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()), size_t(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(row.nonce.constData()), key.data());
    row.sealed.truncate(int(sealedLength));
    if (!plain.isEmpty())
        sodium_memzero(plain.data(), size_t(plain.size()));
    return row;
}

// nullopt when the value was not sealed under this key and name, or was changed since.
std::optional<QString> unseal(const SecretKey &key, const SecretRows::Row &row)
{
    if (row.nonce.size() != int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
        || row.sealed.size() < int(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return std::nullopt;
    const QByteArray ad = associatedData(row.name);
    QByteArray plain(row.sealed.size() - int(crypto_aead_xchacha20poly1305_ietf_ABYTES), Qt::Uninitialized);
    unsigned long long plainLength = 0;
    const int failed = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char *>(plain.data()), &plainLength, nullptr,
        reinterpret_cast<const unsigned char *>(row.sealed.constData()), size_t(row.sealed.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()), size_t(ad.size()),
        reinterpret_cast<const unsigned char *>(row.nonce.constData()), key.data());
    std::optional<QString> secret;
    if (failed == 0)
        secret = QString::fromUtf8(plain.constData(), qsizetype(plainLength));
    if (!plain.isEmpty())
        sodium_memzero(plain.data(), size_t(plain.size()));
    return secret;
}

} // namespace

DatabaseSecretStore::DatabaseSecretStore(const Database &database, QObject *parent)
    : SecretStore(parent)
    , m_database(database)
{
}

DatabaseSecretStore::~DatabaseSecretStore() = default;

void DatabaseSecretStore::setKey(const SecretKey &key)
{
    m_key = key;
    m_state = KeyState::Present;
    m_missingSentence.clear();
    qCInfo(lcSecrets) << "secrets are kept in the database, sealed under key id" << key.id();
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &run : waiting)
        run();
}

void DatabaseSecretStore::setKeyMissing(const QString &sentence)
{
    m_key.reset();
    m_state = KeyState::Missing;
    m_missingSentence = sentence;
    qCWarning(lcSecrets) << "no key for the database's secrets:" << sentence;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &run : waiting)
        run();
}

bool DatabaseSecretStore::checkKey(QString *error) const
{
    if (!m_key) {
        *error = m_missingSentence.isEmpty() ? tr("Wharf has no key to open the secrets in its database.")
                                             : m_missingSentence;
        return false;
    }
    bool ok = false;
    SecretRows rows(m_database);
    const QStringList ids = rows.keyIds(&ok);
    if (!ok) {
        *error = rows.errorString();
        return false;
    }
    QStringList others = ids;
    others.removeAll(m_key->id());
    if (others.isEmpty())
        return true;
    *error = tr("The secrets in the database were encrypted with another key (id %1) than the one Wharf was given "
                "(id %2): give this Wharf the same key as the other workers, or rotate with \"wharf secrets "
                "rotate-key\".")
                 .arg(others.join(QStringLiteral(", ")), m_key->id());
    return false;
}

int DatabaseSecretStore::rotate(const SecretKey &newKey, QString *error)
{
    if (!m_key) {
        *error = m_missingSentence.isEmpty() ? tr("Wharf has no key to open the secrets in its database.")
                                             : m_missingSentence;
        return -1;
    }
    SecretRows rows(m_database);
    if (!rows.transaction()) {
        *error = tr("Wharf could not start a transaction in its database to rotate the key.");
        return -1;
    }
    auto fail = [&](const QString &sentence) {
        rows.rollback();
        *error = sentence;
        return -1;
    };
    bool ok = false;
    const QList<SecretRows::Row> all = rows.all(&ok);
    if (!ok)
        return fail(rows.errorString());
    int count = 0;
    for (const SecretRows::Row &row : all) {
        // Already done by an earlier run that was then repeated.
        if (row.keyId == newKey.id()) {
            ++count;
            continue;
        }
        if (row.keyId != m_key->id()) {
            return fail(tr("The secret %1 was encrypted with a key (id %2) that is neither the current key (id %3) "
                           "nor the new one: nothing was changed.")
                            .arg(row.name, row.keyId, m_key->id()));
        }
        const std::optional<QString> secret = unseal(*m_key, row);
        if (!secret) {
            return fail(tr("The secret %1 cannot be decrypted with the current key: it was changed in the database. "
                           "Nothing was changed; remove it or enter it again, then rotate.")
                            .arg(row.name));
        }
        if (!rows.put(seal(newKey, row.name, *secret)))
            return fail(rows.errorString());
        ++count;
    }
    if (!rows.commit())
        return fail(tr("Wharf could not commit the new key's secrets to its database; nothing was changed."));
    qCInfo(lcSecrets) << count << "secrets sealed again, from key id" << m_key->id() << "to key id" << newKey.id();
    m_key = newKey;
    return count;
}

SecretResult DatabaseSecretStore::readNow(const QString &key) const
{
    bool ok = false;
    SecretRows rows(m_database);
    const std::optional<SecretRows::Row> row = rows.find(key, &ok);
    if (!ok)
        return {SecretResult::Status::Failed, {}, rows.errorString()};
    if (!row) {
        return {SecretResult::Status::Missing, {}, tr("The database holds no secret for this entry; enter it again.")};
    }
    if (row->keyId != m_key->id()) {
        qCWarning(lcSecrets) << "secret" << key << "is sealed under key id" << row->keyId << "not" << m_key->id();
        return {SecretResult::Status::Failed,
                {},
                tr("This secret was encrypted with another key (id %1) than the one Wharf was given (id %2): give "
                   "Wharf the key the other workers use.")
                    .arg(row->keyId, m_key->id())};
    }
    const std::optional<QString> secret = unseal(*m_key, *row);
    if (!secret) {
        qCWarning(lcSecrets) << "secret" << key << "does not open under key id" << m_key->id();
        return {SecretResult::Status::Failed,
                {},
                tr("This secret in the database cannot be decrypted: it was changed or copied from another entry. "
                   "Enter it again.")};
    }
    SecretResult result;
    result.secret = *secret;
    return result;
}

SecretResult DatabaseSecretStore::writeNow(const QString &key, const QString &secret) const
{
    SecretRows rows(m_database);
    if (!rows.put(seal(*m_key, key, secret)))
        return {SecretResult::Status::Failed, {}, rows.errorString()};
    return {};
}

SecretResult DatabaseSecretStore::removeNow(const QString &key) const
{
    SecretRows rows(m_database);
    if (!rows.erase(key))
        return {SecretResult::Status::Failed, {}, rows.errorString()};
    return {};
}

void DatabaseSecretStore::whenKeyKnown(std::function<SecretResult()> operation, const QObject *context, Callback done)
{
    QPointer<const QObject> guard(context);
    auto run = [this, guard, operation = std::move(operation), done = std::move(done)]() mutable {
        if (!guard)
            return;
        if (m_state != KeyState::Present) {
            deliver(guard.data(), std::move(done), {SecretResult::Status::Unavailable, {}, m_missingSentence});
            return;
        }
        deliver(guard.data(), std::move(done), operation());
    };
    if (m_state == KeyState::Waiting)
        m_waiting.append(std::move(run));
    else
        run();
}

void DatabaseSecretStore::read(const QString &key, const QObject *context, Callback done)
{
    whenKeyKnown([this, key] { return readNow(key); }, context, std::move(done));
}

void DatabaseSecretStore::write(const QString &key, const QString &secret, const QObject *context, Callback done)
{
    whenKeyKnown([this, key, secret] { return writeNow(key, secret); }, context, std::move(done));
}

void DatabaseSecretStore::remove(const QString &key, const QObject *context, Callback done)
{
    whenKeyKnown([this, key] { return removeNow(key); }, context, std::move(done));
}

QString DatabaseSecretStore::description() const
{
    return m_key ? tr("the database, encrypted under key id %1").arg(m_key->id()) : tr("the database, encrypted");
}

void DatabaseSecretStore::deliver(const QObject *context, Callback done, const SecretResult &result)
{
    // ThreadInbox, not a queued invokeMethod: the caller is often on the engine's thread, and
    // ThreadSanitizer can follow the hand-over only there. It drops the call once `context` is gone.
    ThreadInbox::post(context, [done = std::move(done), result] { done(result); });
}

} // namespace wharf
