#include "ui/common/themecontroller.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>
#include <QToolTip>

namespace {

struct Roles
{
    QColor window, windowText, base, alternateBase, toolTipBase, toolTipText, placeholder, text,
        button, buttonText, brightText, light, midlight, mid, dark, shadow, highlight,
        highlightedText, link, linkVisited, disabledText, disabledBase, disabledHighlight;
};

QPalette paletteFrom(const Roles &r)
{
    QPalette p;
    const auto all = [&p](QPalette::ColorRole role, const QColor &color) {
        p.setColor(QPalette::All, role, color);
    };
    all(QPalette::Window, r.window);
    all(QPalette::WindowText, r.windowText);
    all(QPalette::Base, r.base);
    all(QPalette::AlternateBase, r.alternateBase);
    all(QPalette::ToolTipBase, r.toolTipBase);
    all(QPalette::ToolTipText, r.toolTipText);
    all(QPalette::PlaceholderText, r.placeholder);
    all(QPalette::Text, r.text);
    all(QPalette::Button, r.button);
    all(QPalette::ButtonText, r.buttonText);
    all(QPalette::BrightText, r.brightText);
    all(QPalette::Light, r.light);
    all(QPalette::Midlight, r.midlight);
    all(QPalette::Mid, r.mid);
    all(QPalette::Dark, r.dark);
    all(QPalette::Shadow, r.shadow);
    all(QPalette::Highlight, r.highlight);
    all(QPalette::HighlightedText, r.highlightedText);
    all(QPalette::Link, r.link);
    all(QPalette::LinkVisited, r.linkVisited);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, r.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, r.disabledBase);
    p.setColor(QPalette::Disabled, QPalette::Highlight, r.disabledHighlight);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, r.disabledText);
    return p;
}

// The platform's own look, taken the first time a controller exists: a
// later window's controller would otherwise take an earlier choice of
// Light or Dark for the system's.
struct SystemLook
{
    QString style;
    QPalette toolTips;
};

const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QToolTip::palette()};
    return look;
}

} // namespace

ThemeController::ThemeController(QObject *parent)
    : QObject(parent)
    , m_dark(isDarkPalette(QApplication::palette()))
    , m_systemStyle(systemLook().style)
    , m_systemToolTipPalette(systemLook().toolTips)
{
    // On the application object the filter sees the palette change sent to
    // the application and the theme change sent to each window.
    qApp->installEventFilter(this);
}

ThemeController::~ThemeController() = default;

void ThemeController::setTheme(Theme theme)
{
    if (theme == m_theme && m_applied)
        return;
    m_theme = theme;
    apply();
}

QString ThemeController::themeId() const
{
    return themeId(m_theme);
}

void ThemeController::setThemeId(const QString &id)
{
    setTheme(themeFromId(id));
}

