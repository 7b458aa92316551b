#include "core/model/lease.h"

#include <QCoreApplication>
#include <QLocale>

namespace wharf {

QString LeaseHolder::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Service:
        return QStringLiteral("service");
    case Kind::Desktop:
        return QStringLiteral("desktop");
    case Kind::SyncOnce:
        return QStringLiteral("sync-once");
    case Kind::Command:
        return QStringLiteral("command");
    }
    return QStringLiteral("service");
}

LeaseHolder::Kind LeaseHolder::kindFromKey(const QString &key)
{
    if (key == QLatin1String("desktop"))
        return Kind::Desktop;
    if (key == QLatin1String("sync-once"))
        return Kind::SyncOnce;
    if (key == QLatin1String("command"))
        return Kind::Command;
    return Kind::Service;
}

QString Lease::describe() const
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("wharf::Lease", text);
    };
    QString who;
    switch (holder.kind) {
    case LeaseHolder::Kind::Service:
        who = tr("the Wharf service on %1").arg(holder.host);
        break;
    case LeaseHolder::Kind::Desktop:
        who = tr("the Wharf window on %1").arg(holder.host);
        break;
    case LeaseHolder::Kind::SyncOnce:
        who = tr("\"wharf sync --once\" on %1").arg(holder.host);
        break;
    case LeaseHolder::Kind::Command:
        who = tr("a wharf command on %1").arg(holder.host);
        break;
    }
    if (!since.isValid())
        return who;
    const QDateTime local = since.toLocalTime();
    const QString when = local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                              : QLocale().toString(local, QLocale::ShortFormat);
    return tr("%1, since %2").arg(who, when);
}

} // namespace wharf
