#include "core/monitoring/metricsexposition.h"

#include "core/model/orderlink.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/integrationrepository.h"
#include "core/store/leaserepository.h"
#include "core/store/orderlinkrepository.h"

#include <QList>
#include <QLocale>

#include <algorithm>

namespace wharf {

namespace {

class Writer
{
public:
    void family(const char *name, const char *type, const char *help)
    {
        m_text += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n")
                      .arg(QLatin1String(name), QLatin1String(help), QLatin1String(type));
    }

    void sample(const QString &name, const QList<std::pair<const char *, QString>> &labels, double value)
    {
        m_text += name;
        if (!labels.isEmpty()) {
            QStringList parts;
            for (const auto &[key, labelValue] : labels)
                parts
                    << QStringLiteral("%1=\"%2\"").arg(QLatin1String(key), MetricsExposition::escapeLabel(labelValue));
            m_text += QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
        }
        m_text += QLatin1Char(' ') + number(value) + QLatin1Char('\n');
    }

    void sample(const char *name, const QList<std::pair<const char *, QString>> &labels, double value)
    {
        sample(QString::fromLatin1(name), labels, value);
    }

    QString text() const { return m_text; }

private:
    static QString number(double value)
    {
        if (value == double(qint64(value)))
            return QString::number(qint64(value));
        return QLocale::c().toString(value, 'g', 12);
    }

