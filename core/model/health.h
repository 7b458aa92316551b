#pragma once

#include <QMetaType>
#include <QString>

namespace wharf {

// One state per integration (DESIGN.md, "Health"). The UI maps it to one colour and icon in one
// place; core only knows the state and how to persist it.
enum class Health {
    Draft, // saved by the wizard, not yet started
    Live, // green: syncing without problems
    Attention, // amber: orders need attention, or transient errors
    Failing, // red: credentials or permission refused, or unreachable for several cycles
    Paused, // grey: stopped by the user
};

QString healthKey(Health health); // stable key stored in the database
Health healthFromKey(const QString &key, Health fallback = Health::Draft);
QString healthLabel(Health health); // translated, for people

} // namespace wharf

Q_DECLARE_METATYPE(wharf::Health)