QString ThemeController::themeId(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeController::Theme ThemeController::themeFromId(const QString &id)
{
    if (id == QLatin1String("light"))
        return Theme::Light;
    if (id == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

bool ThemeController::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128;
}

QPalette ThemeController::lightPalette()
{
    // Text 15:1 on base, highlight and links above 4.5:1 (WCAG AA).
    return paletteFrom({
        .window = QColor(0xf3, 0xf3, 0xf3),
        .windowText = QColor(0x1f, 0x1f, 0x1f),
        .base = QColor(0xff, 0xff, 0xff),
        .alternateBase = QColor(0xf5, 0xf7, 0xfa),
        .toolTipBase = QColor(0xff, 0xff, 0xe8),
        .toolTipText = QColor(0x1f, 0x1f, 0x1f),
        .placeholder = QColor(0x6b, 0x6b, 0x6b),
        .text = QColor(0x1f, 0x1f, 0x1f),
        .button = QColor(0xf0, 0xf0, 0xf0),
        .buttonText = QColor(0x1f, 0x1f, 0x1f),
        .brightText = QColor(0xff, 0xff, 0xff),
        .light = QColor(0xff, 0xff, 0xff),
        .midlight = QColor(0xe3, 0xe3, 0xe3),
        .mid = QColor(0xb8, 0xb8, 0xb8),
        .dark = QColor(0x9f, 0x9f, 0x9f),
        .shadow = QColor(0x76, 0x76, 0x76),
        .highlight = QColor(0x2f, 0x6f, 0xd0),
        .highlightedText = QColor(0xff, 0xff, 0xff),
        .link = QColor(0x1a, 0x5f, 0xb4),
        .linkVisited = QColor(0x75, 0x3b, 0xb0),
        .disabledText = QColor(0x9a, 0x9a, 0x9a),
        .disabledBase = QColor(0xf3, 0xf3, 0xf3),
        .disabledHighlight = QColor(0xc4, 0xc4, 0xc4),
    });
}

QPalette ThemeController::darkPalette()
{
    // Not black: a soft charcoal keeps the status colours and the charts
    // readable and avoids halos around light text.
    return paletteFrom({
        .window = QColor(0x2b, 0x2d, 0x30),
        .windowText = QColor(0xe6, 0xe6, 0xe6),
        .base = QColor(0x1e, 0x1f, 0x22),
        .alternateBase = QColor(0x26, 0x28, 0x2b),
        .toolTipBase = QColor(0x3c, 0x3f, 0x41),
        .toolTipText = QColor(0xe6, 0xe6, 0xe6),
        .placeholder = QColor(0x9a, 0xa0, 0xa6),
        .text = QColor(0xe6, 0xe6, 0xe6),
        .button = QColor(0x35, 0x37, 0x3a),
        .buttonText = QColor(0xe6, 0xe6, 0xe6),
        .brightText = QColor(0xff, 0xff, 0xff),
        .light = QColor(0x50, 0x53, 0x57),
        .midlight = QColor(0x40, 0x42, 0x46),
        .mid = QColor(0x2f, 0x31, 0x34),
        .dark = QColor(0x1a, 0x1b, 0x1d),
        .shadow = QColor(0x0f, 0x0f, 0x10),
        .highlight = QColor(0x2f, 0x6f, 0xd0),
        .highlightedText = QColor(0xff, 0xff, 0xff),
        .link = QColor(0x6c, 0xb4, 0xff),
        .linkVisited = QColor(0xc3, 0x9c, 0xf0),
        .disabledText = QColor(0x7c, 0x7f, 0x83),
        .disabledBase = QColor(0x2b, 0x2d, 0x30),
        .disabledHighlight = QColor(0x4a, 0x4d, 0x51),
    });
}

void ThemeController::apply()
{
    m_applying = true;
    if (m_theme == Theme::System) {
        if (QApplication::style()->name() != m_systemStyle)
            QApplication::setStyle(m_systemStyle);
        // An empty palette resolves to the platform's own again.
        QApplication::setPalette(QPalette());
        QToolTip::setPalette(m_systemToolTipPalette);
    } else {
        // Fusion is the one built-in style that paints every role of the
        // palette; native styles would ignore half of a dark palette.
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive))
            QApplication::setStyle(QStringLiteral("Fusion"));
        const QPalette palette = m_theme == Theme::Dark ? darkPalette() : lightPalette();
        QApplication::setPalette(palette);
        QToolTip::setPalette(palette);
    }
    m_applying = false;
    m_applied = true;
    m_dark = isDarkPalette(QApplication::palette());
    emit themeChanged();
}

void ThemeController::recheckSystem()
{
    m_recheckQueued = false;
    if (m_theme != Theme::System)
        return;
    const bool dark = isDarkPalette(QApplication::palette());
    if (dark == m_dark)
        return;
    m_dark = dark;
    emit themeChanged();
}

bool ThemeController::eventFilter(QObject *watched, QEvent *event)
{
    const bool paletteChanged =
        event->type() == QEvent::ApplicationPaletteChange && watched == qApp;
    if ((paletteChanged || event->type() == QEvent::ThemeChange) && !m_applying &&
        m_theme == Theme::System && !m_recheckQueued) {
        // One theme change reaches every window; look once, after the
        // platform has updated the application palette.
        m_recheckQueued = true;
        QTimer::singleShot(0, this, &ThemeController::recheckSystem);
    }
    return QObject::eventFilter(watched, event);
}
