#pragma once

#include "core/sync/pipelineoptions.h"

#include <QString>

#include <algorithm>

namespace wharf::PipelineCursors {

// Where an integration's intake has read the store to (the newest change read without a gap).
inline const QString Store = QStringLiteral("woo.modified");
// Where its status watch has read CartonCloud's changes to.
inline const QString CartonCloud = QStringLiteral("wms.modified");

// How far before a cursor the next read starts. Both services keep modification times to the
// second and `modified_after` is exclusive: an order changed in the cursor's second would never be
// listed without at least one second.
inline qint64 overlapSeconds(const PipelineOptions &options)
{
    return std::max<qint64>(1, options.overlap.count());
}

} // namespace wharf::PipelineCursors
