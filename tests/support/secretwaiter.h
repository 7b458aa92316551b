#pragma once

#include "core/secrets/secretstore.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace wharf::test {

// Runs one asynchronous SecretStore call and waits (spinning the event loop, as QTRY_ does) for
// its result, so that tests read top to bottom.
class SecretWaiter : public QObject
{
public:
    template<typename Call> SecretResult run(Call call, int timeoutMs = 20000)
    {
        std::optional<SecretResult> result;
        call(this, [&result](const SecretResult &r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
        if (!result)
            return {SecretResult::Status::Failed, {}, QStringLiteral("the secret store did not answer in time")};
        return *result;
    }

    SecretResult write(SecretStore &store, const QString &key, const QString &secret)
    {
        return run([&](QObject *context, SecretStore::Callback done) { store.write(key, secret, context, done); });
    }
    SecretResult read(SecretStore &store, const QString &key)
    {
        return run([&](QObject *context, SecretStore::Callback done) { store.read(key, context, done); });
    }
    SecretResult remove(SecretStore &store, const QString &key)
    {
        return run([&](QObject *context, SecretStore::Callback done) { store.remove(key, context, done); });
    }
};

} // namespace wharf::test
