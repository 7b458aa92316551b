#pragma once

#include "core/catalogue/skupreflightresult.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace wharf {

namespace woo {
class WooClient;
}
namespace wms {
class WmsClient;
}

namespace catalogue {

// Runs the SKU pre-flight: reads the store's catalogue (WooClient::readCatalogue, page by page) and
// the customer's product codes (WmsClient::products) at the same time, then compares them. The
// reading is asynchronous network work on the calling thread's event loop and the comparison runs
// on the thread pool, so the GUI thread never waits (tests/bench/bench_skupreflight times both).
// Re-runnable: start() again starts afresh; cancel() drops every answer still to come.
class SkuPreflight : public QObject
{
    Q_OBJECT

public:
    // Both clients must be connected; one that is gone by start() makes the check fail with a sentence.
    SkuPreflight(woo::WooClient *woo, wms::WmsClient *wms, QObject *parent = nullptr);

    // Starts a check for the customer; one already running is abandoned (its answers never arrive).
    void start(const QString &customerId, const QString &customerName);
    void cancel();
    bool isRunning() const { return !m_run.isNull(); }
    const std::optional<SkuPreflightResult> &lastResult() const { return m_lastResult; }

Q_SIGNALS:
    void started();
    // `done` of `total` products and variations read so far (total 0 while it is not known yet).
    void progress(int done, int total, const QString &step);
    void finished(const wharf::catalogue::SkuPreflightResult &result);
    // A sentence for people: what could not be read, and what to do.
    void failed(const QString &sentence);
    void cancelled();

private:
    void maybeFinish();
    void fail(const QString &sentence);

    // Guarded: the window replaces its CartonCloud client when the account changes.
    QPointer<woo::WooClient> m_woo;
    QPointer<wms::WmsClient> m_wms;
    // The running check's context: every client callback is bound to it, so deleting it is the
    // cancellation (queued answers for it are dropped by the clients' context check).
    QPointer<QObject> m_run;
    QString m_customerName;
    std::optional<QList<woo::WooProduct>> m_catalogue;
    std::optional<QList<wms::WmsProduct>> m_codes;
    bool m_catalogueComplete = true;
    int m_unreadable = 0;
    std::optional<SkuPreflightResult> m_lastResult;
};

} // namespace catalogue
} // namespace wharf
