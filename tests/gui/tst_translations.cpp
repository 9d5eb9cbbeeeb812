// The window's language as the application chooses it from the system
// locale (Translations, as app/main.cpp installs it): a German desktop gets
// German menus and dialogs, with Qt's own buttons in German too, an English
// or any other one English with English plural forms; and times follow the
// locale while the C locale keeps ISO 8601.

#include "models/client/connectionsettings.h"
#include "models/common/localeformat.h"
#include "models/session/session.h"
#include "ui/common/aboutdialog.h"
#include "ui/common/translations.h"
#include "ui/mainwindow.h"
#include "ui/timeline/timeticks.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {

const QLocale kGerman(QLocale::German, QLocale::Germany);
const QLocale kAmerican(QLocale::English, QLocale::UnitedStates);

// The menu bar's titles without their accelerators, in bar order.
QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        if (action->menu())
            titles.append(action->text().remove(QLatin1Char('&')));
    return titles;
}

QString plainText(const QAbstractButton *button)
{
    return button ? button->text().remove(QLatin1Char('&')) : QString();
}

// What the window shows: built after the translators are installed, as
// the application builds it. Nothing answers on port 1; the menus do not
// wait for the network.
struct Window
{
    Window()
    {
        ConnectionSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/v1"));
        settings.maxRetries = 0;
        session = std::make_unique<Session>(&network, settings, [] { return QStringLiteral("k"); });
        window = std::make_unique<MainWindow>(session.get(), QStringLiteral("Test"));
    }

    QNetworkAccessManager network;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void germanSystemGetsGermanWindow();
    void englishSystemGetsEnglishWindow();
    void otherLanguagesFallBackToEnglish();
    void pluralFormsInBothLanguages();
    void missingFolderLeavesTheSourceTexts();
    void timesFollowTheLocale();
    void axisDaysInTheWindowsLanguage();

private:
    Translations m_translations;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(
        QFileInfo::exists(Translations::defaultDirectory() + QStringLiteral("/runboard_de.qm")),
        qPrintable(Translations::defaultDirectory()));
}

void TestTranslations::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::germanSystemGetsGermanWindow()
{
    QCOMPARE(m_translations.install(kGerman), QStringLiteral("de"));
    Window german;
    QCOMPARE(menuTitles(*german.window),
             (QStringList{QStringLiteral("Datei"), QStringLiteral("Bearbeiten"),
                          QStringLiteral("Ansicht"), QStringLiteral("Hilfe")}));

    // The dialog's own words as the German file has them (whoever worded
    // them), and not the English source.
    AboutDialog about;
    QCOMPARE(about.windowTitle(), QCoreApplication::translate("AboutDialog", "About Runboard"));
    QVERIFY2(about.windowTitle() != QLatin1String("About Runboard") &&
                 about.windowTitle().contains(QLatin1String("Runboard")),
             qPrintable(about.windowTitle()));
    const auto *copy = about.findChild<QPushButton *>(QStringLiteral("aboutCopyButton"));
    QVERIFY(copy);
    QCOMPARE(copy->text(), QCoreApplication::translate("AboutDialog", "&Copy versions"));
    QVERIFY2(plainText(copy) != QLatin1String("Copy versions") &&
                 plainText(copy).contains(QLatin1String("Version")),
             qPrintable(copy->text()));
    // Qt's own button speaks German when Debian's qt6-translations-l10n is
    // there (it is on the build machine; without it Qt says "Close").
    const auto *box = about.findChild<QDialogButtonBox *>();
    QVERIFY(box);
    const QString close = plainText(box->button(QDialogButtonBox::Close));
    const bool qtGerman = QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                                            QStringLiteral("/qtbase_de.qm"));
    QCOMPARE(m_translations.hasQtTranslation(), qtGerman);
    QCOMPARE(close, qtGerman ? QStringLiteral("Schließen") : QStringLiteral("Close"));
}

