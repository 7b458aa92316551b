#include "app/settingsfile.h"

#include "core/logging.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace wharf {

namespace {

// Options whose value is a file or folder: relative to the settings file's folder.
bool isPath(const QString &key)
{
    return key == QLatin1String("data-dir") || key == QLatin1String("secret-key-file")
        || key == QLatin1String("ca-file");
}

// Options that take no value: true or false in the file.
bool isFlag(const QString &key)
{
    return key == QLatin1String("metrics-allow-remote") || key == QLatin1String("log-json");
}

// Where the data lives is one choice: the command line's --data-dir or --demo replaces the
// file's database as much as its --database does.
bool isDataPlace(const QString &key)
{
    return key == QLatin1String("database") || key == QLatin1String("data-dir") || key == QLatin1String("demo");
}

} // namespace

QString SettingsFile::optionName()
{
    return QStringLiteral("config");
}

QString SettingsFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/Wharf/wharf.conf");
}

QStringList SettingsFile::keys()
{
    return {QStringLiteral("database"),
            QStringLiteral("data-dir"),
            QStringLiteral("secrets"),
            QStringLiteral("secret-key-file"),
            QStringLiteral("ca-file"),
            QStringLiteral("sync-interval"),
            QStringLiteral("lease-seconds"),
            QStringLiteral("interrupted-create-wait"),
            QStringLiteral("wms-create-limit"),
            QStringLiteral("metrics-listen"),
            QStringLiteral("metrics-allow-remote"),
            QStringLiteral("log-json")};
}

bool SettingsFile::read(const QString &path, QString *error)
{
    m_path = path;
    m_settings.clear();
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        *error = tr("Wharf cannot read its settings file %1: it does not exist or is not readable.").arg(path);
        return false;
    }
    QSettings file(path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError) {
        *error = tr("Wharf cannot read its settings file %1: it is not in the key=value format wharf(1) describes.")
                     .arg(path);
        return false;
    }
    const QStringList known = keys();
    for (const QString &key : file.allKeys()) {
        if (!known.contains(key)) {
            *error = tr("The settings file %1 holds \"%2\", which is not a Wharf setting. It may hold: %3.")
                         .arg(path, key, known.join(QStringLiteral(", ")));
            return false;
        }
        const QVariant raw = file.value(key);
        // QSettings reads an unquoted comma as a list; a URL's query may hold one.
        QString value =
            raw.typeId() == QMetaType::QStringList ? raw.toStringList().join(QLatin1Char(',')) : raw.toString();
        if (value.isEmpty())
            continue; // "key=" leaves the default, as an absent line does
        if (isFlag(key)) {
            const QString word = value.trimmed().toLower();
            if (word != QLatin1String("true") && word != QLatin1String("false")) {
                *error = tr("In the settings file %1, %2 takes true or false, not \"%3\".").arg(path, key, value);
                return false;
            }
        }
        if (isPath(key) || (key == QLatin1String("database") && !value.startsWith(QLatin1String("postgres"))))
            value = QDir::cleanPath(info.absoluteDir().absoluteFilePath(value));
        m_settings.append({key, value});
    }
    return true;
}

QStringList SettingsFile::merged(const QStringList &arguments, const QCommandLineParser &commandLine) const
{
    const QStringList given = commandLine.optionNames();
    const bool placeGiven = std::any_of(given.cbegin(), given.cend(), isDataPlace);
    QStringList fromFile;
    for (const auto &[key, value] : m_settings) {
        if (given.contains(key) || (isDataPlace(key) && placeGiven)) {
            qCInfo(lcApp).noquote() << "the command line's" << key << "wins over the settings file's";
            continue;
        }
        if (isFlag(key)) {
            if (value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                fromFile.append(QStringLiteral("--") + key);
            continue;
        }
        // --key=value: a value that starts with a dash stays the option's value.
        fromFile.append(QStringLiteral("--%1=%2").arg(key, value));
    }
    if (fromFile.isEmpty())
        return arguments;
    return arguments.mid(0, 1) + fromFile + arguments.mid(1);
}

} // namespace wharf
