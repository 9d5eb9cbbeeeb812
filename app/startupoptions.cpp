#include "app/startupoptions.h"

#include "app/parseerror.h"
#include "models/connection/connectionprofile.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace {

const QString kConnection = QStringLiteral("connection");
const QString kBaseUrl = QStringLiteral("base-url");
const QString kPage = QStringLiteral("page");
const QString kVerbose = QStringLiteral("verbose");
const QString kScreenshot = QStringLiteral("screenshot");
const QString kSize = QStringLiteral("size");
const QString kHelp = QStringLiteral("help");
const QString kVersion = QStringLiteral("version");

// What QGuiApplication and QApplication read from argv themselves: taking
// a value or not. Accepted here, hidden from --help.
const QStringList kQtValueOptions = {
    QStringLiteral("platform"),
    QStringLiteral("platformpluginpath"),
    QStringLiteral("platformtheme"),
    QStringLiteral("plugin"),
    QStringLiteral("qwindowgeometry"),
    QStringLiteral("geometry"),
    QStringLiteral("qwindowtitle"),
    QStringLiteral("title"),
    QStringLiteral("qwindowicon"),
    QStringLiteral("icon"),
    QStringLiteral("session"),
    QStringLiteral("display"),
    QStringLiteral("name"),
    QStringLiteral("style"),
    QStringLiteral("stylesheet"),
};
const QStringList kQtFlagOptions = {QStringLiteral("reverse"), QStringLiteral("widgetcount")};

