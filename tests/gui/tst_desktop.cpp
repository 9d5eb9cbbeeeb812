// Desktop look and feel: the icons compiled into the binary, the status
// icons, the light and dark themes and run notifications, all offscreen.

#include "core/domain/run.h"
#include "ui/common/aboutdialog.h"
#include "ui/common/icons.h"
#include "ui/common/statusstyle.h"
#include "ui/common/themecontroller.h"
#include "ui/common/traynotifier.h"

#include <QApplication>
#include <QDirIterator>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QSignalSpy>
#include <QStyle>
#include <QSvgRenderer>
#include <QTest>

#include <algorithm>
#include <array>
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

// Every status and Unknown, each of which has its own icon.
QList<RunStatus> everyStatus()
{
    QList<RunStatus> all = knownRunStatuses();
    all.append(RunStatus::Unknown);
    return all;
}

// Colour science for the status colours: sRGB to CIE Lab (D65), the
// CIEDE2000 difference, and colour-vision deficiencies simulated with the
// matrices of Machado, Oliveira & Fernandes 2009 at severity 1.0 (full
// dichromacy), applied to linear RGB.
using Matrix = std::array<std::array<double, 3>, 3>;
const Matrix kProtanopia{{{0.152286, 1.052583, -0.204868},
                          {0.114503, 0.786281, 0.099216},
                          {-0.003882, -0.048116, 1.051998}}};
const Matrix kDeuteranopia{{{0.367322, 0.860646, -0.227968},
                            {0.280085, 0.672501, 0.047413},
                            {-0.011820, 0.042940, 0.968881}}};
const Matrix kTritanopia{{{1.255528, -0.076749, -0.178779},
                          {-0.078411, 0.930809, 0.147602},
                          {0.004733, 0.691367, 0.303900}}};

struct Lab
{
    double l;
    double a;
    double b;
};

Lab toLab(const QColor &colour, const Matrix *deficiency = nullptr)
{
    const auto linear = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    std::array<double, 3> rgb{linear(colour.redF()), linear(colour.greenF()),
                              linear(colour.blueF())};
    if (deficiency) {
        std::array<double, 3> seen{};
        for (int i = 0; i < 3; ++i) {
            const auto &row = (*deficiency)[i];
            seen[i] = std::clamp(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2], 0.0, 1.0);
        }
        rgb = seen;
    }
    const double x = 0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2];
    const double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
    const double z = 0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2];
    const auto f = [](double t) {
        return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
    };
    const double fx = f(x / 0.95047);
    const double fy = f(y);
    const double fz = f(z / 1.08883);
    return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

