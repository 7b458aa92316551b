// Wharf's entry point: reads the command line, opens the data file and the keychain, and starts
// the window, the headless service or one command. Everything else lives in wharf_core and
// wharf_ui.

#include "app/commandlinetool.h"
#include "app/demoworld.h"
#include "app/jsonloghandler.h"
#include "app/metricsserver.h"
#include "app/secretscommand.h"
#include "app/settingsfile.h"
#include "app/unixsignalwatcher.h"
#include "core/i18n/translations.h"
#include "core/logging.h"
#include "core/monitoring/enginemetrics.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"
#include "core/store/database.h"
#include "core/store/integrationregistry.h"
#include "core/sync/syncenginehost.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/dashboard/traycontroller.h"
#include "ui/mainwindow.h"

#include <QAbstractSocket>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace {

// Commands and the headless service need no display; they get a QCoreApplication.
bool wantsNoWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--headless" || arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h"
            || wharf::CommandLineTool::isCommand(QString::fromLocal8Bit(arg))
            || wharf::SecretsCommand::isCommand(QString::fromLocal8Bit(arg)))
            return true;
    }
    return false;
}

// Qt aborts with a terse message when there is no display; a person deserves to know what to do.
bool displayAvailable()
{
#ifdef Q_OS_LINUX
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

} // namespace

