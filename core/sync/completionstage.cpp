#include "core/sync/completionstage.h"

#include "core/store/orderlinkrepository.h"
#include "core/store/writebatch.h"
#include "core/sync/pipelinecontext.h"
#include "core/woo/woobatchitemresult.h"
#include "core/woo/wooclient.h"

#include <QJsonArray>

#include <optional>

namespace wharf {

CompletionStage::CompletionStage(PipelineContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

QCoro::Task<StageOutcome> CompletionStage::run()
{
    PipelineContext &context = m_context;
    const QString notCompleted =
        tr("Wharf could not confirm that it still syncs this integration; no order was completed.");
    if (!context.mayWrite())
        co_return StageOutcome::abandoned(notCompleted);
    if (!context.integration.completeOnDispatch)
        co_return StageOutcome::done();
    const bool trackingWanted = context.trackingWanted();
    QList<OrderLink> dispatched;
    for (const OrderLink &link :
         OrderLinkRepository(context.database).inState(context.integration.id, OrderLink::State::Created)) {
        if (link.wmsStatus == QLatin1String("DISPATCHED")
            && (!trackingWanted || context.trackingSettled.contains(link.id)))
            dispatched.append(link);
    }
    // A page at a time, all pages in this cycle, each order tried once: one that WooCommerce
    // refuses waits for the next cycle instead of keeping this one going round.
    for (qsizetype start = 0; start < dispatched.size(); start += woo::WooClient::PageSize) {
        if (!context.mayWrite())
            co_return StageOutcome::abandoned(notCompleted);
        const StageOutcome completed = co_await completePage(dispatched.mid(start, woo::WooClient::PageSize));
        if (!completed.proceeds())
            co_return completed;
    }
    co_return StageOutcome::done();
}

QCoro::Task<StageOutcome> CompletionStage::completePage(const QList<OrderLink> &page)
{
    PipelineContext &context = m_context;
    QStringList ids;
    for (const OrderLink &link : page)
        ids.append(QString::number(link.wooOrderId));
    // What WooCommerce says now (only id and status: a light read).
    const woo::WooClient::Query query {{QStringLiteral("include"), ids.join(u',')},
                                       {QStringLiteral("per_page"), QString::number(woo::WooClient::PageSize)},
                                       {QStringLiteral("_fields"), QStringLiteral("id,status")}};
    const net::HttpResult read = co_await context.httpCall([&](QObject *receiver, auto done) {
        context.woo->call("GET", QStringLiteral("/wc/v3/orders"), query, {}, true, tr("orders"), receiver, done);
    });
    if (context.stopping)
        co_return StageOutcome::stopped();
    if (!read.ok())
        co_return StageOutcome::failed(StageOutcome::Service::Store, read.error);
    QHash<qint64, QString> statuses;
    for (const QJsonValue &value : read.json.array())
        statuses.insert(value[u"id"].toInteger(), value[u"status"].toString());

    QList<qint64> toComplete;
    QHash<qint64, OrderLink> byOrder;
    {
        // Unrecorded, these are read and decided again next cycle: nothing is lost.
        WriteBatch batch(context.database);
        for (OrderLink link : page) {
            const QString status = statuses.value(link.wooOrderId);
            if (status == QLatin1String("processing")) {
                toComplete.append(link.wooOrderId);
                byOrder.insert(link.wooOrderId, link);
            } else if (status == QLatin1String("completed")) {
                link.state = OrderLink::State::Completed;
                link.completedAt = QDateTime::currentDateTimeUtc();
                context.saveLink(link);
                context.record(&link, QStringLiteral("order.completed"),
                               tr("Order %1 was already completed in WooCommerce.").arg(link.wooOrderNumber));
            } else {
                link.state = OrderLink::State::LeftAlone;
                link.reason = status.isEmpty()
                    ? tr("Order %1 no longer exists in WooCommerce; it was not completed.").arg(link.wooOrderNumber)
                    : tr("Order %1 is \"%2\" in WooCommerce, so Wharf did not complete it.")
                          .arg(link.wooOrderNumber, status);
                link.reasonSince = QDateTime::currentDateTimeUtc();
                context.saveLink(link);
                ++context.report.leftAlone;
                context.record(&link, QStringLiteral("order.left-alone"), link.reason, SyncEvent::Severity::Warning);
            }
        }
    }
    if (toComplete.isEmpty())
        co_return StageOutcome::done();
    if (!context.mayWrite())
        co_return StageOutcome::abandoned(
            tr("Wharf could not confirm that it still syncs this integration; no order was completed."));
    const auto completed = co_await context.call<QList<woo::WooBatchItemResult>>(
        [&](QObject *receiver, auto done) { context.woo->completeOrders(toComplete, receiver, done); });
    if (context.stopping)
        co_return StageOutcome::stopped();
    if (!completed.ok())
        co_return StageOutcome::failed(StageOutcome::Service::Store, completed.error);
    // A completion not recorded is found "completed" by the next cycle's re-read and recorded
    // then, never sent twice.
    WriteBatch completions(context.database);
    for (const woo::WooBatchItemResult &item : completed.value) {
        OrderLink link = byOrder.value(item.id);
        if (link.id == 0)
            continue;
        if (!item.ok()) {
            context.record(&link, QStringLiteral("order.complete-failed"),
                           tr("WooCommerce did not complete order %1: %2 Wharf tries again next cycle.")
                               .arg(link.wooOrderNumber, item.error.sentence),
                           SyncEvent::Severity::Warning);
            continue;
        }
        link.state = OrderLink::State::Completed;
        link.completedAt = QDateTime::currentDateTimeUtc();
        context.saveLink(link);
        ++context.report.completed;
        context.record(&link, QStringLiteral("order.completed"),
                       tr("Order %1 completed in WooCommerce.").arg(link.wooOrderNumber));
    }
    co_return StageOutcome::done();
}

} // namespace wharf
