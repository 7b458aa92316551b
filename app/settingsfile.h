#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace wharf {

// The settings file: what a worker or a console always runs with (its PostgreSQL database, where
// its secrets are kept, its key file…) written once as key=value lines named after wharf(1)'s long
// options, so that a service or a desktop launcher needs no long command line. `--config FILE`
// names it; without it, the user's ~/.config/Wharf/wharf.conf is read when it exists. The command
// line wins over the file.
class SettingsFile
{
    Q_DECLARE_TR_FUNCTIONS(wharf::SettingsFile)

public:
    // The option that names the file.
    static QString optionName();
    // ~/.config/Wharf/wharf.conf (XDG_CONFIG_HOME honoured); it need not exist.
    static QString defaultPath();
    // The keys a settings file may hold: the options that describe where and how Wharf runs, not
    // what it is asked to do (no --headless, no command).
    static QStringList keys();

    // Reads `path` into key/value pairs in the file's order; false with a sentence when the file
    // cannot be read or holds a key Wharf does not know. Relative paths are taken from the file's
    // folder, so a file can name the key file next to it.
    bool read(const QString &path, QString *error);

    // `arguments` (the command line, program name first) with the file's settings put before the
    // command line's own options, leaving out every setting the command line already gives: an
    // option given there, and the file's database or data folder when the command line names a
    // place for the data (--database, --data-dir or --demo).
    QStringList merged(const QStringList &arguments, const QCommandLineParser &commandLine) const;

    QString path() const { return m_path; }

private:
    QString m_path;
    QList<QPair<QString, QString>> m_settings;
};

} // namespace wharf
