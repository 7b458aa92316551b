#pragma once

#include "core/monitoring/enginemetrics.h"

#include <QString>

namespace wharf {

class Database;

// /metrics in the Prometheus text exposition format (version 0.0.4): what the database knows
// (orders by state, health, last successful cycle, who holds each lease) beside what this process
// counted (requests, 429s, errors by API, cycles and their durations). Only ids, names, hosts and
// figures: never a secret, a key or a store's credentials.
class MetricsExposition
{
public:
    struct Process
    {
        QString host; // this process's, to tell its leases from other workers'
        qint64 pid = 0;
        bool engineRunning = false;
    };

    static constexpr auto kContentType = "text/plain; version=0.0.4; charset=utf-8";

    // Reads the database on the calling thread; false (and a partial text) when it did not answer.
    static QString render(const Database &database, const EngineMetrics::Snapshot &counters, const Process &process,
                          bool *databaseOk = nullptr);

    // A label value as the format wants it: backslash, double quote and line feed escaped.
    static QString escapeLabel(const QString &value);
};

} // namespace wharf
