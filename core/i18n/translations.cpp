#include "core/i18n/translations.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace wharf {

QString Translations::englishPath()
{
    return QStringLiteral(":/i18n/wharf_en.qm");
}

bool Translations::install(QCoreApplication *app)
{
    auto *english = new QTranslator(app);
    if (!english->load(englishPath())) {
        qCWarning(lcApp) << "the English translation" << englishPath()
                         << "could not be loaded; counted sentences will read \"(s)\"";
        delete english;
        return false;
    }
    QCoreApplication::installTranslator(english);

    // Installed later, asked first: the user's language where Wharf has it.
    auto *local = new QTranslator(app);
    if (QLocale().language() != QLocale::English
        && local->load(QLocale(), QStringLiteral("wharf"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(local);
    else
        delete local;
    return true;
}

} // namespace wharf
