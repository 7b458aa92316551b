#include "core/sync/integrationpipeline.h"

#include "core/logging.h"
#include "core/net/clock.h"
#include "core/net/httpclient.h"
#include "core/store/cursorrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/eventrepository.h"
#include "core/store/integrationrepository.h"
#include "core/store/orderlinkrepository.h"
#include "core/store/trackingentryrepository.h"
#include "core/store/writebatch.h"
#include "core/sync/carriermatcher.h"
#include "core/sync/ordermapper.h"
#include "core/wms/createoutcome.h"
#include "core/wms/outboundorder.h"
#include "core/wms/wmsclient.h"
#include "core/woo/storediscovery.h"
#include "core/woo/trackingitem.h"
#include "core/woo/woobatchitemresult.h"
#include "core/woo/wooclient.h"
#include "core/woo/wooconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <utility>

namespace wharf {

namespace {
// How often a change search cut short by its page cap is narrowed within one cycle.
constexpr int kMaxWindowNarrowings = 12;
const QString kWooCursor = QStringLiteral("woo.modified");
const QString kWmsCursor = QStringLiteral("wms.modified");

woo::WooConnection::AuthMode authModeFor(const Integration &integration, const QUrl &home)
{
    if (integration.wooAuth == QLatin1String("query"))
        return woo::WooConnection::AuthMode::QueryString;
    if (integration.wooAuth == QLatin1String("oauth1"))
        return woo::WooConnection::AuthMode::OAuth1;
    if (integration.wooAuth == QLatin1String("basic"))
        return woo::WooConnection::AuthMode::Basic;
    return woo::WooConnection::defaultAuthFor(home);
}
} // namespace

IntegrationPipeline::IntegrationPipeline(const Database &database, const Integration &integration,
                                         const QString &consumerSecret, wms::WmsClient *wms, QNetworkAccessManager *nam,
                                         const Options &options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_integration(integration)
    , m_options(options)
    , m_woo(new woo::WooClient(nam, this))
    , m_wms(wms)
{
    woo::WooConnection connection;
    connection.home = QUrl(integration.storeUrl);
    connection.auth = authModeFor(integration, connection.home);
    connection.consumerKey = integration.consumerKey;
    connection.consumerSecret = consumerSecret;
    m_woo->setConnection(connection);
    if (options.sslConfiguration)
        m_woo->http()->setSslConfiguration(*options.sslConfiguration);
    m_woo->http()->setRetryPolicy(options.retryPolicy);
    m_woo->setTransferTimeout(options.transferTimeoutMs);
    m_lastSyncAt = integration.lastSyncAt;
    m_lastSuccessAt = integration.lastSuccessAt;
}

IntegrationPipeline::~IntegrationPipeline() = default;

// ---------------------------------------------------------------------------------------------
// Cycle control

void IntegrationPipeline::runCycle()
{
    if (m_stopping || m_blocked)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    m_report = {};
    m_report.integrationId = m_integration.id;
    m_report.integrationName = m_integration.name;
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    m_cycleStartedSteady = net::Clock::steadyNow();
    m_listed.clear();
    m_listedAtMs.clear();
    m_cycleClock.start();
    m_createQueue.clear();
    m_productCodesRead = false;
    m_trackingQueue.clear();
    m_trackingJob.reset();
    m_trackingSettled.clear();
    m_completionTried.clear();
    m_customerName.clear();
    m_rateLimitedCreates = 0;
    Q_EMIT statusChanged(status());
    prepare();
}

void IntegrationPipeline::fail(Service service, const net::ApiError &error)
{
    using Kind = net::ApiError::Kind;
    const QString where = service == Service::Store ? tr("The store") : tr("CartonCloud");
    m_report.error = error.sentence.isEmpty() ? tr("%1 did not answer as expected.").arg(where) : error.sentence;
    qCWarning(lcSync) << "integration" << m_integration.id << "cycle failed:" << net::ApiError::kindName(error.kind)
                      << m_report.error;
    // Only WooCommerce's own answer about the key blocks (a woocommerce_rest_* code): a 401/403
    // without one came from something in front of it (a firewall, a security plugin) and is
    // tried again.
    const bool definiteRefusal = (error.kind == Kind::Auth || error.kind == Kind::Permission)
        && (service == Service::CartonCloud || error.serverCode.startsWith(QLatin1String("woocommerce_rest_")));
    if (definiteRefusal) {
        // Asking again with the same credentials can only fail again, and stores lock out keys
        // that keep failing: stop until the user reconfigures.
        m_blocked = true;
        setHealth(Health::Failing,
                  m_report.error + QLatin1Char(' ')
                      + (service == Service::Store ? tr("Reconfigure the integration with a valid Read/Write key.")
                                                   : tr("Check the CartonCloud account's API client.")));
        record(nullptr, QStringLiteral("integration.failing"), m_report.error, SyncEvent::Severity::Error);
    } else if (error.isTransient() || error.kind == Kind::InvalidResponse || error.kind == Kind::Tls
               || error.kind == Kind::Auth || error.kind == Kind::Permission) {
        ++m_transientCycles;
        if (m_transientCycles >= m_options.transientCyclesBeforeFailing) {
            const QString tried = m_transientCycles == 1
                ? tr("Wharf keeps trying, less often.")
                : tr("Wharf has tried %n time(s) in a row and keeps trying, less often.", nullptr, m_transientCycles);
            setHealth(Health::Failing, m_report.error + QLatin1Char(' ') + tried);
        } else {
            setHealth(Health::Attention, m_report.error);
        }
        record(nullptr, QStringLiteral("integration.error"), m_report.error, SyncEvent::Severity::Warning);
    } else {
        setHealth(Health::Attention, m_report.error);
        record(nullptr, QStringLiteral("integration.error"), m_report.error, SyncEvent::Severity::Warning);
    }
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    m_lastSyncAt = m_report.finishedAt;
    IntegrationRepository(m_database).setLastSync(m_integration.id, m_lastSyncAt, m_lastSuccessAt);
    m_running = false;
    Q_EMIT statusChanged(status());
    Q_EMIT cycleFinished(m_report);
    if (m_again && !m_blocked)
        runCycle();
}

bool IntegrationPipeline::mayWrite() const
{
    return !m_options.mayWrite || m_options.mayWrite();
}

void IntegrationPipeline::abandonCycle(const QString &why)
{
    // Ownership may have passed to another engine (this process was stopped, or the database did
    // not answer, for longer than the lease): the cycle ends here with nothing more sent, and the
    // health is left as it was — the engine decides who syncs the integration next.
    qCWarning(lcSync) << "integration" << m_integration.id << "cycle abandoned:" << why;
    m_createQueue.clear();
    m_trackingQueue.clear();
    m_trackingJob.reset();
    m_report.error = why;
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    m_running = false;
    m_again = false;
    Q_EMIT statusChanged(status());
    Q_EMIT cycleFinished(m_report);
}

void IntegrationPipeline::finishCycle()
{
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    m_lastSyncAt = m_report.finishedAt;
    m_lastSuccessAt = m_report.finishedAt;
    IntegrationRepository(m_database).setLastSync(m_integration.id, m_lastSyncAt, m_lastSuccessAt);
    m_transientCycles = 0;
    const int attention =
        int(OrderLinkRepository(m_database).inState(m_integration.id, OrderLink::State::NeedsAttention).size());
    if (attention > 0)
        setHealth(Health::Attention,
                  //: English: %n order needs attention. | %n orders need attention.
                  tr("%n order(s) need attention.", nullptr, attention));
    else
        setHealth(Health::Live, tr("Syncing normally."));
    m_running = false;
    qCInfo(lcSync) << "integration" << m_integration.id << "cycle done:" << m_report.ordersReceived << "received,"
                   << m_report.created << "created," << m_report.trackingSent << "tracking," << m_report.completed
                   << "completed," << m_report.needAttention << "need attention";
    Q_EMIT statusChanged(status());
    Q_EMIT cycleFinished(m_report);
    if (m_again)
        runCycle();
}

qint64 IntegrationPipeline::overlapSeconds() const
{
    // Both services keep modification times to the second and `modified_after` is exclusive: an
    // order changed in the same second as the cursor would never be listed without this second.
    return std::max<qint64>(1, m_options.overlap.count());
}

// ---------------------------------------------------------------------------------------------
// Step 0: the store's home URL and tracking plugin, once per pipeline

void IntegrationPipeline::prepare()
{
    if (m_prepared) {
        intake();
        return;
    }
    m_woo->discover({QUrl(m_integration.storeUrl)}, this, [this](const net::Result<woo::StoreDiscovery> &result) {
        if (m_stopping)
            return;
        if (!result.ok()) {
            fail(Service::Store, result.error);
            return;
        }
        if (!result.value.hasWooCommerce) {
            fail(Service::Store,
                 net::ApiError::make(net::ApiError::Kind::NotFound,
                                     tr("%1 no longer answers as a WooCommerce store.").arg(m_integration.storeUrl)));
            return;
        }
        woo::WooConnection connection = m_woo->connection();
        // The address set up is where the key goes. The store's own idea of its home is taken
        // only on the same host and port, and never from https down to http.
        const QUrl configured(m_integration.storeUrl);
        const QUrl &home = result.value.home;
        const auto port = [](const QUrl &url) {
            return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
        };
        const bool sameSite = home.isValid() && !result.value.homeElsewhere
            && home.host().compare(configured.host(), Qt::CaseInsensitive) == 0
            && (home.scheme() == configured.scheme()
                || (home.scheme() == QLatin1String("https") && port(configured) == 80 && port(home) == 443))
            && (home.scheme() != configured.scheme() || port(home) == port(configured));
        if (sameSite) {
            connection.home = home;
        } else if (home.isValid() || result.value.homeElsewhere) {
            const QUrl announced = result.value.homeElsewhere ? result.value.announcedHome : home;
            record(nullptr, QStringLiteral("integration.home-elsewhere"),
                   tr("The store at %1 now calls itself %2. Wharf keeps sending to %1; if the shop has moved, set up "
                      "a new integration for the new address.")
                       .arg(m_integration.storeUrl, announced.toString()),
                   SyncEvent::Severity::Warning);
        }
        connection.tracking = result.value.tracking;
        m_woo->setConnection(connection);
        m_prepared = true;
        intake();
    });
}

// ---------------------------------------------------------------------------------------------
// Step 1: intake

void IntegrationPipeline::intake()
{
    const QString cursor = CursorRepository(m_database).value(m_integration.id, kWooCursor);
    QDateTime since;
    if (!cursor.isEmpty())
        since = QDateTime::fromString(cursor, Qt::ISODateWithMs).addSecs(-overlapSeconds());
    else if (m_integration.intakeSince.isValid())
        since = m_integration.intakeSince;

    m_woo->listAllProcessingOrders(since, this, [this](const net::Result<woo::WooOrderListing> &result) {
        if (m_stopping)
            return;
        if (!result.ok()) {
            fail(Service::Store, result.error);
            return;
        }
        m_report.ordersSeen = int(result.value.orders.size());
        recordNewOrders(result.value);
    });
}

void IntegrationPipeline::recordNewOrders(const woo::WooOrderListing &listing)
{
    const OrderLinkRepository links(m_database);
    // Where the cursor may move once every listed order has its link: as far as the listing read
    // without a gap (less than its newest change when it stopped at its request cap).
    const QDateTime newest = listing.orders.isEmpty() ? QDateTime() : listing.readThrough;
    bool allRecorded = true;
    QList<woo::WooOrder> fresh;
    for (const woo::WooOrder &order : listing.orders) {
        m_listed.insert(order.id, order);
        m_listedAtMs.insert(order.id, m_cycleClock.elapsed());
        // Orders placed before the go-live date the user chose are not taken, even when they change.
        if (m_integration.intakeSince.isValid() && order.createdUtc.isValid()
            && order.createdUtc < m_integration.intakeSince)
            continue;
        if (!links.find(m_integration.id, order.id))
            fresh.append(order);
    }

    auto recordAll = [this, fresh, newest, allRecorded]() mutable {
        const OrderLinkRepository repository(m_database);
        std::optional<WriteBatch> batch(std::in_place, m_database);
        for (const woo::WooOrder &order : fresh) {
            OrderLink link;
            link.integrationId = m_integration.id;
            link.wooOrderId = order.id;
            link.wooOrderNumber = order.number.isEmpty() ? QString::number(order.id) : order.number;
            link.reference = m_integration.storeCode.isEmpty()
                ? OrderMapper::reference(m_integration.storeUrl, link.wooOrderNumber)
                : OrderMapper::referenceWithCode(m_integration.storeCode, link.wooOrderNumber);
            link.wooModifiedAt = order.modifiedUtc;
            const OrderMapper::Verdict verdict =
                OrderMapper::verdict(order, m_productCodes, m_productCodesKnown, customerName());
            switch (verdict.kind) {
            case OrderMapper::Verdict::Kind::Create:
                link.state = OrderLink::State::Received;
                break;
            case OrderMapper::Verdict::Kind::Skip:
                link.state = OrderLink::State::Skipped;
                link.reason = verdict.reason;
                link.reasonSince = QDateTime::currentDateTimeUtc();
                break;
            case OrderMapper::Verdict::Kind::Attention:
                link.state = OrderLink::State::NeedsAttention;
                link.reason = verdict.reason;
                link.reasonSince = QDateTime::currentDateTimeUtc();
                link.attempts = 1;
                link.nextAttemptAt = m_options.attentionBackoff.nextAttempt(link.reasonSince, 1);
                break;
            }
            if (!repository.insert(link)) {
                allRecorded = false;
                continue;
            }
            ++m_report.ordersReceived;
            record(&link, QStringLiteral("order.received"),
                   tr("Order %1 received from WooCommerce.").arg(link.wooOrderNumber));
            if (link.state == OrderLink::State::Skipped) {
                ++m_report.skipped;
                record(&link, QStringLiteral("order.skipped"), link.reason, SyncEvent::Severity::Warning);
            } else if (link.state == OrderLink::State::NeedsAttention) {
                ++m_report.needAttention;
                record(&link, QStringLiteral("order.attention"), link.reason, SyncEvent::Severity::Warning);
            }
            Q_EMIT orderChanged(link);
        }
        if (!batch->commit())
            allRecorded = false;
        batch.reset();
        // The cursor moves only once every order it covers has its link: a crash before this line
        // lists the same orders again, and their links make them no-ops.
        // Never backwards: a listing that found only the overlap's orders ends before the cursor.
        const QString current = CursorRepository(m_database).value(m_integration.id, kWooCursor);
        if (allRecorded && newest.isValid()
            && (current.isEmpty() || newest > QDateTime::fromString(current, Qt::ISODateWithMs)))
            CursorRepository(m_database).setValue(m_integration.id, kWooCursor, newest.toString(Qt::ISODateWithMs));

        // Everything waiting to be created: new orders, orders interrupted in a create, and
        // orders needing attention whose next attempt is due (and that never reached CartonCloud).
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const OrderLink &link : repository.inStates(
                 m_integration.id,
                 {OrderLink::State::Creating, OrderLink::State::Received, OrderLink::State::NeedsAttention})) {
            // Orders needing attention when their next attempt is due; those CartonCloud has
            // (rejected) are looked at there, never sent again while they exist.
            if (link.state == OrderLink::State::NeedsAttention && link.nextAttemptAt.isValid()
                && link.nextAttemptAt > now)
                continue;
            m_createQueue.push_back(link.id);
        }
        createNext();
    };

    // Product codes are read only when there is something new to judge: an idle cycle costs none.
    if (fresh.isEmpty())
        recordAll();
    else
        withProductCodes(recordAll);
}

void IntegrationPipeline::withProductCodes(std::function<void()> then)
{
    if (m_productCodesRead) {
        then();
        return;
    }
    m_wms->products(m_integration.customerId, this,
                    [this, then = std::move(then)](const net::Result<QList<wms::WmsProduct>> &result) {
                        if (m_stopping)
                            return;
                        m_productCodesRead = true;
                        if (result.ok()) {
                            m_productCodes.clear();
                            for (const wms::WmsProduct &product : result.value)
                                m_productCodes.insert(product.code);
                            m_productCodesKnown = true;
                        } else {
                            // Not fatal: CartonCloud itself refuses unknown codes (228/400) and
                            // those orders then need attention with CartonCloud's own words.
                            qCWarning(lcSync) << "product codes unavailable:" << result.error.sentence;
                            m_productCodesKnown = false;
                        }
                        then();
                    });
}

void IntegrationPipeline::withOrder(const OrderLink &link,
                                    std::function<void(const std::optional<woo::WooOrder> &)> then)
{
    // Right before a create the order is read again unless it was read moments ago: creates are
    // paced (30 a minute per API client), so the listing may be minutes old by an order's turn,
    // and an order cancelled meanwhile must not reach the warehouse. The next page of the queue is
    // read in the same request, so that this costs one request per hundred orders.
    const auto listed = m_listed.constFind(link.wooOrderId);
    const qint64 now = m_cycleClock.elapsed();
    if (listed != m_listed.cend() && now - m_listedAtMs.value(link.wooOrderId) <= m_options.orderFreshness.count()) {
        then(*listed);
        return;
    }
    QList<qint64> ids {link.wooOrderId};
    const OrderLinkRepository repository(m_database);
    for (auto it = m_createQueue.cbegin(); it != m_createQueue.cend() && ids.size() < woo::WooClient::PageSize; ++it) {
        if (const std::optional<OrderLink> queued = repository.findById(*it))
            ids.append(queued->wooOrderId);
    }
    m_woo->getOrders(
        ids, this,
        [this, ids, wanted = link.wooOrderId, then = std::move(then)](const net::Result<QList<woo::WooOrder>> &result) {
            if (m_stopping)
                return;
            if (!result.ok()) {
                fail(Service::Store, result.error);
                return;
            }
            for (const qint64 id : ids)
                m_listed.remove(id); // not in the answer: deleted, or in the trash
            const qint64 readAt = m_cycleClock.elapsed();
            for (const woo::WooOrder &order : result.value) {
                m_listed.insert(order.id, order);
                m_listedAtMs.insert(order.id, readAt);
            }
            const auto current = m_listed.constFind(wanted);
            if (current == m_listed.cend()) {
                then(std::nullopt);
                return;
            }
            then(*current);
        });
}

void IntegrationPipeline::createNext()
{
    if (m_stopping)
        return;
    if (m_createQueue.empty()) {
        watch();
        return;
    }
    const qint64 linkId = m_createQueue.front();
    m_createQueue.pop_front();
    const std::optional<OrderLink> found = OrderLinkRepository(m_database).findById(linkId);
    if (!found) {
        createNext();
        return;
    }
    OrderLink link = *found;
    if (link.state == OrderLink::State::NeedsAttention && !link.wmsOrderId.isEmpty()) {
        if (link.wmsStatus.isEmpty() || link.wmsStatus == QLatin1String("REJECTED")) {
            recheckRejected(link);
            return;
        }
        // In CartonCloud and not rejected: its tracking was refused. Back on the normal path, so
        // that this cycle's tracking step tries again.
        link.state = OrderLink::State::Created;
        saveLink(link);
        createNext();
        return;
    }
    if (link.state == OrderLink::State::Creating) {
        // Too fresh to search for: the create may still be committed, or not yet searchable.
        // It waits for a later cycle; nothing is sent for it meanwhile.
        const QDateTime searchable = link.updatedAt.addMSecs(m_options.interruptedCreateGuard.count());
        if (link.updatedAt.isValid() && searchable > QDateTime::currentDateTimeUtc()) {
            qCInfo(lcSync) << "order" << link.wooOrderNumber << "was interrupted in a create; searching for it after"
                           << searchable.toString(Qt::ISODateWithMs);
            createNext();
            return;
        }
        resolveInterruptedCreate(link);
        return;
    }
    withOrder(link, [this, link](const std::optional<woo::WooOrder> &order) { createIfWanted(link, order); });
}

void IntegrationPipeline::createIfWanted(OrderLink link, const std::optional<woo::WooOrder> &order)
{
    static const QStringList gone {QStringLiteral("cancelled"), QStringLiteral("refunded"), QStringLiteral("failed"),
                                   QStringLiteral("trash"), QStringLiteral("completed")};
    if (!order || gone.contains(order->status)) {
        // Cancelled, refunded, completed by hand or deleted before it reached CartonCloud.
        link.state = OrderLink::State::LeftAlone;
        link.reason = order ? tr("Order %1 is now \"%2\" in WooCommerce, so it was not sent to CartonCloud.")
                                  .arg(link.wooOrderNumber, order->status)
                            : tr("Order %1 no longer exists in WooCommerce, so it was not sent to CartonCloud.")
                                  .arg(link.wooOrderNumber);
        link.reasonSince = QDateTime::currentDateTimeUtc();
        saveLink(link);
        ++m_report.leftAlone;
        record(&link, QStringLiteral("order.left-alone"), link.reason, SyncEvent::Severity::Warning);
        createNext();
        return;
    }
    if (order->status != QLatin1String("processing")) {
        // On hold, pending payment…: often back in processing after a payment or fraud check. It
        // waits, looked at each cycle, and is sent once it is in processing again.
        const QString reason =
            tr("Order %1 is \"%2\" in WooCommerce; it is sent to CartonCloud when it is in processing again.")
                .arg(link.wooOrderNumber, order->status);
        link.state = OrderLink::State::Received; // an interrupted create found nothing: never sent
        if (link.reason != reason) {
            link.reason = reason;
            link.reasonSince = QDateTime::currentDateTimeUtc();
            record(&link, QStringLiteral("order.waiting"), reason);
        }
        saveLink(link);
        createNext();
        return;
    }
    const woo::WooOrder current = *order;
    withProductCodes([this, link, current]() mutable {
        const OrderMapper::Verdict verdict =
            OrderMapper::verdict(current, m_productCodes, m_productCodesKnown, customerName());
        if (verdict.kind == OrderMapper::Verdict::Kind::Skip) {
            link.state = OrderLink::State::Skipped;
            link.reason = verdict.reason;
            saveLink(link);
            createNext();
            return;
        }
        if (verdict.kind == OrderMapper::Verdict::Kind::Attention) {
            needsAttention(link, verdict.reason);
            createNext();
            return;
        }
        link.reason.clear();
        createOne(link, current);
    });
}

void IntegrationPipeline::createOne(OrderLink link, const woo::WooOrder &order)
{
    if (!mayWrite()) {
        abandonCycle(tr("Wharf could not confirm that it still syncs this integration; nothing was sent."));
        return;
    }
    const QJsonObject payload = OrderMapper::payload(order, m_integration, link.reference);
    // Decided when the create's slot in the API client's budget comes, which may be a minute
    // later: the lease is checked again then, and the link is recorded "creating" (and synced to
    // disk) right before the request leaves. Whatever happens next, a restart finds the link in
    // "creating" and searches before it sends anything again.
    m_sendVetoed = SendVeto::None;
    auto beforeSend = [this, link]() mutable {
        if (m_stopping || !mayWrite()) {
            m_sendVetoed = SendVeto::NotOwner;
            return false;
        }
        link.state = OrderLink::State::Creating;
        if (!saveLink(link)) {
            m_sendVetoed = SendVeto::NotRecorded;
            return false;
        }
        return true;
    };
    link.state = OrderLink::State::Creating;
    m_wms->createOutboundOrder(
        payload, this,
        [this, link](const net::Result<wms::CreateOutcome> &result) mutable {
            if (m_stopping)
                return;
            if (const SendVeto veto = std::exchange(m_sendVetoed, SendVeto::None); veto != SendVeto::None) {
                if (veto == SendVeto::NotOwner)
                    abandonCycle(tr("Wharf could not confirm that it still syncs this integration; nothing was sent."));
                else
                    fail(Service::CartonCloud,
                         net::ApiError::make(net::ApiError::Kind::Transient,
                                             tr("Wharf could not record the order before sending it.")));
                return;
            }
            if (result.ok() && result.value.kind == wms::CreateOutcome::Kind::Duplicate) {
                adoptDuplicate(link, result.value);
                return;
            }
            if (result.ok()) {
                handleCreateOutcome(link, result.value);
                createNext();
                return;
            }
            const net::ApiError &error = result.error;
            if (wms::WmsClient::createOutcomeUnknown(error)) {
                // The order may exist now. It stays "creating"; the next cycle searches first.
                record(&link, QStringLiteral("order.create-unknown"),
                       tr("CartonCloud did not confirm order %1 (%2). Wharf will check whether it arrived before "
                          "sending it again.")
                           .arg(link.wooOrderNumber, error.sentence),
                       SyncEvent::Severity::Warning);
                fail(Service::CartonCloud, error);
                return;
            }
            // A definite refusal: nothing was created.
            link.state = OrderLink::State::Received;
            saveLink(link);
            if (error.kind == net::ApiError::Kind::RateLimited) {
                // Someone else spends this API client's budget too. The client has held the budget
                // (every process's, through the database); this order and the ones after it wait for
                // the next cycle, while tracking and completion go on now. It is not the
                // integration's fault: no failed cycle, no health change.
                if (++m_rateLimitedCreates == 1)
                    record(
                        &link, QStringLiteral("order.create-waiting"),
                        tr("CartonCloud asked Wharf to slow down; order %1 and the orders after it will be sent when "
                           "the API client's limit allows.")
                            .arg(link.wooOrderNumber));
                m_createQueue.clear();
                createNext();
                return;
            }
            if (error.kind == net::ApiError::Kind::Validation || error.kind == net::ApiError::Kind::NotFound) {
                needsAttention(link, tr("CartonCloud refused order %1: %2").arg(link.wooOrderNumber, error.sentence));
                createNext();
                return;
            }
            fail(Service::CartonCloud, error);
        },
        beforeSend);
}

void IntegrationPipeline::recheckRejected(OrderLink link)
{
    // An order CartonCloud created rejected (228) is never sent again while it exists: it is
    // looked at. Resolved there, it is followed as usual; deleted by the warehouse, it is sent
    // anew only when a person presses Retry (attempts 0), since deleting may mean "not wanted".
    m_wms->getOutboundOrder(link.wmsOrderId, this, [this, link](const net::Result<wms::OutboundOrder> &result) mutable {
        if (m_stopping)
            return;
        // A Retry pressed while CartonCloud answered counts: read the link as it is now.
        if (std::optional<OrderLink> current = OrderLinkRepository(m_database).findById(link.id))
            link = *current;
        if (!result.ok() && result.error.kind != net::ApiError::Kind::NotFound) {
            fail(Service::CartonCloud, result.error);
            return;
        }
        if (!result.ok()) {
            if (link.attempts > 0) {
                needsAttention(
                    link,
                    tr("Order %1 was deleted in CartonCloud. Press Retry to send it again.").arg(link.wooOrderNumber));
                createNext();
                return;
            }
            const QString gone = link.wmsOrderId;
            link.wmsOrderId.clear();
            link.wmsStatus.clear();
            link.state = OrderLink::State::Received;
            link.reason.clear();
            saveLink(link);
            record(&link, QStringLiteral("order.resend"),
                   tr("Order %1 was deleted in CartonCloud (%2); it is sent again, as asked.")
                       .arg(link.wooOrderNumber, gone));
            m_createQueue.push_front(link.id);
            createNext();
            return;
        }
        if (result.value.status != QLatin1String("REJECTED")) {
            link.state = OrderLink::State::Created;
            link.wmsStatus = result.value.status;
            if (link.wmsStatus == QLatin1String("DISPATCHED") && !link.dispatchedAt.isValid())
                link.dispatchedAt = QDateTime::currentDateTimeUtc();
            link.reason.clear();
            link.attempts = 0;
            link.nextAttemptAt = {};
            saveLink(link);
            record(&link, QStringLiteral("order.resolved"),
                   tr("Order %1 was resolved in CartonCloud and is %2 there.")
                       .arg(link.wooOrderNumber, result.value.status));
            createNext();
            return;
        }
        needsAttention(link,
                       link.reason.isEmpty()
                           ? tr("Order %1 is still rejected in CartonCloud: resolve it or delete it there.")
                                 .arg(link.wooOrderNumber)
                           : link.reason);
        createNext();
    });
}

void IntegrationPipeline::resolveInterruptedCreate(OrderLink link)
{
    m_wms->findByReference(
        link.reference, m_integration.customerId, this,
        [this, link](const net::Result<QList<wms::OutboundOrder>> &result) mutable {
            if (m_stopping)
                return;
            if (!result.ok()) {
                fail(Service::CartonCloud, result.error);
                return;
            }
            if (!result.value.isEmpty()) {
                wms::CreateOutcome found;
                found.order = result.value.constFirst();
                // A 228 whose answer was lost: the order is there, rejected.
                found.kind = found.order.status == QLatin1String("REJECTED")
                    ? wms::CreateOutcome::Kind::CreatedWithIssues
                    : wms::CreateOutcome::Kind::Created;
                record(&link, QStringLiteral("order.found"),
                       tr("Order %1 had reached CartonCloud before Wharf was interrupted; it was linked, not sent "
                          "again.")
                           .arg(link.wooOrderNumber));
                handleCreateOutcome(link, found);
                createNext();
                return;
            }
            // Not there: the interrupted create never happened. The order is read again and judged
            // as a new one would be (it may have been cancelled meanwhile); sent, it is the first time.
            withOrder(link, [this, link](const std::optional<woo::WooOrder> &order) { createIfWanted(link, order); });
        });
}

void IntegrationPipeline::adoptDuplicate(OrderLink link, const wms::CreateOutcome &outcome)
{
    // A 422 DUPLICATE names an order; it is this order only if it is this customer's and carries
    // this order's reference. Anything else (another customer's order, an order a person made by
    // hand with a clashing reference) is said, never silently linked. Its status is read too, so
    // that an order found already dispatched is still tracked and completed.
    m_wms->getOutboundOrder(
        outcome.duplicateId, this, [this, link, outcome](const net::Result<wms::OutboundOrder> &result) mutable {
            if (m_stopping)
                return;
            if (!result.ok() && result.error.kind != net::ApiError::Kind::NotFound) {
                // Not known either way: the link stays "creating", and the next cycle searches.
                fail(Service::CartonCloud, result.error);
                return;
            }
            const wms::OutboundOrder &order = result.value;
            if (!result.ok() || order.customerId != m_integration.customerId || order.reference != link.reference) {
                needsAttention(link,
                               tr("CartonCloud refused order %1 as a duplicate of outbound order %2, which is not this "
                                  "order (its customer or reference differs, or it is gone). Nothing was linked; check "
                                  "the outbound orders with reference %3 in CartonCloud.")
                                   .arg(link.wooOrderNumber, outcome.duplicateId, link.reference));
                createNext();
                return;
            }
            wms::CreateOutcome adopted = outcome;
            adopted.order = order;
            if (order.status == QLatin1String("REJECTED"))
                adopted.kind = wms::CreateOutcome::Kind::CreatedWithIssues;
            handleCreateOutcome(link, adopted);
            createNext();
        });
}

void IntegrationPipeline::handleCreateOutcome(OrderLink link, const wms::CreateOutcome &outcome)
{
    link.wmsOrderId = outcome.orderId();
    link.attempts = 0;
    link.nextAttemptAt = {};
    switch (outcome.kind) {
    case wms::CreateOutcome::Kind::Created:
        link.state = OrderLink::State::Created;
        link.wmsStatus = outcome.order.status;
        if (link.wmsStatus == QLatin1String("DISPATCHED"))
            link.dispatchedAt = QDateTime::currentDateTimeUtc();
        link.reason.clear();
        saveLink(link);
        ++m_report.created;
        record(
            &link, QStringLiteral("order.created"),
            tr("Order %1 created in CartonCloud as %2.")
                .arg(link.wooOrderNumber,
                     outcome.order.numericId.isEmpty() ? link.reference : QLatin1Char('#') + outcome.order.numericId));
        break;
    case wms::CreateOutcome::Kind::CreatedWithIssues:
        // 228: the order exists (in REJECTED); it must not be sent again, only watched until
        // someone resolves it in CartonCloud.
        link.wmsStatus = outcome.order.status.isEmpty() ? QStringLiteral("REJECTED") : outcome.order.status;
        ++m_report.created;
        needsAttention(link,
                       tr("CartonCloud created order %1 but rejected it (%2). Resolve it in CartonCloud; Wharf "
                          "follows it from there.")
                           .arg(link.wooOrderNumber, outcome.order.issues.join(QStringLiteral("; "))));
        break;
    case wms::CreateOutcome::Kind::Duplicate:
        link.state = OrderLink::State::Created;
        link.wmsStatus = outcome.order.status;
        if (link.wmsStatus == QLatin1String("DISPATCHED"))
            link.dispatchedAt = QDateTime::currentDateTimeUtc();
        link.reason.clear();
        saveLink(link);
        ++m_report.created;
        record(&link, QStringLiteral("order.linked"),
               tr("Order %1 already existed in CartonCloud (reference %2); Wharf linked it instead of creating "
                  "another.")
                   .arg(link.wooOrderNumber, link.reference));
        break;
    }
}

// ---------------------------------------------------------------------------------------------
// Step 2: watch CartonCloud

void IntegrationPipeline::watch()
{
    const QString cursor = CursorRepository(m_database).value(m_integration.id, kWmsCursor);
    QDateTime since = cursor.isEmpty() ? m_integration.createdAt : QDateTime::fromString(cursor, Qt::ISODateWithMs);
    watchWindow(since.addSecs(-overlapSeconds()), QDateTime(), 0);
}

void IntegrationPipeline::watchWindow(const QDateTime &since, const QDateTime &until, int narrowings)
{
    m_wms->changesBetween(
        m_integration.customerId, since, until, this,
        [this, since, until, narrowings](const net::Result<wms::OutboundOrderChanges> &result) {
            if (m_stopping)
                return;
            if (!result.ok()) {
                fail(Service::CartonCloud, result.error);
                return;
            }
            QDateTime newest;
            if (!applyStatusChanges(result.value.orders, &newest)) {
                fail(Service::CartonCloud,
                     net::ApiError::make(net::ApiError::Kind::Transient,
                                         tr("Wharf could not record CartonCloud's order statuses in its data file.")));
                return;
            }
            if (result.value.complete) {
                // Everything in the window was read: the cursor moves to its end (an open window
                // ends at the newest change CartonCloud showed, in CartonCloud's own clock).
                const QDateTime readThrough = until.isValid() ? until : newest;
                if (readThrough.isValid())
                    CursorRepository(m_database)
                        .setValue(m_integration.id, kWmsCursor, readThrough.toString(Qt::ISODateWithMs));
                tracking();
                return;
            }
            // More changes than one search reads (MaxPages), in no documented order: what was read
            // is applied, but the cursor may not pass an order not read. The window is cut where
            // half of what was read lies, and read again, until a window is read whole.
            QList<QDateTime> times;
            for (const wms::OutboundOrder &order : result.value.orders) {
                if (order.modified.isValid() && order.modified > since)
                    times.append(order.modified);
            }
            // The cut must lie beyond the next cycle's start (the window's start plus the overlap),
            // or the cursor could not move.
            std::sort(times.begin(), times.end());
            const QDateTime progress = since.addSecs(overlapSeconds());
            QDateTime cut;
            for (qsizetype i = times.size() / 2; i < times.size() && !cut.isValid(); ++i) {
                if (times.at(i) > progress)
                    cut = times.at(i);
            }
            // What was read may be mostly changes already known (the overlap): then the smallest
            // window that still moves the cursor.
            if (!cut.isValid())
                cut = progress.addSecs(1);
            if (narrowings >= kMaxWindowNarrowings || !cut.isValid() || (until.isValid() && cut >= until)) {
                record(nullptr, QStringLiteral("integration.changes-capped"),
                       tr("CartonCloud reported more changed orders than Wharf reads in one cycle; the rest are read "
                          "in the next cycles, none skipped."),
                       SyncEvent::Severity::Warning);
                tracking();
                return;
            }
            watchWindow(since, cut, narrowings + 1);
        },
        m_cycleStartedSteady);
}

bool IntegrationPipeline::applyStatusChanges(const QList<wms::OutboundOrder> &orders, QDateTime *newestChange)
{
    WriteBatch batch(m_database);
    const OrderLinkRepository repository(m_database);
    QDateTime newest;
    for (const wms::OutboundOrder &order : orders) {
        if (order.modified.isValid() && (!newest.isValid() || order.modified > newest))
            newest = order.modified;
        std::optional<OrderLink> link = repository.findByWmsOrderId(m_integration.id, order.id);
        if (!link || link->wmsStatus == order.status)
            continue;
        const QString before = link->wmsStatus;
        link->wmsStatus = order.status;
        if (order.status == QLatin1String("DISPATCHED") && !link->dispatchedAt.isValid())
            link->dispatchedAt = QDateTime::currentDateTimeUtc();
        if (link->state == OrderLink::State::NeedsAttention && order.status != QLatin1String("REJECTED")) {
            // Resolved in CartonCloud: back on the normal path.
            link->state = OrderLink::State::Created;
            link->reason.clear();
        }
        saveLink(*link);
        ++m_report.statusChanges;
        record(&*link,
               order.status == QLatin1String("PACKED")           ? QStringLiteral("order.packed")
                   : order.status == QLatin1String("DISPATCHED") ? QStringLiteral("order.dispatched")
                                                                 : QStringLiteral("order.status"),
               tr("Order %1 is %2 in CartonCloud (was %3).")
                   .arg(link->wooOrderNumber, order.status, before.isEmpty() ? tr("new") : before));
    }
    *newestChange = newest;
    return batch.commit();
}

// ---------------------------------------------------------------------------------------------
// Step 3: tracking

void IntegrationPipeline::tracking()
{
    if (!mayWrite()) {
        abandonCycle(tr("Wharf could not confirm that it still syncs this integration; no tracking was sent."));
        return;
    }
    const bool trackingWanted = m_integration.sendTracking && m_woo->connection().tracking != woo::TrackingPlugin::None;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Every cycle: packed orders (tracking comes any moment) and dispatched ones still to be
    // completed (completion waits for their tracking). Less and less often, for the follow period:
    // dispatched orders, completed or not, whose tracking CartonCloud may still add or change.
    QList<OrderLink> candidates;
    QSet<qint64> taken;
    const OrderLinkRepository links(m_database);
    for (const OrderLink &link : links.inState(m_integration.id, OrderLink::State::Created)) {
        if (link.wmsStatus == QLatin1String("PACKED")
            || (link.wmsStatus == QLatin1String("DISPATCHED") && m_integration.completeOnDispatch)) {
            candidates.append(link);
            taken.insert(link.id);
        }
    }
    QSet<qint64> followed;
    if (trackingWanted) {
        const auto period = std::chrono::duration_cast<std::chrono::seconds>(m_options.trackingFollowPeriod);
        for (const OrderLink &link : links.trackingFollowed(m_integration.id, now.addSecs(-period.count()), now)) {
            followed.insert(link.id);
            if (!taken.contains(link.id))
                candidates.append(link);
        }
    }
    if (!trackingWanted || candidates.isEmpty()) {
        for (const OrderLink &link : std::as_const(candidates))
            m_trackingSettled.insert(link.id);
        completion();
        return;
    }
    QStringList ids;
    QList<qint64> linkIds;
    for (const OrderLink &link : std::as_const(candidates)) {
        ids.append(link.wmsOrderId);
        linkIds.append(link.id);
    }
    m_wms->consignmentTracking(
        ids, this, [this, candidates, linkIds, followed](const net::Result<QList<wms::ConsignmentTracking>> &result) {
            if (m_stopping)
                return;
            if (!result.ok()) {
                fail(Service::CartonCloud, result.error);
                return;
            }
            // Consignments with tracking, by outbound order, in a stable order: an order shipped in
            // three consignments keeps three entries, each changed only when its own tracking does.
            QHash<QString, QList<wms::ConsignmentTracking>> byOrder;
            for (const wms::ConsignmentTracking &consignment : result.value) {
                if (consignment.hasTracking() && consignment.status != QLatin1String("CANCELLED"))
                    byOrder[consignment.outboundOrderId].append(consignment);
            }
            for (QList<wms::ConsignmentTracking> &consignments : byOrder) {
                std::sort(consignments.begin(), consignments.end(),
                          [](const auto &a, const auto &b) { return a.consignmentId < b.consignmentId; });
            }
            const TrackingEntryRepository entryRepository(m_database);
            const QHash<qint64, QList<TrackingEntry>> entries = entryRepository.forLinks(linkIds);
            const QDateTime checkedAt = QDateTime::currentDateTimeUtc();
            for (OrderLink link : candidates) {
                if (followed.contains(link.id)) {
                    // The next look: half the time since dispatch, at least the minimum, at most a day.
                    const qint64 age = std::max<qint64>(0, link.dispatchedAt.msecsTo(checkedAt));
                    const qint64 wait = std::clamp<qint64>(
                        age / 2, m_options.trackingCheckMinInterval.count(),
                        std::max<qint64>(m_options.trackingCheckMinInterval.count(), 24LL * 3600 * 1000));
                    link.trackingCheckAt = checkedAt.addMSecs(wait);
                    saveLink(link);
                }
                const QList<wms::ConsignmentTracking> consignments = byOrder.value(link.wmsOrderId);
                QList<TrackingEntry> known = entries.value(link.id);
                TrackingJob job;
                job.link = link;
                for (const wms::ConsignmentTracking &consignment : consignments) {
                    auto entry = std::find_if(known.begin(), known.end(), [&](const TrackingEntry &e) {
                        return e.consignmentId == consignment.consignmentId;
                    });
                    if (entry == known.end()) {
                        // Written by an older Wharf before consignments were told apart: it belongs to
                        // the consignment whose number it carries.
                        entry = std::find_if(known.begin(), known.end(), [&](const TrackingEntry &e) {
                            return e.consignmentId.isEmpty() && e.trackingNumber == consignment.trackingNumber;
                        });
                        if (entry != known.end()
                            && entryRepository.assignConsignment(link.id, consignment.consignmentId))
                            entry->consignmentId = consignment.consignmentId;
                    }
                    TrackingWrite write;
                    write.consignment = consignment;
                    if (entry != known.end()) {
                        if (entry->state == TrackingEntry::State::Written
                            && entry->sameTracking(consignment.trackingNumber, consignment.carrier, consignment.url))
                            continue;
                        write.entry = *entry;
                    }
                    job.writes.append(write);
                }
                // No tracking yet (a dispatched order is completed without it: the plugin is not
                // needed for that, seed "Fulfilment"), or all of it is written already.
                if (job.writes.isEmpty()) {
                    m_trackingSettled.insert(link.id);
                    continue;
                }
                m_trackingQueue.push_back(job);
            }
            if (m_trackingQueue.empty() || m_providersRead) {
                writeTrackingNext();
                return;
            }
            m_woo->trackingProviders(m_trackingQueue.front().link.wooOrderId, this,
                                     [this](const net::Result<QList<woo::TrackingProvider>> &providers) {
                                         if (m_stopping)
                                             return;
                                         m_providersRead = providers.ok();
                                         if (providers.ok())
                                             m_providers = providers.value;
                                         writeTrackingNext();
                                     });
        });
}

void IntegrationPipeline::writeTrackingNext()
{
    if (m_stopping)
        return;
    if (m_trackingQueue.empty()) {
        m_trackingJob.reset();
        completion();
        return;
    }
    if (!mayWrite()) {
        abandonCycle(tr("Wharf could not confirm that it still syncs this integration; no tracking was sent."));
        return;
    }
    m_trackingJob = std::move(m_trackingQueue.front());
    m_trackingQueue.pop_front();
    writeConsignment(0);
}

void IntegrationPipeline::writeConsignment(qsizetype index)
{
    if (m_stopping)
        return;
    TrackingJob &job = *m_trackingJob;
    if (index >= job.writes.size()) {
        finishTrackingJob();
        return;
    }
    TrackingWrite &write = job.writes[index];
    const wms::ConsignmentTracking &consignment = write.consignment;
    const OrderLink &link = job.link;

    // A failure that is this order's own (the store refused this entry, or the order is gone)
    // is said on the order and the other orders go on; anything else stops the cycle.
    // A failure that is this order's own (the store refused this entry, or the order is gone)
    // is said on the order and the other orders go on; anything else stops the cycle.
    auto refused = [this, index](const net::ApiError &error) {
        if (error.isTransient() || error.kind == net::ApiError::Kind::Auth
            || error.kind == net::ApiError::Kind::Permission || error.kind == net::ApiError::Kind::Tls
            || error.kind == net::ApiError::Kind::RateLimited) {
            fail(Service::Store, error);
            return;
        }
        const OrderLink refusedLink = m_trackingJob->link;
        const QString number = m_trackingJob->writes.at(index).consignment.trackingNumber;
        if (!error.serverCode.endsWith(QLatin1String("_invalid_id"))) {
            trackingRefused(refusedLink, number, error);
            writeTrackingNext(); // this order is not settled: it is not completed this cycle
            return;
        }
        // "Invalid ID" may mean the order was deleted, but Advanced Shipment Tracking also answers
        // it for some numbers and for custom order numbers (woocommerce-api.md §6.3): ask the store.
        m_woo->getOrders({refusedLink.wooOrderId}, this,
                         [this, refusedLink, number, error](const net::Result<QList<woo::WooOrder>> &result) {
                             if (m_stopping)
                                 return;
                             if (!result.ok()) {
                                 fail(Service::Store, result.error);
                                 return;
                             }
                             if (result.value.isEmpty())
                                 orderGoneFromStore(refusedLink);
                             else
                                 trackingRefused(refusedLink, number, error);
                             writeTrackingNext();
                         });
    };

    // Interrupted while adding this entry: it may be in the store already. Look once per order.
    if (write.entry && write.entry->state == TrackingEntry::State::Writing) {
        if (!job.storeEntries) {
            m_woo->listTracking(link.wooOrderId, this,
                                [this, index, refused](const net::Result<QList<woo::TrackingItem>> &listed) {
                                    if (m_stopping)
                                        return;
                                    if (!listed.ok()) {
                                        refused(listed.error);
                                        return;
                                    }
                                    m_trackingJob->storeEntries = listed.value;
                                    writeConsignment(index);
                                });
            return;
        }
        TrackingEntry entry = *write.entry;
        entry.state = TrackingEntry::State::Written;
        entry.wooTrackingId.clear();
        for (const woo::TrackingItem &item : std::as_const(*job.storeEntries)) {
            if (item.number.trimmed() == entry.trackingNumber.trimmed())
                entry.wooTrackingId = item.trackingId;
        }
        if (entry.wooTrackingId.isEmpty()) {
            write.entry.reset(); // never arrived: add it
        } else {
            TrackingEntryRepository(m_database).save(entry);
            write.entry = entry;
            if (entry.sameTracking(consignment.trackingNumber, consignment.carrier, consignment.url)) {
                ++job.written;
                writeConsignment(index + 1);
                return;
            }
        }
    }

    auto add = [this, index, refused]() {
        if (!mayWrite()) {
            abandonCycle(tr("Wharf could not confirm that it still syncs this integration; no tracking was sent."));
            return;
        }
        const TrackingJob &current = *m_trackingJob;
        const wms::ConsignmentTracking &pending = current.writes.at(index).consignment;
        TrackingEntry entry;
        entry.orderLinkId = current.link.id;
        entry.consignmentId = pending.consignmentId;
        entry.trackingNumber = pending.trackingNumber;
        entry.carrier = pending.carrier;
        entry.url = pending.url;
        entry.state = TrackingEntry::State::Writing;
        // Recorded before the request leaves: a crash after the store took it finds "writing" and
        // looks instead of adding a second entry.
        if (!TrackingEntryRepository(m_database).save(entry)) {
            fail(Service::Store,
                 net::ApiError::make(net::ApiError::Kind::Transient,
                                     tr("Wharf could not record the tracking before sending it.")));
            return;
        }
        woo::TrackingItem item;
        item.number = pending.trackingNumber;
        item.dateShipped = QDate::currentDate();
        const QString provider = CarrierMatcher(m_providers).match(pending.carrier);
        if (!provider.isEmpty()) {
            item.provider = provider;
        } else {
            item.customProvider = pending.carrier.isEmpty() ? tr("Carrier") : pending.carrier;
            item.customLink = pending.url;
        }
        m_woo->addTracking(current.link.wooOrderId, item, this,
                           [this, index, entry, refused](const net::Result<woo::TrackingItem> &added) mutable {
                               if (m_stopping)
                                   return;
                               if (!added.ok()) {
                                   refused(added.error);
                                   return;
                               }
                               entry.wooTrackingId = added.value.trackingId;
                               entry.state = TrackingEntry::State::Written;
                               TrackingEntryRepository(m_database).save(entry);
                               TrackingJob &done = *m_trackingJob;
                               done.writes[index].entry = entry;
                               ++done.written;
                               ++m_report.trackingSent;
                               record(&done.link, QStringLiteral("tracking.sent"),
                                      tr("Tracking %1 (%2) sent to WooCommerce for order %3.")
                                          .arg(entry.trackingNumber,
                                               entry.carrier.isEmpty() ? tr("no carrier named") : entry.carrier,
                                               done.link.wooOrderNumber));
                               writeConsignment(index + 1);
                           });
    };

    if (!write.entry || write.entry->wooTrackingId.isEmpty()) {
        add();
        return;
    }
    // Changed tracking: the consignment's old entry goes first, so the order never shows two
    // entries for one consignment.
    m_woo->deleteTracking(link.wooOrderId, write.entry->wooTrackingId, this,
                          [this, add, refused](const net::Result<net::Done> &deleted) mutable {
                              if (m_stopping)
                                  return;
                              if (!deleted.ok() && deleted.error.kind != net::ApiError::Kind::NotFound) {
                                  refused(deleted.error);
                                  return;
                              }
                              add();
                          });
}

void IntegrationPipeline::trackingRefused(const OrderLink &written, const QString &number, const net::ApiError &error)
{
    std::optional<OrderLink> link = OrderLinkRepository(m_database).findById(written.id);
    if (!link)
        return;
    const QString reason = tr("WooCommerce did not take tracking %1 for order %2: %3 Wharf tries again later; Retry "
                              "tries at once.")
                               .arg(number, link->wooOrderNumber, error.sentence);
    if (link->state == OrderLink::State::Created) {
        // Attention with the reason; the order is tried again after the attention back-off.
        needsAttention(*link, reason);
        return;
    }
    // Completed already, and followed for changed tracking: said in the activity.
    record(&*link, QStringLiteral("tracking.refused"), reason, SyncEvent::Severity::Warning);
}

void IntegrationPipeline::orderGoneFromStore(const OrderLink &written)
{
    std::optional<OrderLink> gone = OrderLinkRepository(m_database).findById(written.id);
    if (!gone)
        return;
    if (gone->state == OrderLink::State::Created) {
        gone->state = OrderLink::State::LeftAlone;
        gone->reason = tr("Order %1 no longer exists in WooCommerce, so its tracking was not written and it was not "
                          "completed.")
                           .arg(gone->wooOrderNumber);
        gone->reasonSince = QDateTime::currentDateTimeUtc();
        ++m_report.leftAlone;
    }
    gone->dispatchedAt = {}; // no longer followed
    saveLink(*gone);
    record(
        &*gone, QStringLiteral("order.left-alone"),
        tr("Order %1 no longer exists in WooCommerce; its tracking is no longer followed.").arg(gone->wooOrderNumber),
        SyncEvent::Severity::Warning);
}

void IntegrationPipeline::finishTrackingJob()
{
    TrackingJob &job = *m_trackingJob;
    // What the dashboard shows: the order's tracking numbers, the first consignment's carrier.
    const QHash<qint64, QList<TrackingEntry>> entries = TrackingEntryRepository(m_database).forLinks({job.link.id});
    QStringList all;
    for (const TrackingEntry &entry : entries.value(job.link.id))
        all.append(entry.trackingNumber);
    if (std::optional<OrderLink> link = OrderLinkRepository(m_database).findById(job.link.id)) {
        const QList<TrackingEntry> linkEntries = entries.value(job.link.id);
        link->trackingNumber = all.join(QStringLiteral(", "));
        if (!linkEntries.isEmpty()) {
            link->trackingCarrier = linkEntries.constFirst().carrier;
            link->trackingUrl = linkEntries.constFirst().url;
            link->wooTrackingId = linkEntries.constFirst().wooTrackingId;
        }
        saveLink(*link);
    }
    m_trackingSettled.insert(job.link.id);
    writeTrackingNext();
}

// ---------------------------------------------------------------------------------------------
// Step 4: completion

void IntegrationPipeline::completion()
{
    if (!mayWrite()) {
        abandonCycle(tr("Wharf could not confirm that it still syncs this integration; no order was completed."));
        return;
    }
    if (!m_integration.completeOnDispatch) {
        finishCycle();
        return;
    }
    const bool trackingWanted = m_integration.sendTracking && m_woo->connection().tracking != woo::TrackingPlugin::None;
    QList<OrderLink> dispatched;
    for (const OrderLink &link : OrderLinkRepository(m_database).inState(m_integration.id, OrderLink::State::Created)) {
        // After its tracking is written, so that the customer's "completed" e-mail carries it.
        if (link.wmsStatus == QLatin1String("DISPATCHED") && (!trackingWanted || m_trackingSettled.contains(link.id))
            && !m_completionTried.contains(link.id))
            dispatched.append(link);
    }
    if (dispatched.isEmpty()) {
        finishCycle();
        return;
    }
    // A page at a time, all pages in this cycle: each order is tried once per cycle, so one that
    // WooCommerce refuses cannot keep the cycle going round.
    dispatched = dispatched.mid(0, woo::WooClient::PageSize);
    for (const OrderLink &link : std::as_const(dispatched))
        m_completionTried.insert(link.id);
    QStringList ids;
    for (const OrderLink &link : dispatched)
        ids.append(QString::number(link.wooOrderId));
    // What WooCommerce says now: an order the merchant cancelled, refunded or completed meanwhile
    // is left alone; one already completed (by us, before an interruption) is not completed twice.
    m_woo->call(
        "GET", QStringLiteral("/wc/v3/orders"),
        {{QStringLiteral("include"), ids.join(u',')},
         {QStringLiteral("per_page"), QString::number(woo::WooClient::PageSize)},
         {QStringLiteral("_fields"), QStringLiteral("id,status")}},
        {}, true, tr("orders"), this, [this, dispatched](const net::HttpResult &result) {
            if (m_stopping)
                return;
            if (!result.ok()) {
                fail(Service::Store, result.error);
                return;
            }
            QHash<qint64, QString> statuses;
            for (const QJsonValue &value : result.json.array())
                statuses.insert(value[u"id"].toInteger(), value[u"status"].toString());
            QList<qint64> toComplete;
            QHash<qint64, OrderLink> byOrder;
            std::optional<WriteBatch> batch(std::in_place, m_database);
            for (OrderLink link : dispatched) {
                const QString status = statuses.value(link.wooOrderId);
                if (status == QLatin1String("processing")) {
                    toComplete.append(link.wooOrderId);
                    byOrder.insert(link.wooOrderId, link);
                } else if (status == QLatin1String("completed")) {
                    link.state = OrderLink::State::Completed;
                    link.completedAt = QDateTime::currentDateTimeUtc();
                    saveLink(link);
                    record(&link, QStringLiteral("order.completed"),
                           tr("Order %1 was already completed in WooCommerce.").arg(link.wooOrderNumber));
                } else {
                    link.state = OrderLink::State::LeftAlone;
                    link.reason = status.isEmpty()
                        ? tr("Order %1 no longer exists in WooCommerce; it was not completed.").arg(link.wooOrderNumber)
                        : tr("Order %1 is \"%2\" in WooCommerce, so Wharf did not complete it.")
                              .arg(link.wooOrderNumber, status);
                    link.reasonSince = QDateTime::currentDateTimeUtc();
                    saveLink(link);
                    ++m_report.leftAlone;
                    record(&link, QStringLiteral("order.left-alone"), link.reason, SyncEvent::Severity::Warning);
                }
            }
            // Unrecorded, these are read and decided again next cycle: nothing is lost.
            batch.reset();
            if (toComplete.isEmpty()) {
                completion(); // the next page, or the end of the cycle
                return;
            }
            if (!mayWrite()) {
                abandonCycle(
                    tr("Wharf could not confirm that it still syncs this integration; no order was completed."));
                return;
            }
            m_woo->completeOrders(
                toComplete, this, [this, byOrder](const net::Result<QList<woo::WooBatchItemResult>> &completed) {
                    if (m_stopping)
                        return;
                    if (!completed.ok()) {
                        fail(Service::Store, completed.error);
                        return;
                    }
                    // A completion not recorded is found "completed" by the next cycle's re-read
                    // and recorded then, never sent twice.
                    WriteBatch completions(m_database);
                    for (const woo::WooBatchItemResult &item : completed.value) {
                        OrderLink link = byOrder.value(item.id);
                        if (link.id == 0)
                            continue;
                        if (!item.ok()) {
                            record(&link, QStringLiteral("order.complete-failed"),
                                   tr("WooCommerce did not complete order %1: %2 Wharf tries again next "
                                      "cycle.")
                                       .arg(link.wooOrderNumber, item.error.sentence),
                                   SyncEvent::Severity::Warning);
                            continue;
                        }
                        link.state = OrderLink::State::Completed;
                        link.completedAt = QDateTime::currentDateTimeUtc();
                        saveLink(link);
                        ++m_report.completed;
                        record(&link, QStringLiteral("order.completed"),
                               tr("Order %1 completed in WooCommerce.").arg(link.wooOrderNumber));
                    }
                    completion(); // the next page, or the end of the cycle
                });
        });
}

// ---------------------------------------------------------------------------------------------
// Helpers

bool IntegrationPipeline::saveLink(OrderLink &link)
{
    const OrderLinkRepository repository(m_database);
    if (!repository.update(link)) {
        qCWarning(lcSync) << "could not save order link" << link.id << repository.errorString();
        return false;
    }
    Q_EMIT orderChanged(link);
    return true;
}

void IntegrationPipeline::needsAttention(OrderLink &link, const QString &reason)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Said once, not at every look that finds the same thing.
    const bool news = link.state != OrderLink::State::NeedsAttention || link.reason != reason;
    if (news)
        link.reasonSince = now;
    link.state = OrderLink::State::NeedsAttention;
    link.reason = reason;
    link.attempts += 1;
    link.nextAttemptAt = m_options.attentionBackoff.nextAttempt(now, link.attempts);
    saveLink(link);
    if (!news)
        return;
    ++m_report.needAttention;
    record(&link, QStringLiteral("order.attention"), reason, SyncEvent::Severity::Warning);
}