    QString m_text;
};

QString id(qint64 value)
{
    return QString::number(value);
}

} // namespace

QString MetricsExposition::escapeLabel(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            escaped += QStringLiteral("\\\\");
        else if (c == QLatin1Char('"'))
            escaped += QStringLiteral("\\\"");
        else if (c == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QString MetricsExposition::render(const Database &database, const EngineMetrics::Snapshot &counters,
                                  const Process &process, bool *databaseOk)
{
    Writer out;
    const IntegrationRepository integrationRepository(database);
    const QList<Integration> integrations = integrationRepository.all();
    const bool dbOk = integrationRepository.errorString().isEmpty();
    if (databaseOk)
        *databaseOk = dbOk;

    out.family("wharf_engine_running", "gauge", "1 while this process's sync engine runs.");
    out.sample("wharf_engine_running", {}, process.engineRunning ? 1 : 0);
    out.family("wharf_database_up", "gauge", "1 when the database answered this scrape.");
    out.sample("wharf_database_up", {}, dbOk ? 1 : 0);

    out.family("wharf_integration_info", "gauge", "One per integration: its name and customer.");
    // Customers read once per account, not once per integration: a worker may sync a thousand.
    QHash<qint64, QHash<QString, QString>> customerNames;
    for (const Integration &integration : integrations) {
        if (!customerNames.contains(integration.accountId)) {
            QHash<QString, QString> &names = customerNames[integration.accountId];
            for (const Customer &customer : CustomerRepository(database).forAccount(integration.accountId))
                names.insert(customer.id, customer.name);
        }
        out.sample("wharf_integration_info",
                   {{"integration", id(integration.id)},
                    {"name", integration.name},
                    {"customer",
                     customerNames.value(integration.accountId).value(integration.customerId, integration.customerId)}},
                   1);
    }

    out.family("wharf_integration_health", "gauge",
               "1 for the integration's current health (draft, live, attention, failing, paused).");
    for (const Integration &integration : integrations)
        out.sample("wharf_integration_health",
                   {{"integration", id(integration.id)}, {"health", healthKey(integration.health)}}, 1);

    out.family("wharf_orders", "gauge", "Orders by state, per integration.");
    const OrderLinkRepository links(database);
    for (const Integration &integration : integrations) {
        const QHash<OrderLink::State, int> counts = links.countsByState(integration.id);
        for (const OrderLink::State state :
             {OrderLink::State::Received, OrderLink::State::Creating, OrderLink::State::Created,
              OrderLink::State::NeedsAttention, OrderLink::State::Skipped, OrderLink::State::Completed,
              OrderLink::State::LeftAlone})
            out.sample("wharf_orders", {{"integration", id(integration.id)}, {"state", OrderLink::stateKey(state)}},
                       counts.value(state));
    }

    out.family("wharf_integration_last_success_timestamp_seconds", "gauge",
               "When the integration's last cycle without an integration-level error ended (Unix time).");
    for (const Integration &integration : integrations) {
        if (integration.lastSuccessAt.isValid())
            out.sample("wharf_integration_last_success_timestamp_seconds", {{"integration", id(integration.id)}},
                       double(integration.lastSuccessAt.toSecsSinceEpoch()));
    }
    out.family("wharf_integration_last_sync_timestamp_seconds", "gauge",
               "When the integration's last cycle ended, successful or not (Unix time).");
    for (const Integration &integration : integrations) {
        if (integration.lastSyncAt.isValid())
            out.sample("wharf_integration_last_sync_timestamp_seconds", {{"integration", id(integration.id)}},
                       double(integration.lastSyncAt.toSecsSinceEpoch()));
    }

    // Who syncs what: every worker reports every lease, so that any one scrape shows the spread.
    const QHash<qint64, Lease> leases = LeaseRepository(database).all();
    const qint64 now = LeaseRepository::nowMs();
    int mine = 0;
    out.family("wharf_integration_lease", "gauge",
               "1 per integration whose lease is live, with the holder's kind and host; owned_here is 1 when this "
               "process holds it.");
    for (const Integration &integration : integrations) {
        const auto lease = leases.constFind(integration.id);
        if (lease == leases.cend() || lease->isExpired(now))
            continue;
        const bool here = lease->holder.host == process.host && lease->holder.pid == process.pid;
        mine += here ? 1 : 0;
        out.sample("wharf_integration_lease",
                   {{"integration", id(integration.id)},
                    {"holder_kind", LeaseHolder::kindKey(lease->holder.kind)},
                    {"host", lease->holder.host},
                    {"owned_here", here ? QStringLiteral("1") : QStringLiteral("0")}},
                   1);
    }
    out.family("wharf_leases_held", "gauge", "Integrations this process syncs now.");
    out.sample("wharf_leases_held", {}, mine);

    out.family("wharf_http_requests_total", "counter", "HTTP requests sent by this process, retries included.");
    for (auto it = counters.requests.cbegin(); it != counters.requests.cend(); ++it)
        out.sample("wharf_http_requests_total", {{"api", it.key()}}, double(it.value()));
    out.family("wharf_http_rate_limited_total", "counter", "429 Too Many Requests answers received.");
    // Both APIs always, so that an alert on a rise has a zero to start from.
    QStringList apis = counters.requests.keys() + counters.rateLimited.keys();
    apis << QStringLiteral("wms") << QStringLiteral("woo");
    apis.removeDuplicates();
    std::sort(apis.begin(), apis.end());
    for (const QString &api : std::as_const(apis))
        out.sample("wharf_http_rate_limited_total", {{"api", api}}, double(counters.rateLimited.value(api)));
    out.family("wharf_http_request_errors_total", "counter",
               "Requests that ended in an error after their retries, by API and kind.");
    for (auto api = counters.errors.cbegin(); api != counters.errors.cend(); ++api) {
        for (auto kind = api->cbegin(); kind != api->cend(); ++kind)
            out.sample("wharf_http_request_errors_total", {{"api", api.key()}, {"kind", kind.key()}},
                       double(kind.value()));
    }

    QList<qint64> cycled = counters.cycles.keys();
    std::sort(cycled.begin(), cycled.end());
    out.family("wharf_cycles_total", "counter", "Sync cycles this process ran, by integration and result.");
    for (const qint64 integrationId : std::as_const(cycled)) {
        const EngineMetrics::Cycles &cycles = counters.cycles.value(integrationId);
        out.sample("wharf_cycles_total", {{"integration", id(integrationId)}, {"result", QStringLiteral("ok")}},
                   double(cycles.ok));
        out.sample("wharf_cycles_total", {{"integration", id(integrationId)}, {"result", QStringLiteral("error")}},
                   double(cycles.failed));
    }
    out.family("wharf_orders_created_total", "counter",
               "Outbound orders this process created in CartonCloud, by integration.");
    for (const qint64 integrationId : std::as_const(cycled))
        out.sample("wharf_orders_created_total", {{"integration", id(integrationId)}},
                   double(counters.cycles.value(integrationId).created));
    out.family("wharf_orders_completed_total", "counter", "WooCommerce orders this process completed, by integration.");
    for (const qint64 integrationId : std::as_const(cycled))
        out.sample("wharf_orders_completed_total", {{"integration", id(integrationId)}},
                   double(counters.cycles.value(integrationId).completed));

    out.family("wharf_cycle_duration_seconds", "histogram", "How long this process's sync cycles took.");
    for (size_t i = 0; i < EngineMetrics::kCycleBuckets.size(); ++i)
        out.sample("wharf_cycle_duration_seconds_bucket",
                   {{"le", QLocale::c().toString(EngineMetrics::kCycleBuckets.at(i), 'g', 6)}},
                   double(counters.cycleBucketCounts.at(i)));
    out.sample("wharf_cycle_duration_seconds_bucket", {{"le", QStringLiteral("+Inf")}}, double(counters.cycleCount));
    out.sample("wharf_cycle_duration_seconds_sum", {}, counters.cycleSecondsSum);
    out.sample("wharf_cycle_duration_seconds_count", {}, double(counters.cycleCount));
    return out.text();
}

} // namespace wharf
