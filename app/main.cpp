#include "app/appidentity.h"
#include "app/croncommand.h"
#include "app/embeddedsandboxhost.h"
#include "app/exportcommand.h"
#include "app/launchcommand.h"
#include "app/parseerror.h"
#include "app/singleinstance.h"
#include "app/startupoptions.h"
#include "core/domain/actioncatalogue.h"
#include "core/domain/jsonfields.h"
#include "core/domain/runstatus.h"
#include "models/connection/connectionstore.h"
#include "models/logging/logfile.h"
#include "models/session/session.h"
#include "sandbox/executor.h"
#include "sandbox/launchrequest.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxengine.h"
#include "sandbox/store/runrows.h"
#include "sandbox/store/sandboxstore.h"
#include "ui/common/translations.h"
#include "ui/connection/connectioncontroller.h"
#include "ui/launch/launchdialog.h"
#include "ui/mainwindow.h"
#include "ui/schedules/schedulespage.h"
#include "ui/screenshotter.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <optional>
#include <variant>

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

// A mistake on the command line: one line, and where the help is.
int usageFail(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(usageErrorLine(what, QStringLiteral("runboard"))));
    return 2;
}

void print(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
}

// Warnings and above on the terminal; --verbose (or the user's own
// QT_LOGGING_RULES) shows debug too. Everything let through also goes to
// the rotated log file.
void startLogging(bool verbose)
{
    const bool userRules = !qEnvironmentVariableIsEmpty("QT_LOGGING_RULES");
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("runboard.*.debug=true"));
    LogFile::Options options;
    options.path = LogFile::defaultPath();
    options.terminalLevel = verbose || userRules ? QtDebugMsg : QtWarningMsg;
    QString error;
    if (!LogFile::install(options, &error))
        qWarning("cannot write the log file %s", qPrintable(error));
}

// The saved connection --connection names, by id or by name; nullopt when
// there is none (the message lists those there are).
std::optional<QString> savedConnectionId(const QString &wanted, QString *error)
{
    QSettings settings;
    const ConnectionStore store(&settings);
    QStringList names;
    const QList<ConnectionProfile> profiles = store.profiles();
    for (const ConnectionProfile &profile : profiles) {
        if (profile.id == wanted || profile.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return profile.id;
        names.append(profile.name);
    }
    *error = QStringLiteral("--connection: '%1' is not a saved connection (%2)")
                 .arg(wanted, names.join(QLatin1String(", ")));
    return std::nullopt;
}

// --base-url: a profile that is never saved; its id follows the URL, so
// its cache and window layout are its own.
ConnectionProfile oneOffProfile(const QUrl &baseUrl)
{
    ConnectionProfile profile;
    const QByteArray hash =
        QCryptographicHash::hash(baseUrl.toEncoded(), QCryptographicHash::Sha1).toHex().left(12);
    profile.id = QLatin1String("url-") + QString::fromLatin1(hash);
    profile.name = baseUrl.toString(QUrl::RemovePath);
    profile.baseUrl = baseUrl;
    profile.kind = ConnectionProfile::Kind::Custom;
    profile.keyStorage = ConnectionProfile::KeyStorage::Session;
    return profile;
}

MainWindow::Page startPage(const QString &name)
{
    if (name == QLatin1String("timeline"))
        return MainWindow::Page::Timeline;
    if (name == QLatin1String("schedules") || name == QLatin1String("calendar") ||
        name == QLatin1String("new-schedule") || name == QLatin1String("cron-editor"))
        return MainWindow::Page::Schedules;
    if (name == QLatin1String("live"))
        return MainWindow::Page::Live;
    return MainWindow::Page::Runs;
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

// --page export-progress: a finished run of tens of thousands of outputs,
// so the export lasts long enough to be pictured part-way.
void addLargeRun(SandboxEngine &engine)
{
    QJsonArray inputs;
    for (int i = 0; i < 240; ++i)
        inputs.append(QJsonObject{
            {QStringLiteral("linkedin_people_search_url"),
             QStringLiteral("https://www.linkedin.com/search/results/people/?keywords=%1&page=%2")
                 .arg(i % 2 ? QStringLiteral("cfo") : QStringLiteral("head%20of%20finance"))
                 .arg(i / 2 + 1)}});
    const QJsonObject body{
        {QStringLiteral("inputs"), inputs},
        {QStringLiteral("name"), QStringLiteral("Finance leaders, EMEA")},
        {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("max_results"), 1000}}}};
    const auto launch =
        LaunchRequest::parse(*ActionCatalogue::find(QStringLiteral("linkedin-search-people")),
                             LaunchRequest::Mode::Async, body, engine.identities());
    const auto *request = std::get_if<LaunchRequest>(&launch);
    if (!request)
        return;
    const QString key = engine.options().apiKeys.first();
    const QString uid = engine.executor().createRun(
        *request, SandboxAccount::owner(key, *engine.options().workspaceOf(key)));
    for (int minutes = 0; minutes < 7 * 24 * 60; minutes += 10) {
        const auto run = engine.store().runs().find(uid);
        if (!run || isTerminal(runStatusFromApi(run->status)))
            return;
        engine.advance(10 * 60 * 1000);
    }
}