bool IntegrationPipeline::retryOrder(qint64 orderLinkId)
{
    std::optional<OrderLink> link = OrderLinkRepository(m_database).findById(orderLinkId);
    if (!link || link->integrationId != m_integration.id || link->state != OrderLink::State::NeedsAttention)
        return false;
    link->nextAttemptAt = QDateTime::currentDateTimeUtc();
    link->attempts = 0; // a person asked: see recheckRejected
    saveLink(*link);
    record(&*link, QStringLiteral("order.retry"), tr("Retry of order %1 requested.").arg(link->wooOrderNumber));
    runCycle();
    return true;
}

int IntegrationPipeline::retryAll()
{
    const OrderLinkRepository repository(m_database);
    const QList<OrderLink> waiting = repository.inState(m_integration.id, OrderLink::State::NeedsAttention);
    for (OrderLink link : waiting) {
        link.nextAttemptAt = QDateTime::currentDateTimeUtc();
        link.attempts = 0;
        saveLink(link);
    }
    const int count = int(waiting.size());
    runCycle();
    return count;
}

void IntegrationPipeline::record(const OrderLink *link, const QString &kind, const QString &message,
                                 SyncEvent::Severity severity)
{
    SyncEvent event;
    event.integrationId = m_integration.id;
    event.orderLinkId = link ? link->id : 0;
    event.kind = kind;
    event.severity = severity;
    event.message = message;
    EventRepository(m_database).append(event);
    qCInfo(lcSync).noquote() << QStringLiteral("[%1] %2").arg(m_integration.name, message);
    Q_EMIT eventRecorded(event);
}

