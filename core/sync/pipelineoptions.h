#pragma once

#include "core/net/backoff.h"
#include "core/net/retrypolicy.h"
#include "core/sync/cycleslots.h"

#include <QPointer>
#include <QSslConfiguration>

#include <chrono>
#include <functional>
#include <optional>

namespace wharf {

// How one integration's pipeline behaves: the engine's defaults, which tests shrink.
struct PipelineOptions
{
    // Orders modified this long before the cursor are listed again: clocks differ, and a
    // store can commit an order's change after a later one.
    std::chrono::seconds overlap {300};
    // Cycles in a row that end in a transient error before the integration turns Failing.
    int transientCyclesBeforeFailing = 3;
    net::Backoff attentionBackoff = net::Backoff();
    // Trust for the store's certificate, when it is not the system's alone (the sandbox's CA).
    std::optional<QSslConfiguration> sslConfiguration;
    // How safe requests are repeated and how long silence is tolerated; tests shrink both.
    net::RetryPolicy retryPolicy = net::RetryPolicy();
    int transferTimeoutMs = 60000;
    // A link left "creating" (a crash, a lost answer, another engine that died mid-create) is
    // searched for only after this long since it was written: CartonCloud's search can lag
    // behind a create, and a create can be committed after its client gave up.
    std::chrono::milliseconds interruptedCreateGuard {std::chrono::seconds(90)};
    // Asked right before anything is sent that changes the far side: false when this engine's
    // lease on the integration may have lapsed (a process stopped for longer than the lease),
    // so that a process that lost ownership never sends a create another engine may send too.
    std::function<bool()> mayWrite;
    // A dispatched order's tracking is followed this long after Wharf first saw it dispatched,
    // also after the order is completed: CartonCloud may add or change it then.
    std::chrono::hours trackingFollowPeriod {14 * 24};
    // An order read longer ago than this is read again right before its create.
    std::chrono::milliseconds orderFreshness {std::chrono::seconds(20)};
    // The shortest wait between two looks at a dispatched order's consignments; the wait grows
    // with the time since dispatch (half of it), up to a day.
    std::chrono::milliseconds trackingCheckMinInterval {std::chrono::minutes(10)};
    // A CartonCloud change search of the customer begun up to this long before a cycle began
    // serves that cycle too (WmsClient::changesBetween): the integrations of one customer tick at
    // different moments, and without this each began its own search (88 searches per customer per
    // round with 1,000 integrations). Nothing is missed — a cycle's cursor moves only as far as the
    // search it used saw — a change is at most this much later. The engine caps it at half its
    // interval; tests that change something and run one cycle at once set it to zero.
    std::chrono::milliseconds changeSearchReuse {std::chrono::seconds(60)};
    // An order CartonCloud has, not yet dispatched, that has shown no change for this long is
    // looked up by id, at most deletedOrderLooksPerCycle of them a cycle: the change search never
    // shows an order the warehouse deleted, and without a look it would wait forever.
    std::chrono::milliseconds deletedOrderLookAfter {std::chrono::hours(24)};
    int deletedOrderLooksPerCycle = 10;
    // The engine's limit on cycles running at once (SyncEngine::Options::concurrentCycles): a
    // cycle starts when it has a slot. None: cycles start at once.
    QPointer<CycleSlots> cycleSlots;
};

} // namespace wharf
