// Renders the application's SVG icon into the PNG sizes of the hicolor
// theme at build time, so no rendered binaries live in the repository and
// every size follows the one SVG.
//
//   runboard-svgtopng SVG OUTDIR NAME SIZE...
//
// writes OUTDIR/<SIZE>x<SIZE>/apps/NAME.png for each SIZE.

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "runboard-svgtopng: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 5)
        return fail(QStringLiteral("usage: runboard-svgtopng SVG OUTDIR NAME SIZE..."));
    const QString svg = QString::fromLocal8Bit(argv[1]);
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    const QString name = QString::fromLocal8Bit(argv[3]);

    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return fail(svg + QLatin1String(": not a valid SVG"));

    for (int i = 4; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return fail(QString::fromLocal8Bit(argv[i]) + QLatin1String(": not a size in pixels"));
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString dir = outDir + QStringLiteral("/%1x%1/apps").arg(size);
        if (!QDir().mkpath(dir))
            return fail(dir + QLatin1String(": cannot create"));
        const QString file = dir + QLatin1Char('/') + name + QLatin1String(".png");
        if (!image.save(file, "PNG"))
            return fail(file + QLatin1String(": cannot write"));
    }
    return 0;
}
