// Desktop look and feel: the icons compiled into the binary, the status
// icons, the light and dark themes and run notifications, all offscreen.

#include "core/domain/run.h"
#include "ui/common/icons.h"
#include "ui/common/statusstyle.h"
#include "ui/common/themecontroller.h"
#include "ui/common/traynotifier.h"

#include <QApplication>
#include <QDirIterator>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QSignalSpy>
#include <QStyle>
#include <QSvgRenderer>
#include <QTest>

#include <algorithm>
#include <cmath>

Q_DECLARE_METATYPE(RunStatus)
Q_DECLARE_METATYPE(QSystemTrayIcon::MessageIcon)

namespace {

QImage render(const QIcon &icon, int size, qreal dpr = 1.0, QIcon::Mode mode = QIcon::Normal)
{
    return icon.pixmap(QSize(size, size), dpr, mode)
        .toImage()
        .convertToFormat(QImage::Format_ARGB32);
}

int visiblePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 64 ? 1 : 0;
    return count;
}

// Pixels, nearly opaque, within a few steps of `color` in every channel.
int pixelsNear(const QImage &image, const QColor &color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (qAlpha(p) > 240 && std::abs(qRed(p) - color.red()) <= 6 &&
                std::abs(qGreen(p) - color.green()) <= 6 && std::abs(qBlue(p) - color.blue()) <= 6)
                ++count;
        }
    }
    return count;
}

// Mean lightness of the visible pixels, weighted by their opacity.
double meanLightness(const QImage &image)
{
    double sum = 0;
    double weight = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            sum += QColor::fromRgba(p).lightness() * qAlpha(p);
            weight += qAlpha(p);
        }
    }
    return weight > 0 ? sum / weight : -1;
}

// The icon as a colour-blind reader sees its outline: each pixel is
// transparent, white (a glyph cut out of a filled shape) or ink of any hue.
QImage shapeOf(const QImage &image)
{
    QImage shape(image.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = shape.scanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            const bool white = qRed(p) > 230 && qGreen(p) > 230 && qBlue(p) > 230;
            line[x] = qAlpha(p) < 128 ? 0 : white ? 255 : 128;
        }
    }
    return shape;
}

// WCAG 2 contrast ratio.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString family(RunStatus status)
{
    switch (status) {
    case RunStatus::Created:
    case RunStatus::Queued:
    case RunStatus::Scheduled:
    case RunStatus::Unknown:
        return QStringLiteral("waiting");
    case RunStatus::Running:
        return QStringLiteral("running");
    case RunStatus::Blocked:
        return QStringLiteral("blocked");
    case RunStatus::Stopped:
        return QStringLiteral("stopped");
    case RunStatus::Succeeded:
        return QStringLiteral("succeeded");
    case RunStatus::PartialSucceeded:
        return QStringLiteral("partial");
    case RunStatus::Failed:
        return QStringLiteral("failed");
    case RunStatus::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

Run runNamed(const QString &name, RunStatus status)
{
    Run run;
    run.uid = QStringLiteral("run-uid-1");
    run.name = name;
    run.status = status;
    run.statusText = QString(toApiString(status));
    return run;
}

} // namespace

class TestDesktop final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void everyIconTheWindowNeedsIsThere();
    void resourceIconRenders_data();
    void resourceIconRenders();
    void unknownIconNameIsNull();
    void monochromeIconsFollowThePalette();
    void disabledIconsFade();

    void statusIconPerStatus();
    void statusIconsDifferBetweenFamilies();

    void darkAndLightPalettes();
    void palettesAreReadable_data();
    void palettesAreReadable();
    void systemFollowsThePalette();
    void themeIds();

    void trayMessages_data();
    void trayMessages();
    void trayBodyFallsBackAndExplains();
    void notifierWithoutTray();
};

void TestDesktop::cleanup()
{
    QApplication::setPalette(QPalette());
}

