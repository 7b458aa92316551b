// The CLI does what the window does: `wharf integration attention|retry|pause|resume|update|events`,
// `wharf billing` and `wharf status`, run as real processes against the sandbox, with and without a
// headless service that owns the integration — the service must carry out what the command asks,
// and say so. /metrics of that service is scraped on the way. Needs the keychain of scripts/test.

#include "core/billing/weeklybilling.h"
#include "core/store/database.h"
#include "core/store/integrationrepository.h"
#include "processworld.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace wharf;
using test::ProcessWorld;

namespace {

QJsonObject product(const QString &sku)
{
    return {{QStringLiteral("sku"), sku}, {QStringLiteral("name"), sku}};
}

// A store that sells what its warehouse knows (TSHIRT-BLK-M) and a mug it does not (MUG-02):
// each of its orders sells one or the other.
QJsonObject storeSeed(const QString &sku, int orders, int seed)
{
    return {{QStringLiteral("products"), QJsonArray {product(sku)}},
            {QStringLiteral("generate"),
             QJsonObject {{QStringLiteral("count"), orders},
                          {QStringLiteral("seed"), seed},
                          {QStringLiteral("status"), QStringLiteral("processing")}}}};
}

QJsonObject wmsProduct(const QString &code)
{
    return {{QStringLiteral("customer"), QStringLiteral("ACME")},
            {QStringLiteral("code"), code},
            {QStringLiteral("name"), code},
            {QStringLiteral("stock"), 100000}};
}

QJsonObject wmsSeed()
{
    return {{QStringLiteral("customers"),
             QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme Apparel")},
                                      {QStringLiteral("code"), QStringLiteral("ACME")}}}},
            {QStringLiteral("products"), QJsonArray {wmsProduct(QStringLiteral("TSHIRT-BLK-M"))}}};
}

