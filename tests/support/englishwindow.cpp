// Linked into every GUI test: the window as an English desktop shows it,
// with runboard_en.qm installed as the application installs it, so the
// plural forms of "%Ln row(s)" read "1 row" and "2 rows". Without it a test
// would see the source text, which no user sees. The locale itself stays
// the test's (C: ISO times), only the language is set.
#include "ui/common/translations.h"

#include <QCoreApplication>

namespace {

Translations *english = nullptr;

void removeEnglish()
{
    delete english;
    english = nullptr;
}

void installEnglish()
{
    english = new Translations;
    if (english->install(QLocale(QLocale::English, QLocale::UnitedStates)).isEmpty())
        qFatal("runboard_en.qm is missing from %s: build the target runboard_lrelease",
               qPrintable(Translations::defaultDirectory()));
    qAddPostRoutine(removeEnglish);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
