#pragma once

#include "core/model/enginecommand.h"
#include "core/sync/actionoutcome.h"

namespace wharf {

// An action asked of an engine travels between processes as a command row: the one mapping both
// ways, for the engine that answers and for whoever asks (SyncEngine, OwnerRequest).
EngineCommand::Kind commandKindFor(ActionOutcome::Action action);
ActionOutcome::Action actionFor(EngineCommand::Kind kind);

} // namespace wharf