QJsonObject jsonOf(const QString &output)
{
    // The JSON line is the last line of standard output (merged with standard error here).
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QJsonDocument document = QJsonDocument::fromJson(it->toUtf8());
        if (document.isObject())
            return document.object();
    }
    // `integration show --json` prints indented JSON over several lines.
    const qsizetype open = output.indexOf(QLatin1Char('{'));
    const qsizetype close = output.lastIndexOf(QLatin1Char('}'));
    return open < 0 || close < open ? QJsonObject()
                                    : QJsonDocument::fromJson(output.mid(open, close - open + 1).toUtf8()).object();
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

    static QString keychain(const char *test)
    {
        return QStringLiteral("wharf-test-cli-%1-%2")
            .arg(QString::fromLatin1(test))
            .arg(QCoreApplication::applicationPid());
    }

    static QStringList args(std::initializer_list<const char *> words)
    {
        QStringList list;
        for (const char *word : words)
            list << QString::fromUtf8(word);
        return list;
    }

    static std::pair<int, QByteArray> get(const QString &url)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(url)));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(20000))
            return {-1, {}};
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return {status, body};
    }

    // The value of one sample of /metrics, or -1.
    static double sample(const QString &metrics, const QString &series)
    {
        for (const QString &line : metrics.split(QLatin1Char('\n'))) {
            if (line.startsWith(series + QLatin1Char(' ')))
                return line.mid(series.size() + 1).toDouble();
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIntValue("WHARF_REQUIRE_KEYCHAIN") != 1)
            QSKIP("Needs the Secret Service that scripts/test starts (Wharf keeps its secrets there).");
        QVERIFY(QFile::exists(ProcessWorld::wharf()));
        QVERIFY(QFile::exists(ProcessWorld::sandboxExecutable()));
    }

    void attentionRetryPauseAndUpdateAreDoneByTheOwnerOrDurably()
    {
        ProcessWorld world(keychain("owner"));
        QVERIFY(world.startSandbox({{QStringLiteral("store"), storeSeed(QStringLiteral("MUG-02"), 3, 5)},
                                    {QStringLiteral("wms"), wmsSeed()}}));
        QVERIFY(world.connectAccount());
        QString out;
        QCOMPARE(world.addIntegration(0, QStringLiteral("Mugs"), QStringLiteral("Acme Apparel"), &out), 0);

        // Nothing syncs it yet: a monitoring check hears about it.
        QCOMPARE(world.run(args({"status", "--json"}), {}, &out), 1);
        QJsonObject status = jsonOf(out);
        QCOMPARE(status[u"status"].toString(), QStringLiteral("attention"));
        QCOMPARE(status[u"integrations"].toArray().size(), 1);
        QVERIFY2(status[u"integrations"][0][u"problem"].toString().contains(QLatin1String("No running Wharf")),
                 qPrintable(out));

        world.run(args({"sync", "--once"}), {}, &out);
        QCOMPARE(world.run(args({"integration", "attention", "1", "--json"}), {}, &out), 0);
        QJsonObject attention = jsonOf(out);
        QCOMPARE(attention[u"integration"].toInt(), 1);
        QCOMPARE(attention[u"name"].toString(), QStringLiteral("Mugs"));
        const QJsonArray waiting = attention[u"orders"].toArray();
        QCOMPARE(waiting.size(), 3);
        for (const QJsonValue &order : waiting) {
            QVERIFY2(order[u"reason"].toString().contains(QLatin1String("MUG-02")), qPrintable(out));
            for (const char *key : {"order", "wooOrderId", "since", "attempts", "nextAttemptAt"})
                QVERIFY2(order.toObject().contains(QLatin1String(key)), key);
        }
        const QString first = waiting.at(0)[u"order"].toString();
        QCOMPARE(world.run(args({"integration", "attention", "1"}), {}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("#%1").arg(first)), qPrintable(out));
        QCOMPARE(world.run(args({"status"}), {}, &out), 1);
        QVERIFY2(out.startsWith(QLatin1String("ATTENTION")), qPrintable(out));

        // No Wharf owns it: the order is made due and the pause written, for the next one to honour.
        QCOMPARE(world.run(args({"integration", "retry", "1", "--json", "--order"}) << first, {}, &out), 0);
        QJsonObject retried = jsonOf(out);
        QCOMPARE(retried[u"ok"].toBool(), true);
        QCOMPARE(retried[u"action"].toString(), QStringLiteral("retry"));
        QCOMPARE(retried[u"order"].toString(), first);
        QCOMPARE(retried[u"doneBy"].toString(), QString());
        QVERIFY2(retried[u"message"].toString().contains(QLatin1String("No Wharf syncs this integration now")),
                 qPrintable(out));
        QCOMPARE(world.run(args({"integration", "retry", "1", "--order", "99999"}), {}, &out), 1);
        QVERIFY2(out.contains(QLatin1String("Mugs has no order 99999")), qPrintable(out));
        QCOMPARE(world.run(args({"integration", "pause", "1"}), {}, &out), 0);
        QVERIFY2(out.contains(QLatin1String("Paused.")), qPrintable(out));
        QCOMPARE(world.run(args({"integration", "show", "1", "--json"}), {}, &out), 0);
        QCOMPARE(jsonOf(out)[u"health"].toString(), QStringLiteral("paused"));
        // A service started now leaves it paused: the pause was durable.
        const quint16 port = freePort();
        QProcess *service =
            world.spawn({QStringLiteral("--headless"), QStringLiteral("--sync-interval"), QStringLiteral("2"),
                         QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(service);
        QTRY_COMPARE_WITH_TIMEOUT(world.leaseOwnerPid(1), service->processId(), 30000);
        QTest::qWait(3000);
        QCOMPARE(world.run(args({"integration", "attention", "1", "--json"}), {}, &out), 0);
        QCOMPARE(jsonOf(out)[u"orders"].toArray().size(), 3);

        // From here the service owns it and does what is asked.
        QCOMPARE(world.run(args({"integration", "resume", "1", "--json"}), {}, &out), 0);
        QJsonObject resumed = jsonOf(out);
        QCOMPARE(resumed[u"ok"].toBool(), true);
        QVERIFY2(resumed[u"doneBy"].toString().startsWith(QLatin1String("the Wharf service on")), qPrintable(out));

        const QString metricsUrl = QStringLiteral("http://127.0.0.1:%1/metrics").arg(port);
        QTRY_VERIFY_WITH_TIMEOUT(
            QString::fromUtf8(get(metricsUrl).second).contains(QLatin1String("wharf_cycles_total{integration=\"1\"")),
            30000);
        const QString metrics = QString::fromUtf8(get(metricsUrl).second);
        // The orders wait in attention (one may be on its way through a retry just now).
        const double inAttention =
            sample(metrics, QStringLiteral("wharf_orders{integration=\"1\",state=\"attention\"}"));
        QVERIFY2(inAttention >= 2 && inAttention <= 3, qPrintable(metrics));
        QCOMPARE(sample(metrics, QStringLiteral("wharf_leases_held")), 1.0);
        QVERIFY2(metrics.contains(QLatin1String("wharf_integration_lease{integration=\"1\",holder_kind=\"service\"")),
                 qPrintable(metrics));
        QVERIFY2(metrics.contains(QLatin1String("owned_here=\"1\"} 1")), qPrintable(metrics));
        QVERIFY(sample(metrics, QStringLiteral("wharf_http_requests_total{api=\"woo\"}")) > 0);
        QVERIFY(sample(metrics, QStringLiteral("wharf_http_requests_total{api=\"wms\"}")) > 0);
        QVERIFY(sample(metrics, QStringLiteral("wharf_integration_last_success_timestamp_seconds{integration=\"1\"}"))
                > 0);
        QCOMPARE(get(QStringLiteral("http://127.0.0.1:%1/healthz").arg(port)).first, 200);
        // No secret in the figures.
        for (const QString &secret :
             {world.world[u"wmsClientSecret"].toString(), world.world[u"stores"][0][u"consumerSecret"].toString()})
            QVERIFY(!metrics.contains(secret));

        // The warehouse adds the mug: Retry, asked here, is done by the service, which says so.
        world.control(QStringLiteral("/control/wms/products"), "POST", wmsProduct(QStringLiteral("MUG-02")));
        QCOMPARE(world.run(args({"integration", "retry", "1", "--order"}) << first, {}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("Order %1: ").arg(first)), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("done by the Wharf service on")), qPrintable(out));
        // The service retried it: it left the orders that need attention (the others may follow on
        // their own schedule, now that the mug exists).
        const auto stillWaiting = [&world, &first] {
            QString said;
            world.run(args({"integration", "attention", "1", "--json"}), {}, &said);
            for (const QJsonValue &order : jsonOf(said)[u"orders"].toArray()) {
                if (order[u"order"].toString() == first)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!stillWaiting(), 60000);
        QCOMPARE(world.run(args({"integration", "retry", "1", "--all", "--json"}), {}, &out), 0);
        QVERIFY2(jsonOf(out)[u"doneBy"].toString().startsWith(QLatin1String("the Wharf service on")), qPrintable(out));
        QTRY_COMPARE_WITH_TIMEOUT((world.run(args({"integration", "attention", "1", "--json"}), {}, &out),
                                   jsonOf(out)[u"orders"].toArray().size()),
                                  0, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(world.run(args({"status"}), {}, &out), 0, 60000);
        QVERIFY2(out.startsWith(QLatin1String("OK: 1 of 1 integration")), qPrintable(out));

        // The order's timeline shows the retries; the activity shows who asked.
        QCOMPARE(world.run(args({"integration", "events", "1", "--json", "--order"}) << first, {}, &out), 0);
        QJsonObject timeline = jsonOf(out);
        QCOMPARE(timeline[u"order"].toString(), first);
        QStringList kinds;
        for (const QJsonValue &event : timeline[u"events"].toArray())
            kinds << event[u"kind"].toString();
        QVERIFY2(kinds.count(QStringLiteral("order.retry")) >= 2, qPrintable(kinds.join(u' ')));
        QCOMPARE(world.run(args({"integration", "events", "1"}), {}, &out), 0);
        QVERIFY2(out.contains(QLatin1String("Paused from the command line")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Resumed from the command line")), qPrintable(out));

        // Pause asked here is done by the service: it stays paused, and a status check is calm.
        QCOMPARE(world.run(args({"integration", "pause", "1"}), {}, &out), 0);
        QVERIFY2(out.contains(QLatin1String("done by the Wharf service on")), qPrintable(out));
        QCOMPARE(world.run(args({"status", "--json"}), {}, &out), 0);
        QCOMPARE(jsonOf(out)[u"integrations"][0][u"health"].toString(), QStringLiteral("paused"));
        QCOMPARE(world.run(args({"integration", "resume", "1"}), {}, &out), 0);

        // The wizard's settings: the service picks them up, and the store's address stays.
        QCOMPARE(world.run(args({"integration", "update", "1", "--name", "Mugs and more", "--no-complete",
                                 "--warehouse", "Brisbane", "--json"}),
                           {}, &out),
                 0);
        QJsonObject updated = jsonOf(out);
        QCOMPARE(updated[u"name"].toString(), QStringLiteral("Mugs and more"));
        QCOMPARE(updated[u"completeOnDispatch"].toBool(), false);
        QCOMPARE(updated[u"warehouse"].toString(), QStringLiteral("Brisbane"));
        QVERIFY2(updated[u"syncedBy"].toString().startsWith(QLatin1String("the Wharf service on")), qPrintable(out));
        QCOMPARE(world.run(args({"integration", "show", "1", "--json"}), {}, &out), 0);
        const QJsonObject shown = jsonOf(out);
        QCOMPARE(shown[u"name"].toString(), QStringLiteral("Mugs and more"));
        QCOMPARE(shown[u"completeOnDispatch"].toBool(), false);
        QCOMPARE(shown[u"storeUrl"].toString(), world.world[u"stores"][0][u"httpsUrl"].toString());
        QCOMPARE(shown[u"stockSync"].toBool(), false); // off by default (issue 15)
        QCOMPARE(shown[u"stockSyncMinutes"].toInt(), 60);
        QCOMPARE(world.run(args({"integration", "update", "1", "--stock-sync", "30", "--json"}), {}, &out), 0);
        QCOMPARE(jsonOf(out)[u"stockSync"].toBool(), true);
        QCOMPARE(jsonOf(out)[u"stockSyncMinutes"].toInt(), 30);
        QCOMPARE(world.run(args({"integration", "update", "1", "--no-stock-sync", "--json"}), {}, &out), 0);
        QCOMPARE(jsonOf(out)[u"stockSync"].toBool(), false);
        QCOMPARE(world.run(args({"integration", "update", "1", "--stock-sync", "2"}), {}, &out), 2);
        QCOMPARE(shown[u"stopCancelledOrders"].toBool(), false); // off by default (issue 15)
        QCOMPARE(world.run(args({"integration", "update", "1", "--stop-cancelled", "--json"}), {}, &out), 0);
        QCOMPARE(jsonOf(out)[u"stopCancelledOrders"].toBool(), true);
        QCOMPARE(world.run(args({"integration", "show", "1", "--json"}), {}, &out), 0);
        QCOMPARE(jsonOf(out)[u"stopCancelledOrders"].toBool(), true);
        QCOMPARE(world.run(args({"integration", "update", "1", "--stop-cancelled", "--no-stop-cancelled"}), {}, &out),
                 2);
        QCOMPARE(world.run(args({"integration", "update", "1", "--no-stop-cancelled", "--json"}), {}, &out), 0);
        QCOMPARE(jsonOf(out)[u"stopCancelledOrders"].toBool(), false);

        // Billing: the window's figures, from the same WeeklyBilling.
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(world.run(args({"billing", "--json", "--from"}) << today, {}, &out), 0);
        const QJsonObject billing = jsonOf(out);
        QCOMPARE(billing[u"lines"].toArray().size(), 1);
        QCOMPARE(billing[u"lines"][0][u"amountCents"].toInt(), WeeklyBilling::kCentsPerIntegrationWeek);
        QCOMPARE(billing[u"lines"][0][u"customer"].toString(), QStringLiteral("Acme Apparel"));
        QCOMPARE(billing[u"totalCents"].toInt(), WeeklyBilling::kCentsPerIntegrationWeek);
        QCOMPARE(world.run(args({"billing", "--csv", "--from"}) << today, {}, &out), 0);
        QVERIFY2(out.contains(QLatin1String(",\"Mugs and more\",")) || out.contains(QLatin1String(",Mugs and more,")),
                 qPrintable(out));
        QCOMPARE(world.run(args({"billing", "--from"}) << today, {}, &out), 0);
        QVERIFY2(out.contains(QLatin1String("Total: $10.00 for 1 integration-week")), qPrintable(out));

        // The service stops: its /healthz goes with it, and pause is durable again.
        ::kill(pid_t(service->processId()), SIGTERM);
        QVERIFY(service->waitForFinished(20000));
        QCOMPARE(world.run(args({"integration", "pause", "1", "--json"}), {}, &out), 0);
        QCOMPARE(jsonOf(out)[u"doneBy"].toString(), QString());
        QCOMPARE(world.run(args({"integration", "resume", "1", "--json"}), {}, &out), 0);
        QVERIFY2(jsonOf(out)[u"message"].toString().contains(QLatin1String("when one starts")), qPrintable(out));
        QCOMPARE(world.run(args({"integration", "show", "1", "--json"}), {}, &out), 0);
        QCOMPARE(jsonOf(out)[u"health"].toString(), QStringLiteral("draft"));

        // Deleted: nothing can change it, its history stays readable.
        QCOMPARE(world.run(args({"integration", "remove", "1", "--json"}), {}, &out), 0);
        const QJsonObject removed = jsonOf(out);
        QCOMPARE(removed[u"integration"].toInt(), 1);
        QCOMPARE(removed[u"deleted"].toBool(), true);
        QCOMPARE(world.run(args({"integration", "pause", "1"}), {}, &out), 1);
        QVERIFY2(out.contains(QLatin1String("was deleted")), qPrintable(out));
        QCOMPARE(world.run(args({"integration", "events", "1", "--json"}), {}, &out), 0);
        QVERIFY(!jsonOf(out)[u"events"].toArray().isEmpty());
    }

    void statusSaysFailingWhenTheStoreRefusesTheKey()
    {
        ProcessWorld world(keychain("failing"));
        QVERIFY(world.startSandbox({{QStringLiteral("store"), storeSeed(QStringLiteral("TSHIRT-BLK-M"), 2, 7)},
                                    {QStringLiteral("wms"), wmsSeed()}}));
        QVERIFY(world.connectAccount());
        QString out;
        QCOMPARE(world.addIntegration(0, QStringLiteral("Shirts"), QStringLiteral("Acme Apparel"), &out,
                                      {QStringLiteral("--json")}),
                 0);
        const QJsonObject added = jsonOf(out);
        QCOMPARE(added[u"integration"].toInt(), 1);
        QCOMPARE(added[u"customer"].toString(), QStringLiteral("Acme Apparel"));
        QProcess *service =
            world.spawn({QStringLiteral("--headless"), QStringLiteral("--sync-interval"), QStringLiteral("1")});
        QVERIFY(service);
        QTRY_COMPARE_WITH_TIMEOUT(world.run(args({"status"}), {}, &out), 0, 60000);
        QVERIFY2(out.contains(QLatin1String("synced by the Wharf service on")), qPrintable(out));

        // The store's owner revokes the key: every request is refused from now on.
        world.control(QStringLiteral("/control/faults?service=woo"), "POST",
                      {{QStringLiteral("kind"), QStringLiteral("status")},
                       {QStringLiteral("path"), QStringLiteral("/wp-json/wc/v3/orders*")},
                       {QStringLiteral("status"), 401},
                       {QStringLiteral("times"), 100000}});
        QTRY_COMPARE_WITH_TIMEOUT(world.run(args({"status", "--json"}), {}, &out), 2, 60000);
        const QJsonObject status = jsonOf(out);
        QCOMPARE(status[u"status"].toString(), QStringLiteral("failing"));
        QCOMPARE(status[u"exitCode"].toInt(), 2);
        QCOMPARE(status[u"integrations"][0][u"health"].toString(), QStringLiteral("failing"));
        QCOMPARE(world.run(args({"status"}), {}, &out), 2);
        QVERIFY2(out.startsWith(QLatin1String("FAILING")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