int main(int argc, char **argv)
{
    const bool noWindow = wantsNoWindow(argc, argv);
    if (!noWindow && !displayAvailable()) {
        std::fputs("Wharf needs a display to show its window, and none was found (DISPLAY is not set). Run it from a "
                   "desktop session, under a virtual display with \"xvfb-run wharf\", or without a window with "
                   "\"wharf --headless\".\n",
                   stderr);
        return 1;
    }

    std::unique_ptr<QCoreApplication> app(noWindow ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Wharf"));
    QCoreApplication::setApplicationName(QStringLiteral("wharf"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WHARF_VERSION));
    // Before any sentence is made: counted ones ("1 order", "3 orders") need the English translation.
    wharf::Translations::install(app.get());

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Connects customers' WooCommerce stores to CartonCloud.\n\n")
                                     + wharf::CommandLineTool::usage() + QLatin1Char('\n')
                                     + wharf::SecretsCommand::usage());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"), tr("Keep Wharf's data file in <dir> instead of the usual place."), tr("dir"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        tr("Keep Wharf's data in <location> instead of the data folder's file: another SQLite file, or a PostgreSQL "
           "database that several workers share, written postgresql://user@host:port/dbname (libpq's options such "
           "as ?sslmode=verify-full may follow). Never put a password in it: Wharf refuses one there; libpq reads "
           "it from ~/.pgpass, the file PGPASSFILE names, or PGPASSWORD."),
        tr("location"));
    const QCommandLineOption headlessOption(QStringLiteral("headless"),
                                            tr("Run the sync engine without a window until stopped with SIGTERM "
                                               "or Ctrl+C, logging one line per event."));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Run the built-in demo: a CartonCloud tenant and two WooCommerce stores on "
                                           "this computer, with a throw-away data folder."));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        tr("Also trust the certificate authorities in <file> (PEM), e.g. a test server's. TLS errors are never "
           "ignored."),
        tr("file"));
    const QCommandLineOption createLimitOption(
        QStringLiteral("wms-create-limit"),
        tr("Outbound-order creates per minute to pace for (CartonCloud allows 30 per API client)."), tr("n"),
        QStringLiteral("30"));
    const QCommandLineOption intervalOption(QStringLiteral("sync-interval"),
                                            tr("Seconds between the sync cycles of each integration."), tr("seconds"),
                                            QStringLiteral("120"));
    const QCommandLineOption leaseOption(
        QStringLiteral("lease-seconds"),
        tr("How long an engine's claim on an integration lasts unless renewed: when a Wharf process dies, another "
           "takes its integrations over after at most this long."),
        tr("seconds"), QStringLiteral("20"));
    const QCommandLineOption guardOption(
        QStringLiteral("interrupted-create-wait"),
        tr("Seconds to wait before searching CartonCloud for an order whose create was interrupted (CartonCloud's "
           "search can lag behind a create)."),
        tr("seconds"), QStringLiteral("90"));
    const QCommandLineOption metricsOption(
        QStringLiteral("metrics-listen"),
        tr("With --headless: serve /metrics (Prometheus) and /healthz on <address:port>, e.g. 127.0.0.1:9108; port "
           "0 takes a free one, named in the log."),
        tr("address:port"));
    const QCommandLineOption metricsRemoteOption(
        QStringLiteral("metrics-allow-remote"),
        tr("Allow --metrics-listen on an address other than loopback (the figures name customers and have no "
           "password)."));
    const QCommandLineOption logJsonOption(
        QStringLiteral("log-json"),
        tr("Log one JSON object per line on standard error: time, level, category, message (for journald and log "
           "shippers)."));
    const QCommandLineOption configOption(
        wharf::SettingsFile::optionName(),
        tr("Read settings from <file>: lines key=value named after the long options (database, secrets, "
           "secret-key-file, metrics-listen, sync-interval…). Without it, %1 is read when it exists. The command "
           "line wins over the file.")
            .arg(wharf::SettingsFile::defaultPath()),
        tr("file"));
    parser.addOptions({dataDirOption, databaseOption, headlessOption, demoOption, caFileOption, createLimitOption,
                       intervalOption, leaseOption, guardOption, metricsOption, metricsRemoteOption, logJsonOption,
                       configOption});
    wharf::CommandLineTool::addOptions(parser);
    wharf::SecretsCommand::addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        printLine(stderr, parser.errorText());
        printLine(stderr, tr("Run \"wharf --help\" to see what Wharf accepts."));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(stdout, parser.helpText());
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printLine(stdout, QStringLiteral("wharf %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    // The settings file's settings go before the command line's own, which win.
    const QString settingsPath = parser.isSet(configOption)
        ? parser.value(configOption)
        : (QFile::exists(wharf::SettingsFile::defaultPath()) ? wharf::SettingsFile::defaultPath() : QString());
    if (!settingsPath.isEmpty()) {
        wharf::SettingsFile settingsFile;
        QString error;
        if (!settingsFile.read(settingsPath, &error)) {
            printLine(stderr, error);
            return 2;
        }
        const QStringList arguments = settingsFile.merged(QCoreApplication::arguments(), parser);
        if (!parser.parse(arguments)) {
            printLine(stderr, parser.errorText());
            printLine(stderr, tr("Check the settings file %1 and the command line.").arg(settingsPath));
            return 2;
        }
    }
    if (parser.isSet(logJsonOption))
        wharf::JsonLogHandler::install();
    QHostAddress metricsAddress;
    quint16 metricsPort = 0;
    if (parser.isSet(metricsOption)) {
        QString error;
        if (!parser.isSet(headlessOption)) {
            printLine(stderr, tr("--metrics-listen works with --headless."));
            return 2;
        }
        if (!wharf::MetricsServer::parseAddress(parser.value(metricsOption), parser.isSet(metricsRemoteOption),
                                                &metricsAddress, &metricsPort, &error)) {
            printLine(stderr, error);
            return 2;
        }
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && !wharf::CommandLineTool::isCommand(positional.constFirst())
        && !wharf::SecretsCommand::isCommand(positional.constFirst())) {
        printLine(stderr, tr("Unknown command \"%1\". Run \"wharf --help\".").arg(positional.constFirst()));
        return 2;
    }
    if (const QString bad = wharf::SecretsCommand::badArguments(parser); !bad.isEmpty()) {
        printLine(stderr, bad);
        return 2;
    }
    bool limitOk = false;
    const int createLimit = parser.value(createLimitOption).toInt(&limitOk);
    if (!limitOk || createLimit <= 0) {
        printLine(stderr, tr("--wms-create-limit takes a positive number."));
        return 2;
    }

    bool intervalOk = false;
    const int interval = parser.value(intervalOption).toInt(&intervalOk);
    if (!intervalOk || interval <= 0) {
        printLine(stderr, tr("--sync-interval takes a positive number of seconds."));
        return 2;
    }

    bool leaseOk = false;
    const int leaseSeconds = parser.value(leaseOption).toInt(&leaseOk);
    if (!leaseOk || leaseSeconds < 1) {
        printLine(stderr, tr("--lease-seconds takes a positive number of seconds."));
        return 2;
    }
    bool guardOk = false;
    const int guardSeconds = parser.value(guardOption).toInt(&guardOk);
    if (!guardOk || guardSeconds < 0) {
        printLine(stderr, tr("--interrupted-create-wait takes a number of seconds."));
        return 2;
    }

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (parser.isSet(caFileOption)) {
        QFile file(parser.value(caFileOption));
        const QList<QSslCertificate> certificates =
            file.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(file.readAll()) : QList<QSslCertificate>();
        if (certificates.isEmpty()) {
            printLine(stderr, tr("%1 holds no PEM certificate Wharf can read.").arg(parser.value(caFileOption)));
            return 2;
        }
        ssl.addCaCertificates(certificates);
    }

    QTemporaryDir demoDir;
    QString dataDir = parser.value(dataDirOption);
    if (parser.isSet(demoOption)) {
        if (!demoDir.isValid()) {
            printLine(stderr, tr("Wharf cannot create a temporary folder for the demo."));
            return 1;
        }
        dataDir = demoDir.path();
    } else if (dataDir.isEmpty()) {
        dataDir = wharf::Database::defaultDataDir();
    }

    if (parser.isSet(databaseOption) && (parser.isSet(dataDirOption) || parser.isSet(demoOption))) {
        printLine(stderr,
                  tr("--database cannot be combined with --data-dir or --demo: choose one place for Wharf's "
                     "data."));
        return 2;
    }
    wharf::Database database(parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                          : wharf::Database::filePathIn(dataDir));
    if (!database.open()) {
        printLine(stderr, database.errorString());
        return 1;
    }
    qCInfo(lcApp) << "data file" << database.filePath();

    // Tests keep their keychain entries apart from a real installation's.
    const QString keychainService = qEnvironmentVariableIsEmpty("WHARF_KEYCHAIN_SERVICE")
        ? QString::fromLatin1(wharf::KeychainSecretStore::kServiceName)
        : qEnvironmentVariable("WHARF_KEYCHAIN_SERVICE");
    // The demo's secrets are the sandbox's throw-away ones: they stay in memory, never in the
    // user's keychain, and the Demo panel says so.
    const bool demo = parser.isSet(demoOption);
    std::unique_ptr<wharf::SecretStore> secretStore;
    if (demo)
        secretStore = std::make_unique<wharf::MemorySecretStore>();
    else if (wharf::SecretsCommand::databaseMode(parser)) {
        // Servers: sealed in the database under a master key (app/secretscommand.cpp).
        QString error;
        secretStore = wharf::SecretsCommand::makeStore(parser, database, keychainService, &error);
        if (!secretStore) {
            printLine(stderr, error);
            return 1;
        }
    } else {
        auto keychain = std::make_unique<wharf::KeychainSecretStore>(keychainService);
        keychain->setDataFolderId(database.dataFolderId());
        secretStore = std::move(keychain);
    }
    wharf::SecretStore &secrets = *secretStore;

    if (!positional.isEmpty() && wharf::SecretsCommand::isCommand(positional.constFirst())) {
        wharf::SecretsCommand command(database, secrets, keychainService);
        int exitCode = 0;
        QObject::connect(&command, &wharf::SecretsCommand::finished, app.get(), [&exitCode](int code) {
            exitCode = code;
            QCoreApplication::quit();
        });
        command.run(positional, parser);
        QCoreApplication::exec();
        return exitCode;
    }
    if (!positional.isEmpty()) {
        wharf::CommandLineTool::Settings settings;
        settings.ssl = ssl;
        settings.createsPerMinute = createLimit;
        settings.leaseTtl = std::chrono::seconds(leaseSeconds);
        settings.interruptedCreateGuard = std::chrono::seconds(guardSeconds);
        wharf::CommandLineTool tool(database, secrets, settings);
        int exitCode = 0;
        QObject::connect(&tool, &wharf::CommandLineTool::finished, app.get(), [&exitCode](int code) {
            exitCode = code;
            QCoreApplication::quit();
        });
        tool.run(positional, parser);
        QCoreApplication::exec();
        return exitCode;
    }

    std::unique_ptr<wharf::DemoWorld> demoWorld;
    if (demo) {
        demoWorld = std::make_unique<wharf::DemoWorld>(database, secrets);
        QString error;
        if (!demoWorld->start(&error)) {
            printLine(stderr, error);
            return 1;
        }
        ssl = demoWorld->sslConfiguration();
    }

    wharf::SyncEngine::Options engineOptions;
    engineOptions.createsPerMinute = createLimit;
    engineOptions.intervalSeconds = demo && !parser.isSet(intervalOption) ? 10 : interval;
    engineOptions.extraCaCertificates =
        parser.isSet(caFileOption) || demo ? ssl.caCertificates() : QList<QSslCertificate>();
    engineOptions.leaseTtl = std::chrono::seconds(leaseSeconds);
    // Renewed four times per lease, so that one slow renewal never loses it.
    engineOptions.leaseTick = std::min<std::chrono::milliseconds>(std::chrono::seconds(2), engineOptions.leaseTtl / 4);
    engineOptions.pipeline.interruptedCreateGuard = std::chrono::seconds(guardSeconds);
    engineOptions.ownerKind =
        parser.isSet(headlessOption) ? wharf::LeaseHolder::Kind::Service : wharf::LeaseHolder::Kind::Desktop;

    // The demo connects its account and first store before the engine starts, then starts it.
    auto startEngine = [&demoWorld](wharf::SyncEngineHost &engine, std::function<void()> then) {
        if (!demoWorld) {
            engine.start();
            then();
            return;
        }
        demoWorld->setUp([&engine, then](const QString &error) {
            if (!error.isEmpty()) {
                printLine(stderr, error);
                QCoreApplication::exit(1);
                return;
            }
            engine.start();
            then();
        });
    };

    if (parser.isSet(headlessOption)) {
        wharf::UnixSignalWatcher signalWatcher;
        auto engine = std::make_unique<wharf::SyncEngineHost>(database, &secrets, engineOptions);
        QObject::connect(&signalWatcher, &wharf::UnixSignalWatcher::terminationRequested, app.get(),
                         [&engine](int signal) {
                             qCInfo(lcApp) << "signal" << signal << "received; stopping";
                             engine.reset(); // stops the engine and joins its thread
                             QCoreApplication::quit();
                         });
        QObject::connect(engine.get(), &wharf::SyncEngineHost::started, app.get(),
                         [] { qCInfo(lcApp) << "running headless; stop with SIGTERM or Ctrl+C"; });
        // Cycles are counted here, where their reports arrive, for /metrics.
        QObject::connect(
            engine.get(), &wharf::SyncEngineHost::cycleFinished, app.get(), [](const wharf::CycleReport &report) {
                const double seconds = report.startedAt.isValid() && report.finishedAt.isValid()
                    ? double(report.startedAt.msecsTo(report.finishedAt)) / 1000.0
                    : 0.0;
                wharf::EngineMetrics::instance().recordCycle(report.integrationId, seconds, report.ok(), report.created,
                                                             report.needAttention, report.completed);
            });
        std::unique_ptr<wharf::MetricsServer> metrics;
        if (parser.isSet(metricsOption)) {
            metrics = std::make_unique<wharf::MetricsServer>(database);
            QString error;
            const quint16 port = metrics->listen(metricsAddress, metricsPort, &error);
            if (port == 0) {
                printLine(stderr, error);
                return 1;
            }
            const QString host = metricsAddress.protocol() == QAbstractSocket::IPv6Protocol
                ? QStringLiteral("[%1]").arg(metricsAddress.toString())
                : metricsAddress.toString();
            qCInfo(lcApp).noquote() << QStringLiteral("metrics listening on http://%1:%2/metrics").arg(host).arg(port);
            QObject::connect(engine.get(), &wharf::SyncEngineHost::started, metrics.get(),
                             [server = metrics.get()] { server->setEngineRunning(true); });
            QObject::connect(&signalWatcher, &wharf::UnixSignalWatcher::terminationRequested, metrics.get(),
                             [server = metrics.get()] { server->setEngineRunning(false); });
        }
        startEngine(*engine, [] {});
        return QCoreApplication::exec();
    }

    QNetworkAccessManager network; // the GUI thread's: the wizard's live checks, the Account screen
    wharf::IntegrationRegistry registry(database, secrets);
    wharf::SyncEngineHost engine(database, &secrets, engineOptions);
    wharf::MainWindow::Services services;
    services.database = &database;
    services.secrets = &secrets;
    services.engine = &engine;
    services.registry = &registry;
    services.network = &network;
    services.ssl = ssl;
    services.demo = demo;
    wharf::MainWindow window(services);
    // Closing the window leaves Wharf in the tray while the engine goes on; Quit there ends both.
    wharf::TrayController tray(window.dashboard()->board(), &window);
    // One way out for the menu, Ctrl+Q and the tray: exit() and not quit(), which asks the windows
    // first and could be refused. The engine stops cleanly when `engine` (SyncEngineHost) is
    // destroyed after exec() returns: it stops its pipelines and joins its thread.
    QObject::connect(&window, &wharf::MainWindow::quitRequested, &tray, &wharf::TrayController::quit);
    QObject::connect(&tray, &wharf::TrayController::quitRequested, app.get(), [] {
        qCInfo(lcApp) << "quit requested; stopping the engine";
        QCoreApplication::exit(0);
    });
    if (demoWorld) {
        auto *panel = new wharf::DemoPanel(demoWorld->stores(), secrets.description());
        auto *dock = new QDockWidget(QCoreApplication::translate("main", "Demo"), &window);
        dock->setObjectName(QStringLiteral("demoDock"));
        dock->setWidget(panel);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        panel->setAutomatic(true);
        QObject::connect(panel, &wharf::DemoPanel::automaticChanged, demoWorld.get(), &wharf::DemoWorld::setAutomatic);
        QObject::connect(panel, &wharf::DemoPanel::packAllRequested, demoWorld.get(), &wharf::DemoWorld::packAll);
        QObject::connect(panel, &wharf::DemoPanel::dispatchAllRequested, demoWorld.get(),
                         &wharf::DemoWorld::dispatchAll);
        QObject::connect(panel, &wharf::DemoPanel::rejectOneRequested, demoWorld.get(),
                         &wharf::DemoWorld::rejectNewest);
        QObject::connect(panel, &wharf::DemoPanel::newOrderRequested, demoWorld.get(), &wharf::DemoWorld::placeOrders);
        QObject::connect(demoWorld.get(), &wharf::DemoWorld::warehouseChanged, panel,
                         [panel, world = demoWorld.get()] { panel->setWarehouseSummary(world->warehouseSummary()); });
        window.setWindowTitle(QCoreApplication::translate("main", "Wharf — Demo"));
    }
    startEngine(engine, [&window] { window.refresh(); });
    window.show();
    return QApplication::exec();
}
