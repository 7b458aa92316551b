#pragma once

#include "core/net/apierror.h"

#include <QString>

namespace wharf {

// How a stage of a cycle ended, for the sequencer (IntegrationPipeline) to decide what follows.
struct StageOutcome
{
    enum class Kind {
        Done, // the stage did its work (orders that failed on their own are in attention): go on
        Failed, // a problem of the integration with one of the two services: the cycle fails
        Abandoned, // this engine may no longer own the integration: end without sending more
        Stopped, // the pipeline is stopping or gone: end without a word
    };
    enum class Service { Store, CartonCloud };

    Kind kind = Kind::Done;
    Service service = Service::Store;
    net::ApiError error; // Failed
    QString why; // Abandoned

    bool proceeds() const { return kind == Kind::Done; }

    static StageOutcome done() { return {}; }
    static StageOutcome stopped() { return {Kind::Stopped, Service::Store, {}, {}}; }
    static StageOutcome failed(Service service, const net::ApiError &error)
    {
        return {Kind::Failed, service, error, {}};
    }
    static StageOutcome abandoned(const QString &why) { return {Kind::Abandoned, Service::Store, {}, why}; }
};

} // namespace wharf
