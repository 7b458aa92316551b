#pragma once

#include "app/clicommand.h"
#include "core/sync/actionoutcome.h"

namespace wharf {

class SecretStore;

// `wharf integration attention|retry|pause|resume|update|events ID`: what the dashboard's panel
// of one integration does. Retry, Pause and Resume are done by the engine that syncs the
// integration, wherever it runs (OwnerRequest); Update saves the wizard's settings, which that
// engine picks up by itself before its next cycle.
class IntegrationCommands : public CliCommand
{
    Q_OBJECT

public:
    IntegrationCommands(const Database &database, SecretStore &secrets, QObject *parent = nullptr);

    static bool handles(const QString &subcommand);
    void run(const QStringList &positional, const QCommandLineParser &parser) override;

private:
    // The sentence for options that do not fit the subcommand, or empty.
    static QString usageProblem(const QString &sub, const QCommandLineParser &parser);
    void attention(const Integration &integration, bool asJson);
    void retry(const Integration &integration, const QCommandLineParser &parser);
    void setPaused(const Integration &integration, bool paused, bool asJson);
    void update(Integration integration, const QCommandLineParser &parser);
    void events(const Integration &integration, const QCommandLineParser &parser);

    void request(const Integration &integration, ActionOutcome::Action action, qint64 orderLinkId,
                 const QString &orderNumber, bool asJson);

    SecretStore &m_secrets;
};

} // namespace wharf
