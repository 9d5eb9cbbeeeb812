#include "app/launchoptions.h"

#include "app/parseerror.h"
#include "core/cron/cronexpression.h"
#include "core/domain/actioncatalogue.h"
#include "core/domain/jsonfields.h"
#include "core/domain/ratetier.h"
#include "core/time/ianazone.h"

#include <QCommandLineParser>

#include <variant>

namespace {

const QString kHelp = QStringLiteral("help");
const QString kCsv = QStringLiteral("csv");
const QString kJson = QStringLiteral("json");
const QString kMode = QStringLiteral("mode");
const QString kCron = QStringLiteral("cron");
const QString kTz = QStringLiteral("tz");
const QString kAt = QStringLiteral("at");
const QString kName = QStringLiteral("name");
const QString kIdentity = QStringLiteral("identity");
const QString kIdentityMode = QStringLiteral("identity-mode");
const QString kParam = QStringLiteral("param");
const QString kCallback = QStringLiteral("callback");
const QString kCallbackOn = QStringLiteral("callback-on");
const QString kBaseUrl = QStringLiteral("base-url");
const QString kTier = QStringLiteral("tier");
const QString kDryRun = QStringLiteral("dry-run");

const QString kCommand = QStringLiteral("runboard launch");

QStringList actionSlugs()
{
    QStringList slugs;
    for (const ActionSpec &action : ActionCatalogue::actions())
        slugs.append(action.slug);
    return slugs;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Start an async run, or a schedule, of ACTION with the inputs of a CSV or "
                       "JSON file, read and checked as the dashboard's launch dialog does; no "
                       "display needed. Prints the new run's uid (the schedule's with --mode "
                       "schedule) on stdout."));
    parser.addOption({{QStringLiteral("h"), kHelp}, QStringLiteral("Show this help and exit.")});
    parser.addOption({kCsv,
                      QStringLiteral("The inputs as CSV: a header line naming the columns, one "
                                     "input a row."),
                      QStringLiteral("FILE")});
    parser.addOption({kJson,
                      QStringLiteral("The inputs as JSON: the inputs array (or one input "
                                     "object)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {kMode, QStringLiteral("async (default) or schedule."), QStringLiteral("MODE")});
    parser.addOption({kCron,
                      QStringLiteral("Schedule: a five-field cron expression, e.g. \"0 8 * * "
                                     "1-5\"."),
                      QStringLiteral("EXPR")});
    parser.addOption({kTz,
                      QStringLiteral("Schedule: the IANA zone the cron is read in (the service "
                                     "reads UTC without it)."),
                      QStringLiteral("ZONE")});
    parser.addOption({kAt,
                      QStringLiteral("Schedule: an ISO-8601 instant, e.g. 2026-03-02T08:30:00Z "
                                     "(UTC without an offset): the one run's time, or with "
                                     "--cron the recurrence's earliest start."),
                      QStringLiteral("INSTANT")});
    parser.addOption({kName,
                      QStringLiteral("The run's (schedule's) name; with it a lost answer can be "
                                     "checked by name."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {kIdentity, QStringLiteral("An identity's uid; repeat for more."), QStringLiteral("UID")});
    parser.addOption({kIdentityMode,
                      QStringLiteral("direct, auto or managed (left to the service when not "
                                     "given)."),
                      QStringLiteral("MODE")});
    parser.addOption({kParam,
                      QStringLiteral("A parameter of the action, e.g. max_results=200 or "
                                     "sync_mode=incremental; repeat for more."),
                      QStringLiteral("KEY=VALUE")});
    parser.addOption({kCallback, QStringLiteral("Where the service posts results (https)."),
                      QStringLiteral("URL")});
    parser.addOption({kCallbackOn, QStringLiteral("all or final (the service's default is all)."),
                      QStringLiteral("EVENTS")});
    parser.addOption({kBaseUrl,
                      QStringLiteral("The server, e.g. https://api.edges.run/v1 (default: "
                                     "EDGES_BASE_URL)."),
                      QStringLiteral("URL")});
    parser.addOption({kTier,
                      QStringLiteral("The plan tier whose rate limits the client keeps to "
                                     "(default %1).")
                          .arg(LaunchOptions::defaultTier()),
                      QStringLiteral("NAME")});
    parser.addOption({kDryRun, QStringLiteral("Send nothing: print the JSON body that would be "
                                              "sent, and exit.")});
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 QStringLiteral("An action of the catalogue: %1.")
                                     .arg(actionSlugs().join(QLatin1String(", "))));
}

std::optional<LaunchOptions> fail(QString *error, const QString &message)
{
    *error = message;
    return std::nullopt;
}

// A value read as the parameter's type where it reads as one; the text
// otherwise, which LaunchDraft refuses naming the parameter and the type.
QJsonValue typedValue(const ActionSpec::Parameter *parameter, const QString &text)
{
    if (!parameter)
        return text;
    switch (parameter->type) {
    case ActionSpec::Parameter::Type::Integer: {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        return ok ? QJsonValue(number) : QJsonValue(text);
    }
    case ActionSpec::Parameter::Type::Boolean:
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return text == QLatin1String("true");
        return text;
    case ActionSpec::Parameter::Type::SyncMode:
        break;
    }
    return text;
}

// Reads every --param; why the first that is not KEY=VALUE, or names a key
// already given, cannot be read.
QString parameterError(const QCommandLineParser &parser, const ActionSpec &action,
                       LaunchOptions *options)
{
    const QStringList items = parser.values(kParam);
    for (const QString &item : items) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString key = item.left(equals);
        if (equals <= 0)
            return QStringLiteral("--param: '%1' is not KEY=VALUE").arg(item);
        if (options->parameters.contains(key))
            return QStringLiteral("--param %1: given twice").arg(key);
        options->parameters.insert(key, typedValue(action.parameter(key), item.mid(equals + 1)));
    }
    return {};
}

// What only a schedule has; the first such option given, else empty.
QString scheduleOnlyOption(const QCommandLineParser &parser)
{
    for (const QString &name : {kCron, kTz, kAt}) {
        if (parser.isSet(name))
            return name;
    }
    return {};
}

// Checks the schedule's options for form; empty when they hold.
QString scheduleError(const QCommandLineParser &parser, LaunchOptions *options)
{
    options->cron = parser.value(kCron);
    if (parser.isSet(kCron)) {
        const auto parsed = CronExpression::parse(options->cron);
        if (const auto *cronError = std::get_if<CronError>(&parsed))
            return QLatin1String("--cron: ") + cronError->message();
    }
    options->timezone = parser.value(kTz);
    if (parser.isSet(kTz)) {
        if (const auto zoneError = IanaZone::check(options->timezone))
            return QLatin1String("--tz: ") + zoneError->reason;
    }
    if (parser.isSet(kAt)) {
        options->scheduleAt = JsonFields::parseTimestamp(parser.value(kAt));
        if (!options->scheduleAt.isValid())
            return QStringLiteral("--at: '%1' is not an ISO-8601 instant such as "
                                  "2026-03-02T08:30:00Z")
                .arg(parser.value(kAt));
    }
    return {};
}

QString callbackError(const QCommandLineParser &parser, LaunchOptions *options)
{
    if (!parser.isSet(kCallback))
        return parser.isSet(kCallbackOn) ? QStringLiteral("--callback-on: only with --callback")
                                         : QString();
    LaunchCallback callback;
    callback.url = parser.value(kCallback);
    if (parser.isSet(kCallbackOn)) {
        const QString on = parser.value(kCallbackOn);
        if (on == QLatin1String("all"))
            callback.on = LaunchCallback::On::All;
        else if (on == QLatin1String("final"))
            callback.on = LaunchCallback::On::Final;
        else
            return QStringLiteral("--callback-on: '%1' is not all or final").arg(on);
    }
    options->callback = callback;
    return {};
}

// The options that take one value: given twice, which one was meant?
QString repeatedOption(const QCommandLineParser &parser)
{
    for (const QString &name : {kCsv, kJson, kMode, kCron, kTz, kAt, kName, kIdentityMode,
                                kCallback, kCallbackOn, kBaseUrl, kTier}) {
        if (parser.values(name).size() > 1)
            return QLatin1String("--") + name + QLatin1String(": given more than once");
    }
    return {};
}

QString inputError(const QCommandLineParser &parser, const ActionSpec &action,
                   LaunchOptions *options)
{
    if (parser.isSet(kCsv) && parser.isSet(kJson))
        return QStringLiteral("--csv and --json: choose one");
    if (parser.isSet(kJson)) {
        options->format = LaunchOptions::InputFormat::Json;
        options->inputPath = parser.value(kJson);
    } else {
        options->inputPath = parser.value(kCsv);
    }
    if (options->inputPath.isEmpty() && (action.takesInput() || parser.isSet(kCsv)))
        return QStringLiteral("--csv FILE or --json FILE: missing (%1 takes %2)")
            .arg(action.slug, action.inputFields.join(QLatin1String(", ")));
    return {};
}

QString modeError(const QCommandLineParser &parser, LaunchOptions *options)
{
    const QString mode = parser.value(kMode);
    if (mode == QLatin1String("schedule"))
        options->mode = LaunchMode::Schedule;
    else if (parser.isSet(kMode) && mode != QLatin1String("async"))
        return QStringLiteral("--mode: '%1' is not async or schedule%2")
            .arg(mode, mode == QLatin1String("live")
                           ? QStringLiteral(" (live queries are the dashboard's Live page)")
                           : QString());
    if (options->mode != LaunchMode::Schedule) {
        const QString option = scheduleOnlyOption(parser);
        if (!option.isEmpty())
            return QLatin1String("--") + option + QLatin1String(": only with --mode schedule");
        return {};
    }
    return scheduleError(parser, options);
}

QString identityError(const QCommandLineParser &parser, LaunchOptions *options)
{
    options->identities = parser.values(kIdentity);
    if (options->identities.contains(QString()))
        return QStringLiteral("--identity: a uid cannot be empty");
    if (!parser.isSet(kIdentityMode))
        return {};
    const QString mode = parser.value(kIdentityMode);
    options->identityMode = identityModeFromApi(mode);
    if (options->identityMode == IdentityMode::Unset)
        return QStringLiteral("--identity-mode: '%1' is not direct, auto or managed").arg(mode);
    return {};
}

} // namespace

QString LaunchOptions::defaultTier()
{
    // The slowest pacing: a command sends one launch, maybe after one GET,
    // so keeping to the smallest plan's limits costs nothing and never
    // draws a 429 from a workspace whose plan is not known here.
    return QStringLiteral("trial");
}

bool LaunchOptions::asksIncremental() const
{
    return parameters.value(QStringLiteral("sync_mode")) == QLatin1String("incremental");
}

QString LaunchOptions::helpText()
{
    QCommandLineParser parser;
    addOptions(parser);
    // Without an application object Qt calls the program <executable_name>.
    QString text = parser.helpText();
    text.replace(QLatin1String("<executable_name> [options] ACTION"),
                 QLatin1String("runboard launch ACTION (--csv FILE | --json FILE) [options]"));
    text += QStringLiteral(
        "\n"
        "CSV files are UTF-8 (with or without a BOM), separated by commas, semicolons or\n"
        "tabs. A column named like an input field feeds it (case, blanks, '_' and '-'\n"
        "do not matter); a column named custom_data holds key=value pairs; every other\n"
        "column becomes a custom_data key named as its header. Rows are counted from\n"
        "1, the first after the header; empty lines are skipped and not counted. JSON\n"
        "files hold the inputs array, e.g.\n"
        "  [{\"linkedin_profile_url\": \"https://www.linkedin.com/in/ada\",\n"
        "    \"custom_data\": {\"crm_id\": \"42\"}}]\n"
        "\n"
        "Environment:\n"
        "  EDGES_API_KEY   The API key, needed to send (never taken as an option, never\n"
        "                  printed).\n"
        "  EDGES_BASE_URL  The server when --base-url is not given; one of the two is\n"
        "                  needed to send: there is no default server.\n"
        "\n"
        "Exit status:\n"
        "  0  Launched (the uid is on stdout), or --dry-run printed the body.\n"
        "  1  Refused, nothing created: a bad row or input (stderr names the row, 1 =\n"
        "     the first data row, or inputs[i] of a JSON file, and the field), a launch\n"
        "     rule (parameters, identities, schedule), or the server's refusal.\n"
        "  2  Bad arguments: an unknown option, a missing or malformed value, an\n"
        "     unreadable file, no server or no EDGES_API_KEY.\n"
        "  3  Outcome unknown: the answer to the launch was lost, so it may have\n"
        "     happened; it is not sent again. Check the runs (schedules) named NAME\n"
        "     before launching again.\n"
        "  4  The server could not be reached; nothing was created.\n");
    return text;
}

std::optional<LaunchOptions> LaunchOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    addOptions(parser);
    const QStringList withProgram = QStringList{kCommand} + arguments;
    if (!parser.parse(withProgram))
        return fail(error, parseErrorText(parser, withProgram));

    LaunchOptions options;
    if (parser.isSet(kHelp)) {
        options.request = Request::Help;
        return options;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(error, QStringLiteral("ACTION: missing (one of %1)")
                               .arg(actionSlugs().join(QLatin1String(", "))));
    if (positional.size() > 1)
        return fail(error, QStringLiteral("'%1': unexpected argument").arg(positional.at(1)));
    options.action = positional.first();
    const ActionSpec *action = ActionCatalogue::find(options.action);
    if (!action)
        return fail(error, QStringLiteral("ACTION: '%1' is not in the catalogue (%2)")
                               .arg(options.action, actionSlugs().join(QLatin1String(", "))));

    QString problem = repeatedOption(parser);
    if (problem.isEmpty())
        problem = inputError(parser, *action, &options);
    if (problem.isEmpty())
        problem = modeError(parser, &options);
    if (problem.isEmpty())
        problem = identityError(parser, &options);
    if (problem.isEmpty())
        problem = callbackError(parser, &options);
    if (problem.isEmpty())
        problem = parameterError(parser, *action, &options);
    if (!problem.isEmpty())
        return fail(error, problem);

    options.tier = parser.isSet(kTier) ? parser.value(kTier) : defaultTier();
    if (!RateTier::find(options.tier))
        return fail(error, QStringLiteral("--tier: '%1' is not one of %2")
                               .arg(options.tier, RateTier::names().join(QLatin1String(", "))));
    options.name = parser.value(kName);
    options.baseUrl = parser.value(kBaseUrl);
    options.dryRun = parser.isSet(kDryRun);
    return options;
}
