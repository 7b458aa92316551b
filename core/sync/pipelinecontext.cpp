#include "core/sync/pipelinecontext.h"

#include "core/logging.h"
#include "core/net/clock.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/eventrepository.h"
#include "core/store/orderlinkrepository.h"
#include "core/wms/wmsclient.h"
#include "core/wms/wmsproduct.h"
#include "core/woo/wooclient.h"

namespace wharf {

PipelineContext::PipelineContext(const Database &database, Integration &integration, const PipelineOptions &options,
                                 woo::WooClient *woo, wms::WmsClient *wms)
    : database(database)
    , integration(integration)
    , options(options)
    , woo(woo)
    , wms(wms)
    , m_calls(std::make_unique<QObject>())
{
}

PipelineContext::~PipelineContext() = default;

void PipelineContext::beginCycle()
{
    report = {};
    report.integrationId = integration.id;
    report.integrationName = integration.name;
    report.startedAt = QDateTime::currentDateTimeUtc();
    cycleStartedSteady = net::Clock::steadyNow();
    trackingSettled.clear();
    m_listed.clear();
    m_listedAtMs.clear();
    m_cycleClock.start();
    m_productCodesRead = false;
    m_customerName.clear();
}

void PipelineContext::cancelCalls()
{
    // Deleting the calls' contexts resumes their coroutines (CallAwaiter); new calls get a new parent.
    m_calls = std::make_unique<QObject>();
}

bool PipelineContext::mayWrite() const
{
    return !options.mayWrite || options.mayWrite();
}

bool PipelineContext::trackingWanted() const
{
    return integration.sendTracking && woo->connection().tracking != woo::TrackingPlugin::None;
}

bool PipelineContext::saveLink(OrderLink &link)
{
    const OrderLinkRepository repository(database);
    if (!repository.update(link)) {
        qCWarning(lcSync) << "could not save order link" << link.id << repository.errorString();
        return false;
    }
    if (orderChanged)
        orderChanged(link);
    return true;
}

void PipelineContext::needsAttention(OrderLink &link, const QString &reason)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Said once, not at every look that finds the same thing.
    const bool news = link.state != OrderLink::State::NeedsAttention || link.reason != reason;
    if (news)
        link.reasonSince = now;
    link.state = OrderLink::State::NeedsAttention;
    link.reason = reason;
    link.attempts += 1;
    link.nextAttemptAt = options.attentionBackoff.nextAttempt(now, link.attempts);
    saveLink(link);
    if (!news)
        return;
    ++report.needAttention;
    record(&link, QStringLiteral("order.attention"), reason, SyncEvent::Severity::Warning);
}

void PipelineContext::leaveAlone(OrderLink &link, const QString &reason, const QString &kind)
{
    link.state = OrderLink::State::LeftAlone;
    link.reason = reason;
    link.reasonSince = QDateTime::currentDateTimeUtc();
    saveLink(link);
    ++report.leftAlone;
    record(&link, kind, reason, SyncEvent::Severity::Warning);
}

void PipelineContext::record(const OrderLink *link, const QString &kind, const QString &message,
                             SyncEvent::Severity severity)
{
    SyncEvent event;
    event.integrationId = integration.id;
    event.orderLinkId = link ? link->id : 0;
    event.kind = kind;
    event.severity = severity;
    event.message = message;
    EventRepository(database).append(event);
    qCInfo(lcSync).noquote() << QStringLiteral("[%1] %2").arg(integration.name, message);
    if (eventRecorded)
        eventRecorded(event);
}

QString PipelineContext::customerName()
{
    if (m_customerName.isEmpty()) {
        const std::optional<Customer> customer =
            CustomerRepository(database).find(integration.accountId, integration.customerId);
        m_customerName = customer ? customer->name : integration.customerId;
    }
    return m_customerName;
}

void PipelineContext::remember(const woo::WooOrder &order)
{
    m_listed.insert(order.id, order);
    m_listedAtMs.insert(order.id, m_cycleClock.elapsed());
}

void PipelineContext::forget(qint64 orderId)
{
    m_listed.remove(orderId);
    m_listedAtMs.remove(orderId);
}

std::optional<woo::WooOrder> PipelineContext::recentOrder(qint64 orderId) const
{
    const auto listed = m_listed.constFind(orderId);
    if (listed == m_listed.cend()
        || m_cycleClock.elapsed() - m_listedAtMs.value(orderId) > options.orderFreshness.count())
        return std::nullopt;
    return *listed;
}

QCoro::Task<> PipelineContext::readProductCodes()
{
    if (m_productCodesRead)
        co_return;
    const auto result = co_await call<QList<wms::WmsProduct>>(
        [this](QObject *context, auto done) { wms->products(integration.customerId, context, done); });
    if (stopping)
        co_return;
    m_productCodesRead = true;
    if (!result.ok()) {
        // Not fatal: CartonCloud itself refuses unknown codes (228/400) and those orders then
        // need attention with CartonCloud's own words.
        qCWarning(lcSync) << "product codes unavailable:" << result.error.sentence;
        m_productCodesKnown = false;
        co_return;
    }
    m_productCodes.clear();
    for (const wms::WmsProduct &product : result.value)
        m_productCodes.insert(product.code);
    m_productCodesKnown = true;
}

} // namespace wharf