void TestDesktop::everyIconTheWindowNeedsIsThere()
{
    const QStringList names = Icons::names();
    const QStringList required = {
        QStringLiteral("refresh"),
        QStringLiteral("pause"),
        QStringLiteral("play"),
        QStringLiteral("continue"),
        QStringLiteral("cancel"),
        QStringLiteral("copy"),
        QStringLiteral("copy-curl"),
        QStringLiteral("connection"),
        QStringLiteral("settings"),
        QStringLiteral("timeline"),
        QStringLiteral("runs"),
        QStringLiteral("schedules"),
        QStringLiteral("detail"),
        QStringLiteral("export"),
        QStringLiteral("filter"),
        QStringLiteral("search"),
        QStringLiteral("bell"),
        QStringLiteral("runboard"),
        QStringLiteral("status-waiting"),
        QStringLiteral("status-running"),
        QStringLiteral("status-blocked"),
        QStringLiteral("status-stopped"),
        QStringLiteral("status-succeeded"),
        QStringLiteral("status-partial"),
        QStringLiteral("status-failed"),
        QStringLiteral("status-invalid"),
    };
    for (const QString &name : required)
        QVERIFY2(names.contains(name), qPrintable(name));
}

void TestDesktop::resourceIconRenders_data()
{
    QTest::addColumn<QString>("path");
    int rows = 0;
    QDirIterator it(QStringLiteral(":/icons"), QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::newRow(qPrintable(path)) << path;
        ++rows;
    }
    // Without this, a resource that failed to register would pass as an
    // empty table.
    QVERIFY(rows >= 26);
}

void TestDesktop::resourceIconRenders()
{
    QFETCH(QString, path);
    QVERIFY(path.endsWith(QLatin1String(".svg")));

    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    const bool appIcon = path == QLatin1String(":/icons/runboard.svg");
    if (!appIcon)
        QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 16, 16));

    // Once through Qt's own SVG icon engine, as QIcon(path) anywhere would,
    // and once through Icons.
    const QString name = path.mid(8).chopped(4);
    for (const QIcon &icon : {QIcon(path), Icons::get(name)}) {
        QVERIFY(!icon.isNull());
        for (const int size : {16, 64}) {
            for (const qreal dpr : {1.0, 2.0}) {
                const QImage image = render(icon, size, dpr);
                QCOMPARE(image.width(), qRound(size * dpr));
                // A glyph covers a good part of its box, not a few stray pixels.
                const int minimum = image.width() * image.height() / 20;
                QVERIFY2(visiblePixels(image) >= minimum,
                         qPrintable(QStringLiteral("%1 at %2px x%3: %4 visible pixels")
                                        .arg(path)
                                        .arg(size)
                                        .arg(dpr)
                                        .arg(visiblePixels(image))));
            }
        }
    }
}

void TestDesktop::unknownIconNameIsNull()
{
    QTest::ignoreMessage(QtWarningMsg, "no icon named \"no-such-icon\"");
    QVERIFY(Icons::get(QStringLiteral("no-such-icon")).isNull());
    QVERIFY(!Icons::get(QStringLiteral("refresh")).isNull());
    QCOMPARE(Icons::get(QStringLiteral("refresh")).cacheKey(),
             Icons::get(QStringLiteral("refresh")).cacheKey());
}

void TestDesktop::monochromeIconsFollowThePalette()
{
    const QIcon icon = Icons::get(QStringLiteral("refresh"));

    QApplication::setPalette(ThemeController::lightPalette());
    const double onLight = meanLightness(render(icon, 64));
    QApplication::setPalette(ThemeController::darkPalette());
    const double onDark = meanLightness(render(icon, 64));

    QVERIFY2(onLight >= 0 && onLight < 110, qPrintable(QString::number(onLight)));
    QVERIFY2(onDark > 150, qPrintable(QString::number(onDark)));

    // Coloured icons keep their colours whatever the palette.
    const QIcon status = StatusStyle::icon(RunStatus::Succeeded);
    QApplication::setPalette(ThemeController::lightPalette());
    const QImage statusOnLight = render(status, 32);
    QApplication::setPalette(ThemeController::darkPalette());
    QCOMPARE(render(status, 32), statusOnLight);
}

void TestDesktop::disabledIconsFade()
{
    const QIcon icon = Icons::get(QStringLiteral("play"));
    const QImage normal = render(icon, 32);
    const QImage disabled = render(icon, 32, 1.0, QIcon::Disabled);
    QVERIFY(visiblePixels(disabled) > 0);
    int maxNormal = 0;
    int maxDisabled = 0;
    for (int y = 0; y < 32; ++y) {
        for (int x = 0; x < 32; ++x) {
            maxNormal = std::max(maxNormal, qAlpha(normal.pixel(x, y)));
            maxDisabled = std::max(maxDisabled, qAlpha(disabled.pixel(x, y)));
        }
    }
    QVERIFY2(maxDisabled < maxNormal * 0.6,
             qPrintable(QStringLiteral("%1 vs %2").arg(maxDisabled).arg(maxNormal)));
}

