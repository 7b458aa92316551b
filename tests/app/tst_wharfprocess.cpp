#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestWharfProcess : public QObject
{
    Q_OBJECT

    static QString wharf() { return qEnvironmentVariable("WHARF_EXECUTABLE"); }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(wharf(), arguments);
        Run result;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(wharf()), "WHARF_EXECUTABLE must name the wharf binary"); }

    void printsItsVersion()
    {
        const Run result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("wharf ")), qPrintable(result.out));
    }

    void badArgumentsGetAUsageSentenceAndStatus2()
    {
        Run result = run({QStringLiteral("--headless"), QStringLiteral("--no-such-option")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("wharf --help")), qPrintable(result.err));
        result = run({QStringLiteral("--headless"), QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("Unknown command")), qPrintable(result.err));
    }

    void aDamagedDataFileStopsWithASentence()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("wharf.sqlite")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const Run result = run({QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("is damaged or is not a Wharf data file")), qPrintable(result.err));
    }

    void headlessRunsUntilSigtermAndStopsCleanly()
    {
        QTemporaryDir dir;
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(wharf(), {QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(process.waitForStarted());
        // It is up once it says so; then it must keep running until told to stop.
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += process.readAll()).contains("running headless"), 20000);
        QTest::qWait(200);
        QCOMPARE(process.state(), QProcess::Running);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("wharf.sqlite"))));

        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWharfProcess)
#include "tst_wharfprocess.moc"
