#include "core/sync/commandkinds.h"

namespace wharf {

EngineCommand::Kind commandKindFor(ActionOutcome::Action action)
{
    switch (action) {
    case ActionOutcome::Action::SyncNow:
        return EngineCommand::Kind::SyncNow;
    case ActionOutcome::Action::Retry:
        return EngineCommand::Kind::Retry;
    case ActionOutcome::Action::RetryAll:
        return EngineCommand::Kind::RetryAll;
    case ActionOutcome::Action::Pause:
        return EngineCommand::Kind::Pause;
    case ActionOutcome::Action::Resume:
        return EngineCommand::Kind::Resume;
    case ActionOutcome::Action::Reload:
        return EngineCommand::Kind::Reload;
    case ActionOutcome::Action::Stop:
        return EngineCommand::Kind::Stop;
    }
    return EngineCommand::Kind::SyncNow;
}

ActionOutcome::Action actionFor(EngineCommand::Kind kind)
{
    switch (kind) {
    case EngineCommand::Kind::SyncNow:
        return ActionOutcome::Action::SyncNow;
    case EngineCommand::Kind::Retry:
        return ActionOutcome::Action::Retry;
    case EngineCommand::Kind::RetryAll:
        return ActionOutcome::Action::RetryAll;
    case EngineCommand::Kind::Pause:
        return ActionOutcome::Action::Pause;
    case EngineCommand::Kind::Resume:
        return ActionOutcome::Action::Resume;
    case EngineCommand::Kind::Reload:
        return ActionOutcome::Action::Reload;
    case EngineCommand::Kind::Stop:
        return ActionOutcome::Action::Stop;
    }
    return ActionOutcome::Action::SyncNow;
}

} // namespace wharf