void TestDesktop::statusIconPerStatus()
{
    const QList<RunStatus> statuses = knownRunStatuses();
    QVERIFY(statuses.size() >= 10);
    QList<RunStatus> all = statuses;
    all.append(RunStatus::Unknown);
    for (const RunStatus status : all) {
        const QIcon icon = StatusStyle::icon(status);
        const QString label = StatusStyle::label(status);
        QVERIFY2(!icon.isNull(), qPrintable(label));
        // Same family, same drawing, built once.
        QCOMPARE(icon.cacheKey(),
                 Icons::get(QStringLiteral("status-") + family(status)).cacheKey());
        // The drawing carries the status colour of StatusStyle::color, so
        // the table's icon and the charts' colours agree.
        const QImage image = render(icon, 64);
        QVERIFY2(pixelsNear(image, StatusStyle::color(status)) > 200,
                 qPrintable(QStringLiteral("%1: %2 pixels of %3")
                                .arg(label)
                                .arg(pixelsNear(image, StatusStyle::color(status)))
                                .arg(StatusStyle::color(status).name())));
    }
}

void TestDesktop::statusIconsDifferBetweenFamilies()
{
    const QList<RunStatus> representatives = {
        RunStatus::Queued,    RunStatus::Running,          RunStatus::Blocked, RunStatus::Stopped,
        RunStatus::Succeeded, RunStatus::PartialSucceeded, RunStatus::Failed,  RunStatus::Invalid,
    };
    for (int i = 0; i < representatives.size(); ++i) {
        for (int j = i + 1; j < representatives.size(); ++j) {
            const QImage a = render(StatusStyle::icon(representatives.at(i)), 32);
            const QImage b = render(StatusStyle::icon(representatives.at(j)), 32);
            QVERIFY2(a != b, qPrintable(family(representatives.at(i)) + QLatin1Char('/') +
                                        family(representatives.at(j))));
            // Colour is not the only cue: with hue taken away, the shapes
            // and glyphs still tell the families apart.
            QVERIFY2(shapeOf(a) != shapeOf(b),
                     qPrintable(family(representatives.at(i)) + QLatin1Char('/') +
                                family(representatives.at(j))));
        }
    }
}

void TestDesktop::darkAndLightPalettes()
{
    ThemeController controller;
    QSignalSpy changed(&controller, &ThemeController::themeChanged);

    controller.setTheme(ThemeController::Theme::Dark);
    QCOMPARE(changed.size(), 1);
    QVERIFY(controller.isDark());
    QCOMPARE(controller.themeId(), QStringLiteral("dark"));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QPalette palette = QApplication::palette();
    QVERIFY(palette.color(QPalette::Window).lightness() < 80);
    QVERIFY(palette.color(QPalette::Base).lightness() < 80);
    QVERIFY(palette.color(QPalette::WindowText).lightness() > 200);
    QVERIFY(palette.color(QPalette::Text).lightness() > 200);

    // Choosing the same theme again is no change.
    controller.setTheme(ThemeController::Theme::Dark);
    QCOMPARE(changed.size(), 1);

    controller.setTheme(ThemeController::Theme::Light);
    QCOMPARE(changed.size(), 2);
    QVERIFY(!controller.isDark());
    palette = QApplication::palette();
    QVERIFY(palette.color(QPalette::Window).lightness() > 200);
    QVERIFY(palette.color(QPalette::Base).lightness() > 200);
    QVERIFY(palette.color(QPalette::WindowText).lightness() < 80);
    QVERIFY(palette.color(QPalette::Text).lightness() < 80);

    // A widget created now gets the theme too.
    QWidget widget;
    QCOMPARE(widget.palette().color(QPalette::Window), palette.color(QPalette::Window));

    // Back to the system: the palette is the platform's again.
    controller.setTheme(ThemeController::Theme::System);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             QApplication::style()->standardPalette().color(QPalette::Window));
}

void TestDesktop::palettesAreReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << ThemeController::lightPalette();
    QTest::newRow("dark") << ThemeController::darkPalette();
}

