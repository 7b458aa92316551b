#pragma once

#include <QMetaType>
#include <QString>

namespace wharf {

// The outcome of one keychain operation. `message` is a sentence for people; it never contains
// the secret.
struct SecretResult
{
    enum class Status {
        Ok,
        Missing, // no entry under that key: ask the user for the secret again
        Unavailable, // no keychain answers (no Secret Service running, or it is locked)
        Denied, // the user or the system refused access
        Failed, // anything else
    };

    Status status = Status::Ok;
    QString secret; // set by a successful read only
    QString message;

    bool ok() const { return status == Status::Ok; }
};

} // namespace wharf

Q_DECLARE_METATYPE(wharf::SecretResult)
