// The .deb as a person gets it: unpacked into a temporary root (dpkg-deb -x, no installation),
// the files where a desktop looks for them, the desktop entry and the AppStream metainfo valid,
// and the wharf in it running — with the system's Qt, as it would once installed.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestPackage : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        Run result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            result.err = "timed out";
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    static QByteArray describe(const Run &result) { return result.out + result.err; }

    QString deb() const { return qEnvironmentVariable("WHARF_DEB"); }
    QString path(const QString &relative) const { return m_root.filePath(relative); }

    QTemporaryDir m_root;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(deb()),
                 qPrintable(QStringLiteral("No package at WHARF_DEB=\"%1\"; the tst_package_build "
                                           "fixture makes it")
                                .arg(deb())));
        const QString dpkgDeb = QStandardPaths::findExecutable(QStringLiteral("dpkg-deb"));
        QVERIFY2(!dpkgDeb.isEmpty(), "dpkg-deb (package dpkg) is needed to unpack the .deb");
        QVERIFY(m_root.isValid());
        const Run unpacked = run(dpkgDeb, {QStringLiteral("-x"), deb(), m_root.path()});
        QVERIFY2(unpacked.exitCode == 0, describe(unpacked).constData());
    }

    void controlNamesThePackageAndTheQtItNeeds()
    {
        const Run control = run(QStringLiteral("dpkg-deb"),
                                {QStringLiteral("-f"), deb(), QStringLiteral("Package"), QStringLiteral("Version"),
                                 QStringLiteral("Depends")});
        QVERIFY2(control.exitCode == 0, describe(control).constData());
        const QString fields = QString::fromUtf8(control.out);
        QVERIFY2(fields.contains(QStringLiteral("Package: wharf\n")), qPrintable(fields));
        QVERIFY2(fields.contains(QStringLiteral("Version: " WHARF_VERSION "-")), qPrintable(fields));
        // The libraries wharf links, and the plug-ins it loads that no library pulls in.
        for (const char *dependency : {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6network6", "libqt6sql6",
                                       "libqt6keychain1", "libsodium23", "libqt6sql6-sqlite", "libqt6svg6"}) {
            const QRegularExpression named(QStringLiteral("[ ,:]%1( |,|$)").arg(QLatin1String(dependency)),
                                           QRegularExpression::MultilineOption);
            QVERIFY2(fields.contains(named),
                     qPrintable(QLatin1String(dependency) + QStringLiteral(" not in ") + fields));
        }
    }

    void everythingIsUnderUsrWhereADesktopLooks()
    {
        for (const char *file : {"usr/bin/wharf", "usr/share/applications/wharf.desktop",
                                 "usr/share/metainfo/io.github.wharf.Wharf.metainfo.xml",
                                 "usr/share/icons/hicolor/scalable/apps/wharf.svg", "usr/share/man/man1/wharf.1.gz",
                                 "usr/lib/systemd/system/wharf.service", "etc/wharf/wharf.conf"})
            QVERIFY2(QFile::exists(path(QLatin1String(file))), file);
        QVERIFY(QFileInfo(path(QStringLiteral("usr/bin/wharf"))).isExecutable());

        // /etc holds the service's sample settings only; everything else is under /usr.
        const QStringList top = QDir(m_root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        QCOMPARE(top, (QStringList {QStringLiteral("etc"), QStringLiteral("usr")}));
        QCOMPARE(QDir(path(QStringLiteral("etc"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList {QStringLiteral("wharf")});
        // The sandbox is a test tool: it never ships.
        QDirIterator it(m_root.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QVERIFY2(!file.contains(QStringLiteral("sandbox")), qPrintable(file));
        }
    }

    void theUnpackedWharfRunsAndTellsItsVersion()
    {
        const Run version = run(path(QStringLiteral("usr/bin/wharf")), {QStringLiteral("--version")});
        QVERIFY2(version.exitCode == 0, describe(version).constData());
        QCOMPARE(version.out, QByteArray("wharf " WHARF_VERSION "\n"));
    }

    void theManPageDocumentsEveryOptionOfHelp()
    {
        const QString gzip = QStandardPaths::findExecutable(QStringLiteral("gzip"));
        if (gzip.isEmpty())
            QSKIP("gzip is not installed");
        const Run page = run(gzip, {QStringLiteral("-dc"), path(QStringLiteral("usr/share/man/man1/wharf.1.gz"))});
        QVERIFY2(page.exitCode == 0, describe(page).constData());
        QString roff = QString::fromUtf8(page.out);
        QVERIFY2(roff.contains(QStringLiteral(".TH WHARF 1 ")), "not a section 1 page for wharf");
        QVERIFY2(roff.contains(QStringLiteral("\"Wharf " WHARF_VERSION "\"")), "the page does not carry the version");
        roff.replace(QStringLiteral("\\-"), QStringLiteral("-"));

        const Run help = run(path(QStringLiteral("usr/bin/wharf")), {QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0, describe(help).constData());
        const QRegularExpression option(QStringLiteral("^  (?:-\\w, )?(--[a-z][a-z-]*)"),
                                        QRegularExpression::MultilineOption);
        int options = 0;
        for (auto match = option.globalMatch(QString::fromUtf8(help.out)); match.hasNext();) {
            const QString name = match.next().captured(1);
            ++options;
            QVERIFY2(roff.contains(name), qPrintable(name + QStringLiteral(" is in wharf --help but not in wharf.1")));
        }
        QVERIFY2(options > 10, describe(help).constData());
    }

    // The worker's unit: its own user, the key as a credential, hardened; and checked by systemd
    // itself where systemd-analyze is installed.
    void theServiceUnitRunsTheWorkerHardened()
    {
        QFile file(path(QStringLiteral("usr/lib/systemd/system/wharf.service")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString unit = QString::fromUtf8(file.readAll());
        for (const char *line :
             {"\nUser=wharf\n", "\nExecStart=/usr/bin/wharf --headless ", "\nEnvironmentFile=-/etc/wharf/wharf.conf\n",
              "\nLoadCredential=wharf-key:/etc/wharf/key\n", "\nEnvironment=WHARF_SECRETS=database\n",
              "\nNoNewPrivileges=yes\n", "\nProtectSystem=strict\n", "\nProtectHome=yes\n", "\nPrivateTmp=yes\n",
              "\nStateDirectory=wharf\n", "\nRestrictAddressFamilies=AF_UNIX AF_INET AF_INET6\n",
              "\nCapabilityBoundingSet=\n", "\nWantedBy=multi-user.target\n"})
            QVERIFY2(unit.contains(QLatin1String(line)), line);

        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        if (analyze.isEmpty())
            QSKIP("systemd-analyze (package systemd) is not installed");
        // The unit as shipped, its ExecStart pointed at the unpacked wharf: verify wants it to exist.
        QTemporaryDir units;
        QFile copy(units.filePath(QStringLiteral("wharf.service")));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(
            QString(unit).replace(QStringLiteral("/usr/bin/wharf"), path(QStringLiteral("usr/bin/wharf"))).toUtf8());
        copy.close();
        const Run verify = run(analyze, {QStringLiteral("verify"), QStringLiteral("--man=no"), copy.fileName()});
        // It exits 0 even for an unknown or unparsable setting; it says so on standard error, though.
        QVERIFY2(verify.exitCode == 0 && verify.err.trimmed().isEmpty() && verify.out.trimmed().isEmpty(),
                 describe(verify).constData());
    }

    // Every option the unit passes is one wharf takes.
    void theServiceUnitPassesOnlyOptionsWharfKnows_data()
    {
        QTest::addColumn<QString>("option");
        QFile file(path(QStringLiteral("usr/lib/systemd/system/wharf.service")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QRegularExpressionMatch exec =
            QRegularExpression(QStringLiteral("^ExecStart=(.*)$"), QRegularExpression::MultilineOption)
                .match(QString::fromUtf8(file.readAll()));
        QVERIFY(exec.hasMatch());
        for (const QString &word : exec.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (word.startsWith(QLatin1String("--")))
                QTest::newRow(qPrintable(word.mid(2))) << word;
        }
    }
    void theServiceUnitPassesOnlyOptionsWharfKnows()
    {
        QFETCH(QString, option);
        const Run help = run(path(QStringLiteral("usr/bin/wharf")), {QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0, describe(help).constData());
        const QRegularExpression listed(
            QStringLiteral("^  (?:-\\w, )?%1[ \\n]").arg(QRegularExpression::escape(option)),
            QRegularExpression::MultilineOption);
        QVERIFY2(QString::fromUtf8(help.out).contains(listed),
                 qPrintable(option + QStringLiteral(" is in wharf.service but not in wharf --help")));
    }

    // The unit's command line, with the unit's own defaults put in, is accepted as a whole: not
    // only each option alone (a worker that exits with a usage error never syncs). Without a
    // master key it must stop with its sentence (exit 1), not with a usage error (exit 2).
    void theServiceUnitsCommandLineIsAccepted()
    {
        QFile file(path(QStringLiteral("usr/lib/systemd/system/wharf.service")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString unit = QString::fromUtf8(file.readAll());
        QTemporaryDir state;
        QVERIFY(state.isValid());
        QHash<QString, QString> environment {{QStringLiteral("STATE_DIRECTORY"), state.path()},
                                             {QStringLiteral("WHARF_OPTIONS"), QString()}};
        const QRegularExpression assignment(QStringLiteral("^Environment=(\\w+)=(.*)$"),
                                            QRegularExpression::MultilineOption);
        for (auto it = assignment.globalMatch(unit); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            environment.insert(match.captured(1), match.captured(2));
        }
        // The unit's data lives in its state directory.
        environment.insert(QStringLiteral("WHARF_DATABASE"), state.filePath(QStringLiteral("wharf.sqlite")));
        const QRegularExpressionMatch exec =
            QRegularExpression(QStringLiteral("^ExecStart=(.*)$"), QRegularExpression::MultilineOption).match(unit);
        QVERIFY(exec.hasMatch());
        QStringList arguments;
        for (QString word : exec.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
                word.replace(QStringLiteral("${%1}").arg(it.key()), it.value());
                word.replace(QLatin1Char('$') + it.key(), it.value());
            }
            if (!word.isEmpty())
                arguments.append(word);
        }
        QCOMPARE(arguments.takeFirst(), QStringLiteral("/usr/bin/wharf"));
        QProcess worker;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CREDENTIALS_DIRECTORY"));
        worker.setProcessEnvironment(env);
        worker.start(path(QStringLiteral("usr/bin/wharf")), arguments);
        QVERIFY(worker.waitForStarted());
        if (!worker.waitForFinished(20000)) {
            worker.kill();
            worker.waitForFinished();
            QFAIL("the worker ran without its master key");
        }
        const QByteArray said = worker.readAllStandardError() + worker.readAllStandardOutput();
        QVERIFY2(worker.exitCode() != 2, said.constData());
        QCOMPARE(worker.exitCode(), 1);
    }

    void theSampleSettingsAreAKeptConfigFileOfCommentedDefaults()
    {
        QFile file(path(QStringLiteral("etc/wharf/wharf.conf")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const char *setting : {"#WHARF_DATABASE=postgresql://", "#WHARF_SECRETS=database",
                                    "#WHARF_METRICS_LISTEN=127.0.0.1:", "#PGPASSFILE=", "#WHARF_OPTIONS="})
            QVERIFY2(text.contains(QLatin1String(setting)), setting);
        // An environment file: every line a comment, blank, or NAME=value.
        const QRegularExpression assignment(QStringLiteral("^[A-Z_]+=\\S"));
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            QVERIFY2(line.isEmpty() || line.startsWith(QLatin1Char('#')) || assignment.match(line).hasMatch(),
                     qPrintable(line));
        }
        // A conffile: an upgrade keeps the administrator's changes. The user is made by postinst.
        const Run conffiles =
            run(QStringLiteral("dpkg-deb"), {QStringLiteral("-I"), deb(), QStringLiteral("conffiles")});
        QVERIFY2(conffiles.exitCode == 0, describe(conffiles).constData());
        QCOMPARE(conffiles.out.trimmed(), QByteArray("/etc/wharf/wharf.conf"));
        const Run postinst = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-I"), deb(), QStringLiteral("postinst")});
        QVERIFY2(postinst.exitCode == 0, describe(postinst).constData());
        QVERIFY2(postinst.out.contains("adduser --system --group --home /var/lib/wharf"), postinst.out.constData());
        const Run depends = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb(), QStringLiteral("Depends")});
        QVERIFY2(depends.out.contains("adduser"), depends.out.constData());
    }

    void theDesktopEntryIsValid()
    {
        const QString entry = path(QStringLiteral("usr/share/applications/wharf.desktop"));
        QFile file(entry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        for (const char *line : {"\nName=Wharf\n", "\nExec=wharf\n", "\nIcon=wharf\n", "\nType=Application\n"})
            QVERIFY2(text.contains(line), line);

        const QString validate = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validate.isEmpty())
            QSKIP("desktop-file-validate (package desktop-file-utils) is not installed");
        const Run result = run(validate, {entry});
        QVERIFY2(result.exitCode == 0, describe(result).constData());
        // Hints are advice; errors and warnings are not.
        QVERIFY2(!result.out.contains("error:") && !result.out.contains("warning:"), describe(result).constData());
    }

    void theMetainfoIsValid()
    {
        const QString metainfo = path(QStringLiteral("usr/share/metainfo/io.github.wharf.Wharf.metainfo.xml"));
        QFile file(metainfo);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<launchable type=\"desktop-id\">wharf.desktop</launchable>"));
        QVERIFY2(text.contains("<release version=\"" WHARF_VERSION "\""), "no <release> for this version");

        const QString appstreamcli = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (appstreamcli.isEmpty())
            QSKIP("appstreamcli (package appstream) is not installed");
        const Run result = run(appstreamcli, {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
        QVERIFY2(result.exitCode == 0, describe(result).constData());
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