void TestDesktop::palettesAreReadable()
{
    QFETCH(QPalette, palette);
    struct Pair
    {
        QPalette::ColorRole foreground;
        QPalette::ColorRole background;
        double minimum;
    };
    // WCAG AA: 4.5:1 for text; the highlight carries text too.
    const Pair pairs[] = {
        {QPalette::WindowText, QPalette::Window, 7.0},
        {QPalette::Text, QPalette::Base, 7.0},
        {QPalette::Text, QPalette::AlternateBase, 7.0},
        {QPalette::ButtonText, QPalette::Button, 7.0},
        {QPalette::ToolTipText, QPalette::ToolTipBase, 7.0},
        {QPalette::HighlightedText, QPalette::Highlight, 4.5},
        {QPalette::Link, QPalette::Base, 4.5},
        {QPalette::LinkVisited, QPalette::Base, 4.5},
        {QPalette::PlaceholderText, QPalette::Base, 4.5},
    };
    for (const Pair &pair : pairs) {
        const double ratio =
            contrast(palette.color(pair.foreground), palette.color(pair.background));
        QVERIFY2(ratio >= pair.minimum, qPrintable(QStringLiteral("roles %1 on %2: %3")
                                                       .arg(int(pair.foreground))
                                                       .arg(int(pair.background))
                                                       .arg(ratio, 0, 'f', 2)));
    }
    // Disabled text is set apart from enabled text.
    QVERIFY(palette.color(QPalette::Disabled, QPalette::Text) !=
            palette.color(QPalette::Active, QPalette::Text));
}

void TestDesktop::systemFollowsThePalette()
{
    ThemeController controller;
    controller.setTheme(ThemeController::Theme::System);
    QSignalSpy changed(&controller, &ThemeController::themeChanged);

    // Stand-in for the desktop switching to dark: the application palette
    // changes under a controller that follows the system.
    QApplication::setPalette(ThemeController::darkPalette());
    QTRY_VERIFY(controller.isDark());
    QCOMPARE(changed.size(), 1);

    QApplication::setPalette(ThemeController::lightPalette());
    QTRY_VERIFY(!controller.isDark());
    QCOMPARE(changed.size(), 2);

    // A platform theme change is looked at too; nothing changed, no signal.
    QWidget window;
    QEvent themeChange(QEvent::ThemeChange);
    QApplication::sendEvent(&window, &themeChange);
    QTest::qWait(20);
    QCOMPARE(changed.size(), 2);

    // An explicit choice is not overridden by the platform.
    controller.setTheme(ThemeController::Theme::Light);
    QCOMPARE(changed.size(), 3);
    QApplication::setPalette(ThemeController::darkPalette());
    QTest::qWait(20);
    QVERIFY(!controller.isDark());
    QCOMPARE(changed.size(), 3);
}

void TestDesktop::themeIds()
{
    using Theme = ThemeController::Theme;
    for (const Theme theme : {Theme::System, Theme::Light, Theme::Dark})
        QCOMPARE(ThemeController::themeFromId(ThemeController::themeId(theme)), theme);
    QCOMPARE(ThemeController::themeFromId(QStringLiteral("solarized")), Theme::System);
    QCOMPARE(ThemeController::themeFromId(QString()), Theme::System);

    ThemeController controller;
    controller.setThemeId(QStringLiteral("dark"));
    QCOMPARE(controller.theme(), Theme::Dark);
    controller.setThemeId(QStringLiteral("nonsense"));
    QCOMPARE(controller.theme(), Theme::System);
    QCOMPARE(controller.themeId(), QStringLiteral("system"));
}

