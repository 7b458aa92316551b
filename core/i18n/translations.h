#pragma once

#include <QString>

class QCoreApplication;

namespace wharf {

// Loads Wharf's translations into the application (window, CLI and headless alike). The English one
// is always loaded first: Wharf's sources are English, but a counted sentence is written once, as
// tr("%n order(s)", nullptr, n), and only the translation knows that English says "1 order" and
// "3 orders". A translation for the user's language, where one exists, is loaded over it.
class Translations
{
public:
    // Where the English translation is embedded (built from resources/translations/wharf_en.ts).
    static QString englishPath();

    // Installs the translators on `app` (which owns them). False when the English translation could
    // not be loaded: counted sentences then read "1 order(s)", and a log line says why.
    static bool install(QCoreApplication *app);
};

} // namespace wharf
