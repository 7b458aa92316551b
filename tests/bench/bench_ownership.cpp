// Ownership across processes (issue 11): how long after a SIGKILL another `wharf --headless`
// takes the dead one's integrations over (goal <= 30 s), and the create rate two processes reach
// together on one CartonCloud API client at the real limit of 30 a minute (goal >= 0.95 of the
// limit, no 429). Real processes and the keychain: run it inside scripts/test's session, e.g.
//   scripts/test -R none && dbus-run-session … (see README.md), or from a desktop session.

#include "benchreport.h"
#include "processworld.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

using namespace wharf;

namespace {

QJsonObject product(const QString &sku)
{
    return {{QStringLiteral("sku"), sku}, {QStringLiteral("name"), sku}};
}

QJsonObject storeSeed(int orders, int seed)
{
    return {{QStringLiteral("products"), QJsonArray {product(QStringLiteral("CAP-RED"))}},
            {QStringLiteral("generate"),
             QJsonObject {{QStringLiteral("count"), orders},
                          {QStringLiteral("seed"), seed},
                          {QStringLiteral("status"), QStringLiteral("processing")}}}};
}

QJsonObject wmsSeed(int createLimit)
{
    const auto customer = [](const char *name, const char *code) {
        return QJsonObject {{QStringLiteral("name"), QString::fromLatin1(name)},
                            {QStringLiteral("code"), QString::fromLatin1(code)}};
    };
    const auto stock = [](const char *code) {
        return QJsonObject {{QStringLiteral("customer"), QString::fromLatin1(code)},
                            {QStringLiteral("code"), QStringLiteral("CAP-RED")},
                            {QStringLiteral("stock"), 100000}};
    };
    return {
        {QStringLiteral("customers"), QJsonArray {customer("Acme Apparel", "ACME"), customer("Beta Books", "BETA")}},
        {QStringLiteral("products"), QJsonArray {stock("ACME"), stock("BETA")}},
        {QStringLiteral("createLimit"), createLimit},
        {QStringLiteral("automatic"),
         QJsonObject {{QStringLiteral("packAfterMs"), 300}, {QStringLiteral("dispatchAfterMs"), 300}}},
        {QStringLiteral("hostile"), QJsonObject {{QStringLiteral("duplicateCheck"), false}}}};
}

QString createsQuery(const test::ProcessWorld &world)
{
    return QStringLiteral("/control/requests?service=wms&method=POST&path=/tenants/%1/outbound-orders")
        .arg(world.world[u"wmsTenantId"].toString());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("WHARF_EXECUTABLE"))
        qputenv("WHARF_EXECUTABLE", WHARF_EXECUTABLE);
    if (qEnvironmentVariableIsEmpty("WHARF_SANDBOX_EXECUTABLE"))
        qputenv("WHARF_SANDBOX_EXECUTABLE", WHARF_SANDBOX_EXECUTABLE);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("orders"),
                      QStringLiteral("Orders per store for the create rate (default 60: four minutes)."),
                      QStringLiteral("n"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("takeovers"), QStringLiteral("SIGKILLs to time (default 3)."), QStringLiteral("n"),
                      QStringLiteral("3")});
    parser.process(app);
    bench::Report report("bench_ownership");
    if (!QFile::exists(test::ProcessWorld::wharf()) || !QFile::exists(test::ProcessWorld::sandboxExecutable())) {
        report.note(QStringLiteral("WHARF_EXECUTABLE and WHARF_SANDBOX_EXECUTABLE must name the programs."));
        return 2;
    }
    const QString keychain = QStringLiteral("wharf-bench-ownership-%1").arg(QCoreApplication::applicationPid());

    report.section(
        QStringLiteral("takeover after SIGKILL: two `wharf --headless` on one data folder, default lease (20 s)"));
    {
        test::ProcessWorld world(keychain + QStringLiteral("-t"));
        if (!world.startSandbox({{QStringLiteral("store"), storeSeed(5, 1)}, {QStringLiteral("wms"), wmsSeed(0)}})
            || !world.connectAccount()
            || world.addIntegration(0, QStringLiteral("Acme"), QStringLiteral("Acme Apparel")) != 0) {
            report.note(QStringLiteral("could not set up (is a Secret Service running?)"));
            return 2;
        }
        QList<QProcess *> services {world.spawn({QStringLiteral("--headless")}),
                                    world.spawn({QStringLiteral("--headless")})};
        double worst = 0;
        double total = 0;
        const int takeovers = parser.value(QStringLiteral("takeovers")).toInt();
        for (int i = 0; i < takeovers; ++i) {
            QElapsedTimer wait;
            wait.start();
            qint64 owner = 0;
            while ((owner = world.leaseOwnerPid(1)) == 0 && wait.elapsed() < 30000)
                QThread::msleep(100);
            QProcess *victim = services[0]->processId() == owner ? services[0] : services[1];
            QProcess *survivor = victim == services[0] ? services[1] : services[0];
            ::kill(pid_t(owner), SIGKILL);
            victim->waitForFinished(10000);
            QElapsedTimer takeover;
            takeover.start();
            while (world.leaseOwnerPid(1) != survivor->processId() && takeover.elapsed() < 60000)
                QThread::msleep(50);
            const double seconds = takeover.elapsed() / 1000.0;
            report.figure(QStringLiteral("takeover %1").arg(i + 1), seconds, 2, QStringLiteral("s"));
            worst = std::max(worst, seconds);
            total += seconds;
            // A new service takes the dead one's place for the next round.
            services = {survivor, world.spawn({QStringLiteral("--headless")})};
        }
        report.figure(QStringLiteral("takeover, mean"), total / takeovers, 2, QStringLiteral("s"));
        report.figure(QStringLiteral("takeover, worst"), worst, 2, QStringLiteral("s"), bench::Report::Goal::AtMost,
                      30);
    }

    const int perStore = parser.value(QStringLiteral("orders")).toInt();
    report.section(
        QStringLiteral("two processes, one API client, the real limit (30 per minute), %1 orders each").arg(perStore));
    {
        test::ProcessWorld world(keychain + QStringLiteral("-r"));
        if (!world.startSandbox({{QStringLiteral("store"), storeSeed(perStore, 2)},
                                 {QStringLiteral("moreStores"), QJsonArray {storeSeed(perStore, 3)}},
                                 {QStringLiteral("wms"), wmsSeed(30)}})
            || !world.connectAccount()
            || world.addIntegration(0, QStringLiteral("Acme"), QStringLiteral("Acme Apparel")) != 0
            || world.addIntegration(1, QStringLiteral("Beta"), QStringLiteral("Beta Books")) != 0) {
            report.note(QStringLiteral("could not set up"));
            return 2;
        }
        QProcess *first = world.spawn(
            {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--integration"), QStringLiteral("1")});
        QProcess *second = world.spawn(
            {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--integration"), QStringLiteral("2")});
        first->waitForFinished(-1);
        second->waitForFinished(-1);
        const QJsonObject posts = world.control(createsQuery(world)).object();
        const QJsonArray requests = posts[u"requests"].toArray();
        const int tooMany =
            world.control(createsQuery(world) + QStringLiteral("&status=429")).object()[u"count"].toInt();
        const QDateTime firstAt = QDateTime::fromString(requests.first()[u"time"].toString(), Qt::ISODateWithMs);
        const QDateTime lastAt = QDateTime::fromString(requests.last()[u"time"].toString(), Qt::ISODateWithMs);
        const double minutes = firstAt.msecsTo(lastAt) / 60000.0;
        report.figure(QStringLiteral("creates"), requests.size(), 0, QString());
        report.figure(QStringLiteral("minutes of creates"), minutes, 2, QStringLiteral("min"));
        report.figure(QStringLiteral("429 answers"), tooMany, 0, QString(), bench::Report::Goal::AtMost, 0);
        report.figure(QStringLiteral("combined rate / limit"), (requests.size() - 1) / minutes / 30.0, 4, QString(),
                      bench::Report::Goal::AtLeast, 0.95);
    }
    return report.finish();
}
