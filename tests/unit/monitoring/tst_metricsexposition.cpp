#include "core/monitoring/metricsexposition.h"
#include "core/store/leaserepository.h"
#include "core/store/orderlinkrepository.h"
#include "storefixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace wharf;

class TestMetricsExposition : public QObject
{
    Q_OBJECT

    static void addLink(const test::StoreFixture &store, qint64 integrationId, qint64 wooOrderId,
                        OrderLink::State state)
    {
        OrderLink link;
        link.integrationId = integrationId;
        link.wooOrderId = wooOrderId;
        link.wooOrderNumber = QString::number(wooOrderId);
        link.state = state;
        QVERIFY(OrderLinkRepository(store.database).insert(link));
    }

    static QStringList samples(const QString &text)
    {
        QStringList lines;
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1Char('#')))
                lines << line;
        }
        return lines;
    }

private Q_SLOTS:
    void theDatabaseAndTheCountersInPrometheusText()
    {
        test::StoreFixture store;
        const Integration mine = store.addIntegration(QStringLiteral("Acme \"web\" shop\\1\nnew line"));
        const Integration theirs = store.addIntegration(QStringLiteral("Beta shop"));
        addLink(store, mine.id, 101, OrderLink::State::NeedsAttention);
        addLink(store, mine.id, 102, OrderLink::State::NeedsAttention);
        addLink(store, mine.id, 103, OrderLink::State::Completed);
        const QDateTime success = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
        QVERIFY(IntegrationRepository(store.database).setLastSync(mine.id, success, success));
        QVERIFY(IntegrationRepository(store.database).setHealth(theirs.id, Health::Failing, QStringLiteral("no")));
        const qint64 now = LeaseRepository::nowMs();
        const LeaseRepository leases(store.database);
        QVERIFY(leases.tryAcquire(
            mine.id, {QStringLiteral("me"), QStringLiteral("worker-1"), LeaseHolder::Kind::Service, 11}, now, 60'000));
        QVERIFY(leases.tryAcquire(theirs.id,
                                  {QStringLiteral("other"), QStringLiteral("worker-2"), LeaseHolder::Kind::Service, 22},
                                  now, 60'000));

        EngineMetrics::Snapshot counters;
        counters.requests.insert(QStringLiteral("woo"), 12);
        counters.rateLimited.insert(QStringLiteral("wms"), 2);
        counters.errors[QStringLiteral("wms")].insert(QStringLiteral("RateLimited"), 1);
        counters.cycles[mine.id].ok = 4;
        counters.cycles[mine.id].created = 7;
        counters.cycleCount = 4;
        counters.cycleSecondsSum = 2.5;
        counters.cycleBucketCounts.fill(4);

        bool databaseOk = false;
        const QString text =
            MetricsExposition::render(store.database, counters, {QStringLiteral("worker-1"), 11, true}, &databaseOk);
        QVERIFY(databaseOk);
        const QStringList lines = samples(text);
        const QString id = QString::number(mine.id);
        const QString other = QString::number(theirs.id);
        auto has = [&lines, &text](const QString &line) {
            QVERIFY2(lines.contains(line), qPrintable(line + QStringLiteral("\nnot in\n") + text));
        };
        has(QStringLiteral("wharf_engine_running 1"));
        has(QStringLiteral("wharf_database_up 1"));
        has(QStringLiteral("wharf_orders{integration=\"%1\",state=\"attention\"} 2").arg(id));
        has(QStringLiteral("wharf_orders{integration=\"%1\",state=\"completed\"} 1").arg(id));
        has(QStringLiteral("wharf_orders{integration=\"%1\",state=\"created\"} 0").arg(other));
        has(QStringLiteral("wharf_integration_health{integration=\"%1\",health=\"failing\"} 1").arg(other));
        has(QStringLiteral("wharf_integration_last_success_timestamp_seconds{integration=\"%1\"} 1790000000").arg(id));
        has(QStringLiteral("wharf_integration_lease{integration=\"%1\",holder_kind=\"service\",host=\"worker-1\","
                           "owned_here=\"1\"} 1")
                .arg(id));
        has(QStringLiteral("wharf_integration_lease{integration=\"%1\",holder_kind=\"service\",host=\"worker-2\","
                           "owned_here=\"0\"} 1")
                .arg(other));
        has(QStringLiteral("wharf_leases_held 1"));
        has(QStringLiteral("wharf_http_requests_total{api=\"woo\"} 12"));
        has(QStringLiteral("wharf_http_rate_limited_total{api=\"wms\"} 2"));
        has(QStringLiteral("wharf_http_rate_limited_total{api=\"woo\"} 0"));
        has(QStringLiteral("wharf_http_request_errors_total{api=\"wms\",kind=\"RateLimited\"} 1"));
        has(QStringLiteral("wharf_cycles_total{integration=\"%1\",result=\"ok\"} 4").arg(id));
        has(QStringLiteral("wharf_orders_created_total{integration=\"%1\"} 7").arg(id));
        has(QStringLiteral("wharf_cycle_duration_seconds_bucket{le=\"0.1\"} 4"));
        has(QStringLiteral("wharf_cycle_duration_seconds_bucket{le=\"+Inf\"} 4"));
        has(QStringLiteral("wharf_cycle_duration_seconds_sum 2.5"));
        // A name with a quote, a backslash and a line break stays one well-formed line.
        has(QStringLiteral("wharf_integration_info{integration=\"%1\",name=\"Acme \\\"web\\\" shop\\\\1\\nnew "
                           "line\",customer=\"customer-1\"} 1")
                .arg(id));
        // Every line a sample of the text format, every family announced once.
        const QRegularExpression sample(
            QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-z_]+=\"([^\"\\\\]|\\\\.)*\",?)*\\})? [-+0-9.eInf]+$"));
        for (const QString &line : lines)
            QVERIFY2(sample.match(line).hasMatch(), qPrintable(line));
        QCOMPARE(text.count(QStringLiteral("# TYPE wharf_orders gauge")), 1);
        // Keys are not figures.
        QVERIFY(!text.contains(QStringLiteral("ck_test")));
    }

    void labelValuesAreEscaped()
    {
        QCOMPARE(MetricsExposition::escapeLabel(QStringLiteral("a\"b\\c\nd")), QStringLiteral("a\\\"b\\\\c\\nd"));
    }
};

QTEST_GUILESS_MAIN(TestMetricsExposition)
#include "tst_metricsexposition.moc"