void TestTranslations::englishSystemGetsEnglishWindow()
{
    QCOMPARE(m_translations.install(kAmerican), QStringLiteral("en"));
    QVERIFY(!m_translations.hasQtTranslation());
    Window english;
    QCOMPARE(menuTitles(*english.window),
             (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                          QStringLiteral("Help")}));
    AboutDialog about;
    QCOMPARE(about.windowTitle(), QStringLiteral("About Runboard"));
    const auto *box = about.findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QCOMPARE(plainText(box->button(QDialogButtonBox::Close)), QStringLiteral("Close"));
}

void TestTranslations::otherLanguagesFallBackToEnglish()
{
    // No runboard_fr.qm: English, not a French locale's second choice.
    QCOMPARE(m_translations.install(QLocale(QLocale::French, QLocale::France)),
             QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    // Reinstalling replaces: German after French is German only.
    QCOMPARE(m_translations.install(kGerman), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(m_translations.install(QLocale::c()), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslations::pluralFormsInBothLanguages()
{
    const auto rows = [](int n) {
        return QCoreApplication::translate("CountText", "%Ln row(s)", nullptr, n);
    };
    QLocale::setDefault(kAmerican);
    QCOMPARE(m_translations.install(kAmerican), QStringLiteral("en"));
    QCOMPARE(rows(1), QStringLiteral("1 row"));
    QCOMPARE(rows(1000), QStringLiteral("1,000 rows"));
    QLocale::setDefault(kGerman);
    QCOMPARE(m_translations.install(kGerman), QStringLiteral("de"));
    QCOMPARE(rows(1), QStringLiteral("1 Zeile"));
    QCOMPARE(rows(1000), QStringLiteral("1.000 Zeilen"));
}

void TestTranslations::missingFolderLeavesTheSourceTexts()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    QCOMPARE(m_translations.install(kGerman, empty.path()), QString());
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    QVERIFY(!m_translations.hasQtTranslation());
}

void TestTranslations::timesFollowTheLocale()
{
    const QDateTime at(QDate(2026, 11, 27), QTime(16, 30, 5), QTimeZone::utc());
    QLocale::setDefault(QLocale::c());
    QCOMPARE(LocaleFormat::dateTime(at), QStringLiteral("2026-11-27 16:30:05"));
    QCOMPARE(LocaleFormat::dateTime(at, LocaleFormat::Seconds::Hide),
             QStringLiteral("2026-11-27 16:30"));
    QLocale::setDefault(kGerman);
    QCOMPARE(LocaleFormat::dateTime(at), QStringLiteral("27.11.2026 16:30:05"));
    QCOMPARE(LocaleFormat::withPattern(at, QStringLiteral("dddd")), QStringLiteral("Freitag"));
    QLocale::setDefault(kAmerican);
    QCOMPARE(LocaleFormat::dateTime(at), QStringLiteral("11/27/2026 4:30:05 PM"));
    QCOMPARE(LocaleFormat::time(at, LocaleFormat::Seconds::Hide), QStringLiteral("4:30 PM"));
}

// A day on the timeline's axis: "Nov 27" in English, "27. Nov." in German
// (the pattern itself is translated, the month name is the locale's).
void TestTranslations::axisDaysInTheWindowsLanguage()
{
    const qint64 from =
        QDateTime(QDate(2026, 11, 20), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 to = from + qint64(10) * 24 * 3600 * 1000;
    const auto labels = [&] {
        QStringList all;
        const QList<TimeTicks::Tick> ticks = TimeTicks::ticks(from, to, 12);
        for (const TimeTicks::Tick &tick : ticks)
            all.append(tick.label);
        return all;
    };
    QCOMPARE(m_translations.install(kGerman), QStringLiteral("de"));
    QLocale::setDefault(kGerman);
    QVERIFY2(labels().contains(QStringLiteral("27. Nov.")), qPrintable(labels().join(u'|')));
    m_translations.install(kAmerican);
    QLocale::setDefault(kAmerican);
    QVERIFY2(labels().contains(QStringLiteral("Nov 27")), qPrintable(labels().join(u'|')));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
