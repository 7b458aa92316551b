#pragma once

#include "core/secrets/secretstore.h"

#include <QHash>
#include <QList>
#include <QPointer>

namespace wharf::test {

// A keychain that answers when the test says so, as a real one behind an unlock prompt does (or
// never, as one that hangs). While `holding`, calls wait in a queue; release() answers them with
// `status`. With holding off, every call is answered at once (queued, like a real keychain) with
// `status`. Secrets written while answering Ok are kept, so reads find them.
class ScriptedSecretStore : public SecretStore
{
public:
    explicit ScriptedSecretStore(SecretResult::Status status = SecretResult::Status::Ok, bool holding = false)
        : m_status(status)
        , m_holding(holding)
    {
    }

    void read(const QString &key, const QObject *context, Callback done) override
    {
        enqueue({key, {}, false, context, std::move(done)});
    }
    void write(const QString &key, const QString &secret, const QObject *context, Callback done) override
    {
        enqueue({key, secret, true, context, std::move(done)});
    }
    void remove(const QString &key, const QObject *context, Callback done) override
    {
        m_secrets.remove(key);
        deliver(context, std::move(done), {});
    }
    QString description() const override { return QStringLiteral("the test keychain"); }
    Place place() const override { return Place::Keychain; }

    void setStatus(SecretResult::Status status) { m_status = status; }
    void setHolding(bool holding) { m_holding = holding; }
    int waiting() const { return int(m_queue.size()); }
    bool contains(const QString &key) const { return m_secrets.contains(key); }

    // Answers every waiting call with the current status.
    void release()
    {
        const QList<Call> calls = std::exchange(m_queue, {});
        for (const Call &call : calls)
            answer(call);
    }

private:
    struct Call
    {
        QString key;
        QString secret;
        bool isWrite = false;
        QPointer<const QObject> context;
        Callback done;
    };

    void enqueue(Call call)
    {
        if (m_holding)
            m_queue.append(std::move(call));
        else
            answer(call);
    }

    void answer(const Call &call)
    {
        if (!call.context)
            return;
        SecretResult result;
        result.status = m_status;
        if (m_status == SecretResult::Status::Ok) {
            if (call.isWrite) {
                m_secrets.insert(call.key, call.secret);
            } else if (m_secrets.contains(call.key)) {
                result.secret = m_secrets.value(call.key);
            } else {
                result.status = SecretResult::Status::Missing;
                result.message = QStringLiteral("No secret is stored for this entry.");
            }
        } else {
            result.message = QStringLiteral("The test keychain says no (%1).").arg(int(m_status));
        }
        deliver(call.context, call.done, result);
    }

    static void deliver(const QObject *context, const Callback &done, const SecretResult &result)
    {
        QPointer<const QObject> guard(context);
        QMetaObject::invokeMethod(
            const_cast<QObject *>(context),
            [guard, done, result] {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    }

    SecretResult::Status m_status;
    bool m_holding;
    QList<Call> m_queue;
    QHash<QString, QString> m_secrets;
};

} // namespace wharf::test
