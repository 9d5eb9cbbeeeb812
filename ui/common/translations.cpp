#include "ui/common/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "runboard.ui.translations")

Translations::Translations()
    : m_runboard(std::make_unique<QTranslator>())
    , m_qt(std::make_unique<QTranslator>())
{}

Translations::~Translations()
{
    remove();
}

QString Translations::defaultDirectory()
{
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("../share/runboard/translations"));
}

QString Translations::install(const QLocale &locale, const QString &directory)
{
    remove();
    const QString name = QStringLiteral("runboard");
    const QString prefix = QStringLiteral("_");
    // QTranslator tries each of the locale's UI languages in order
    // (de_DE, then de); a language without a file is passed over.
    m_runboardLoaded = m_runboard->load(locale, name, prefix, directory) ||
                       m_runboard->load(name + prefix + QLatin1String("en"), directory);
    if (!m_runboardLoaded) {
        qCWarning(lcTranslations, "no translations in %s", qPrintable(directory));
        return {};
    }
    const QString language = m_runboard->language();
    // Qt's buttons in the language Runboard speaks, not in a second choice
    // of the locale's: a German window with French buttons helps nobody.
    if (!language.startsWith(QLatin1String("en"))) {
        m_qtLoaded = m_qt->load(QLocale(language), QStringLiteral("qtbase"), prefix,
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (m_qtLoaded)
            QCoreApplication::installTranslator(m_qt.get());
        else
            qCInfo(lcTranslations, "no Qt translation for %s", qPrintable(language));
    }
    // Installed last, so it is asked first.
    QCoreApplication::installTranslator(m_runboard.get());
    qCDebug(lcTranslations, "language %s from %s", qPrintable(language),
            qPrintable(m_runboard->filePath()));
    return language;
}

void Translations::remove()
{
    if (m_runboardLoaded)
        QCoreApplication::removeTranslator(m_runboard.get());
    if (m_qtLoaded)
        QCoreApplication::removeTranslator(m_qt.get());
    m_runboardLoaded = false;
    m_qtLoaded = false;
}
