#pragma once

#include "app/clicommand.h"

namespace wharf {

// `wharf billing [--from DATE --to DATE] [--csv | --json]`: the window's Billing tab on the command
// line, from the same WeeklyBilling, in the same time zone (this computer's), so that the figures
// match: by default the last completed week, the one an invoice is for.
class BillingCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    void run(const QStringList &positional, const QCommandLineParser &parser) override;

    static QString money(int cents);
};

} // namespace wharf
