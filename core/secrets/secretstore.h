#pragma once

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

    using QObject::QObject;

    virtual void read(const QString &key, const QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, const QObject *context, Callback done) = 0;
    // Removing a key that does not exist succeeds: the caller wanted it gone, and it is.
    virtual void remove(const QString &key, const QObject *context, Callback done) = 0;
    // A sentence describing where secrets go, for the Account screen ("the system keychain" …).
    virtual QString description() const = 0;
};

} // namespace wharf