void TestDesktop::trayMessages_data()
{
    QTest::addColumn<RunStatus>("status");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QSystemTrayIcon::MessageIcon>("icon");

    QTest::newRow("succeeded") << RunStatus::Succeeded << QStringLiteral("Run succeeded")
                               << QStringLiteral("Run “Weekly leads” succeeded")
                               << QSystemTrayIcon::Information;
    QTest::newRow("partial") << RunStatus::PartialSucceeded
                             << QStringLiteral("Run partially succeeded")
                             << QStringLiteral("Run “Weekly leads” partially succeeded")
                             << QSystemTrayIcon::Warning;
    QTest::newRow("failed") << RunStatus::Failed << QStringLiteral("Run failed")
                            << QStringLiteral("Run “Weekly leads” failed")
                            << QSystemTrayIcon::Critical;
    QTest::newRow("invalid") << RunStatus::Invalid << QStringLiteral("Run invalid")
                             << QStringLiteral("Run “Weekly leads” is invalid")
                             << QSystemTrayIcon::Critical;
    QTest::newRow("blocked") << RunStatus::Blocked << QStringLiteral("Run blocked")
                             << QStringLiteral("Run “Weekly leads” is blocked and needs attention")
                             << QSystemTrayIcon::Warning;
    QTest::newRow("stopped") << RunStatus::Stopped << QStringLiteral("Run stopped")
                             << QStringLiteral("Run “Weekly leads” was stopped")
                             << QSystemTrayIcon::Information;
    QTest::newRow("running") << RunStatus::Running << QStringLiteral("Run running")
                             << QStringLiteral("Run “Weekly leads” is running")
                             << QSystemTrayIcon::Information;
    QTest::newRow("queued") << RunStatus::Queued << QStringLiteral("Run updated")
                            << QStringLiteral("Run “Weekly leads” is queued")
                            << QSystemTrayIcon::Information;
}

void TestDesktop::trayMessages()
{
    QFETCH(RunStatus, status);
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(QSystemTrayIcon::MessageIcon, icon);

    const Run run = runNamed(QStringLiteral("Weekly leads"), status);
    QCOMPARE(TrayNotifier::messageTitle(status), title);
    QCOMPARE(TrayNotifier::messageBody(run), body);
    QCOMPARE(TrayNotifier::messageIcon(status), icon);
}

void TestDesktop::trayBodyFallsBackAndExplains()
{
    Run run = runNamed(QString(), RunStatus::Succeeded);
    QCOMPARE(TrayNotifier::messageBody(run), QStringLiteral("Run “run-uid-1” succeeded"));
    run.uid.clear();
    QCOMPARE(TrayNotifier::messageBody(run), QStringLiteral("Run “(unnamed)” succeeded"));

    run = runNamed(QStringLiteral("Leads"), RunStatus::Failed);
    ErrorBody error;
    error.message = QStringLiteral("Quota exceeded ");
    run.lastError = error;
    QCOMPARE(TrayNotifier::messageBody(run), QStringLiteral("Run “Leads” failed: Quota exceeded"));
    // A success does not repeat an old error.
    run.status = RunStatus::Succeeded;
    QCOMPARE(TrayNotifier::messageBody(run), QStringLiteral("Run “Leads” succeeded"));

    // A status this build does not know is shown as the server sent it.
    run = runNamed(QStringLiteral("Leads"), RunStatus::Unknown);
    run.statusText = QStringLiteral("ARCHIVED");
    QCOMPARE(TrayNotifier::messageBody(run), QStringLiteral("Run “Leads” changed to ARCHIVED"));
    QCOMPARE(TrayNotifier::messageIcon(RunStatus::Unknown), QSystemTrayIcon::Information);
}

void TestDesktop::notifierWithoutTray()
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        QSKIP("This platform has a tray; the test is about running without one.");

    TrayNotifier notifier;
    QSignalSpy shown(&notifier, &TrayNotifier::messageShown);
    QVERIFY(!notifier.isAvailable());
    QVERIFY(notifier.trayIcon() == nullptr);
    QVERIFY(notifier.isEnabled());

    notifier.runFinished(runNamed(QStringLiteral("Leads"), RunStatus::Failed));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).at(0).toString(), QStringLiteral("Run failed"));
    QCOMPARE(shown.at(0).at(1).toString(), QStringLiteral("Run “Leads” failed"));
    QCOMPARE(notifier.notificationCount(), 1);
    QCOMPARE(notifier.lastTitle(), QStringLiteral("Run failed"));
    QCOMPARE(notifier.lastBody(), QStringLiteral("Run “Leads” failed"));

    notifier.setEnabled(false);
    notifier.runFinished(runNamed(QStringLiteral("Other"), RunStatus::Succeeded));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(notifier.notificationCount(), 1);

    notifier.setEnabled(true);
    notifier.runFinished(runNamed(QStringLiteral("Other"), RunStatus::Succeeded));
    QCOMPARE(shown.size(), 2);
    QCOMPARE(notifier.lastBody(), QStringLiteral("Run “Other” succeeded"));
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
