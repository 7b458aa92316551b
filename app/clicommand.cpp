#include "app/clicommand.h"

#include "app/commandlinetool.h"
#include "core/model/orderlink.h"
#include "core/store/integrationrepository.h"
#include "core/store/leaserepository.h"
#include "core/store/orderlinkrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace wharf {

CliCommand::CliCommand(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

void CliCommand::printOut(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

void CliCommand::printErr(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

QString CliCommand::option(const QCommandLineParser &parser, const char *name)
{
    return parser.value(QString::fromLatin1(name));
}

bool CliCommand::isSet(const QCommandLineParser &parser, const char *name)
{
    return parser.isSet(QString::fromLatin1(name));
}

QString CliCommand::json(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
}

QString CliCommand::isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

void CliCommand::usageError(const QString &sentence)
{
    printErr(sentence);
    printErr(CommandLineTool::usage());
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(2); });
}

void CliCommand::failure(const QString &sentence)
{
    printErr(sentence);
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(1); });
}

void CliCommand::done(const QString &output, int exitCode)
{
    if (!output.isEmpty())
        printOut(output);
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

std::optional<Integration> CliCommand::integrationArgument(const QString &command, const QString &id)
{
    bool ok = false;
    const qint64 integrationId = id.toLongLong(&ok);
    if (!ok || integrationId <= 0) {
        usageError(
            tr("%1 takes an integration id (a number; see wharf integration list), not \"%2\".").arg(command, id));
        return std::nullopt;
    }
    const std::optional<Integration> integration = IntegrationRepository(m_database).find(integrationId);
    if (!integration) {
        failure(tr("There is no integration %1. See: wharf integration list").arg(integrationId));
        return std::nullopt;
    }
    return integration;
}

std::optional<OrderLink> CliCommand::findOrder(qint64 integrationId, const QString &number) const
{
    QString wanted = number.trimmed();
    if (wanted.startsWith(QLatin1Char('#')))
        wanted.remove(0, 1);
    const OrderLinkRepository links(m_database);
    // The number people see is usually the WooCommerce id too; a store that renumbers its orders
    // (a sequential-numbers plugin) is found by the number instead.
    bool isId = false;
    const qint64 id = wanted.toLongLong(&isId);
    if (isId) {
        if (std::optional<OrderLink> link = links.find(integrationId, id); link && link->wooOrderNumber == wanted)
            return link;
    }
    const QList<OrderLink> all =
        links.inStates(integrationId,
                       {OrderLink::State::Received, OrderLink::State::Creating, OrderLink::State::Created,
                        OrderLink::State::NeedsAttention, OrderLink::State::Skipped, OrderLink::State::Completed,
                        OrderLink::State::LeftAlone});
    for (const OrderLink &link : all) {
        if (link.wooOrderNumber == wanted)
            return link;
    }
    if (isId)
        return links.find(integrationId, id);
    return std::nullopt;
}

QString CliCommand::syncedBy(qint64 integrationId) const
{
    const std::optional<Lease> lease = LeaseRepository(m_database).find(integrationId);
    return lease && !lease->isExpired(LeaseRepository::nowMs()) ? lease->describe() : QString();
}

} // namespace wharf
