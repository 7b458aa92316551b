// Wharf's entry point: reads the command line, opens the data file and starts either the window
// or the headless service. Everything else lives in wharf_core and wharf_ui.

#include "app/unixsignalwatcher.h"
#include "core/logging.h"
#include "core/store/database.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace {

bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--headless" || arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h")
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

} // namespace

int main(int argc, char **argv)
{
    const bool headless = wantsHeadless(argc, argv);
    if (!headless && !displayAvailable()) {
        printLine(
            stderr,
            QCoreApplication::translate("main",
                                        "Wharf needs a display to show its window, and none was found (DISPLAY is not "
                                        "set). Run it from a desktop session, under a virtual display with "
                                        "\"xvfb-run wharf\", or without a window with \"wharf --headless\"."));
        return 1;
    }

    std::unique_ptr<QCoreApplication> app(headless ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Wharf"));
    QCoreApplication::setApplicationName(QStringLiteral("wharf"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WHARF_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Connects customers' WooCommerce stores to CartonCloud."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep Wharf's data file in <dir> instead of the usual place."),
        QCoreApplication::translate("main", "dir"));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        QCoreApplication::translate("main", "Run without a window until stopped with SIGTERM or Ctrl+C."));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QCoreApplication::translate("main", "Run on a throw-away demo data folder."));
    parser.addOptions({dataDirOption, headlessOption, demoOption});
    if (!parser.parse(QCoreApplication::arguments())) {
        printLine(stderr, parser.errorText());
        printLine(stderr, QCoreApplication::translate("main", "Run \"wharf --help\" to see what Wharf accepts."));
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
    if (!parser.positionalArguments().isEmpty()) {
        printLine(stderr,
                  QCoreApplication::translate("main", "Unknown command \"%1\". Run \"wharf --help\".")
                      .arg(parser.positionalArguments().constFirst()));
        return 2;
    }

    QTemporaryDir demoDir;
    QString dataDir = parser.value(dataDirOption);
    if (parser.isSet(demoOption)) {
        if (!demoDir.isValid()) {
            printLine(stderr,
                      QCoreApplication::translate("main", "Wharf cannot create a temporary folder for the demo."));
            return 1;
        }
        dataDir = demoDir.path();
    } else if (dataDir.isEmpty()) {
        dataDir = wharf::Database::defaultDataDir();
    }

    wharf::Database database(wharf::Database::filePathIn(dataDir));
    if (!database.open()) {
        printLine(stderr, database.errorString());
        return 1;
    }
    qCInfo(lcApp) << "data file" << database.filePath();

    if (headless) {
        wharf::UnixSignalWatcher signalWatcher;
        QObject::connect(&signalWatcher, &wharf::UnixSignalWatcher::terminationRequested, app.get(), [](int signal) {
            qCInfo(lcApp) << "signal" << signal << "received; stopping";
            QCoreApplication::quit();
        });
        qCInfo(lcApp) << "running headless; stop with SIGTERM or Ctrl+C";
        return QCoreApplication::exec();
    }

    wharf::MainWindow window(database);
    window.show();
    return QApplication::exec();
}
