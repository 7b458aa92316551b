#pragma once

#include "core/model/integration.h"

#include <QJsonValue>
#include <QObject>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace wharf {

class Database;
struct OrderLink;

// What every family of `wharf` commands shares: its output, its exit status (0 done, 1 failed with
// a sentence, 2 bad arguments with a usage sentence) and the look-ups of an integration and an
// order by what people type. A family is started by CommandLineTool and ends with `finished`.
class CliCommand : public QObject
{
    Q_OBJECT

public:
    explicit CliCommand(const Database &database, QObject *parent = nullptr);

    virtual void run(const QStringList &positional, const QCommandLineParser &parser) = 0;

    static void printOut(const QString &text);
    static void printErr(const QString &text);
    static QString option(const QCommandLineParser &parser, const char *name);
    static bool isSet(const QCommandLineParser &parser, const char *name);
    static QString json(const QJsonValue &value); // compact, one line
    // Times as people and scripts read them alike: ISO 8601 in UTC, empty when unset.
    static QString isoTime(const QDateTime &time);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    void usageError(const QString &sentence);
    void failure(const QString &sentence);
    void done(const QString &output = {}, int exitCode = 0);

    // The integration named by an id argument: a usage error for a word that is not an id, a
    // failure for an id Wharf does not know; nullopt then, and the command has finished.
    std::optional<Integration> integrationArgument(const QString &command, const QString &id);
    // An order of the integration by its WooCommerce number ("1001" or "#1001").
    std::optional<OrderLink> findOrder(qint64 integrationId, const QString &number) const;
    // "the Wharf service on HOST, since 10:02" while a live engine syncs the integration; else empty.
    QString syncedBy(qint64 integrationId) const;

    const Database &m_database;
};

} // namespace wharf
