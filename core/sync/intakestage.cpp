#include "core/sync/intakestage.h"

#include "core/store/cursorrepository.h"
#include "core/store/orderlinkrepository.h"
#include "core/store/writebatch.h"
#include "core/sync/handoffsnapshot.h"
#include "core/sync/ordermapper.h"
#include "core/sync/pipelinecontext.h"
#include "core/sync/pipelinecursors.h"
#include "core/woo/storediscovery.h"
#include "core/woo/wooclient.h"
#include "core/woo/wooorderlisting.h"

namespace wharf {

IntakeStage::IntakeStage(PipelineContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

QCoro::Task<StageOutcome> IntakeStage::run()
{
    PipelineContext &context = m_context;
    if (!m_prepared) {
        const StageOutcome prepared = co_await prepare();
        if (!prepared.proceeds())
            co_return prepared;
    }

    const CursorRepository cursors(context.database);
    const QString cursor = cursors.value(context.integration.id, PipelineCursors::Store);
    QDateTime since;
    if (!cursor.isEmpty())
        since =
            QDateTime::fromString(cursor, Qt::ISODateWithMs).addSecs(-PipelineCursors::overlapSeconds(context.options));
    else if (context.integration.intakeSince.isValid())
        since = context.integration.intakeSince;

    // Processing orders are taken; the other statuses are listed to see what became of orders
    // already handed off (cancelled, refunded, held), in the same requests. Completed orders are
    // the completion stage's: listing them would read again every order Wharf completed.
    static const QStringList statuses {QStringLiteral("processing"), QStringLiteral("on-hold"),
                                       QStringLiteral("cancelled"),  QStringLiteral("refunded"),
                                       QStringLiteral("failed"),     QStringLiteral("pending")};
    const auto listed = co_await context.call<woo::WooOrderListing>(
        [&](QObject *receiver, auto done) { context.woo->listAllOrders(statuses, since, receiver, done); });
    if (context.stopping)
        co_return StageOutcome::stopped();
    if (!listed.ok())
        co_return StageOutcome::failed(StageOutcome::Service::Store, listed.error);
    const woo::WooOrderListing &listing = listed.value;
    context.report.ordersSeen = int(listing.orders.size());

    const OrderLinkRepository links(context.database);
    QList<woo::WooOrder> fresh;
    QList<std::pair<OrderLink, woo::WooOrder>> handedOff;
    for (const woo::WooOrder &order : listing.orders) {
        context.remember(order);
        // Orders placed before the go-live date the user chose are not taken, even when they change.
        if (context.integration.intakeSince.isValid() && order.createdUtc.isValid()
            && order.createdUtc < context.integration.intakeSince)
            continue;
        const std::optional<OrderLink> link = links.find(context.integration.id, order.id);
        if (!link) {
            if (order.status == QLatin1String("processing"))
                fresh.append(order);
        } else if (!link->wmsOrderId.isEmpty()
                   && (link->state == OrderLink::State::Created || link->state == OrderLink::State::NeedsAttention)) {
            handedOff.append({*link, order});
        }
    }
    // Product codes are read only when there is something new to judge.
    if (!fresh.isEmpty()) {
        co_await context.readProductCodes();
        if (context.stopping)
            co_return StageOutcome::stopped();
    }
    const bool allRecorded = recordNewOrders(fresh) && noticeChanges(handedOff);

    // The cursor moves only once every order it covers has its link, as far as the listing read
    // without a gap (less than its newest change when it stopped at its request cap), and never
    // backwards: a listing that found only the overlap's orders ends before the cursor.
    const QDateTime readThrough = listing.orders.isEmpty() ? QDateTime() : listing.readThrough;
    const QString current = cursors.value(context.integration.id, PipelineCursors::Store);
    if (allRecorded && readThrough.isValid()
        && (current.isEmpty() || readThrough > QDateTime::fromString(current, Qt::ISODateWithMs)))
        cursors.setValue(context.integration.id, PipelineCursors::Store, readThrough.toString(Qt::ISODateWithMs));
    co_return StageOutcome::done();
}

QCoro::Task<StageOutcome> IntakeStage::prepare()
{
    PipelineContext &context = m_context;
    const QString storeUrl = context.integration.storeUrl;
    const auto discovered = co_await context.call<woo::StoreDiscovery>(
        [&](QObject *receiver, auto done) { context.woo->discover({QUrl(storeUrl)}, receiver, done); });
    if (context.stopping)
        co_return StageOutcome::stopped();
    if (!discovered.ok())
        co_return StageOutcome::failed(StageOutcome::Service::Store, discovered.error);
    const woo::StoreDiscovery &store = discovered.value;
    if (!store.hasWooCommerce)
        co_return StageOutcome::failed(
            StageOutcome::Service::Store,
            net::ApiError::make(net::ApiError::Kind::NotFound,
                                tr("%1 no longer answers as a WooCommerce store.").arg(storeUrl)));

    woo::WooConnection connection = context.woo->connection();
    // The address set up is where the key goes. The store's own idea of its home is taken only on
    // the same host and port, and never from https down to http.
    const QUrl configured(storeUrl);
    const QUrl &home = store.home;
    const auto port = [](const QUrl &url) {
        return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    };
    const bool sameSite = home.isValid() && !store.homeElsewhere
        && home.host().compare(configured.host(), Qt::CaseInsensitive) == 0
        && (home.scheme() == configured.scheme()
            || (home.scheme() == QLatin1String("https") && port(configured) == 80 && port(home) == 443))
        && (home.scheme() != configured.scheme() || port(home) == port(configured));
    if (sameSite) {
        connection.home = home;
    } else if (home.isValid() || store.homeElsewhere) {
        const QUrl announced = store.homeElsewhere ? store.announcedHome : home;
        context.record(nullptr, QStringLiteral("integration.home-elsewhere"),
                       tr("The store at %1 now calls itself %2. Wharf keeps sending to %1; if the shop has moved, set "
                          "up a new integration for the new address.")
                           .arg(storeUrl, announced.toString()),
                       SyncEvent::Severity::Warning);
    }
    connection.tracking = store.tracking;
    context.woo->setConnection(connection);
    m_prepared = true;
    co_return StageOutcome::done();
}

bool IntakeStage::recordNewOrders(const QList<woo::WooOrder> &fresh)
{
    PipelineContext &context = m_context;
    const OrderLinkRepository repository(context.database);
    bool allRecorded = true;
    WriteBatch batch(context.database);
    for (const woo::WooOrder &order : fresh) {
        OrderLink link;
        link.integrationId = context.integration.id;
        link.wooOrderId = order.id;
        link.wooOrderNumber = order.number.isEmpty() ? QString::number(order.id) : order.number;
        link.reference = context.integration.storeCode.isEmpty()
            ? OrderMapper::reference(context.integration.storeUrl, link.wooOrderNumber)
            : OrderMapper::referenceWithCode(context.integration.storeCode, link.wooOrderNumber);
        link.wooModifiedAt = order.modifiedUtc;
        const OrderMapper::Verdict verdict =
            OrderMapper::verdict(order, context.productCodes(), context.productCodesKnown(), context.customerName());
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
            link.nextAttemptAt = context.options.attentionBackoff.nextAttempt(link.reasonSince, 1);
            break;
        }
        if (!repository.insert(link)) {
            allRecorded = false;
            continue;
        }
        ++context.report.ordersReceived;
        context.record(&link, QStringLiteral("order.received"),
                       tr("Order %1 received from WooCommerce.").arg(link.wooOrderNumber));
        if (link.state == OrderLink::State::Skipped) {
            ++context.report.skipped;
            context.record(&link, QStringLiteral("order.skipped"), link.reason, SyncEvent::Severity::Warning);
        } else if (link.state == OrderLink::State::NeedsAttention) {
            ++context.report.needAttention;
            context.record(&link, QStringLiteral("order.attention"), link.reason, SyncEvent::Severity::Warning);
        }
        if (context.orderChanged)
            context.orderChanged(link);
    }
    return batch.commit() && allRecorded;
}

bool IntakeStage::noticeChanges(const QList<std::pair<OrderLink, woo::WooOrder>> &handedOff)
{
    PipelineContext &context = m_context;
    WriteBatch batch(context.database);
    for (auto [link, order] : handedOff) {
        const HandOffSnapshot now = HandOffSnapshot::of(order);
        HandOffSnapshot before = HandOffSnapshot::fromText(link.handOffSnapshot);
        // Handed off before Wharf kept what it sent: it was in processing then, and this version
        // is the best account of the rest.
        if (before.isEmpty())
            before = now.withStatus(QStringLiteral("processing"));
        const HandOffSnapshot::Change change = before.changeTo(now);
        if (change.isEmpty()) {
            if (link.handOffSnapshot.isEmpty()) {
                link.handOffSnapshot = now.toText();
                context.saveLink(link);
            }
            continue;
        }
        // The next change is told against this version, not again against the first.
        link.handOffSnapshot = now.toText();
        link.wooModifiedAt = order.modifiedUtc;
        link.wooChange = change.kind;
        if (change.stopsTheOrder() && context.integration.stopCancelledOrders
            && link.state == OrderLink::State::Created) {
            // CancellationStage deletes it in CartonCloud this cycle, if it is not yet picked.
            context.saveLink(link);
            context.record(&link, QStringLiteral("order.woo-changed"),
                           tr("Order %1 was %2 in WooCommerce after CartonCloud received it; Wharf stops its "
                              "outbound order there if it is not yet picked.")
                               .arg(link.wooOrderNumber, change.kind),
                           SyncEvent::Severity::Warning);
            continue;
        }
        context.needsAttention(link, change.sentence(link.wooOrderNumber, link.wmsStatus));
    }
    return batch.commit();
}

} // namespace wharf
