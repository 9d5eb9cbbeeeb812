#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

// The window's language: Runboard's own messages (runboard_<lang>.qm) and
// Qt's (qtbase_<lang>.qm, the standard dialog buttons), chosen from a
// locale, English when no translation matches. Installed once, before the
// first widget, by the GUI path only: the headless commands print English
// for the scripts that read them. The language is not switched while
// running, so no widget has to retranslate itself.
class Translations final
{
    Q_DISABLE_COPY_MOVE(Translations)

public:
    Translations();
    // Removes what install() installed.
    ~Translations();

    // Where the .qm files are: ../share/runboard/translations next to the
    // binary, in the build tree (build/bin) as when installed (/usr/bin).
    static QString defaultDirectory();

    // Installs the translators for the first of the locale's UI languages
    // that has a runboard_<lang>.qm in `directory`, else English (whose file
    // holds the plural forms). Returns the language installed ("de", "en");
    // empty when not even English could be loaded (the source texts show).
    QString install(const QLocale &locale, const QString &directory = defaultDirectory());
    // The same for QLocale::system(): LANGUAGE, LC_ALL, LC_MESSAGES, LANG.
    QString installForSystem() { return install(QLocale::system()); }

    // True when Qt's own translation for the language was found (package
    // qt6-translations-l10n on Debian; without it Qt's buttons stay English).
    bool hasQtTranslation() const { return m_qtLoaded; }

private:
    void remove();

    std::unique_ptr<QTranslator> m_runboard;
    std::unique_ptr<QTranslator> m_qt;
    bool m_runboardLoaded = false;
    bool m_qtLoaded = false;
};