void IntegrationPipeline::setHealth(Health health, const QString &reason)
{
    if (m_integration.health == health && m_integration.healthReason == reason)
        return;
    qCInfo(lcSync) << "integration" << m_integration.id << healthKey(m_integration.health) << "->" << healthKey(health);
    m_integration.health = health;
    m_integration.healthReason = reason;
    IntegrationRepository(m_database).setHealth(m_integration.id, health, reason);
}

QString IntegrationPipeline::customerName()
{
    // Read once per cycle: verdicts ask for it per order, and a rename shows from the next cycle.
    if (m_customerName.isEmpty()) {
        const std::optional<Customer> customer =
            CustomerRepository(m_database).find(m_integration.accountId, m_integration.customerId);
        m_customerName = customer ? customer->name : m_integration.customerId;
    }
    return m_customerName;
}

IntegrationStatus IntegrationPipeline::status() const
{
    IntegrationStatus status;
    status.integrationId = m_integration.id;
    status.health = m_integration.health;
    status.reason = m_integration.healthReason;
    status.lastSyncAt = m_lastSyncAt;
    status.lastSuccessAt = m_lastSuccessAt;
    status.syncing = m_running;
    countOrders(m_database, m_integration.id, &status);
    return status;
}

void IntegrationPipeline::countOrders(const Database &database, qint64 integrationId, IntegrationStatus *status)
{
    const OrderLinkRepository repository(database);
    const QHash<OrderLink::State, int> counts = repository.countsByState(integrationId);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        status->received += it.value();
    status->needAttention = counts.value(OrderLink::State::NeedsAttention);
    status->dispatched = counts.value(OrderLink::State::Completed);
    for (const OrderLink &link : repository.inState(integrationId, OrderLink::State::Created)) {
        if (link.wmsStatus == QLatin1String("DISPATCHED"))
            ++status->dispatched;
        else
            ++status->inProgress;
    }
}

} // namespace wharf
