#include "ui/common/themediconengine.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace {

// How far disabled icons fade; close to the contrast of disabled text.
constexpr qreal disabledOpacity = 0.4;

} // namespace

ThemedIconEngine::ThemedIconEngine(const QString &resourcePath)
    : m_path(resourcePath)
{
    QFile file(resourcePath);
    if (file.open(QIODevice::ReadOnly))
        m_source = file.readAll();
    m_monochrome = m_source.contains(QByteArrayView(sourceGlyphColor()));
}

QLatin1String ThemedIconEngine::sourceGlyphColor()
{
    return QLatin1String("#5f6368");
}

QColor ThemedIconEngine::glyphColor(const QPalette &palette, QIcon::Mode mode)
{
    if (mode == QIcon::Selected)
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const auto mix = [](int a, int b) { return (a * 4 + b) / 5; };
    return QColor(mix(text.red(), window.red()), mix(text.green(), window.green()),
                  mix(text.blue(), window.blue()));
}

QByteArray ThemedIconEngine::sourceFor(QIcon::Mode mode) const
{
    if (!m_monochrome)
        return m_source;
    QByteArray source = m_source;
    source.replace(QByteArrayView(sourceGlyphColor()),
                   glyphColor(QGuiApplication::palette(), mode).name().toLatin1());
    return source;
}

void ThemedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                             QIcon::State state)
{
    // Through the pixmap cache: views paint the same icon in every row, and
    // parsing the SVG each time would cost a table its smoothness.
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap image = pixmap(rect.size() * ratio, mode, state);
    if (image.isNull())
        return;
    image.setDevicePixelRatio(ratio);
    QSizeF size = image.deviceIndependentSize();
    QRectF target(QPointF(), size);
    target.moveCenter(QRectF(rect).center());
    painter->drawPixmap(target.topLeft(), image);
}

void ThemedIconEngine::render(QPainter *painter, const QRect &rect, QIcon::Mode mode) const
{
    QSvgRenderer renderer(sourceFor(mode));
    if (!renderer.isValid())
        return;
    painter->save();
    if (mode == QIcon::Disabled)
        painter->setOpacity(painter->opacity() * disabledOpacity);
    // Keep the aspect ratio: the toolkit may ask for a non-square rect.
    QSizeF size = renderer.defaultSize();
    size.scale(rect.size(), Qt::KeepAspectRatio);
    QRectF target(QPointF(), size);
    target.moveCenter(QRectF(rect).center());
    renderer.render(painter, target);
    painter->restore();
}

QPixmap ThemedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    // One picture for on and off: none of the icons is a toggle.
    Q_UNUSED(state);
    if (size.isEmpty() || m_source.isEmpty())
        return {};
    // The glyph colour is part of the key, so a palette change finds new
    // pixmaps instead of stale ones.
    const QString cacheKey =
        QLatin1String("runboard-icon:") % m_path % QLatin1Char(':') %
        QString::number(size.width()) % QLatin1Char('x') % QString::number(size.height()) %
        QLatin1Char(':') % QString::number(int(mode)) % QLatin1Char(':') %
        (m_monochrome ? glyphColor(QGuiApplication::palette(), mode).name() : QString());
    QPixmap result;
    if (QPixmapCache::find(cacheKey, &result))
        return result;
    result = QPixmap(size);
    result.fill(Qt::transparent);
    {
        QPainter painter(&result);
        render(&painter, QRect(QPoint(), size), mode);
    }
    QPixmapCache::insert(cacheKey, result);
    return result;
}

QSize ThemedIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode);
    Q_UNUSED(state);
    return size;
}

QIconEngine *ThemedIconEngine::clone() const
{
    return new ThemedIconEngine(*this);
}

QString ThemedIconEngine::key() const
{
    return QStringLiteral("RunboardThemedIconEngine");
}

bool ThemedIconEngine::isNull()
{
    return m_source.isEmpty();
}
