#include "app/appidentity.h"

#include "models/logging/logfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>

namespace {

// The folders' names before the app id: organisation and application
// were both "Runboard".
const QString kLegacy = QStringLiteral("Runboard");

QStringList moveOne(const QString &from, const QString &to)
{
    if (!QFileInfo::exists(from) || QFileInfo::exists(to))
        return {};
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (!QDir().rename(from, to))
        return {QStringLiteral("could not move %1 to %2").arg(from, to)};
    // The old organisation folder goes once it holds nothing else.
    QDir().rmdir(QFileInfo(from).absolutePath());
    return {QStringLiteral("moved %1 to %2").arg(from, to)};
}

} // namespace

void AppIdentity::apply()
{
    // Organisation = app id, so QSettings and QStandardPaths put
    // everything under ~/.config/APP_ID/, ~/.local/share/APP_ID/ and
    // ~/.cache/APP_ID/. The application name matches the executable's:
    // the lock file compares the two to tell a live holder from a stale one.
    // No display name: Qt would append it to every window title.
    QCoreApplication::setOrganizationName(QStringLiteral(RUNBOARD_APP_ID));
    QCoreApplication::setApplicationName(QStringLiteral("runboard"));
    QGuiApplication::setDesktopFileName(QStringLiteral(RUNBOARD_APP_ID));
}

QStringList AppIdentity::moveLegacyLocations()
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    const QString legacy = kLegacy + QLatin1Char('/') + kLegacy;
    QStringList moved;
    moved += moveOne(config + QLatin1Char('/') + legacy + QLatin1String(".conf"),
                     QSettings().fileName());
    moved += moveOne(data + QLatin1Char('/') + legacy,
                     QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    moved += moveOne(cache + QLatin1Char('/') + legacy,
                     QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    return moved;
}

QStringList AppIdentity::restrictFolders()
{
    const QStringList folders{
        QFileInfo(QSettings().fileName()).absolutePath(),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
        QFileInfo(LogFile::defaultPath()).absolutePath(),
    };
    QStringList failed;
    for (const QString &folder : folders) {
        if (!QDir().mkpath(folder) ||
            !QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner))
            failed.append(QStringLiteral("could not make %1 private").arg(folder));
    }
    return failed;
}

QString AppIdentity::runtimeFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
}
