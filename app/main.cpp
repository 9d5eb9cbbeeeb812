#include "app/croncommand.h"
#include "app/startupoptions.h"
#include "core/domain/jsonfields.h"
#include "models/session/session.h"
#include "sandbox/sandboxengine.h"
#include "ui/connection/connectioncontroller.h"
#include "ui/mainwindow.h"
#include "ui/screenshotter.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>

namespace {

// Headless subcommands are recognised before any application object exists,
// so they run without a display.
QStringList argumentsAfter(int argc, char **argv, int first)
{
    QStringList arguments;
    for (int i = first; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(message));
    return 2;
}

// The embedded sandbox: with no connection configured Runboard talks to its
// own engine on 127.0.0.1, with a month of history on first start. A
// screenshot gets a private one with a fixed clock, so pictures repeat.
SandboxOptions sandboxOptions(const StartupOptions &startup, const QTemporaryDir &scratch)
{
    SandboxOptions options;
    options.port = 0;
    options.demo = true;
    options.tier = QStringLiteral("silver");
    if (startup.wantsScreenshot()) {
        options.databasePath = scratch.filePath(QStringLiteral("sandbox.sqlite"));
        options.clockMode = SandboxClock::Mode::Manual;
        options.clockStartMs =
            JsonFields::parseTimestamp(QStringLiteral("2026-11-27T16:30:00Z")).toMSecsSinceEpoch();
    } else {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        options.databasePath = dir + QLatin1String("/embedded-sandbox.sqlite");
    }
    return options;
}

// A picture of one page on the private sandbox: no settings, no cache,
// the sandbox's fixed clock.
int screenshot(const StartupOptions &startup, const QString &baseUrl, const QString &key,
               const QTemporaryDir &scratch)
{
    QNetworkAccessManager network;
    ConnectionSettings settings;
    settings.baseUrl = QUrl(baseUrl);
    settings.tier = QStringLiteral("silver");
    Session session(&network, settings, [key] { return key; });
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(
        sandboxOptions(startup, scratch).clockStartMs.value_or(0), Qt::UTC);
    session.clock()->setSource([now] { return now; });
    MainWindow window(&session, QStringLiteral("Sandbox"));
    const QString failure =
        Screenshotter(&window, startup.page, startup.size).save(startup.screenshotFile);
    return failure.isEmpty() ? 0 : fail(failure);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], "cron") == 0)
        return CronCommand::run(argumentsAfter(argc, argv, 2));

    QString error;
    const auto startup = StartupOptions::parse(argumentsAfter(argc, argv, 0), &error);
    if (!startup)
        return fail(error);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Runboard"));
    QApplication::setOrganizationName(QStringLiteral("Runboard"));
    QApplication::setApplicationVersion(QStringLiteral(RUNBOARD_VERSION));

    QTemporaryDir scratch;
    if (startup->wantsScreenshot()) {
        // A picture never reads or changes the user's settings.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.path());
    }
    QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    auto sandbox = SandboxEngine::create(sandboxOptions(*startup, scratch), &error);
    if (!sandbox || !sandbox->listen(&error))
        return fail(QStringLiteral("sandbox: ") + error);

    const QString key = sandbox->options().apiKeys.first();
    if (startup->wantsScreenshot())
        return screenshot(*startup, sandbox->baseUrl(), key, scratch);

    QSettings settings;
    ConnectionController connections(&settings,
                                     {QUrl(sandbox->baseUrl()), key, sandbox->options().tier});
    connections.start();
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &connections,
                     &ConnectionController::saveSettings);
    return QApplication::exec();
}
