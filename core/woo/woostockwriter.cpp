#include "core/woo/woostockwriter.h"

#include "core/logging.h"
#include "core/woo/wooclient.h"
#include "core/woo/wooerrors.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

using namespace Qt::StringLiterals;

namespace wharf::woo {

using net::ApiError;
using net::HttpResult;
using net::Result;
using Kind = net::ApiError::Kind;

WooStockWriter::WooStockWriter(WooClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void WooStockWriter::write(const QList<WooStockUpdate> &updates, QObject *context,
                           net::Callback<QList<WooStockWritten>> done)
{
    // Products in batches of BatchSize; a product's variations in batches of their own route.
    QList<Batch> batches;
    QMap<qint64, QList<WooStockUpdate>> byParent; // ordered, so that the writes are repeatable
    for (const WooStockUpdate &update : updates)
        byParent[update.parentId].append(update);
    for (auto it = byParent.cbegin(); it != byParent.cend(); ++it) {
        for (qsizetype i = 0; i < it.value().size(); i += BatchSize)
            batches.append({it.key(), it.value().mid(i, BatchSize)});
    }
    next(batches, {}, BatchSize, context, std::move(done));
}

void WooStockWriter::next(QList<Batch> remaining, QList<WooStockWritten> collected, int batchSize, QObject *context,
                          net::Callback<QList<WooStockWritten>> done)
{
    if (remaining.isEmpty()) {
        done(Result<QList<WooStockWritten>>::success(collected));
        return;
    }
    Batch batch = remaining.takeFirst();
    if (batch.updates.size() > batchSize) {
        // A store whose batch limit is lower than WooCommerce's default: the rest goes next.
        remaining.prepend({batch.parentId, batch.updates.mid(batchSize)});
        batch.updates = batch.updates.mid(0, batchSize);
    }
    QJsonArray update;
    for (const WooStockUpdate &u : std::as_const(batch.updates))
        update.append(QJsonObject {{u"id"_s, u.id}, {u"stock_quantity"_s, u.quantity}});
    const QString route =
        batch.parentId == 0 ? u"/wc/v3/products/batch"_s : u"/wc/v3/products/%1/variations/batch"_s.arg(batch.parentId);
    ++m_requests;
    // Safe to repeat: the quantity is absolute, so writing it twice leaves the same stock.
    m_client->call(
        "POST", route, {}, QJsonDocument(QJsonObject {{u"update"_s, update}}), true, tr("the stock update"), context,
        [this, batch, remaining, collected, batchSize, context, done](const HttpResult &result) mutable {
            if (!result.ok() && result.status == 413 && batch.updates.size() > 1) {
                // woocommerce_rest_request_entity_too_large: the store allows fewer items per
                // batch; send this one again in halves.
                const int smaller = int(batch.updates.size() / 2);
                qCInfo(lcWoo) << "store refused a batch of" << batch.updates.size() << "- sending" << smaller
                              << "at a time";
                remaining.prepend(batch);
                next(remaining, collected, smaller, context, done);
                return;
            }
            if (!result.ok()) {
                if (collected.isEmpty()) {
                    done(Result<QList<WooStockWritten>>::failure(result.error));
                    return;
                }
                // Earlier batches went through: report them, and the rest as not written.
                remaining.prepend(batch);
                for (const Batch &b : std::as_const(remaining)) {
                    for (const WooStockUpdate &u : b.updates)
                        collected.append({u, std::nullopt, result.error});
                }
                done(Result<QList<WooStockWritten>>::success(collected));
                return;
            }
            QHash<qint64, QJsonObject> byId;
            for (const QJsonValue &v : result.json.object().value(u"update"_s).toArray())
                byId.insert(v.toObject().value(u"id"_s).toInteger(), v.toObject());
            for (const WooStockUpdate &u : std::as_const(batch.updates)) {
                WooStockWritten written {u, std::nullopt, {}};
                const auto it = byId.constFind(u.id);
                if (it == byId.cend()) {
                    written.error = ApiError::make(
                        Kind::InvalidResponse,
                        tr("The store did not say whether it took the stock of product %1.").arg(u.id), result.status);
                } else if (it->contains(u"error"_s)) {
                    written.error =
                        WooErrors::fromErrorObject(it->value(u"error"_s).toObject(), 0, tr("product %1").arg(u.id));
                    if (written.error.kind == Kind::None)
                        written.error.kind = Kind::Validation;
                } else {
                    const QJsonValue quantity = it->value(u"stock_quantity"_s);
                    if (quantity.isDouble())
                        written.quantity = qint64(quantity.toDouble());
                    if (written.quantity != u.quantity) {
                        // WooCommerce answers 200 and drops the quantity of a product that does not
                        // manage stock.
                        written.error = ApiError::make(
                            Kind::Validation,
                            tr("The store did not take the stock of product %1: it does not manage that product's "
                               "stock.")
                                .arg(u.id),
                            result.status);
                        written.error.serverCode = u"stock_not_managed"_s;
                    }
                }
                collected.append(written);
            }
            next(remaining, collected, batchSize, context, done);
        });
}

} // namespace wharf::woo
