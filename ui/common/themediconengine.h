#pragma once

#include <QByteArray>
#include <QIconEngine>
#include <QString>

class QPalette;

// Draws one SVG from the resources at any size and device pixel ratio.
// Monochrome glyphs are stored in the files with the stroke colour
// sourceGlyphColor(); at paint time that colour is swapped for one derived
// from the application palette, so the same file reads on light and dark
// themes and icons already set on actions follow a theme switch on their
// next repaint. Coloured icons (statuses, the app icon) do not use that
// colour and are drawn as they are.
class ThemedIconEngine final : public QIconEngine
{
public:
    explicit ThemedIconEngine(const QString &resourcePath);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

    static QLatin1String sourceGlyphColor();
    // Mostly the palette's text colour, softened towards the window so
    // icons sit a step below text; the highlighted text colour for
    // selected items, so glyphs stay visible on the selection.
    static QColor glyphColor(const QPalette &palette, QIcon::Mode mode);

private:
    ThemedIconEngine(const ThemedIconEngine &other) = default;

    QByteArray sourceFor(QIcon::Mode mode) const;
    // Draws the SVG itself; paint() goes through the cached pixmaps.
    void render(QPainter *painter, const QRect &rect, QIcon::Mode mode) const;

    QString m_path;
    QByteArray m_source;
    bool m_monochrome = false;
};
