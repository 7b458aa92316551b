#pragma once

#include "core/secrets/secretkeys.h"
#include "core/secrets/secretresult.h"

#include <QObject>

#include <functional>

namespace wharf {

// Where Wharf keeps its secrets (consumer secrets, API client secrets). Asynchronous, because the
// real keychain may prompt or be slow to start: nothing waits for it on the GUI thread.
//
// Each call delivers its result to `done` exactly once, on the thread of `context`, unless
// `context` is destroyed first (then the result is dropped).
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;
    // Where the secrets are kept, for the sentences that name it (core/secrets/secretsentences.h):
    // "missing from the keychain" misleads a server whose secrets are in its database.
    enum class Place { Keychain, Database, Memory };

    using QObject::QObject;

    virtual void read(const QString &key, const QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, const QObject *context, Callback done) = 0;
    // Removing a key that does not exist succeeds: the caller wanted it gone, and it is.
    virtual void remove(const QString &key, const QObject *context, Callback done) = 0;
    // Whether the keychain answers now, without storing, changing or revealing anything: reads a
    // key that is never written. Ok when it answers (that the key is missing is the expected
    // answer); otherwise Unavailable (none running), Denied (locked or refused) or Failed, with the
    // keychain's sentence. The first-run page asks this before asking for any secret.
    void probe(const QObject *context, Callback done)
    {
        read(SecretKeys::probe(), context, [done = std::move(done)](const SecretResult &answer) {
            SecretResult result = answer;
            if (result.status == SecretResult::Status::Missing)
                result = {};
            result.secret.clear();
            done(result);
        });
    }
    // A sentence describing where secrets go, for the Account screen ("the system keychain" …).
    virtual QString description() const = 0;
    virtual Place place() const = 0;
};

} // namespace wharf
