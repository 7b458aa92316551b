#pragma once

#include "app/clicommand.h"

namespace wharf {

// `wharf status [--json]`: one look at every integration for a person or a monitoring check.
// Exit status 0 when all are live (or paused on purpose), 1 when something needs attention (orders
// that need attention, transient errors, or an integration no running Wharf syncs), 2 when an
// integration is failing.
class StatusCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    enum Level { Ok = 0, Attention = 1, Failing = 2 };

    void run(const QStringList &positional, const QCommandLineParser &parser) override;
};

} // namespace wharf