// CIEDE2000 (Sharma, Wu & Dalal 2005).
double ciede2000(const Lab &p, const Lab &q)
{
    constexpr double kPi = 3.14159265358979323846;
    const auto rad = [](double degrees) { return degrees * kPi / 180; };
    const auto pow7 = [](double v) { return std::pow(v, 7); };
    const double cBar = (std::hypot(p.a, p.b) + std::hypot(q.a, q.b)) / 2;
    const double g = 0.5 * (1 - std::sqrt(pow7(cBar) / (pow7(cBar) + pow7(25))));
    const double a1 = (1 + g) * p.a;
    const double a2 = (1 + g) * q.a;
    const double c1 = std::hypot(a1, p.b);
    const double c2 = std::hypot(a2, q.b);
    const auto hue = [&](double b, double a) {
        const double h = std::atan2(b, a) * 180 / kPi;
        return h < 0 ? h + 360 : h;
    };
    const double h1 = hue(p.b, a1);
    const double h2 = hue(q.b, a2);
    const double dL = q.l - p.l;
    const double dC = c2 - c1;
    double dh = 0;
    if (c1 * c2 != 0) {
        dh = h2 - h1;
        if (dh > 180)
            dh -= 360;
        else if (dh < -180)
            dh += 360;
    }
    const double dH = 2 * std::sqrt(c1 * c2) * std::sin(rad(dh / 2));
    const double lBar = (p.l + q.l) / 2;
    const double cBarP = (c1 + c2) / 2;
    double hBar = h1 + h2;
    if (c1 * c2 != 0) {
        if (std::abs(h1 - h2) <= 180)
            hBar = (h1 + h2) / 2;
        else
            hBar = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
    }
    const double t = 1 - 0.17 * std::cos(rad(hBar - 30)) + 0.24 * std::cos(rad(2 * hBar)) +
                     0.32 * std::cos(rad(3 * hBar + 6)) - 0.20 * std::cos(rad(4 * hBar - 63));
    const double dTheta = 30 * std::exp(-std::pow((hBar - 275) / 25, 2));
    const double rc = 2 * std::sqrt(pow7(cBarP) / (pow7(cBarP) + pow7(25)));
    const double sl = 1 + 0.015 * std::pow(lBar - 50, 2) / std::sqrt(20 + std::pow(lBar - 50, 2));
    const double sc = 1 + 0.045 * cBarP;
    const double sh = 1 + 0.015 * cBarP * t;
    const double rt = -std::sin(rad(2 * dTheta)) * rc;
    return std::sqrt(std::pow(dL / sl, 2) + std::pow(dC / sc, 2) + std::pow(dH / sh, 2) +
                     rt * (dC / sc) * (dH / sh));
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

    void aboutNamesTheVersionsAndLicences();

    void everyIconTheWindowNeedsIsThere();
    void resourceIconRenders_data();
    void resourceIconRenders();
    void unknownIconNameIsNull();
    void monochromeIconsFollowThePalette();
    void disabledIconsFade();

    void statusIconPerStatus();
    void statusIconsDifferBetweenStatuses();
    void ciede2000MatchesPublishedPairs();
    void statusColoursAreDistinguishable_data();
    void statusColoursAreDistinguishable();
    void statusColoursReadOnBothThemes();

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
        QStringLiteral("edit"),
        QStringLiteral("export"),
        QStringLiteral("filter"),
        QStringLiteral("search"),
        QStringLiteral("bell"),
        QStringLiteral("runboard"),
        QStringLiteral("status-created"),
        QStringLiteral("status-queued"),
        QStringLiteral("status-scheduled"),
        QStringLiteral("status-unknown"),
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
    QVERIFY(rows >= 29);
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
    QCOMPARE(statuses.size(), 10);
    QStringList names;
    QList<qint64> keys;
    QStringList labels;
    for (const RunStatus status : everyStatus()) {
        const QIcon icon = StatusStyle::icon(status);
        const QString label = StatusStyle::label(status);
        QVERIFY2(!icon.isNull(), qPrintable(label));
        // Its own drawing, built once.
        const QString name = StatusStyle::iconName(status);
        QVERIFY2(Icons::names().contains(name), qPrintable(name));
        QCOMPARE(icon.cacheKey(), Icons::get(name).cacheKey());
        QVERIFY2(!names.contains(name), qPrintable(name));
        QVERIFY2(!keys.contains(icon.cacheKey()), qPrintable(name));
        QVERIFY2(!labels.contains(label), qPrintable(label));
        names.append(name);
        keys.append(icon.cacheKey());
        labels.append(label);
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

void TestDesktop::statusIconsDifferBetweenStatuses()
{
    const QList<RunStatus> all = everyStatus();
    for (int i = 0; i < all.size(); ++i) {
        for (int j = i + 1; j < all.size(); ++j) {
            const QImage a = render(StatusStyle::icon(all.at(i)), 32);
            const QImage b = render(StatusStyle::icon(all.at(j)), 32);
            const QString pair =
                StatusStyle::label(all.at(i)) + QLatin1Char('/') + StatusStyle::label(all.at(j));
            QVERIFY2(a != b, qPrintable(pair));
            // Colour is not the only cue: with hue taken away, the shapes
            // and glyphs still tell every status apart.
            QVERIFY2(shapeOf(a) != shapeOf(b), qPrintable(pair));
        }
    }
}

void TestDesktop::ciede2000MatchesPublishedPairs()
{
    // Pairs 1, 7 and 17 of Sharma, Wu & Dalal's test data.
    QVERIFY(qAbs(ciede2000({50, 2.6772, -79.7751}, {50, 0, -82.7485}) - 2.0425) < 1e-4);
    QVERIFY(qAbs(ciede2000({50, 0, 0}, {50, -1, 2}) - 2.3669) < 1e-4);
    QVERIFY(qAbs(ciede2000({50, 2.5, 0}, {73, 25, -18}) - 27.1492) < 1e-4);
    // sRGB white and black.
    const Lab white = toLab(Qt::white);
    QVERIFY(qAbs(white.l - 100) < 0.01 && qAbs(white.a) < 0.01 && qAbs(white.b) < 0.01);
    QVERIFY(qAbs(toLab(Qt::black).l) < 0.01);
}

void TestDesktop::statusColoursAreDistinguishable_data()
{
    QTest::addColumn<int>("vision");
    QTest::addColumn<double>("minimum");
    // CIEDE2000 ~2.3 is a just-noticeable difference; 20 tells categories
    // apart at a glance, 10 still does for a dichromat.
    QTest::newRow("normal vision") << 0 << 20.0;
    QTest::newRow("protanopia") << 1 << 10.0;
    QTest::newRow("deuteranopia") << 2 << 10.0;
    QTest::newRow("tritanopia") << 3 << 10.0;
}

void TestDesktop::statusColoursAreDistinguishable()
{
    QFETCH(int, vision);
    QFETCH(double, minimum);
    const std::array<const Matrix *, 4> matrices{nullptr, &kProtanopia, &kDeuteranopia,
                                                 &kTritanopia};
    const QList<RunStatus> all = everyStatus();
    // The colours are the same whichever theme is on; switch anyway, so a
    // palette-dependent colour would be caught in both.
    for (const QPalette &palette :
         {ThemeController::lightPalette(), ThemeController::darkPalette()}) {
        QApplication::setPalette(palette);
        for (int i = 0; i < all.size(); ++i) {
            for (int j = i + 1; j < all.size(); ++j) {
                const QColor a = StatusStyle::color(all.at(i));
                const QColor b = StatusStyle::color(all.at(j));
                const double distance =
                    ciede2000(toLab(a, matrices.at(vision)), toLab(b, matrices.at(vision)));
                QVERIFY2(distance >= minimum,
                         qPrintable(QStringLiteral("%1 %2 / %3 %4: %5")
                                        .arg(StatusStyle::label(all.at(i)), a.name(),
                                             StatusStyle::label(all.at(j)), b.name())
                                        .arg(distance, 0, 'f', 1)));
            }
        }
    }
}

void TestDesktop::statusColoursReadOnBothThemes()
{
    // A bar or band of each status stands out from the chart's background
    // in the light and in the dark palette.
    for (const QPalette &palette :
         {ThemeController::lightPalette(), ThemeController::darkPalette()}) {
        for (const QPalette::ColorRole role : {QPalette::Base, QPalette::Window}) {
            for (const RunStatus status : everyStatus()) {
                const double ratio = contrast(StatusStyle::color(status), palette.color(role));
                QVERIFY2(ratio >= 1.5,
                         qPrintable(QStringLiteral("%1 on %2: %3")
                                        .arg(StatusStyle::label(status), palette.color(role).name())
                                        .arg(ratio, 0, 'f', 2)));
            }
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

void TestDesktop::aboutNamesTheVersionsAndLicences()
{
    AboutDialog dialog;
    const QString text = AboutDialog::versionsText();
    // The version CMake's project() gives, and nothing else.
    QVERIFY2(text.startsWith(QStringLiteral("Runboard " RUNBOARD_VERSION "\n")), qPrintable(text));
    QVERIFY2(
        text.contains(
            QStringLiteral("Qt %1 (built with " QT_VERSION_STR ")").arg(QLatin1String(qVersion()))),
        qPrintable(text));
    for (const char *component : {"QtKeychain ", "libxlsxwriter 1.", "BSD-3-Clause", "BSD-2-Clause",
                                  "LGPL-3.0-only", "Public domain", "Zlib"})
        QVERIFY2(text.contains(QLatin1String(component)), component);
    // Every version shown in the dialog's table is in the copied text too.
    const auto *table = dialog.findChild<QLabel *>(QStringLiteral("aboutComponents"));
    QVERIFY(table);
    QVERIFY(table->text().contains(QLatin1String(qVersion())));
    QVERIFY(!table->text().contains(QLatin1String("<td></td><td>BSD-3-Clause")));
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