// A picture of one page on the private sandbox: no settings, no cache,
// the sandbox's clock stopped at `nowMs`.
int screenshot(const StartupOptions &startup, const QString &baseUrl, const QString &key,
               qint64 nowMs)
{
    QNetworkAccessManager network;
    ConnectionSettings settings;
    settings.baseUrl = QUrl(baseUrl);
    settings.tier = QStringLiteral("silver");
    Session session(&network, settings, [key] { return key; });
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    session.clock()->setSource([now] { return now; });
    MainWindow window(&session, QStringLiteral("Sandbox"));
    const QString failure =
        Screenshotter(&window, startup.page, startup.size).save(startup.screenshotFile);
    return failure.isEmpty() ? 0 : fail(failure);
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsAfter(argc, argv, 0);
    if (argc >= 2 && qstrcmp(argv[1], "cron") == 0)
        return CronCommand::run(arguments.mid(2));
    if (argc >= 2 && qstrcmp(argv[1], "launch") == 0)
        return LaunchCommand::run(arguments.mid(2));
    if (argc >= 2 && qstrcmp(argv[1], "export") == 0)
        return ExportCommand::run(arguments.mid(2));

    QString error;
    const auto startup = StartupOptions::parse(arguments, &error);
    if (!startup)
        return usageFail(error);
    if (startup->request == StartupOptions::Request::Help) {
        print(StartupOptions::helpText());
        return 0;
    }
    if (startup->request == StartupOptions::Request::Version) {
        print(StartupOptions::versionText() + QLatin1Char('\n'));
        return 0;
    }

    // Set before any application object, so the checks below read the
    // user's settings and start-up messages reach the log file.
    AppIdentity::apply();
    QCoreApplication::setApplicationVersion(QStringLiteral(RUNBOARD_VERSION));
    // A picture never reads or changes the user's settings (see below).
    // Moved first: restricting creates the folders a move would not overwrite.
    QStringList moved;
    if (!startup->wantsScreenshot()) {
        moved = AppIdentity::moveLegacyLocations();
        moved += AppIdentity::restrictFolders();
    }

    // Every mistake is answered before a display is needed.
    const QString environmentKey = qEnvironmentVariable("EDGES_API_KEY");
    if (!startup->baseUrl.isEmpty() && environmentKey.isEmpty())
        return usageFail(QStringLiteral("--base-url: set EDGES_API_KEY to the API key (a key is "
                                        "never taken as an option)"));
    std::optional<QString> connectionId;
    if (!startup->connection.isEmpty()) {
        connectionId = savedConnectionId(startup->connection, &error);
        if (!connectionId)
            return usageFail(error);
    }

    startLogging(startup->verbose);
    for (const QString &line : moved)
        qInfo("settings: %s", qPrintable(line));
    QApplication app(argc, argv);

    QTemporaryDir scratch;
    if (startup->wantsScreenshot()) {
        // A picture never reads or changes the user's settings.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.path());
    }
    Translations translations;
    if (startup->wantsScreenshot()) {
        // The README's pictures are English, whatever the machine speaks;
        // English too needs its file, for the plural forms ("1 run").
        translations.install(QLocale(QLocale::English, QLocale::UnitedStates));
        auto sandbox = SandboxEngine::create(sandboxOptions(*startup, scratch), &error);
        if (!sandbox || !sandbox->listen(&error))
            return fail(QStringLiteral("sandbox: ") + error);
        if (startup->page == QLatin1String("export-progress"))
            addLargeRun(*sandbox);
        return screenshot(*startup, sandbox->baseUrl(), sandbox->options().apiKeys.first(),
                          sandbox->clock().nowMs());
    }

    // One dashboard per user: a second start raises the first window.
    SingleInstance instance(AppIdentity::runtimeFolder(), QStringLiteral(RUNBOARD_APP_ID));
    switch (instance.start()) {
    case SingleInstance::Role::Secondary:
        print(QLatin1String("runboard: ") + instance.message() + QLatin1Char('\n'));
        return 0;
    case SingleInstance::Role::Unanswered:
        std::fprintf(stderr, "runboard: %s\n", qPrintable(instance.message()));
        return 1;
    case SingleInstance::Role::Unchecked:
    case SingleInstance::Role::Primary:
        if (!instance.message().isEmpty())
            qWarning("%s", qPrintable(instance.message()));
        break;
    }

    // The system's language, before the first widget.
    translations.installForSystem();

    // Declared before the controller, so it stops after the last window.
    EmbeddedSandboxHost sandbox(sandboxOptions(*startup, scratch));
    QSettings settings;
    ConnectionController connections(&settings, sandbox.hooks());
    instance.setActivation([&connections] {
        MainWindow *window = connections.window();
        if (!window)
            return false;
        window->bringToFront();
        return true;
    });
    QString openError;
    QObject::connect(&connections, &ConnectionController::openFailed, &app,
                     [&openError, &connections](const QString &, const QString &reason) {
                         openError = reason;
                         // A key that never came and a sandbox that did not
                         // start leave nothing to show.
                         if (!connections.window() && !connections.isWaitingForKey()) {
                             fail(reason);
                             QCoreApplication::exit(2);
                         }
                     });
    if (startup->pageGiven) {
        // On the first window only; a key asked from the keychain may make
        // it come later.
        const MainWindow::Page page = startPage(startup->page);
        const QString name = startup->page;
        auto pending = std::make_shared<QMetaObject::Connection>();
        *pending =
            QObject::connect(&connections, &ConnectionController::windowChanged, &app,
                             [page, name, pending](MainWindow *window) {
                                 window->showPage(page);
                                 if (name == QLatin1String("launch"))
                                     window->openLaunchDialog();
                                 else if (name == QLatin1String("new-schedule"))
                                     window->openLaunchDialog()->setMode(LaunchMode::Schedule);
                                 else if (name == QLatin1String("calendar"))
                                     window->schedulesPage()->showCalendar(true);
                                 else if (name == QLatin1String("export") ||
                                          name == QLatin1String("export-progress"))
                                     Screenshotter::openExport(window);
                                 QObject::disconnect(*pending);
                             });
    }
    if (!startup->baseUrl.isEmpty())
        connections.openUnsaved(oneOffProfile(startup->baseUrl), environmentKey);
    else if (connectionId)
        connections.open(*connectionId);
    else
        connections.start();
    // Nothing to show and nothing pending (the sandbox could not start
    // either): say why instead of running without a window.
    if (!connections.window() && !connections.isWaitingForKey())
        return fail(openError.isEmpty() ? QStringLiteral("no connection could be opened")
                                        : openError);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &connections,
                     &ConnectionController::saveSettings);
    // The log handler stays until the process ends: the windows and the
    // sandbox still log while they close.
    return QApplication::exec();
}
