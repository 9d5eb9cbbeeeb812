#include "ui/common/icons.h"

#include "ui/common/themediconengine.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcIcons, "runboard.ui.icons", QtInfoMsg)

QIcon Icons::get(const QString &name)
{
    // Only ever touched from the GUI thread, like QIcon itself.
    static QHash<QString, QIcon> cache;
    const auto found = cache.constFind(name);
    if (found != cache.constEnd())
        return *found;
    const QString resource = path(name);
    if (!QFile::exists(resource)) {
        qCWarning(lcIcons) << "no icon named" << name;
        return {};
    }
    const QIcon icon(new ThemedIconEngine(resource));
    cache.insert(name, icon);
    return icon;
}

QString Icons::path(const QString &name)
{
    return QLatin1String(":/icons/") % name % QLatin1String(".svg");
}

QStringList Icons::names()
{
    QStringList result;
    const QStringList files = QDir(QStringLiteral(":/icons"))
                                  .entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        result.append(file.chopped(4));
    return result;
}