void addOptions(QCommandLineParser &parser)
{
    // Qt's own options come with one dash (-platform), so -abc is one name.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        QStringLiteral("A dashboard for the Edges automation API. With no option it opens the "
                       "connection used last (the embedded sandbox the first time)."));
    parser.addOption({{QStringLiteral("h"), kHelp}, QStringLiteral("Show this help and exit.")});
    parser.addOption(
        {{QStringLiteral("v"), kVersion}, QStringLiteral("Show the version and exit.")});
    parser.addOption({kConnection,
                      QStringLiteral("Open the saved connection NAME (its name or id, e.g. "
                                     "Sandbox)."),
                      QStringLiteral("NAME")});
    parser.addOption({kBaseUrl,
                      QStringLiteral("Open a one-off connection to URL, not saved; the API key "
                                     "is read from EDGES_API_KEY."),
                      QStringLiteral("URL")});
    parser.addOption({kPage,
                      QStringLiteral("Open on a page: runs, timeline, schedules or live, or "
                                     "with New run… open (launch), or a run's Export… open "
                                     "(export); screenshots also take run and "
                                     "export-progress."),
                      QStringLiteral("PAGE")});
    parser.addOption({kVerbose, QStringLiteral("Show debug messages (every request) on the "
                                               "terminal and in the log file.")});
    parser.addOption({kScreenshot,
                      QStringLiteral("Save a picture of one page on a private sandbox to FILE "
                                     "and exit."),
                      QStringLiteral("FILE")});
    parser.addOption({kSize, QStringLiteral("The window size for --screenshot (default 1280x760)."),
                      QStringLiteral("WxH")});
    for (const QString &name : kQtValueOptions) {
        QCommandLineOption option(name, QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    for (const QString &name : kQtFlagOptions) {
        QCommandLineOption option(name);
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

std::optional<StartupOptions> fail(QString *error, const QString &message)
{
    *error = message;
    return std::nullopt;
}

} // namespace

QStringList StartupOptions::pageNames()
{
    return {QStringLiteral("runs"),           QStringLiteral("run"),
            QStringLiteral("timeline"),       QStringLiteral("schedules"),
            QStringLiteral("live"),           QStringLiteral("launch"),
            QStringLiteral("calendar"),       QStringLiteral("new-schedule"),
            QStringLiteral("cron-editor"),    QStringLiteral("export"),
            QStringLiteral("export-progress")};
}

QString StartupOptions::versionText()
{
    return QStringLiteral("runboard " RUNBOARD_VERSION);
}

QString StartupOptions::helpText()
{
    QCommandLineParser parser;
    addOptions(parser);
    // Without an application object Qt calls the program <executable_name>.
    QString text = parser.helpText();
    text.replace(QLatin1String("<executable_name> [options]"),
                 QLatin1String("runboard [options]\n"
                               "       runboard cron next EXPR [--tz ZONE] [--from INSTANT] "
                               "[--count N]\n"
                               "       runboard cron describe EXPR\n"
                               "       runboard launch ACTION (--csv FILE | --json FILE) "
                               "[options]\n"
                               "       runboard export RUN_UID --output FILE [options]"));
    // The subcommands' descriptions in the options' column.
    const qsizetype column =
        text.indexOf(QLatin1String("Show this help")) -
        text.lastIndexOf(QLatin1Char('\n'), text.indexOf(QLatin1String("Show this help"))) - 1;
    const auto entry = [column](const char *name, const char *description) -> QString {
        return QString::fromLatin1(name).leftJustified(column) + QLatin1String(description) +
               QLatin1Char('\n');
    };
    text += QLatin1String("\nQt's own options (-platform, -style, ...) are passed to Qt.\n"
                          "\nHeadless subcommands (no display needed; each takes --help):\n") +
            entry("  cron next", "Print the next fire times of a cron expression.") +
            entry("  cron describe", "Print a cron expression in English.") +
            entry("  launch", "Start an async run or a schedule from a CSV or JSON file.") +
            entry("  export", "Write a run's outputs to CSV, JSON Lines or XLSX.") +
            QLatin1String("\nLogging: warnings go to the terminal; --verbose or QT_LOGGING_RULES "
                          "show more.\nThe log file is $XDG_STATE_HOME/runboard/runboard.log "
                          "(~/.local/state by default).\n");
    return text;
}

std::optional<StartupOptions> StartupOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return fail(error, parseErrorText(parser, arguments));

    StartupOptions options;
    if (parser.isSet(kHelp)) {
        options.request = Request::Help;
        return options;
    }
    if (parser.isSet(kVersion)) {
        options.request = Request::Version;
        return options;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        return fail(error, positional.first() + QLatin1String(": unknown subcommand"));

    options.verbose = parser.isSet(kVerbose);
    options.screenshotFile = parser.value(kScreenshot);
    if (parser.isSet(kScreenshot) && options.screenshotFile.isEmpty())
        return fail(error, QStringLiteral("--screenshot: a file name is needed"));
    if (parser.isSet(kPage)) {
        const QString value = parser.value(kPage);
        if (!pageNames().contains(value))
            return fail(error, QStringLiteral("--page: '%1' is not one of %2")
                                   .arg(value, pageNames().join(QLatin1Char('|'))));
        options.page = value;
        options.pageGiven = true;
    }
    if (parser.isSet(kSize)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
        const QString value = parser.value(kSize);
        const auto match = pattern.match(value);
        if (!match.hasMatch())
            return fail(error, QStringLiteral("--size: '%1' is not WIDTHxHEIGHT").arg(value));
        options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    if (parser.isSet(kConnection)) {
        options.connection = parser.value(kConnection);
        if (options.connection.isEmpty())
            return fail(error, QStringLiteral("--connection: a name is needed"));
    }
    if (parser.isSet(kBaseUrl)) {
        const QString value = parser.value(kBaseUrl);
        const QUrl url(value, QUrl::StrictMode);
        QString problem = ConnectionProfile::baseUrlProblem(url);
        if (!problem.isEmpty()) {
            problem[0] = problem.at(0).toLower();
            return fail(error, QStringLiteral("--base-url: '%1': ").arg(value) + problem);
        }
        options.baseUrl = ConnectionProfile::normalizedBaseUrl(url);
    }
    if (!options.connection.isEmpty() && !options.baseUrl.isEmpty())
        return fail(error, QStringLiteral("--connection and --base-url: choose one"));
    if (options.wantsScreenshot() && (!options.connection.isEmpty() || !options.baseUrl.isEmpty()))
        return fail(error, QStringLiteral(
                               "--screenshot: pictures use a private sandbox, not a connection"));
    return options;
}
